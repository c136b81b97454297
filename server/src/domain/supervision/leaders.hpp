// Leader coverage (领衔督办全覆盖, DOMAIN.md "Supervision"): every accepted suggestion has a
// supervising leader (督办领导), a leader account of its congress who pushes its handling.
//
// An item's supervising leader is the one the committee named for it; else the supervising
// leader of the active key topic (重点督办, key_topics.hpp) that holds it; else the one its
// congress's rules give its star level and category — the rule for that category before the
// rule for any category (category ""). An item has none when neither applies. The rule is
// written once, as SQL, in storage/supervision/leader_store.cpp (supervising_leader_sql);
// this header holds what needs no database.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "base/enum_table.hpp"
#include "base/result.hpp"
#include "domain/suggestions/workflow.hpp"

namespace daibiao::supervision {

enum class LeaderSource { named, key_topic, rule };
inline constexpr auto kLeaderSources = std::to_array<EnumEntry<LeaderSource>>({
    {LeaderSource::named, "named", "逐件指定"},
    {LeaderSource::key_topic, "key_topic", "重点督办"},
    {LeaderSource::rule, "rule", "按星级和类别分工"},
});
static_assert(enum_table_ok(kLeaderSources));
constexpr const auto& enum_table(LeaderSource) { return kLeaderSources; }

// One line of a congress's division of work: items of `star_level` (and `category`, or any
// category when "") are supervised by the leader account `user_id`.
struct LeaderRule {
  int star_level = 1;
  std::string category;
  std::int64_t user_id = 0;
  std::string user_name;  // filled when read
};

inline constexpr std::size_t kMaxLeaderRules = 200;

// Field errors (rules[i].star_level / .category / .user_id): a star level 1–3, a category of
// at most 30 characters, a user, and no two rules for the same star level and category.
Status check_leader_rules(std::span<const LeaderRule> rules);

// The states in which an item is accepted and so needs a supervising leader: from 已立案 to
// 办结 (withdrawn and not-accepted items do not).
bool needs_leader(suggestions::State state);

// Coverage of a congress's year: the accepted items, and those with a supervising leader by
// how they got one.
struct LeaderCoverage {
  std::int64_t items = 0;
  std::int64_t named = 0;
  std::int64_t by_key_topic = 0;  // none named; an active key topic's leader
  std::int64_t by_rule = 0;       // neither; the division of work
  std::int64_t covered() const { return named + by_key_topic + by_rule; }
  std::int64_t uncovered() const { return items - covered(); }
  // covered / items in hundredths of a percent (10000 = 100%); nullopt without items.
  std::optional<int> rate_bp() const;
};

}  // namespace daibiao::supervision
