// Chinese ordering: names sort by pinyin (ICU's zh collation), stored as a sort key so
// both databases order them the same way with a plain ORDER BY.
#pragma once

#include <string>
#include <string_view>

namespace daibiao::platform {

// Hex of the ICU zh (pinyin) collation sort key of `utf8`; byte order = pinyin order.
std::string pinyin_sort_key(std::string_view utf8);

}  // namespace daibiao::platform
