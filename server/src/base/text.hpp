// Small text helpers used by several layers (std only).
#pragma once

#include <cstdint>
#include <optional>

#include <cstddef>
#include <string>
#include <string_view>

namespace daibiao {

// True when `s` is well-formed UTF-8 (no truncated or stray continuation bytes).
bool valid_utf8(std::string_view s);
// Number of characters (code points) of well-formed UTF-8.
std::size_t utf8_length(std::string_view s);
// The first `max_chars` characters of well-formed UTF-8, with "……" after them when `s` is
// longer (a timeline's short form of a long text).
std::string utf8_excerpt(std::string_view s, std::size_t max_chars);
// Lower-case hex of `n` bytes.
// The whole of `s` as a base-10 integer ("42", "-7"); nullopt for "", "2abc", " 3", "1e3" or
// an out-of-range value. The one integer parser for text that comes from outside.
std::optional<std::int64_t> parse_int(std::string_view s);

// True when `s` holds a character that must never appear in a name shown to people or
// written to a header: C0/C1 controls (CR, LF, NUL, …), DEL, and the Unicode bidirectional
// overrides and isolates (U+202A–U+202E, U+2066–U+2069) that make "exe.pdf" read as "pdf.exe".
bool has_unsafe_chars(std::string_view s);

// RFC 4648 base32 without padding ("JBSWY3DP…"), as authenticator apps take TOTP secrets.
std::string base32(std::string_view bytes);
// Inverse of to_hex; nullopt on an odd length or a non-hex character.
std::optional<std::string> from_hex(std::string_view hex);

std::string to_hex(const unsigned char* data, std::size_t n);

}  // namespace daibiao
