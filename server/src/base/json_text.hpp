// Minimal JSON text building for layers that must not depend on a JSON library
// (domain, storage): escaping a string into a JSON string literal.
#pragma once

#include <string>
#include <string_view>

namespace daibiao {

// Appends `s` as a quoted, escaped JSON string to `out`.
void append_json_string(std::string& out, std::string_view s);

}  // namespace daibiao
