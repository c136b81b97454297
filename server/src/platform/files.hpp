// Writing whole files so that a crash leaves the old content or the new, never half: key
// files, audit archives. (Attachments go through the same function.)
#pragma once

#include <string>
#include <string_view>

#include "base/result.hpp"

namespace daibiao::platform {

// Writes `content` to `path` through `path`.tmp (created with `mode`, fsync'd) and a rename,
// then fsyncs the directory. With `must_be_new`, fails (failed_precondition) when `path`
// exists instead of replacing it.
Status write_file_durably(const std::string& path, std::string_view content, unsigned mode,
                          bool must_be_new);

}  // namespace daibiao::platform
