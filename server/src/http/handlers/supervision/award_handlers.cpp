// /api/v1/supervision/awards: awards (评选表彰) — rounds, nominations, the panel's scores,
// publication, and each target's honours. Handlers only parse and shape; app/supervision does
// the work.
#include <boost/json.hpp>

#include "app/supervision/award_service.hpp"
#include "base/text.hpp"
#include "http/handlers/routes.hpp"
#include "http/handlers/supervision/criteria_io.hpp"
#include "http/json_io.hpp"

namespace daibiao::http {
namespace {

namespace sv = supervision;
using boost::json::array;
using boost::json::object;
using boost::json::value;

value points(std::optional<int> centi) {
  return centi ? value(sv::format_points(*centi)) : value(nullptr);
}

object round_json(const storage::AwardRoundRow& r) {
  return {{"id", r.id},
          {"org_node_id", r.org_node_id},
          {"org_name", r.org_name},
          {"year", r.year},
          {"kind", name_of(r.kind)},
          {"title", r.title},
          {"quota", r.quota},
          {"note", r.note},
          {"status", name_of(r.status)},
          {"published_at", r.published_at ? value(iso_time(*r.published_at)) : value(nullptr)},
          {"nomination_count", r.nominations},
          {"version", r.version},
          {"created_at", iso_time(r.created_at)},
          {"updated_at", iso_time(r.updated_at)}};
}

object nomination_json(const app::NominationView& v) {
  const auto& n = v.nomination;
  value mine = nullptr;
  if (v.mine) {
    array scores;
    for (int s : *v.mine) scores.push_back(s);
    mine = std::move(scores);
  }
  return {{"id", n.id},
          {"target_id", n.target_id},
          {"target_name", n.target_name},
          {"reason", n.reason},
          {"nominated_by_name", n.nominated_by_name},
          {"sheets", v.sheets},
          {"my_scores", std::move(mine)},
          {"score", points(n.score_centi)},
          {"rank", n.rank ? value(*n.rank) : value(nullptr)},
          {"awarded", n.awarded},
          {"created_at", iso_time(n.created_at)}};
}

Result<Response> view(Result<app::RoundView> r, int status = 200) {
  if (!r) return std::unexpected(r.error());
  object o = round_json(r->round);
  o["criteria"] = criteria_json(r->round.criteria);
  array nominations;
  for (const auto& n : r->nominations) nominations.push_back(nomination_json(n));
  o["nominations"] = std::move(nominations);
  o["panel_sheets"] = r->panel_sheets;
  o["can_manage"] = r->can_manage;
  o["can_score"] = r->can_score;
  return json_response(o, status);
}

Result<std::int64_t> version_of(const Context& ctx) {
  DAIBIAO_TRY(auto in, JsonInput::parse(ctx.request.body));
  auto version = in.integer("version", true, 1);
  if (auto st = in.finish(); !st) return std::unexpected(st.error());
  return *version;
}

}  // namespace

void add_award_routes(Router& r) {
  r.add("GET", "/api/v1/supervision/awards", Access::signed_in,
        [](Context& ctx) -> Result<Response> {
          DAIBIAO_TRY(auto req, list_request(ctx.request));
          DAIBIAO_TRY(auto page, app::list_rounds(ctx.env, ctx.caller, req));
          return list_response(page, [](const storage::AwardRoundRow& x) { return round_json(x); });
        });
  r.add("POST", "/api/v1/supervision/awards", Access::signed_in,
        [](Context& ctx) -> Result<Response> {
          DAIBIAO_TRY(auto in, JsonInput::parse(ctx.request.body));
          auto node = in.integer("org_node_id", false, 1);
          auto year = in.integer("year", false, 0, 100000);
          auto kind = in.text("kind", false, 20);
          auto title = in.text("title", false, 100);
          auto quota = in.integer("quota", false, 0, 100000);
          auto criteria = read_criteria(in);
          auto note = in.text("note", false, 2000, false);
          if (auto st = in.finish(); !st) return std::unexpected(st.error());
          std::optional<int> y, q;
          if (year) y = static_cast<int>(*year);
          if (quota) q = static_cast<int>(*quota);
          return view(
              app::create_round(ctx.env, ctx.caller, node, y,
                                {.kind = kind.value_or(""),
                                 .title = title.value_or(""),
                                 .quota = q,
                                 .criteria = criteria.value_or(std::vector<sv::Criterion>{}),
                                 .note = note.value_or("")}),
              201);
        });
  r.add(
      "GET", "/api/v1/supervision/awards/honours", Access::signed_in,
      [](Context& ctx) -> Result<Response> {
        DAIBIAO_TRY(auto req, list_request(ctx.request));
        std::optional<sv::AwardKind> kind;
        std::optional<std::int64_t> target;
        std::vector<FieldError> errors;
        for (const auto& [k, v] : req.filters) {
          if (k == "kind") {
            kind = parse<sv::AwardKind>(v);
            if (!kind) errors.push_back({"kind", "应为 suggestion、unit 或 deputy"});
          } else if (k == "target_id") {
            target = parse_int(v);
            if (!target || *target < 1) errors.push_back({"target_id", "应为正整数"});
          } else {
            errors.push_back({k, "不支持的查询条件"});
          }
        }
        if (!kind && errors.empty()) errors.push_back({"kind", "必填"});
        if (!target && errors.empty()) errors.push_back({"target_id", "必填"});
        if (!errors.empty()) return fail_fields(std::move(errors));
        DAIBIAO_TRY(auto rows, app::honours(ctx.env, ctx.caller, *kind, *target));
        array items;
        for (const auto& h : rows)
          items.push_back(object{{"round_id", h.round_id},
                                 {"round_title", h.round_title},
                                 {"org_name", h.org_name},
                                 {"year", h.year},
                                 {"nomination_id", h.nomination_id},
                                 {"target_name", h.target_name},
                                 {"score", sv::format_points(h.score_centi)},
                                 {"rank", h.rank},
                                 {"published_at", h.published_at ? value(iso_time(*h.published_at))
                                                                 : value(nullptr)}});
        return json_response(
            object{{"kind", name_of(*kind)}, {"target_id", *target}, {"items", std::move(items)}});
      });
  r.add("GET", "/api/v1/supervision/awards/{id}", Access::signed_in,
        [](Context& ctx) -> Result<Response> {
          DAIBIAO_TRY(auto id, path_id(ctx));
          return view(app::get_round(ctx.env, ctx.caller, id));
        });
  r.add("POST", "/api/v1/supervision/awards/{id}/nominations", Access::signed_in,
        [](Context& ctx) -> Result<Response> {
          DAIBIAO_TRY(auto id, path_id(ctx));
          DAIBIAO_TRY(auto in, JsonInput::parse(ctx.request.body));
          auto target = in.integer("target_id", true, 1);
          auto reason = in.text("reason", false, 1000, false);
          if (auto st = in.finish(); !st) return std::unexpected(st.error());
          return view(app::nominate(ctx.env, ctx.caller, id, *target, reason.value_or("")), 201);
        });
  r.add("DELETE", "/api/v1/supervision/awards/{id}/nominations/{nomination_id}", Access::signed_in,
        [](Context& ctx) -> Result<Response> {
          DAIBIAO_TRY(auto id, path_id(ctx));
          DAIBIAO_TRY(auto nomination, path_id(ctx, "nomination_id"));
          return view(app::withdraw_nomination(ctx.env, ctx.caller, id, nomination));
        });
  r.add("PUT", "/api/v1/supervision/awards/{id}/nominations/{nomination_id}/score",
        Access::signed_in, [](Context& ctx) -> Result<Response> {
          DAIBIAO_TRY(auto id, path_id(ctx));
          DAIBIAO_TRY(auto nomination, path_id(ctx, "nomination_id"));
          DAIBIAO_TRY(auto in, JsonInput::parse(ctx.request.body));
          auto scores = in.integers("scores", true, sv::kMaxCriteria, 0, 100);
          if (auto st = in.finish(); !st) return std::unexpected(st.error());
          const std::vector<int> values(scores->begin(), scores->end());
          return view(app::score_nomination(ctx.env, ctx.caller, id, nomination, values));
        });
  r.add("POST", "/api/v1/supervision/awards/{id}/open-scoring", Access::signed_in,
        [](Context& ctx) -> Result<Response> {
          DAIBIAO_TRY(auto id, path_id(ctx));
          DAIBIAO_TRY(auto version, version_of(ctx));
          return view(app::open_scoring(ctx.env, ctx.caller, id, version));
        });
  r.add("POST", "/api/v1/supervision/awards/{id}/publish", Access::signed_in,
        [](Context& ctx) -> Result<Response> {
          DAIBIAO_TRY(auto id, path_id(ctx));
          DAIBIAO_TRY(auto version, version_of(ctx));
          return view(app::publish_round(ctx.env, ctx.caller, id, version));
        });
}

}  // namespace daibiao::http
