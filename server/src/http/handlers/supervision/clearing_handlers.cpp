// /api/v1/supervision/clearing: the clearing campaign (清零行动) — the board, its export and
// the carry-over plans. Handlers only parse and shape; app/supervision does the work.
#include <boost/json.hpp>

#include "app/supervision/clearing_service.hpp"
#include "http/handlers/routes.hpp"
#include "http/handlers/supervision/congress_year.hpp"
#include "http/json_io.hpp"
#include "platform/xlsx_writer.hpp"

namespace daibiao::http {
namespace {

namespace sv = supervision;
using boost::json::array;
using boost::json::object;
using boost::json::value;

// The board's counts under the reasons' names (remaining, unanswered, …, overdue, slipped).
object tally_json(const sv::ClearingTally& t) {
  object o;
  for (auto reason : values_of<sv::ClearingReason>()) o[name_of(reason)] = t.count(reason);
  return o;
}

object plan_json(const storage::ClearingPlan& p) {
  return {{"id", p.id},
          {"org_node_id", p.org_node_id},
          {"org_name", p.org_name},
          {"year", p.year},
          {"title", p.title},
          {"due_on", p.due_on},
          {"note", p.note},
          {"item_count", p.item_count},
          {"created_by_name", p.created_by_name},
          {"created_at", iso_time(p.created_at)}};
}

object board_json(const app::ClearingBoard& b, const storage::ListRequest& req) {
  array units;
  for (const auto& u : b.units) {
    object row = tally_json(u.tally);
    row["unit_id"] = u.unit_id ? value(*u.unit_id) : value(nullptr);
    row["unit_name"] = u.unit_name;
    units.push_back(std::move(row));
  }
  array years;
  for (int y : b.years) years.push_back(y);
  array stages;
  for (const auto& e : sv::kClearingReasons)
    stages.push_back(object{{"name", e.name}, {"title", e.title}});
  return {{"org_node_id", b.org_node_id},
          {"org_name", b.org_name},
          {"year", b.scope.year},
          {"today", format_date(b.scope.today)},
          {"days_left", b.countdown.days_left},
          {"year_ended", b.countdown.ended},
          {"totals", tally_json(b.totals)},
          {"reasons", std::move(stages)},
          {"units", std::move(units)},
          {"page", req.page},
          {"page_size", req.page_size},
          {"total", b.unit_count},
          {"years", std::move(years)},
          {"plan", b.plan ? value(plan_json(*b.plan)) : value(nullptr)},
          {"can_carry_over", b.can_carry_over}};
}

object plan_view_json(const app::ClearingPlanView& v) {
  object o = plan_json(v.plan);
  array items;
  for (const auto& row : v.items)
    items.push_back(
        object{{"suggestion_id", row.item.suggestion_id},
               {"number", row.number ? value(*row.number) : value(nullptr)},
               {"title", row.title},
               {"lead_name", row.lead_name},
               {"unit_id", row.item.unit_id ? value(*row.item.unit_id) : value(nullptr)},
               {"unit_name", row.unit_name},
               {"stage", name_of(row.item.stage)},
               {"overdue", row.item.overdue},
               {"slipped", row.item.slipped},
               {"state", row.state},
               {"next_due_on", row.next_due_on.empty() ? value(nullptr) : value(row.next_due_on)}});
  o["items"] = std::move(items);
  o["cleared"] = v.cleared;
  return o;
}

// org_node_id, year, sort (-remaining by default; a reason's name or unit_name, "-" for
// descending), page and page_size; anything else is a field error.
Result<app::ClearingBoardQuery> board_query(const storage::ListRequest& req) {
  DAIBIAO_TRY(auto where, congress_year(req.filters));
  app::ClearingBoardQuery q{.org_node_id = where.org_node_id, .year = where.year};
  const std::string sort = req.sort.empty() ? "-remaining" : req.sort;
  q.ascending = !sort.starts_with('-');
  q.sort = q.ascending ? sort : sort.substr(1);
  q.page = req.page;
  q.page_size = req.page_size;
  return q;
}

Result<Response> plan_view(Result<app::ClearingPlanView> r, int status = 200) {
  if (!r) return std::unexpected(r.error());
  return json_response(plan_view_json(*r), status);
}

std::string yes(bool b) { return b ? "是" : ""; }

}  // namespace

void add_clearing_routes(Router& r) {
  r.add("GET", "/api/v1/supervision/clearing", Access::signed_in,
        [](Context& ctx) -> Result<Response> {
          DAIBIAO_TRY(auto req, list_request(ctx.request));
          if (!ctx.request.query_param("page_size")) req.page_size = 50;
          DAIBIAO_TRY(auto q, board_query(req));
          DAIBIAO_TRY(auto board, app::clearing_board(ctx.env, ctx.caller, q));
          return json_response(board_json(board, req));
        });
  r.add("GET", "/api/v1/supervision/clearing/export", Access::signed_in,
        [](Context& ctx) -> Result<Response> {
          DAIBIAO_TRY(auto req, list_request(ctx.request));
          DAIBIAO_TRY(auto q, board_query(req));
          q.page_size = 1;
          DAIBIAO_TRY(auto out, app::export_clearing(ctx.env, ctx.caller, q));
          const auto& b = out.board;
          platform::Sheet units{.name = "按单位", .header = {"主办单位"}, .widths = {28}};
          for (const auto& e : sv::kClearingReasons) {
            units.header.emplace_back(e.title);
            units.widths.push_back(12);
          }
          auto add_row = [&](const std::string& name, const sv::ClearingTally& t) {
            std::vector<std::string> row{name};
            for (auto reason : values_of<sv::ClearingReason>())
              row.push_back(std::to_string(t.count(reason)));
            units.rows.push_back(std::move(row));
          };
          for (const auto& u : b.units)
            add_row(u.unit_id ? u.unit_name : "（尚无主办单位）", u.tally);
          add_row("合计", b.totals);
          platform::Sheet items{.name = "未清零建议",
                                .header = {"编号", "标题", "领衔代表", "主办单位", "所处阶段",
                                           "已超期", "承诺逾期", "下一期限"},
                                .widths = {10, 40, 10, 28, 14, 8, 8, 12}};
          for (const auto& row : out.items)
            items.rows.push_back({row.number ? "第" + std::to_string(*row.number) + "号" : "",
                                  row.title, row.lead_name, row.unit_name,
                                  std::string(title_of(row.item.stage)), yes(row.item.overdue),
                                  yes(row.item.slipped), row.next_due_on});
          DAIBIAO_TRY(auto bytes, platform::write_xlsx({units, items}));
          Response res;
          res.content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
          res.headers.emplace_back(
              "Content-Disposition",
              "attachment; filename=\"clearing-" + std::to_string(b.scope.year) + ".xlsx\"");
          res.body = std::move(bytes);
          return res;
        });
  r.add("POST", "/api/v1/supervision/clearing/plans", Access::signed_in,
        [](Context& ctx) -> Result<Response> {
          DAIBIAO_TRY(auto in, JsonInput::parse(ctx.request.body));
          auto node = in.integer("org_node_id", true, 1);
          auto year = in.integer("year", true, sv::kFirstYear, sv::kLastYear);
          auto title = in.text("title", false, 100);
          auto due = in.text("due_on", true, 10);
          auto note = in.text("note", false, 2000);
          if (auto st = in.finish(); !st) return std::unexpected(st.error());
          return plan_view(app::carry_over(ctx.env, ctx.caller, *node, static_cast<int>(*year),
                                           {title.value_or(""), *due, note.value_or("")}),
                           201);
        });
  r.add("GET", "/api/v1/supervision/clearing/plans/{id}", Access::signed_in,
        [](Context& ctx) -> Result<Response> {
          DAIBIAO_TRY(auto id, path_id(ctx));
          return plan_view(app::get_clearing_plan(ctx.env, ctx.caller, id));
        });
}

}  // namespace daibiao::http
