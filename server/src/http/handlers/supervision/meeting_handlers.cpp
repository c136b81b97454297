// /api/v1/supervision/meetings: five-present handling meetings (五到场办理会). Handlers only
// parse and shape; app/supervision does the work.
#include <boost/json.hpp>

#include "app/supervision/meeting_service.hpp"
#include "http/handlers/routes.hpp"
#include "http/handlers/supervision/congress_year.hpp"
#include "http/json_io.hpp"

namespace daibiao::http {
namespace {

namespace sv = supervision;
using boost::json::array;
using boost::json::object;
using boost::json::value;

object meeting_json(const storage::MeetingRow& m) {
  object attendance;
  for (auto party : values_of<sv::Party>())
    attendance[name_of(party)] = m.attendance[static_cast<std::size_t>(party)];
  array photos;
  for (const auto& p : m.photos)
    photos.push_back(object{{"attachment_id", p.attachment_id},
                            {"file_name", p.file_name},
                            {"content_type", p.content_type}});
  const bool held = m.status == sv::MeetingStatus::held;
  return {{"id", m.id},
          {"suggestion_id", m.suggestion_id},
          {"suggestion_number", m.suggestion_number ? value(*m.suggestion_number) : value(nullptr)},
          {"suggestion_title", m.suggestion_title},
          {"suggestion_state", m.suggestion_state},
          {"org_node_id", m.org_node_id},
          {"unit_id", m.unit_id},
          {"unit_name", m.unit_name},
          {"scheduled_on", m.scheduled_on},
          {"start_time", m.start_time},
          {"place", m.place},
          {"topic", m.topic},
          {"status", name_of(m.status)},
          {"held_on", m.held_on ? value(*m.held_on) : value(nullptr)},
          {"attendance", std::move(attendance)},
          {"parties_present", held ? value(sv::parties_present(m.attendance)) : value(nullptr)},
          {"all_five", held && sv::all_five_present(m.attendance)},
          {"minutes", m.minutes},
          {"cancel_reason", m.cancel_reason},
          {"photos", std::move(photos)},
          {"created_by_name", m.created_by_name},
          {"closed_by_name", m.closed_by_name},
          {"version", m.version},
          {"created_at", iso_time(m.created_at)},
          {"updated_at", iso_time(m.updated_at)}};
}

Result<Response> view(Result<app::MeetingView> r, int status = 200) {
  if (!r) return std::unexpected(r.error());
  object o = meeting_json(r->meeting);
  o["can_organise"] = r->can_organise;
  return json_response(o, status);
}

value rate_json(const sv::MeetingFigure& f) {
  auto bp = f.rate_bp();
  if (!bp) return nullptr;
  return value(static_cast<double>(*bp) / 100.0);
}

object figure_json(const sv::MeetingFigure& f) {
  return {{"held", f.held}, {"all_five", f.all_five}, {"all_five_rate", rate_json(f)}};
}

}  // namespace

void add_meeting_routes(Router& r) {
  r.add("GET", "/api/v1/supervision/meetings", Access::signed_in,
        [](Context& ctx) -> Result<Response> {
          DAIBIAO_TRY(auto req, list_request(ctx.request));
          DAIBIAO_TRY(auto page, app::list_meetings(ctx.env, ctx.caller, req));
          return list_response(page, [](const storage::MeetingRow& m) { return meeting_json(m); });
        });
  r.add("POST", "/api/v1/supervision/meetings", Access::signed_in,
        [](Context& ctx) -> Result<Response> {
          DAIBIAO_TRY(auto in, JsonInput::parse(ctx.request.body));
          auto item = in.integer("suggestion_id", true, 1);
          // Missing and malformed values are reported together by the domain's check.
          auto on = in.text("scheduled_on", false, 10);
          auto time = in.text("start_time", false, 5);
          auto place = in.text("place", false, 100);
          auto topic = in.text("topic", false, 200);
          if (auto st = in.finish(); !st) return std::unexpected(st.error());
          return view(app::schedule_meeting(ctx.env, ctx.caller, *item,
                                            {on.value_or(""), time.value_or(""), place.value_or(""),
                                             topic.value_or("")}),
                      201);
        });
  r.add("GET", "/api/v1/supervision/meetings/figures", Access::signed_in,
        [](Context& ctx) -> Result<Response> {
          DAIBIAO_TRY(auto req, list_request(ctx.request));
          DAIBIAO_TRY(auto q, congress_year(req.filters));
          DAIBIAO_TRY(auto f, app::meeting_figures(ctx.env, ctx.caller, q.org_node_id, q.year));
          array units;
          for (const auto& u : f.units) {
            object row = figure_json(u.figure);
            row["unit_id"] = u.unit_id;
            row["unit_name"] = u.unit_name;
            units.push_back(std::move(row));
          }
          return json_response(object{{"org_node_id", f.org_node_id},
                                      {"org_name", f.org_name},
                                      {"year", f.year},
                                      {"total", figure_json(f.total)},
                                      {"units", std::move(units)}});
        });
  r.add("GET", "/api/v1/supervision/meetings/{id}", Access::signed_in,
        [](Context& ctx) -> Result<Response> {
          DAIBIAO_TRY(auto id, path_id(ctx));
          return view(app::get_meeting(ctx.env, ctx.caller, id));
        });
  r.add("POST", "/api/v1/supervision/meetings/{id}/record", Access::signed_in,
        [](Context& ctx) -> Result<Response> {
          DAIBIAO_TRY(auto id, path_id(ctx));
          DAIBIAO_TRY(auto in, JsonInput::parse(ctx.request.body));
          auto version = in.integer("version", true, 1);
          auto held_on = in.text("held_on", true, 10);
          auto minutes = in.text("minutes", true, 10000, false);
          auto photos = in.ids("photo_ids", false, 20);
          sv::Attendance attendance;
          if (auto obj = in.object("attendance", true)) {
            auto a = JsonInput::from_object(*obj, "attendance");
            for (auto party : values_of<sv::Party>())
              attendance[static_cast<std::size_t>(party)] =
                  a.text(std::string(name_of(party)).c_str(), false, 100).value_or("");
            in.absorb(a);
          }
          if (auto st = in.finish(); !st) return std::unexpected(st.error());
          return view(app::record_meeting(ctx.env, ctx.caller, id, *version,
                                          {*held_on, attendance, *minutes},
                                          photos.value_or(std::vector<std::int64_t>{})));
        });
  r.add("POST", "/api/v1/supervision/meetings/{id}/cancel", Access::signed_in,
        [](Context& ctx) -> Result<Response> {
          DAIBIAO_TRY(auto id, path_id(ctx));
          DAIBIAO_TRY(auto in, JsonInput::parse(ctx.request.body));
          auto version = in.integer("version", true, 1);
          auto reason = in.text("reason", true, 500);
          if (auto st = in.finish(); !st) return std::unexpected(st.error());
          return view(app::cancel_meeting(ctx.env, ctx.caller, id, *version, *reason));
        });
}

}  // namespace daibiao::http
