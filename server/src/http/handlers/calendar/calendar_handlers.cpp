// /api/v1/calendar/{year}: a congress's working-day calendar as data (工作日历). Handlers
// only parse and shape; app/calendar does the work.
#include <boost/json.hpp>

#include "app/calendar/calendar_service.hpp"
#include "base/text.hpp"
#include "http/handlers/routes.hpp"
#include "http/json_io.hpp"

namespace daibiao::http {
namespace {

using boost::json::array;
using boost::json::object;

Result<calendar::CalendarData> calendar_input(JsonInput& in) {
  calendar::CalendarData d;
  std::vector<FieldError> nested;
  auto read = [&](const char* field, std::vector<calendar::CalendarEntry>& out) {
    auto list = in.objects(field, true, 400);
    if (!list) return;
    for (std::size_t i = 0; i < list->size(); ++i) {
      auto e =
          JsonInput::from_object((*list)[i], std::string(field) + "[" + std::to_string(i) + "]");
      auto date = e.text("date", true, 10);
      auto name = e.text("name", false, 30);
      if (auto st = e.finish(); !st)
        for (auto& f : st.error().fields) nested.push_back(f);
      out.push_back({date.value_or(""), name.value_or("")});
    }
  };
  read("holidays", d.holidays);
  read("makeup_workdays", d.makeup_workdays);
  if (auto st = in.finish(); !st) return std::unexpected(st.error());
  if (!nested.empty()) return fail_fields(std::move(nested));
  return d;
}

object calendar_json(const app::CalendarYearView& v) {
  auto days = [](const std::vector<app::CalendarDayView>& list) {
    array out;
    for (const auto& d : list) {
      object o{
          {"date", d.date}, {"name", d.name}, {"org_name", d.org_name}, {"inherited", d.inherited}};
      if (d.org_node_id)
        o["org_node_id"] = *d.org_node_id;
      else
        o["org_node_id"] = nullptr;
      out.push_back(std::move(o));
    }
    return out;
  };
  return {{"year", v.year},
          {"org_node_id", v.org_node_id},
          {"org_name", v.org_name},
          {"can_edit", v.can_edit},
          {"holidays", days(v.holidays)},
          {"makeup_workdays", days(v.makeup_workdays)}};
}

// `?org_node_id=N`: whose calendar; absent: the caller's home congress.
Result<std::optional<std::int64_t>> calendar_node_param(Context& ctx) {
  auto raw = ctx.request.query_param("org_node_id");
  if (!raw) return std::optional<std::int64_t>();
  const auto id = parse_int(*raw);
  if (!id || *id <= 0) return fail_fields({{"org_node_id", "应为人大的编号（正整数）"}});
  return std::optional<std::int64_t>(*id);
}

Result<int> year_param(Context& ctx) {
  const auto year = parse_int(ctx.params["year"]);
  if (!year || *year < 1900 || *year > 9999) return fail(ErrorCode::not_found, "年份无效");
  return static_cast<int>(*year);
}

}  // namespace

void add_calendar_routes(Router& r) {
  r.add("GET", "/api/v1/calendar/{year}", Access::signed_in, [](Context& ctx) -> Result<Response> {
    DAIBIAO_TRY(auto year, year_param(ctx));
    DAIBIAO_TRY(auto node, calendar_node_param(ctx));
    DAIBIAO_TRY(auto d, app::get_calendar_year(ctx.env, ctx.caller, year, node));
    return json_response(calendar_json(d));
  });
  r.add("PUT", "/api/v1/calendar/{year}", Access::signed_in, [](Context& ctx) -> Result<Response> {
    DAIBIAO_TRY(auto year, year_param(ctx));
    DAIBIAO_TRY(auto node, calendar_node_param(ctx));
    DAIBIAO_TRY(auto in, JsonInput::parse(ctx.request.body));
    DAIBIAO_TRY(auto data, calendar_input(in));
    DAIBIAO_TRY(auto d, app::put_calendar_year(ctx.env, ctx.caller, year, node, data));
    return json_response(calendar_json(d));
  });
}

}  // namespace daibiao::http
