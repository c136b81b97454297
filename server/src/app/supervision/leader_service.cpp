#include "app/supervision/leader_service.hpp"

#include <algorithm>

#include "app/suggestions/suggestion_parties.hpp"
#include "app/suggestions/suggestion_service.hpp"
#include "app/supervision/supervision_scope.hpp"
#include "domain/supervision/clearing.hpp"
#include "domain/supervision/timeline.hpp"
#include "storage/messaging/notification_store.hpp"
#include "storage/org/org_store.hpp"

namespace daibiao::app {

namespace sv = supervision;
namespace sg = suggestions;
using access::Permission;
using storage::Connection;

namespace {

// "3星·交通运输→王主任；2星·任意类别→李主任"
std::string rules_text(const std::vector<sv::LeaderRule>& rules) {
  std::string out;
  for (const auto& r : rules)
    out += (out.empty() ? "" : "；") + std::to_string(r.star_level) + "星·" +
           (r.category.empty() ? "任意类别" : r.category) + "→" + r.user_name + "(#" +
           std::to_string(r.user_id) + ")";
  return out;
}

Result<LeaderRulesView> rules_view(Connection& c, const access::Principal& p,
                                   const org::Node& node) {
  LeaderRulesView v{.org_node_id = node.id, .org_name = node.name};
  DAIBIAO_TRY(v.rules, storage::list_leader_rules(c, node.id));
  DAIBIAO_TRY(v.leaders, storage::eligible_leaders(c, node.path));
  v.can_manage = p.can(Permission::supervision_manage, node.path);
  return v;
}

Result<ItemLeaderView> item_view(Connection& c, const access::Principal& p,
                                 const storage::SuggestionRow& row) {
  ItemLeaderView v{.suggestion_id = row.id};
  DAIBIAO_TRY(v.leader, storage::supervising_leader_of(c, row.id));
  const auto state = sg::parse_state(row.state).value_or(sg::State::none);
  v.can_name = sv::needs_leader(state) && p.can(Permission::supervision_manage, row.org_path);
  if (v.can_name) {
    DAIBIAO_TRY(v.candidates, storage::eligible_leaders(c, row.org_path));
  }
  return v;
}

}  // namespace

Result<LeaderRulesView> leader_rules(Env& env, const Caller& caller,
                                     std::optional<std::int64_t> org_node_id) {
  return read<LeaderRulesView>(env, [&](Connection& c) -> Result<LeaderRulesView> {
    DAIBIAO_TRY(auto node, readable_congress(c, caller.principal, org_node_id));
    return rules_view(c, caller.principal, node);
  });
}

Result<LeaderRulesView> replace_leader_rules(Env& env, const Caller& caller,
                                             std::int64_t org_node_id,
                                             const std::vector<sv::LeaderRule>& rules) {
  if (auto st = sv::check_leader_rules(rules); !st) return std::unexpected(st.error());
  return write<LeaderRulesView>(
      env, caller, attempt("supervision.leader_rules.replace", "org_node", org_node_id),
      [&](Tx& tx) -> Result<LeaderRulesView> {
        auto& c = tx.db();
        const auto& p = caller.principal;
        DAIBIAO_TRY(auto node, managed_congress(c, p, org_node_id));
        DAIBIAO_TRY(auto before, rules_view(c, p, node));
        std::vector<FieldError> errors;
        std::vector<sv::LeaderRule> named = rules;
        for (std::size_t i = 0; i < named.size(); ++i) {
          auto it = std::ranges::find_if(before.leaders, [&](const storage::LeaderAccount& l) {
            return l.user_id == named[i].user_id;
          });
          if (it == before.leaders.end())
            errors.push_back(
                {"rules[" + std::to_string(i) + "].user_id", "应为本级或上级人大的领导账号"});
          else
            named[i].user_name = it->name;
        }
        if (!errors.empty()) return fail_fields(std::move(errors));
        if (auto st = storage::replace_leader_rules(c, node.id, named, tx.now()); !st)
          return std::unexpected(st.error());
        if (auto st =
                tx.audit({.action = "supervision.leader_rules.replace",
                          .object_type = "org_node",
                          .object_id = std::to_string(node.id),
                          .org_node_id = node.id,
                          .role = p.acting_role(Permission::supervision_manage, node.path),
                          .changes = {{"rules", rules_text(before.rules), rules_text(named)}}});
            !st)
          return std::unexpected(st.error());
        return rules_view(c, p, node);
      });
}

Result<ItemLeaderView> item_leader(Env& env, const Caller& caller, std::int64_t suggestion_id) {
  return read<ItemLeaderView>(env, [&](Connection& c) -> Result<ItemLeaderView> {
    std::vector<sg::Actor> held;
    DAIBIAO_TRY(auto rec, load_visible(c, caller.principal, suggestion_id, held));
    return item_view(c, caller.principal, rec.row);
  });
}

Result<ItemLeaderView> name_item_leader(Env& env, const Caller& caller, std::int64_t suggestion_id,
                                        std::optional<std::int64_t> user_id) {
  return write<ItemLeaderView>(
      env, caller, attempt("supervision.leader.name", "suggestion", suggestion_id),
      [&](Tx& tx) -> Result<ItemLeaderView> {
        auto& c = tx.db();
        const auto& p = caller.principal;
        std::vector<sg::Actor> held;
        DAIBIAO_TRY(auto rec, load_visible(c, p, suggestion_id, held));
        const auto& row = rec.row;
        if (auto st = authorize(p, Permission::supervision_manage, row.org_path); !st)
          return std::unexpected(st.error());
        const auto state = sg::parse_state(row.state).value_or(sg::State::none);
        if (!sv::needs_leader(state))
          return fail(
              ErrorCode::failed_precondition,
              "建议当前为“" + std::string(sg::state_title_zh(state)) + "”，立案后才能指定督办领导");
        DAIBIAO_TRY(auto candidates, storage::eligible_leaders(c, row.org_path));
        std::string name;
        if (user_id) {
          auto it = std::ranges::find_if(
              candidates, [&](const storage::LeaderAccount& l) { return l.user_id == *user_id; });
          if (it == candidates.end())
            return fail_fields({{"user_id", "应为本级或上级人大的领导账号"}});
          name = it->name;
        }
        DAIBIAO_TRY(auto before, storage::supervising_leader_of(c, row.id));
        if (auto st = storage::name_leader(c, row.id, user_id, p.user_id, tx.now()); !st)
          return std::unexpected(st.error());
        DAIBIAO_TRY(auto after, storage::supervising_leader_of(c, row.id));
        const std::string detail =
            user_id ? "督办领导：" + name
                    : "取消逐件指定，按分工规则" +
                          (after ? "由" + after->name + "督办" : std::string("（尚无督办领导）"));
        if (auto st = add_item_step(tx, row, sg::Actor::liaison_staff,
                                    name_of(sv::TimelineStep::leader_named), detail);
            !st)
          return std::unexpected(st.error());
        if (user_id && *user_id != p.user_id)
          if (auto n = storage::insert_notifications(c, {*user_id},
                                                     {.suggestion_id = row.id,
                                                      .kind = "supervision_leader",
                                                      .title = "请督办《" + row.title + "》",
                                                      .body = "联工委指定您为该建议的督办领导。",
                                                      .created_at = tx.now()},
                                                     "");
              !n)
            return std::unexpected(n.error());
        if (auto st = tx.audit(
                {.action = "supervision.leader.name",
                 .object_type = "suggestion",
                 .object_id = std::to_string(row.id),
                 .org_node_id = row.org_node_id,
                 .role = p.acting_role(Permission::supervision_manage, row.org_path),
                 .changes = {{"leader", before ? std::optional(before->name) : std::nullopt,
                              after ? std::optional(after->name) : std::nullopt}}});
            !st)
          return std::unexpected(st.error());
        return item_view(c, p, row);
      });
}

Result<CoverageView> leader_coverage(Env& env, const Caller& caller,
                                     std::optional<std::int64_t> org_node_id,
                                     std::optional<int> year) {
  const Date today = china_date(env.clock.now_ms());
  if (auto st = sv::check_year(year); !st) return std::unexpected(st.error());
  return read<CoverageView>(env, [&](Connection& c) -> Result<CoverageView> {
    DAIBIAO_TRY(auto node, readable_congress(c, caller.principal, org_node_id));
    CoverageView v{
        .org_node_id = node.id, .org_name = node.name, .year = year.value_or(today.year)};
    DAIBIAO_TRY(
        v.coverage,
        storage::leader_coverage(
            c, {.year = v.year, .path = node.path, .today = today, .whole_tree = !node.parent_id}));
    return v;
  });
}

}  // namespace daibiao::app
