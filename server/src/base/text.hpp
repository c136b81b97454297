// Small text helpers used by several layers (std only).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace daibiao {

// True when `s` is well-formed UTF-8 (no truncated or stray continuation bytes).
bool valid_utf8(std::string_view s);
// Number of characters (code points) of well-formed UTF-8.
std::size_t utf8_length(std::string_view s);
// Lower-case hex of `n` bytes.
std::string to_hex(const unsigned char* data, std::size_t n);

}  // namespace daibiao
