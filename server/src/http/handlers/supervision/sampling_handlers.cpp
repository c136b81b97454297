// /api/v1/supervision/draws: random sampling review (随机抽样点评). Handlers only parse and
// shape; app/supervision does the work.
#include <boost/json.hpp>

#include "app/supervision/sampling_service.hpp"
#include "http/handlers/routes.hpp"
#include "http/handlers/supervision/criteria_io.hpp"
#include "http/json_io.hpp"

namespace daibiao::http {
namespace {

namespace sv = supervision;
using boost::json::array;
using boost::json::object;
using boost::json::value;

value opt_json(const std::optional<std::int64_t>& v) { return v ? value(*v) : value(nullptr); }
value opt_time(const std::optional<std::int64_t>& ms) {
  return ms ? value(iso_time(*ms)) : value(nullptr);
}

object draw_json(const sv::Draw& d) {
  return {{"id", d.id},
          {"org_node_id", d.org_node_id},
          {"org_name", d.org_name},
          {"title", d.title},
          {"session_id", d.session_id},
          {"session_title", d.session_title},
          {"stage", name_of(d.stage)},
          {"unit_id", opt_json(d.filter_unit_id)},
          {"unit_name", d.filter_unit_name},
          {"category", d.filter_category},
          {"star_level", d.filter_star_level ? value(*d.filter_star_level) : value(nullptr)},
          {"strata", name_of(d.strata)},
          {"sample_size", d.sample_size},
          {"seed_source", d.seed_source},
          {"seed", d.seed ? value(*d.seed) : value(nullptr)},
          {"status", name_of(d.status)},
          {"population_size", d.population_size},
          {"population_hash", d.population_hash},
          {"announced_by_name", d.announced_by_name},
          {"announced_at", iso_time(d.created_at)},
          {"seeded_at", opt_time(d.seeded_at)},
          {"drawn_at", opt_time(d.drawn_at)},
          {"drawn_by_name", d.drawn_by_name},
          {"pass_score", d.pass_score},
          {"published_at", opt_time(d.published_at)},
          {"version", d.version}};
}

object review_json(const storage::DrawnItemRow& row) {
  array comments;
  for (const auto& c : row.comments)
    comments.push_back(object{{"id", c.id},
                              {"member_name", c.member_name},
                              {"body", c.body},
                              {"created_at", iso_time(c.created_at)}});
  array sheets;
  for (const auto& sheet : row.sheets) {
    array scores;
    for (int v : sheet.scores) scores.push_back(v);
    sheets.push_back(object{{"member_name", sheet.member_name},
                            {"scores", std::move(scores)},
                            {"total", sv::format_points(sheet.total_centi)},
                            {"updated_at", iso_time(sheet.updated_at)}});
  }
  return {{"report", row.report},
          {"reported_at", opt_time(row.reported_at)},
          {"score", row.score_centi ? value(sv::format_points(*row.score_centi)) : value(nullptr)},
          {"outcome", row.outcome.empty() ? value(nullptr) : value(row.outcome)},
          {"rehandling", row.rehandling},
          {"comments", std::move(comments)},
          {"sheets", std::move(sheets)}};
}

object view_json(const app::DrawView& v) {
  object o = draw_json(v.draw);
  array items;
  for (const auto& row : v.items)
    items.push_back(object{{"ordinal", row.item.rank},
                           {"suggestion_id", row.item.suggestion_id},
                           {"stratum", row.item.stratum},
                           {"key", row.item.key},
                           {"number", row.number},
                           {"title", row.title},
                           {"state", row.state},
                           {"lead_unit_name", row.lead_unit_name},
                           {"lead_name", row.lead_name},
                           {"review", review_json(row)}});
  o["items"] = std::move(items);
  o["criteria"] = criteria_json(v.draw.criteria);
  o["can_manage"] = v.can_manage;
  o["can_score"] = v.can_score;
  return o;
}

Result<app::DrawInput> draw_input(JsonInput& in) {
  app::DrawInput d;
  auto title = in.text("title", true, 100);
  auto session = in.integer("session_id", true, 1);
  auto stage = in.one_of<sv::Stage>("stage", false);
  auto unit = in.nullable_integer("unit_id");
  auto category = in.text("category", false, 30);
  auto star = in.nullable_integer("star_level");
  auto strata = in.one_of<sv::Strata>("strata", false);
  auto size = in.integer("sample_size", true, 1, sv::kMaxSampleSize);
  auto source = in.text("seed_source", true, 200);
  auto seed = in.text("seed", false, sv::kMaxSeedLength);
  auto pass = in.integer("pass_score", false, 0, 100);
  d.criteria = read_criteria(in);
  if (auto st = in.finish(); !st) return std::unexpected(st.error());
  if (pass) d.pass_score = static_cast<int>(*pass);
  d.title = *title;
  d.session_id = *session;
  if (stage) d.stage = name_of(*stage);
  if (unit && *unit) d.unit_id = **unit;
  d.category = category.value_or("");
  if (star && *star) d.star_level = static_cast<int>(**star);
  if (strata) d.strata = name_of(*strata);
  d.sample_size = static_cast<int>(*size);
  d.seed_source = *source;
  if (seed && !seed->empty()) d.seed = *seed;
  return d;
}

Result<Response> view(Result<app::DrawView> r, int status = 200) {
  if (!r) return std::unexpected(r.error());
  return json_response(view_json(*r), status);
}

}  // namespace

void add_sampling_routes(Router& r) {
  r.add("GET", "/api/v1/supervision/draws", Access::signed_in,
        [](Context& ctx) -> Result<Response> {
          DAIBIAO_TRY(auto req, list_request(ctx.request));
          DAIBIAO_TRY(auto page, app::list_draws(ctx.env, ctx.caller, req));
          return list_response(page, [](const sv::Draw& d) { return draw_json(d); });
        });
  r.add("POST", "/api/v1/supervision/draws", Access::signed_in,
        [](Context& ctx) -> Result<Response> {
          DAIBIAO_TRY(auto in, JsonInput::parse(ctx.request.body));
          DAIBIAO_TRY(auto input, draw_input(in));
          return view(app::announce_draw(ctx.env, ctx.caller, input), 201);
        });
  r.add("GET", "/api/v1/supervision/draws/{id}", Access::signed_in,
        [](Context& ctx) -> Result<Response> {
          DAIBIAO_TRY(auto id, path_id(ctx));
          return view(app::get_draw(ctx.env, ctx.caller, id));
        });
  r.add("GET", "/api/v1/supervision/draws/{id}/population", Access::signed_in,
        [](Context& ctx) -> Result<Response> {
          DAIBIAO_TRY(auto id, path_id(ctx));
          DAIBIAO_TRY(auto text, app::draw_population_text(ctx.env, ctx.caller, id));
          Response res;
          res.content_type = "text/plain; charset=utf-8";
          res.body = std::move(text);
          return res;
        });
  r.add("POST", "/api/v1/supervision/draws/{id}/seed", Access::signed_in,
        [](Context& ctx) -> Result<Response> {
          DAIBIAO_TRY(auto id, path_id(ctx));
          DAIBIAO_TRY(auto in, JsonInput::parse(ctx.request.body));
          auto version = in.integer("version", true, 1);
          auto seed = in.text("seed", true, sv::kMaxSeedLength);
          if (auto st = in.finish(); !st) return std::unexpected(st.error());
          return view(app::publish_seed(ctx.env, ctx.caller, id, *version, *seed));
        });
  r.add("PUT", "/api/v1/supervision/draws/{id}/items/{suggestion_id}/report", Access::signed_in,
        [](Context& ctx) -> Result<Response> {
          DAIBIAO_TRY(auto id, path_id(ctx));
          DAIBIAO_TRY(auto item, path_id(ctx, "suggestion_id"));
          DAIBIAO_TRY(auto in, JsonInput::parse(ctx.request.body));
          auto body = in.text("body", true, 5000);
          if (auto st = in.finish(); !st) return std::unexpected(st.error());
          return view(app::save_item_report(ctx.env, ctx.caller, id, item, *body));
        });
  r.add("POST", "/api/v1/supervision/draws/{id}/items/{suggestion_id}/comments", Access::signed_in,
        [](Context& ctx) -> Result<Response> {
          DAIBIAO_TRY(auto id, path_id(ctx));
          DAIBIAO_TRY(auto item, path_id(ctx, "suggestion_id"));
          DAIBIAO_TRY(auto in, JsonInput::parse(ctx.request.body));
          auto body = in.text("body", true, 2000);
          auto member = in.text("member_name", false, 30);
          if (auto st = in.finish(); !st) return std::unexpected(st.error());
          return view(
              app::add_item_comment(ctx.env, ctx.caller, id, item, *body, member.value_or("")),
              201);
        });
  r.add("PUT", "/api/v1/supervision/draws/{id}/items/{suggestion_id}/score", Access::signed_in,
        [](Context& ctx) -> Result<Response> {
          DAIBIAO_TRY(auto id, path_id(ctx));
          DAIBIAO_TRY(auto item, path_id(ctx, "suggestion_id"));
          DAIBIAO_TRY(auto in, JsonInput::parse(ctx.request.body));
          auto scores = in.integers("scores", true, sv::kMaxCriteria, 0, 100);
          auto member = in.text("member_name", false, 30);
          if (auto st = in.finish(); !st) return std::unexpected(st.error());
          const std::vector<int> values(scores->begin(), scores->end());
          return view(
              app::save_item_sheet(ctx.env, ctx.caller, id, item, values, member.value_or("")));
        });
  r.add("POST", "/api/v1/supervision/draws/{id}/publish", Access::signed_in,
        [](Context& ctx) -> Result<Response> {
          DAIBIAO_TRY(auto id, path_id(ctx));
          DAIBIAO_TRY(auto in, JsonInput::parse(ctx.request.body));
          auto version = in.integer("version", true, 1);
          if (auto st = in.finish(); !st) return std::unexpected(st.error());
          return view(app::publish_results(ctx.env, ctx.caller, id, *version));
        });
  r.add("POST", "/api/v1/supervision/draws/{id}/draw", Access::signed_in,
        [](Context& ctx) -> Result<Response> {
          DAIBIAO_TRY(auto id, path_id(ctx));
          DAIBIAO_TRY(auto in, JsonInput::parse(ctx.request.body));
          auto version = in.integer("version", true, 1);
          if (auto st = in.finish(); !st) return std::unexpected(st.error());
          return view(app::run_draw(ctx.env, ctx.caller, id, *version));
        });
}

}  // namespace daibiao::http
