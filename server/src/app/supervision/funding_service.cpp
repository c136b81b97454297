#include "app/supervision/funding_service.hpp"

#include "app/suggestions/suggestion_parties.hpp"
#include "app/suggestions/suggestion_service.hpp"
#include "app/supervision/supervision_scope.hpp"
#include "domain/supervision/clearing.hpp"
#include "domain/supervision/timeline.hpp"

namespace daibiao::app {

namespace sv = supervision;
namespace sg = suggestions;
using access::Permission;
using sg::Actor;
using storage::Connection;

namespace {

// The pool when the caller reads supervision over its congress; not_found otherwise.
Result<storage::FundPoolRow> readable_pool(Connection& c, const Caller& caller, std::int64_t id) {
  DAIBIAO_TRY(auto pool, storage::find_pool(c, id));
  if (!may_read_supervision(caller.principal, pool.org_path))
    return fail(ErrorCode::not_found, "资金不存在");
  return pool;
}

PoolView pool_view(const Caller& caller, storage::FundPoolRow pool) {
  const bool manage = caller.principal.can(Permission::supervision_manage, pool.org_path);
  return {std::move(pool), manage};
}

Status audit_pool(Tx& tx, const storage::FundPoolRow& p, const std::string& action,
                  std::vector<audit::FieldChange> changes) {
  return tx.audit(
      {.action = action,
       .object_type = "fund_pool",
       .object_id = std::to_string(p.id),
       .org_node_id = p.org_node_id,
       .role = tx.caller().principal.acting_role(Permission::supervision_manage, p.org_path),
       .changes = std::move(changes)});
}

Status audit_request(Tx& tx, const storage::FundingRequestRow& r, const std::string& action,
                     std::vector<audit::FieldChange> changes) {
  return tx.audit({.action = action,
                   .object_type = "funding_request",
                   .object_id = std::to_string(r.id),
                   .org_node_id = r.org_node_id,
                   .changes = std::move(changes)});
}

std::string fen_text(std::int64_t fen) { return std::to_string(fen); }

// What `caller` may do with the item's funding, and the pools they could grant from.
Result<ItemFunding> funding_of(Connection& c, const Caller& caller,
                               const storage::SuggestionRecord& rec,
                               const std::vector<Actor>& held) {
  ItemFunding out{.suggestion_id = rec.row.id};
  DAIBIAO_TRY(out.requests, storage::item_requests(c, rec.row.id));
  for (const auto& r : out.requests) {
    if (r.status == sv::RequestStatus::refused) continue;
    out.asked_fen += r.asked_fen;
    out.granted_fen += r.granted_fen;
    out.spent_fen += r.spent_fen;
  }
  const auto state = sg::parse_state(rec.row.state).value_or(sg::State::none);
  out.can_spend = sv::acts_on_handling(held);
  out.can_ask = sv::with_lead_unit(state) && out.can_spend;
  out.can_decide = caller.principal.can(Permission::supervision_manage, rec.row.org_path);
  if (out.can_decide) {
    DAIBIAO_TRY(auto pools, storage::pools_for_item(c, rec.row.org_path));
    for (auto& p : pools)
      if (caller.principal.can(Permission::supervision_manage, p.org_path))
        out.pools.push_back(std::move(p));
  }
  return out;
}

// The request and its item as the caller sees it (not_found otherwise, as for no request).
struct RequestOnItem {
  storage::FundingRequestRow request;
  storage::SuggestionRecord item;
  std::vector<Actor> held;
};
Result<RequestOnItem> visible_request(Connection& c, const Caller& caller, std::int64_t id) {
  RequestOnItem out;
  DAIBIAO_TRY(out.request, storage::find_request(c, id));
  auto rec = load_visible(c, caller.principal, out.request.suggestion_id, out.held);
  if (!rec) {
    if (rec.error().code == ErrorCode::not_found)
      return fail(ErrorCode::not_found, "经费申请不存在");
    return std::unexpected(rec.error());
  }
  out.item = std::move(*rec);
  return out;
}

// The request as the committee may decide it: supervision.manage over its item, still asked,
// at `version`.
Result<RequestOnItem> decidable_request(Connection& c, const Caller& caller, std::int64_t id,
                                        std::int64_t version) {
  DAIBIAO_TRY(auto r, visible_request(c, caller, id));
  if (auto st = authorize(caller.principal, Permission::supervision_manage, r.item.row.org_path);
      !st)
    return std::unexpected(st.error());
  if (r.request.status != sv::RequestStatus::asked)
    return fail(ErrorCode::failed_precondition,
                "经费申请" + std::string(title_of(r.request.status)) + "，不能再核定");
  if (r.request.version != version)
    return fail(ErrorCode::conflict, "经费申请已被他人更新，请刷新后重试");
  return r;
}

Status add_step(Tx& tx, const RequestOnItem& r, Actor relation, sv::TimelineStep step,
                const std::string& detail) {
  return add_item_step(tx, r.item.row, relation, name_of(step), detail);
}

}  // namespace

Result<PoolView> create_pool(Env& env, const Caller& caller,
                             std::optional<std::int64_t> org_node_id, std::optional<int> year,
                             const sv::PoolInput& in) {
  if (auto st = sv::check_year(year); !st) return std::unexpected(st.error());
  DAIBIAO_TRY(auto checked, sv::check_pool(in));
  const int for_year = year.value_or(china_date(env.clock.now_ms()).year);
  return write<PoolView>(
      env, caller, attempt("supervision.fund.create", "org_node", org_node_id.value_or(0)),
      [&](Tx& tx) -> Result<PoolView> {
        auto& c = tx.db();
        DAIBIAO_TRY(auto node, managed_congress(c, caller.principal, org_node_id));
        storage::FundPoolRow p{.org_node_id = node.id,
                               .org_path = node.path,
                               .year = for_year,
                               .name = checked.name,
                               .source = checked.source,
                               .budget_line = checked.budget_line,
                               .note = checked.note,
                               .balance = {.total_fen = checked.total_fen}};
        DAIBIAO_TRY(p.id, storage::insert_pool(c, p, caller.principal.user_id, tx.now()));
        if (auto st = audit_pool(tx, p, "supervision.fund.create",
                                 {{"year", std::nullopt, std::to_string(for_year)},
                                  {"name", std::nullopt, p.name},
                                  {"source", std::nullopt, std::string(name_of(p.source))},
                                  {"budget_line", std::nullopt, p.budget_line},
                                  {"total_fen", std::nullopt, fen_text(p.balance.total_fen)}});
            !st)
          return std::unexpected(st.error());
        DAIBIAO_TRY(auto stored, storage::find_pool(c, p.id));
        return pool_view(caller, std::move(stored));
      });
}

Result<PoolView> get_pool(Env& env, const Caller& caller, std::int64_t id) {
  return read<PoolView>(env, [&](Connection& c) -> Result<PoolView> {
    DAIBIAO_TRY(auto pool, readable_pool(c, caller, id));
    return pool_view(caller, std::move(pool));
  });
}

Result<ListResult<storage::FundPoolRow>> list_pools(Env& env, const Caller& caller,
                                                    const storage::ListRequest& req) {
  DAIBIAO_TRY(auto scope, supervision_read_paths(caller.principal, "没有权限查看经费保障"));
  return read<ListResult<storage::FundPoolRow>>(
      env, [&](Connection& c) { return storage::list_pools(c, req, scope); });
}

Result<PoolView> update_pool(Env& env, const Caller& caller, std::int64_t id, std::int64_t version,
                             const sv::PoolInput& in, const std::string& status_name) {
  auto status = parse<sv::PoolStatus>(status_name);
  if (!status) return fail_fields({{"status", "状态应为使用中或已关闭"}});
  return write<PoolView>(
      env, caller, attempt("supervision.fund.update", "fund_pool", id),
      [&](Tx& tx) -> Result<PoolView> {
        auto& c = tx.db();
        DAIBIAO_TRY(auto before, readable_pool(c, caller, id));
        if (auto st = authorize(caller.principal, Permission::supervision_manage, before.org_path);
            !st)
          return std::unexpected(st.error());
        if (before.version != version)
          return fail(ErrorCode::conflict, "资金已被他人更新，请刷新后重试");
        DAIBIAO_TRY(auto checked, sv::check_pool(in, before.balance.granted_fen));
        if (auto st = storage::update_pool(c, id, version, checked, *status, tx.now()); !st)
          return std::unexpected(st.error());
        std::vector<audit::FieldChange> changes;
        note_change(changes, "name", before.name, checked.name);
        note_change(changes, "source", std::string(name_of(before.source)),
                    std::string(name_of(checked.source)));
        note_change(changes, "budget_line", before.budget_line, checked.budget_line);
        note_change(changes, "total_fen", fen_text(before.balance.total_fen),
                    fen_text(checked.total_fen));
        note_change(changes, "note", before.note, checked.note);
        note_change(changes, "status", std::string(name_of(before.status)),
                    std::string(name_of(*status)));
        if (auto st = audit_pool(tx, before, "supervision.fund.update", std::move(changes)); !st)
          return std::unexpected(st.error());
        DAIBIAO_TRY(auto stored, storage::find_pool(c, id));
        return pool_view(caller, std::move(stored));
      });
}

Result<ItemFunding> item_funding(Env& env, const Caller& caller, std::int64_t suggestion_id) {
  return read<ItemFunding>(env, [&](Connection& c) -> Result<ItemFunding> {
    std::vector<Actor> held;
    DAIBIAO_TRY(auto rec, load_visible(c, caller.principal, suggestion_id, held));
    return funding_of(c, caller, rec, held);
  });
}

Result<ItemFunding> ask_funding(Env& env, const Caller& caller, std::int64_t suggestion_id,
                                const sv::AskInput& in) {
  DAIBIAO_TRY(auto checked, sv::check_ask(in));
  return write<ItemFunding>(
      env, caller, attempt("supervision.funding.ask", "suggestion", suggestion_id),
      [&](Tx& tx) -> Result<ItemFunding> {
        auto& c = tx.db();
        std::vector<Actor> held;
        DAIBIAO_TRY(auto rec, load_visible(c, caller.principal, suggestion_id, held));
        if (!sv::acts_on_handling(held))
          return fail(ErrorCode::permission_denied, "只有联工委或主办单位可以申请办理经费");
        const auto state = sg::parse_state(rec.row.state).value_or(sg::State::none);
        if (!sv::with_lead_unit(state))
          return fail(ErrorCode::failed_precondition,
                      "建议当前为“" + std::string(sg::state_title_zh(state)) +
                          "”，交办给主办单位后、办结前才能申请办理经费");
        storage::FundingRequestRow r{.suggestion_id = suggestion_id,
                                     .org_node_id = rec.row.org_node_id,
                                     .org_path = rec.row.org_path,
                                     .unit_id = rec.row.lead_unit_id,
                                     .asked_fen = checked.asked_fen,
                                     .purpose = checked.purpose,
                                     .asked_by_name = caller.principal.display_name};
        DAIBIAO_TRY(r.id, storage::insert_request(c, r, caller.principal.user_id, tx.now()));
        if (auto st = add_item_step(tx, rec.row, sv::handling_relation(held),
                                    name_of(sv::TimelineStep::funding_asked),
                                    sv::yuan_text(r.asked_fen) + "，用途：" + r.purpose);
            !st)
          return std::unexpected(st.error());
        if (auto st = audit_request(tx, r, "supervision.funding.ask",
                                    {{"suggestion_id", std::nullopt, std::to_string(suggestion_id)},
                                     {"asked_fen", std::nullopt, fen_text(r.asked_fen)},
                                     {"purpose", std::nullopt, r.purpose}});
            !st)
          return std::unexpected(st.error());
        return funding_of(c, caller, rec, held);
      });
}

Result<ItemFunding> grant_funding(Env& env, const Caller& caller, std::int64_t request_id,
                                  std::int64_t version, std::optional<std::int64_t> pool_id,
                                  std::optional<std::int64_t> granted_fen,
                                  const std::string& note) {
  if (!pool_id) return fail_fields({{"pool_id", "请选择资金来源"}});
  return write<ItemFunding>(
      env, caller, attempt("supervision.funding.grant", "funding_request", request_id),
      [&](Tx& tx) -> Result<ItemFunding> {
        auto& c = tx.db();
        DAIBIAO_TRY(auto r, decidable_request(c, caller, request_id, version));
        auto pool = storage::find_pool(c, *pool_id);
        if (!pool && pool.error().code != ErrorCode::not_found)
          return std::unexpected(pool.error());
        // A pool of the item's congress or one above it, that the caller manages.
        if (!pool || !r.item.row.org_path.starts_with(pool->org_path) ||
            !caller.principal.can(Permission::supervision_manage, pool->org_path))
          return fail_fields({{"pool_id", "只能从本级或上级人大、由您管理的资金中核定"}});
        if (auto st =
                sv::check_grant(r.request.asked_fen, granted_fen, pool->status, pool->balance);
            !st)
          return std::unexpected(st.error());
        if (auto st = storage::save_grant(c, request_id, version, pool->id, *granted_fen, note,
                                          caller.principal.display_name, tx.now());
            !st)
          return std::unexpected(st.error());
        const std::string detail = "从“" + pool->name + "”核定 " + sv::yuan_text(*granted_fen) +
                                   "（申请 " + sv::yuan_text(r.request.asked_fen) + "）" +
                                   (note.empty() ? "" : "。" + note);
        if (auto st =
                add_step(tx, r, Actor::liaison_staff, sv::TimelineStep::funding_granted, detail);
            !st)
          return std::unexpected(st.error());
        if (auto st = notify_item_parties(tx, r.item.row.id, "funding",
                                          "《" + r.item.row.title + "》的办理经费已核定", detail);
            !st)
          return std::unexpected(st.error());
        if (auto st = audit_request(tx, r.request, "supervision.funding.grant",
                                    {{"status", std::string(name_of(r.request.status)),
                                      std::string(name_of(sv::RequestStatus::granted))},
                                     {"pool_id", std::nullopt, std::to_string(pool->id)},
                                     {"granted_fen", std::nullopt, fen_text(*granted_fen)},
                                     {"pool_available_fen", fen_text(pool->balance.available_fen()),
                                      fen_text(pool->balance.available_fen() - *granted_fen)},
                                     {"note", std::nullopt, note}});
            !st)
          return std::unexpected(st.error());
        return funding_of(c, caller, r.item, r.held);
      });
}

Result<ItemFunding> refuse_funding(Env& env, const Caller& caller, std::int64_t request_id,
                                   std::int64_t version, const std::string& reason) {
  if (reason.empty()) return fail_fields({{"reason", "请说明未予安排的原因"}});
  return write<ItemFunding>(
      env, caller, attempt("supervision.funding.refuse", "funding_request", request_id),
      [&](Tx& tx) -> Result<ItemFunding> {
        auto& c = tx.db();
        DAIBIAO_TRY(auto r, decidable_request(c, caller, request_id, version));
        if (auto st = storage::save_refusal(c, request_id, version, reason,
                                            caller.principal.display_name, tx.now());
            !st)
          return std::unexpected(st.error());
        const std::string detail =
            "申请 " + sv::yuan_text(r.request.asked_fen) + " 未予安排。原因：" + reason;
        if (auto st =
                add_step(tx, r, Actor::liaison_staff, sv::TimelineStep::funding_refused, detail);
            !st)
          return std::unexpected(st.error());
        if (auto st = notify_item_parties(tx, r.item.row.id, "funding",
                                          "《" + r.item.row.title + "》的经费申请未予安排", detail);
            !st)
          return std::unexpected(st.error());
        if (auto st = audit_request(tx, r.request, "supervision.funding.refuse",
                                    {{"status", std::string(name_of(r.request.status)),
                                      std::string(name_of(sv::RequestStatus::refused))},
                                     {"reason", std::nullopt, reason}});
            !st)
          return std::unexpected(st.error());
        return funding_of(c, caller, r.item, r.held);
      });
}

Result<ItemFunding> spend_funding(Env& env, const Caller& caller, std::int64_t request_id,
                                  const sv::SpendInput& in) {
  const Date today = china_date(env.clock.now_ms());
  return write<ItemFunding>(
      env, caller, attempt("supervision.funding.spend", "funding_request", request_id),
      [&](Tx& tx) -> Result<ItemFunding> {
        auto& c = tx.db();
        DAIBIAO_TRY(auto r, visible_request(c, caller, request_id));
        // Its status is no secret to whoever sees the item (its funding shows it).
        if (r.request.status != sv::RequestStatus::granted)
          return fail(ErrorCode::failed_precondition,
                      "经费申请" + std::string(title_of(r.request.status)) + "，不能登记支出");
        if (!sv::acts_on_handling(r.held))
          return fail(ErrorCode::permission_denied, "只有联工委或主办单位可以登记经费支出");
        DAIBIAO_TRY(auto checked,
                    sv::check_spend(in, r.request.granted_fen, r.request.spent_fen, today));
        if (auto st =
                storage::add_spend(c, r.request, checked, caller.principal.display_name, tx.now());
            !st)
          return std::unexpected(st.error());
        if (auto st =
                add_step(tx, r, sv::handling_relation(r.held), sv::TimelineStep::funding_spent,
                         format_date(checked.spent_on) + " 支出 " +
                             sv::yuan_text(checked.amount_fen) + "：" + checked.note);
            !st)
          return std::unexpected(st.error());
        if (auto st = audit_request(tx, r.request, "supervision.funding.spend",
                                    {{"spent_fen", fen_text(r.request.spent_fen),
                                      fen_text(r.request.spent_fen + checked.amount_fen)},
                                     {"spent_on", std::nullopt, format_date(checked.spent_on)},
                                     {"note", std::nullopt, checked.note}});
            !st)
          return std::unexpected(st.error());
        return funding_of(c, caller, r.item, r.held);
      });
}

Result<ListResult<storage::FundingRequestRow>> list_requests(Env& env, const Caller& caller,
                                                             const storage::ListRequest& req) {
  const auto visibility = sg::visibility_of(caller.principal);
  if (visibility.sees_nothing()) return fail(ErrorCode::permission_denied, "没有权限查看经费申请");
  return read<ListResult<storage::FundingRequestRow>>(
      env, [&](Connection& c) { return storage::list_requests(c, visibility, req); });
}

}  // namespace daibiao::app
