// /api/v1/figures: the figures of suggestion handling and their drill-downs. Handlers only parse
// and shape; app/figures does the work. Each rate carries its numerator and denominator.
#include <boost/json.hpp>

#include "app/figures/figure_service.hpp"
#include "base/text.hpp"
#include "http/handlers/routes.hpp"
#include "http/handlers/supervision/congress_year.hpp"
#include "http/json_io.hpp"
#include "platform/xlsx_writer.hpp"

namespace daibiao::http {
namespace {

namespace fg = figures;
using boost::json::array;
using boost::json::object;
using boost::json::value;

value percent(std::optional<std::int64_t> hundredths) {
  if (!hundredths) return nullptr;
  return value(static_cast<double>(*hundredths) / 100.0);
}

object figures_json(const fg::Figures& f) {
  object o;
  for (const auto& e : fg::kMeasures) {
    const auto& r = f[e.value];
    if (fg::is_count(e.value)) {
      o[e.name] = r.numerator;
      continue;
    }
    auto bp = r.rate_bp();
    o[e.name] = object{{"numerator", r.numerator},
                       {"denominator", r.denominator},
                       {"rate", percent(bp ? std::optional<std::int64_t>(*bp) : std::nullopt)}};
  }
  o["mean_answer_days"] = percent(f.mean_answer_days_centi());
  o["answer_days"] = object{{"sum", f.answer_days_sum}, {"items", f.answer_days_count}};
  return o;
}

// Takes `key` out of `filters` as text ("" when absent).
std::optional<std::string> take(std::map<std::string, std::string>& filters, const char* key) {
  auto it = filters.find(key);
  if (it == filters.end()) return std::nullopt;
  std::string v = it->second;
  filters.erase(it);
  return v;
}

// org_node_id, year, session_id and group_by of a figures request.
Result<app::FigureQuery> figure_query(std::map<std::string, std::string> filters) {
  app::FigureQuery q;
  std::vector<FieldError> errors;
  if (auto by = take(filters, "group_by")) {
    if (auto g = parse<fg::GroupBy>(*by))
      q.group_by = *g;
    else
      errors.push_back({"group_by", "应为 none、unit、category、level、org、star 或 month"});
  }
  if (auto s = take(filters, "session_id")) {
    auto n = parse_int(*s);
    if (n && *n > 0)
      q.session_id = *n;
    else
      errors.push_back({"session_id", "应为正整数"});
  }
  auto cy = congress_year(filters);
  if (!cy) {
    for (auto& f : cy.error().fields) errors.push_back(std::move(f));
  } else {
    q.org_node_id = cy->org_node_id;
    q.year = cy->year;
  }
  if (!errors.empty()) return fail_fields(std::move(errors), "查询参数有误");
  return q;
}

// "66.67%" or "—" without a denominator.
std::string rate_text(const fg::Ratio& r) {
  auto bp = r.rate_bp();
  if (!bp) return "—";
  const int whole = *bp / 100, part = *bp % 100;
  return std::to_string(whole) + "." + (part < 10 ? "0" : "") + std::to_string(part) + "%";
}

// One row of the sheet: counts as numbers, each rate as its percentage and "numerator/denominator".
std::vector<std::string> sheet_row(const std::string& title, const fg::Figures& f) {
  std::vector<std::string> row{title};
  for (const auto& e : fg::kMeasures) {
    const auto& r = f[e.value];
    if (fg::is_count(e.value)) {
      row.push_back(std::to_string(r.numerator));
    } else {
      row.push_back(rate_text(r));
      row.push_back(std::to_string(r.numerator) + "/" + std::to_string(r.denominator));
    }
  }
  auto mean = f.mean_answer_days_centi();
  row.push_back(mean ? std::to_string(*mean / 100) + "." + (*mean % 100 < 10 ? "0" : "") +
                           std::to_string(*mean % 100)
                     : "—");
  return row;
}

}  // namespace

void add_figure_routes(Router& r) {
  r.add("GET", "/api/v1/figures/suggestions/export", Access::signed_in,
        [](Context& ctx) -> Result<Response> {
          DAIBIAO_TRY(auto req, list_request(ctx.request));
          DAIBIAO_TRY(auto q, figure_query(req.filters));
          DAIBIAO_TRY(auto report, app::export_figures(ctx.env, ctx.caller, q));
          platform::Sheet sheet{
              .name = "办理统计", .header = {std::string(title_of(q.group_by))}, .widths = {28}};
          for (const auto& e : fg::kMeasures) {
            sheet.header.emplace_back(e.title);
            sheet.widths.push_back(12);
            if (fg::is_count(e.value)) continue;
            sheet.header.push_back(std::string(e.title) + "（分子/分母）");
            sheet.widths.push_back(14);
          }
          sheet.header.emplace_back("平均答复用时（工作日）");
          sheet.widths.push_back(14);
          for (const auto& row : report.table.rows)
            sheet.rows.push_back(sheet_row(row.group.title, row.figures));
          if (q.group_by != fg::GroupBy::none)
            sheet.rows.push_back(sheet_row("合计", report.table.total));
          DAIBIAO_TRY(auto bytes, platform::write_xlsx({sheet}));
          Response res;
          res.content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
          res.headers.emplace_back("Content-Disposition",
                                   "attachment; filename=\"figures-" + std::to_string(report.year) +
                                       "-" + std::string(name_of(q.group_by)) + ".xlsx\"");
          res.body = std::move(bytes);
          return res;
        });
  r.add("GET", "/api/v1/figures/suggestions", Access::signed_in,
        [](Context& ctx) -> Result<Response> {
          DAIBIAO_TRY(auto req, list_request(ctx.request));
          DAIBIAO_TRY(auto q, figure_query(req.filters));
          DAIBIAO_TRY(auto report, app::suggestion_figures(ctx.env, ctx.caller, q));
          array rows;
          for (const auto& row : report.table.rows) {
            object o{{"key", row.group.key}, {"title", row.group.title}};
            o["figures"] = figures_json(row.figures);
            rows.push_back(std::move(o));
          }
          return json_response(
              object{{"org_node_id", report.congress.id},
                     {"org_name", report.congress.name},
                     {"unit_id", report.unit_id ? value(*report.unit_id) : value(nullptr)},
                     {"year", report.year},
                     {"session_id", report.session_id ? value(*report.session_id) : value(nullptr)},
                     {"group_by", name_of(report.group_by)},
                     {"as_of", format_date(report.today)},
                     {"rows", std::move(rows)},
                     {"total", figures_json(report.table.total)}});
        });
  r.add("GET", "/api/v1/figures/suggestions/items", Access::signed_in,
        [](Context& ctx) -> Result<Response> {
          DAIBIAO_TRY(auto req, list_request(ctx.request));
          app::DrillQuery q;
          std::vector<FieldError> errors;
          q.key = take(req.filters, "key").value_or("");
          if (auto m = take(req.filters, "measure"); m && parse<fg::Measure>(*m))
            q.measure = *parse<fg::Measure>(*m);
          else
            errors.push_back({"measure", "请指定指标"});
          if (auto p = take(req.filters, "part").value_or("numerator"); p == "denominator")
            q.part = fg::Part::denominator;
          else if (p != "numerator")
            errors.push_back({"part", "应为 numerator 或 denominator"});
          auto fq = figure_query(req.filters);
          if (!fq)
            for (auto& f : fq.error().fields) errors.push_back(std::move(f));
          if (!errors.empty()) return fail_fields(std::move(errors), "查询参数有误");
          q.figures = *fq;
          q.page = req.page;
          q.page_size = req.page_size;
          DAIBIAO_TRY(auto drill, app::figure_items(ctx.env, ctx.caller, q));
          array items;
          for (const auto& i : drill.items)
            items.push_back(
                object{{"id", i.id},
                       {"number", i.number ? value(*i.number) : value(nullptr)},
                       {"title", i.title},
                       {"state", i.state},
                       {"lead_name", i.lead_name},
                       {"unit_name", i.unit_name},
                       {"org_name", i.org_name},
                       {"answer_class", i.answer_class},
                       {"rating", i.rating},
                       {"answered_on", i.answered_on ? value(*i.answered_on) : value(nullptr)}});
          return json_response(
              object{{"measure", name_of(q.measure)},
                     {"part", q.part == fg::Part::numerator ? "numerator" : "denominator"},
                     {"key", q.key},
                     {"total", drill.counted},
                     {"hidden", drill.hidden},
                     {"page", q.page},
                     {"page_size", q.page_size},
                     {"items", std::move(items)}});
        });
}

}  // namespace daibiao::http
