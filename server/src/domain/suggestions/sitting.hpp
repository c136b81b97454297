// When a suggestion was raised (DOMAIN.md): during the plenary session (大会期间) or between
// sessions (闭会期间). Committees count, list and often number the two apart.
#pragma once

#include <array>

#include "base/enum_table.hpp"

namespace daibiao::suggestions {

enum class RaisedIn { session, recess };

inline constexpr auto kRaisedIn = std::to_array<EnumEntry<RaisedIn>>({
    {RaisedIn::session, "session", "大会期间"},
    {RaisedIn::recess, "recess", "闭会期间"},
});
static_assert(enum_table_ok(kRaisedIn));
constexpr const auto& enum_table(RaisedIn) { return kRaisedIn; }

}  // namespace daibiao::suggestions
