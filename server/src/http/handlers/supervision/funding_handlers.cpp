// /api/v1/supervision/funds and /funding: funding (经费保障) — fund pools, and money asked,
// granted, refused and spent for items. Handlers only parse and shape; app/supervision does the
// work. Amounts are integer fen in and out.
#include <boost/json.hpp>

#include "app/supervision/funding_service.hpp"
#include "http/handlers/routes.hpp"
#include "http/json_io.hpp"

namespace daibiao::http {
namespace {

namespace sv = supervision;
using boost::json::array;
using boost::json::object;
using boost::json::value;

object pool_json(const storage::FundPoolRow& p) {
  return {{"id", p.id},
          {"org_node_id", p.org_node_id},
          {"org_name", p.org_name},
          {"year", p.year},
          {"name", p.name},
          {"source", name_of(p.source)},
          {"budget_line", p.budget_line},
          {"note", p.note},
          {"total_fen", p.balance.total_fen},
          {"granted_fen", p.balance.granted_fen},
          {"spent_fen", p.balance.spent_fen},
          {"available_fen", p.balance.available_fen()},
          {"status", name_of(p.status)},
          {"grants", p.requests},
          {"version", p.version},
          {"created_at", iso_time(p.created_at)},
          {"updated_at", iso_time(p.updated_at)}};
}

object request_json(const storage::FundingRequestRow& r) {
  array spends;
  for (const auto& s : r.spends)
    spends.push_back(object{{"id", s.id},
                            {"amount_fen", s.amount_fen},
                            {"spent_on", s.spent_on},
                            {"note", s.note},
                            {"created_by_name", s.created_by_name},
                            {"created_at", iso_time(s.created_at)}});
  return {{"id", r.id},
          {"suggestion_id", r.suggestion_id},
          {"suggestion_number", r.suggestion_number ? value(*r.suggestion_number) : value(nullptr)},
          {"suggestion_title", r.suggestion_title},
          {"suggestion_state", r.suggestion_state},
          {"org_node_id", r.org_node_id},
          {"unit_id", r.unit_id ? value(*r.unit_id) : value(nullptr)},
          {"unit_name", r.unit_name},
          {"asked_fen", r.asked_fen},
          {"purpose", r.purpose},
          {"status", name_of(r.status)},
          {"pool_id", r.pool_id ? value(*r.pool_id) : value(nullptr)},
          {"pool_name", r.pool_name},
          {"granted_fen", r.granted_fen},
          {"spent_fen", r.spent_fen},
          {"decision_note", r.decision_note},
          {"asked_by_name", r.asked_by_name},
          {"decided_by_name", r.decided_by_name},
          {"decided_at", r.decided_at ? value(iso_time(*r.decided_at)) : value(nullptr)},
          {"spends", std::move(spends)},
          {"version", r.version},
          {"created_at", iso_time(r.created_at)},
          {"updated_at", iso_time(r.updated_at)}};
}

Result<Response> pool_view(Result<app::PoolView> r, int status = 200) {
  if (!r) return std::unexpected(r.error());
  object o = pool_json(r->pool);
  o["can_manage"] = r->can_manage;
  return json_response(o, status);
}

Result<Response> item_view(Result<app::ItemFunding> r, int status = 200) {
  if (!r) return std::unexpected(r.error());
  array requests, pools;
  for (const auto& q : r->requests) requests.push_back(request_json(q));
  for (const auto& p : r->pools) pools.push_back(pool_json(p));
  return json_response(object{{"suggestion_id", r->suggestion_id},
                              {"asked_fen", r->asked_fen},
                              {"granted_fen", r->granted_fen},
                              {"spent_fen", r->spent_fen},
                              {"can_ask", r->can_ask},
                              {"can_spend", r->can_spend},
                              {"can_decide", r->can_decide},
                              {"requests", std::move(requests)},
                              {"pools", std::move(pools)}},
                       status);
}

// The editable fields of a pool; missing and malformed values are reported together by the
// domain's check.
sv::PoolInput pool_input(JsonInput& in) {
  auto name = in.text("name", false, 60);
  auto source = in.text("source", false, 20);
  auto line = in.text("budget_line", false, 60);
  auto total = in.integer("total_fen", false);
  auto note = in.text("note", false, 2000, false);
  return {name.value_or(""), source.value_or(""), line.value_or(""), total, note.value_or("")};
}

}  // namespace

void add_funding_routes(Router& r) {
  r.add("GET", "/api/v1/supervision/funds", Access::signed_in,
        [](Context& ctx) -> Result<Response> {
          DAIBIAO_TRY(auto req, list_request(ctx.request));
          DAIBIAO_TRY(auto page, app::list_pools(ctx.env, ctx.caller, req));
          return list_response(page, [](const storage::FundPoolRow& p) { return pool_json(p); });
        });
  r.add("POST", "/api/v1/supervision/funds", Access::signed_in,
        [](Context& ctx) -> Result<Response> {
          DAIBIAO_TRY(auto in, JsonInput::parse(ctx.request.body));
          auto node = in.integer("org_node_id", false, 1);
          auto year = in.integer("year", false, 0, 100000);
          auto pool = pool_input(in);
          if (auto st = in.finish(); !st) return std::unexpected(st.error());
          std::optional<int> y;
          if (year) y = static_cast<int>(*year);
          return pool_view(app::create_pool(ctx.env, ctx.caller, node, y, pool), 201);
        });
  r.add("GET", "/api/v1/supervision/funds/{id}", Access::signed_in,
        [](Context& ctx) -> Result<Response> {
          DAIBIAO_TRY(auto id, path_id(ctx));
          return pool_view(app::get_pool(ctx.env, ctx.caller, id));
        });
  r.add("PUT", "/api/v1/supervision/funds/{id}", Access::signed_in,
        [](Context& ctx) -> Result<Response> {
          DAIBIAO_TRY(auto id, path_id(ctx));
          DAIBIAO_TRY(auto in, JsonInput::parse(ctx.request.body));
          auto version = in.integer("version", true, 1);
          auto status = in.one_of("status", true, names_of<sv::PoolStatus>());
          auto pool = pool_input(in);
          if (auto st = in.finish(); !st) return std::unexpected(st.error());
          return pool_view(app::update_pool(ctx.env, ctx.caller, id, *version, pool, *status));
        });
  r.add("GET", "/api/v1/supervision/funding", Access::signed_in,
        [](Context& ctx) -> Result<Response> {
          DAIBIAO_TRY(auto req, list_request(ctx.request));
          DAIBIAO_TRY(auto page, app::list_requests(ctx.env, ctx.caller, req));
          return list_response(page,
                               [](const storage::FundingRequestRow& q) { return request_json(q); });
        });
  r.add("GET", "/api/v1/supervision/items/{id}/funding", Access::signed_in,
        [](Context& ctx) -> Result<Response> {
          DAIBIAO_TRY(auto id, path_id(ctx));
          return item_view(app::item_funding(ctx.env, ctx.caller, id));
        });
  r.add("POST", "/api/v1/supervision/items/{id}/funding", Access::signed_in,
        [](Context& ctx) -> Result<Response> {
          DAIBIAO_TRY(auto id, path_id(ctx));
          DAIBIAO_TRY(auto in, JsonInput::parse(ctx.request.body));
          auto asked = in.integer("asked_fen", false);
          auto purpose = in.text("purpose", false, 500);
          if (auto st = in.finish(); !st) return std::unexpected(st.error());
          return item_view(app::ask_funding(ctx.env, ctx.caller, id, {asked, purpose.value_or("")}),
                           201);
        });
  r.add("POST", "/api/v1/supervision/funding/{id}/grant", Access::signed_in,
        [](Context& ctx) -> Result<Response> {
          DAIBIAO_TRY(auto id, path_id(ctx));
          DAIBIAO_TRY(auto in, JsonInput::parse(ctx.request.body));
          auto version = in.integer("version", true, 1);
          auto pool = in.integer("pool_id", false, 1);
          auto granted = in.integer("granted_fen", false);
          auto note = in.text("note", false, 500);
          if (auto st = in.finish(); !st) return std::unexpected(st.error());
          return item_view(app::grant_funding(ctx.env, ctx.caller, id, *version, pool, granted,
                                              note.value_or("")));
        });
  r.add("POST", "/api/v1/supervision/funding/{id}/refuse", Access::signed_in,
        [](Context& ctx) -> Result<Response> {
          DAIBIAO_TRY(auto id, path_id(ctx));
          DAIBIAO_TRY(auto in, JsonInput::parse(ctx.request.body));
          auto version = in.integer("version", true, 1);
          auto reason = in.text("reason", true, 500);
          if (auto st = in.finish(); !st) return std::unexpected(st.error());
          return item_view(app::refuse_funding(ctx.env, ctx.caller, id, *version, *reason));
        });
  r.add("POST", "/api/v1/supervision/funding/{id}/spend", Access::signed_in,
        [](Context& ctx) -> Result<Response> {
          DAIBIAO_TRY(auto id, path_id(ctx));
          DAIBIAO_TRY(auto in, JsonInput::parse(ctx.request.body));
          auto amount = in.integer("amount_fen", false);
          auto on = in.text("spent_on", false, 10);
          auto note = in.text("note", false, 500);
          if (auto st = in.finish(); !st) return std::unexpected(st.error());
          return item_view(app::spend_funding(ctx.env, ctx.caller, id,
                                              {amount, on.value_or(""), note.value_or("")}),
                           201);
        });
}

}  // namespace daibiao::http
