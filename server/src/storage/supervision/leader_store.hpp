// Rows of leader coverage (suggestion_supervisors, supervision_leader_rules; migration 0015),
// and the one statement of "an item's supervising leader" as SQL. The rule is in
// domain/supervision/leaders.hpp.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/supervision/leaders.hpp"
#include "storage/db.hpp"
#include "storage/supervision/clearing_store.hpp"

namespace daibiao::storage {

// The user id of the supervising leader of `s` (a row of suggestions), or NULL: the named
// one, else the congress's rule for its star level and category, else for its star level and
// any category.
std::string supervising_leader_sql();
// "`s` is accepted and has no supervising leader" (领衔督办未覆盖).
std::string unsupervised_sql();

// An item's supervising leader and how it got one; nullopt when it has none.
struct SupervisingLeader {
  std::int64_t user_id = 0;
  std::string name;
  supervision::LeaderSource source = supervision::LeaderSource::rule;
};
Result<std::optional<SupervisingLeader>> supervising_leader_of(Connection& c,
                                                               std::int64_t suggestion_id);

// Names (or with nullopt, un-names) an item's supervising leader.
Status name_leader(Connection& c, std::int64_t suggestion_id, std::optional<std::int64_t> user_id,
                   std::int64_t named_by, std::int64_t now);

// A congress's rules (star level, then category), with the leaders' names.
Result<std::vector<supervision::LeaderRule>> list_leader_rules(Connection& c,
                                                               std::int64_t org_node_id);
Status replace_leader_rules(Connection& c, std::int64_t org_node_id,
                            const std::vector<supervision::LeaderRule>& rules, std::int64_t now);

// Active accounts holding the leader role at a congress whose path `path` lies under (the
// congress itself or one above it), by name.
struct LeaderAccount {
  std::int64_t user_id = 0;
  std::string name;
};
Result<std::vector<LeaderAccount>> eligible_leaders(Connection& c, const std::string& path);

// Coverage of the items of a year under the scope (its `today` is not used).
Result<supervision::LeaderCoverage> leader_coverage(Connection& c, const ClearingScope& scope);

}  // namespace daibiao::storage
