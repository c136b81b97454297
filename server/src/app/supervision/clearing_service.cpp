#include "app/supervision/clearing_service.hpp"

#include "app/supervision/supervision_scope.hpp"
#include "storage/org/org_store.hpp"

#include <algorithm>

#include "base/text.hpp"

namespace daibiao::app {

namespace sv = supervision;
using access::Permission;
using storage::Connection;

namespace {

constexpr int kMaxBoardPage = 500;

Result<int> year_of(const std::string& text) {
  auto y = parse_int(text);
  // Out-of-range numbers become an out-of-range year, never a wrapped one.
  const int year = y && *y > 0 && *y < 100000 ? static_cast<int>(*y) : 0;
  if (auto st = sv::check_year(year); !st) return std::unexpected(st.error());
  return year;
}

// The board of `q` read in one connection; every unit when `all_units`.
Result<ClearingBoard> read_board(Env& env, Connection& c, const Caller& caller,
                                 const ClearingBoardQuery& q, bool all_units) {
  const auto& p = caller.principal;
  const Date today = china_date(env.clock.now_ms());
  if (auto st = sv::check_year(q.year); !st) return std::unexpected(st.error());
  const bool by_name = q.sort == "unit_name";
  auto reason = parse<sv::ClearingReason>(q.sort);
  if (!by_name && !reason)
    return fail_fields({{"sort", "应为 unit_name、remaining、各阶段名称、overdue 或 slipped"}});
  if (q.page < 1) return fail_fields({{"page", "应为正整数"}});
  if (q.page_size < 1 || q.page_size > kMaxBoardPage)
    return fail_fields({{"page_size", "应在 1 至 500 之间"}});
  DAIBIAO_TRY(auto node, readable_congress(c, p, q.org_node_id));
  ClearingBoard b;
  b.org_node_id = node.id;
  b.org_name = node.name;
  b.scope = {.year = q.year.value_or(today.year),
             .path = node.path,
             .today = today,
             .whole_tree = !node.parent_id};
  b.countdown = sv::countdown(today, b.scope.year);
  DAIBIAO_TRY(auto units, storage::tally_remaining(c, b.scope));
  for (const auto& u : units) b.totals += u.tally;
  sv::sort_units(units, reason.value_or(sv::ClearingReason::remaining), by_name, q.ascending);
  b.unit_count = static_cast<std::int64_t>(units.size());
  if (all_units) {
    b.units = std::move(units);
  } else {
    const auto from = std::min(
        units.size(), static_cast<std::size_t>(q.page - 1) * static_cast<std::size_t>(q.page_size));
    const auto to = std::min(units.size(), from + static_cast<std::size_t>(q.page_size));
    b.units.assign(std::make_move_iterator(units.begin() + static_cast<std::ptrdiff_t>(from)),
                   std::make_move_iterator(units.begin() + static_cast<std::ptrdiff_t>(to)));
  }
  DAIBIAO_TRY(b.years, storage::session_years(c, node.path, b.scope.whole_tree));
  DAIBIAO_TRY(b.plan, storage::find_plan_for(c, node.id, b.scope.year));
  b.can_carry_over = p.can(Permission::supervision_manage, node.path);
  return b;
}

Result<ClearingPlanView> plan_view(Connection& c, storage::ClearingPlan plan) {
  ClearingPlanView v;
  DAIBIAO_TRY(v.items, storage::load_plan_items(c, plan.id));
  for (const auto& row : v.items) {
    auto state = suggestions::parse_state(row.state);
    if (state && !sv::clearing_stage(*state)) ++v.cleared;
  }
  v.plan = std::move(plan);
  return v;
}

}  // namespace

Result<storage::ClearingScope> clearing_scope_of(Connection& c,
                                                 const std::optional<std::string>& year,
                                                 const std::optional<std::string>& within,
                                                 Date today) {
  if (!year) return fail_fields({{"year", "请指定年度"}});
  storage::ClearingScope scope{.year = 0, .path = "/", .today = today, .whole_tree = true};
  DAIBIAO_TRY(scope.year, year_of(*year));
  if (within) {
    auto id = parse_int(*within);
    if (!id) return fail_fields({{"within", "应为机构编号"}});
    auto node = storage::find_node(c, *id);
    if (!node) {
      if (node.error().code == ErrorCode::not_found) return fail_fields({{"within", "机构不存在"}});
      return std::unexpected(node.error());
    }
    scope.path = node->path;
    scope.whole_tree = !node->parent_id;
  }
  return scope;
}

Result<ClearingBoard> clearing_board(Env& env, const Caller& caller, const ClearingBoardQuery& q) {
  return read<ClearingBoard>(env,
                             [&](Connection& c) { return read_board(env, c, caller, q, false); });
}

Result<ClearingExport> export_clearing(Env& env, const Caller& caller,
                                       const ClearingBoardQuery& q) {
  ClearingExport out;
  auto st = read<bool>(env, [&](Connection& c) -> Result<bool> {
    DAIBIAO_TRY(out.board, read_board(env, c, caller, q, true));
    DAIBIAO_TRY(out.items, storage::list_remaining(c, out.board.scope));
    return true;
  });
  if (!st) return std::unexpected(st.error());
  auto audited = write_tx(
      env, caller,
      [&](Tx& tx) {
        return tx.audit({.action = "supervision.clearing.export",
                         .object_type = "org_node",
                         .object_id = std::to_string(out.board.org_node_id),
                         .org_node_id = out.board.org_node_id,
                         .changes = {{"year", "", std::to_string(out.board.scope.year), false},
                                     {"rows", "", std::to_string(out.items.size()), false}}});
      },
      attempt("supervision.clearing.export", "org_node", out.board.org_node_id));
  if (!audited) return std::unexpected(audited.error());
  return out;
}

Result<ClearingPlanView> carry_over(Env& env, const Caller& caller, std::int64_t org_node_id,
                                    int year, const sv::CarryOverInput& in) {
  const Date today = china_date(env.clock.now_ms());
  if (auto st = sv::check_year(year); !st) return std::unexpected(st.error());
  DAIBIAO_TRY(auto checked, sv::check_carry_over(in, year, today));
  return write<ClearingPlanView>(
      env, caller, attempt("supervision.clearing.carry_over", "org_node", org_node_id),
      [&](Tx& tx) -> Result<ClearingPlanView> {
        auto& c = tx.db();
        const auto& p = caller.principal;
        DAIBIAO_TRY(auto node, managed_congress(c, p, org_node_id));
        const storage::ClearingScope scope{
            .year = year, .path = node.path, .today = today, .whole_tree = !node.parent_id};
        DAIBIAO_TRY(auto items, storage::list_remaining(c, scope));
        if (items.empty())
          return fail(ErrorCode::failed_precondition,
                      std::to_string(year) + "年度的建议已全部清零，无需结转");
        storage::ClearingPlan plan{.org_node_id = node.id,
                                   .org_path = node.path,
                                   .year = year,
                                   .title = checked.title,
                                   .due_on = format_date(checked.due_on),
                                   .note = checked.note,
                                   .created_by = p.user_id,
                                   .created_by_name = p.display_name,
                                   .created_at = tx.now()};
        DAIBIAO_TRY(plan.id, storage::insert_plan(c, plan, items));
        if (auto st =
                tx.audit({.action = "supervision.clearing.carry_over",
                          .object_type = "clearing_plan",
                          .object_id = std::to_string(plan.id),
                          .org_node_id = node.id,
                          .role = p.acting_role(Permission::supervision_manage, node.path),
                          .changes = {{"year", std::nullopt, std::to_string(year)},
                                      {"title", std::nullopt, plan.title},
                                      {"due_on", std::nullopt, plan.due_on},
                                      {"item_count", std::nullopt, std::to_string(items.size())}}});
            !st)
          return std::unexpected(st.error());
        DAIBIAO_TRY(auto stored, storage::find_plan(c, plan.id));
        return plan_view(c, std::move(stored));
      });
}

Result<ClearingPlanView> get_clearing_plan(Env& env, const Caller& caller, std::int64_t id) {
  return read<ClearingPlanView>(env, [&](Connection& c) -> Result<ClearingPlanView> {
    auto plan = storage::find_plan(c, id);
    if (!plan) return std::unexpected(plan.error());
    if (!may_read_supervision(caller.principal, plan->org_path))
      return fail(ErrorCode::not_found, "结转计划不存在");
    return plan_view(c, std::move(*plan));
  });
}

}  // namespace daibiao::app
