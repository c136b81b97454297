// Leader coverage (领衔督办全覆盖): a congress's division of work among its leaders (by star
// level and category), the supervising leader named for an item, and the coverage figure. A
// leader's own items are the suggestion board's box=supervised; the items without a leader
// its leader=none. The rules are domain/supervision/leaders.hpp; the rows and the one SQL
// statement of "an item's supervising leader" storage/supervision/leader_store.hpp.
//
// Who: the committee (supervision.manage over the congress) sets the division of work and
// names leaders; readers of the supervision views read them; whoever sees an item sees its
// leader. A leader is an active account holding the leader role at the item's congress or
// one above it.
#pragma once

#include <optional>
#include <vector>

#include "app/use_case.hpp"
#include "domain/supervision/leaders.hpp"
#include "storage/supervision/leader_store.hpp"

namespace daibiao::app {

struct LeaderRulesView {
  std::int64_t org_node_id = 0;
  std::string org_name;
  std::vector<supervision::LeaderRule> rules;
  std::vector<storage::LeaderAccount> leaders;  // who may be chosen
  bool can_manage = false;
};
Result<LeaderRulesView> leader_rules(Env&, const Caller&, std::optional<std::int64_t> org_node_id);
// Replaces the congress's rules; each leader must be one of `leaders` (field errors).
// Audited (supervision.leader_rules.replace).
Result<LeaderRulesView> replace_leader_rules(Env&, const Caller&, std::int64_t org_node_id,
                                             const std::vector<supervision::LeaderRule>& rules);

struct ItemLeaderView {
  std::int64_t suggestion_id = 0;
  std::optional<storage::SupervisingLeader> leader;
  std::vector<storage::LeaderAccount> candidates;  // for the committee only
  bool can_name = false;
};
// Whoever sees the item (not_found otherwise).
Result<ItemLeaderView> item_leader(Env&, const Caller&, std::int64_t suggestion_id);
// Names the item's supervising leader (nullopt: back to the rule). The item must be accepted
// and not withdrawn (failed_precondition); the leader one of the candidates (field error).
// The timeline shows it (指定督办领导) and the leader is told (kind supervision_leader).
// Audited (supervision.leader.name).
Result<ItemLeaderView> name_item_leader(Env&, const Caller&, std::int64_t suggestion_id,
                                        std::optional<std::int64_t> user_id);

struct CoverageView {
  std::int64_t org_node_id = 0;
  std::string org_name;
  int year = 0;
  supervision::LeaderCoverage coverage;
};
Result<CoverageView> leader_coverage(Env&, const Caller&, std::optional<std::int64_t> org_node_id,
                                     std::optional<int> year);

}  // namespace daibiao::app
