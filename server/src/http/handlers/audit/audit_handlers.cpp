// /api/v1/audit: search and CSV export for the audit admin.
#include <boost/json.hpp>

#include "app/audit/audit_service.hpp"
#include "http/handlers/routes.hpp"
#include "http/handlers/to_json.hpp"
#include "http/json_io.hpp"
#include "platform/xlsx_writer.hpp"

namespace daibiao::http {
namespace {

// CSV cell: quoted, quotes doubled, formula-like values neutralised (see
// platform::neutralise_formula) so spreadsheet programs never evaluate them.
void csv_cell(std::string& out, std::string_view v) {
  out.push_back('"');
  for (char c : platform::neutralise_formula(std::string(v))) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
}

}  // namespace

void add_audit_routes(Router& r) {
  r.add("GET", "/api/v1/audit/records", Access::signed_in, [](Context& ctx) -> Result<Response> {
    DAIBIAO_TRY(auto req, list_request(ctx.request));
    DAIBIAO_TRY(auto page, app::search_audit(ctx.env, ctx.caller, req));
    return list_response(page, [](const audit::Record& rec) { return to_json(rec); });
  });
  r.add("GET", "/api/v1/audit/export", Access::signed_in, [](Context& ctx) -> Result<Response> {
    DAIBIAO_TRY(auto req, list_request(ctx.request));
    std::string csv =
        "\xEF\xBB\xBF序号,时间(UTC),操作人ID,操作人,角色,机构ID,来源IP,请求编号,操作,对象类型,"
        "对象ID,结果,变更,哈希\r\n";
    auto st = app::export_audit(ctx.env, ctx.caller, req, [&](const audit::Record& rec) {
      const std::string cells[] = {
          std::to_string(rec.seq),
          iso_time(rec.at),
          rec.actor.user_id ? std::to_string(*rec.actor.user_id) : "",
          rec.actor.name,
          rec.actor.role,
          rec.actor.org_node_id ? std::to_string(*rec.actor.org_node_id) : "",
          rec.actor.ip,
          rec.actor.request_id,
          rec.action,
          rec.object_type,
          rec.object_id,
          rec.outcome,
          rec.changes,
          rec.hash};
      for (std::size_t i = 0; i < std::size(cells); ++i) {
        if (i) csv.push_back(',');
        csv_cell(csv, cells[i]);
      }
      csv += "\r\n";
    });
    if (!st) return std::unexpected(st.error());
    Response res;
    res.content_type = "text/csv; charset=utf-8";
    res.headers.emplace_back("Content-Disposition", "attachment; filename=\"audit-log.csv\"");
    res.body = std::move(csv);
    return res;
  });
}

}  // namespace daibiao::http
