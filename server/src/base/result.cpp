#include "base/result.hpp"

namespace daibiao {

const char* error_code_name(ErrorCode code) {
  // The table's names are string literals, so data() is NUL-terminated.
  const auto* e = entry_of(code);
  return e ? e->name.data() : "internal";
}

}  // namespace daibiao
