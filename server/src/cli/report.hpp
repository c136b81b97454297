// How the command line reports a failure: one line "错误：…" on stderr, then each field's
// problem and the log detail indented below it. Returns 1, the exit code of a failed command.
#pragma once

#include "base/result.hpp"

namespace daibiao::cli {

int report(const Error& e);

}  // namespace daibiao::cli
