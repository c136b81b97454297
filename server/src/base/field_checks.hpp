// Checks of a free text field's form, shared by every area's input rules (std only).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/result.hpp"

namespace daibiao {

// Adds a field error to `errors` when `value` is not plain text — not UTF-8, or holding a
// character has_unsafe_chars refuses (line breaks are allowed when `multiline`, and then only
// UTF-8 is checked) — or longer than `max_chars` characters. The one check of a free text
// field's form; whether it may be empty is the caller's rule.
void check_plain_text(std::vector<FieldError>& errors, const std::string& field,
                      std::string_view value, std::size_t max_chars, bool multiline = false);

}  // namespace daibiao
