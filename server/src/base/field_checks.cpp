#include "base/field_checks.hpp"

#include "base/text.hpp"

namespace daibiao {

void check_plain_text(std::vector<FieldError>& errors, const std::string& field,
                      std::string_view value, std::size_t max_chars, bool multiline) {
  if (!valid_utf8(value) || (!multiline && has_unsafe_chars(value)))
    errors.push_back({field, "含有不允许的字符"});
  else if (utf8_length(value) > max_chars)
    errors.push_back({field, "不能超过 " + std::to_string(max_chars) + " 个字符"});
}

}  // namespace daibiao
