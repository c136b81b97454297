// /api/v1/suggestions: suggestion handling (代表建议办理) — the board and its export, options
// and pickers, one item and its workflow actions, attachments. Handlers only parse and shape
// (JSON in suggestion_json.*); app/suggestions does the work.
#include <algorithm>
#include <cctype>

#include <boost/json.hpp>

#include "app/suggestions/suggestion_files.hpp"
#include "app/suggestions/suggestion_service.hpp"
#include "app/suggestions/suggestion_texts.hpp"
#include "base/text.hpp"
#include "http/handlers/routes.hpp"
#include "http/handlers/suggestions/suggestion_json.hpp"
#include "http/json_io.hpp"
#include "platform/xlsx_writer.hpp"

namespace daibiao::http {
namespace {

namespace sg = suggestions;
using boost::json::array;
using boost::json::object;
using boost::json::value;

Result<Response> detail(Result<app::SuggestionView> v, int status = 200) {
  if (!v) return std::unexpected(v.error());
  return json_response(detail_json(*v), status);
}

// The fields of an action body (docs/suggestions.md, "Action inputs").
Result<app::ActionRequest> action_request(JsonInput& in, bool with_version = true) {
  app::ActionRequest r;
  auto version = with_version ? in.integer("version", true, 1) : std::optional<std::int64_t>(0);
  auto text = [&](const char* f, std::string& out, std::size_t max) {
    if (auto v = in.text(f, false, max)) out = *v;
  };
  text("reason", r.reason, 2000);
  text("reason_code", r.reason_code, 100);
  text("note", r.note, 20000);
  text("category", r.category, 30);
  text("mode", r.mode, 10);
  text("method", r.method, 10);
  text("contact_on", r.contact_on, 10);
  text("summary", r.summary, 2000);
  text("answer_class", r.answer_class, 5);
  text("body", r.body, 20000);
  text("rating", r.rating, 30);
  text("comment", r.comment, 2000);
  text("until", r.until, 10);
  text("result", r.result, 20);
  if (auto v = in.ids("person_ids", false, 50)) r.person_ids = *v;
  if (auto v = in.ids("merge_with", false, 50)) r.merge_with = *v;
  if (auto v = in.ids("co_unit_ids", false, 20)) r.co_unit_ids = *v;
  if (auto v = in.ids("unit_ids", false, 20)) r.unit_ids = *v;
  r.star_level = in.integer("star_level", false, 1, 10);
  r.lead_unit_id = in.integer("lead_unit_id", false, 1);
  r.unit_id = in.integer("unit_id", false, 1);
  r.commitment_id = in.integer("commitment_id", false, 1);
  if (auto v = in.boolean("done", false)) r.done = *v;
  r.urgent = in.boolean("urgent", false);
  std::vector<FieldError> nested;
  if (auto list = in.objects("commitments", false, 20)) {
    for (std::size_t i = 0; i < list->size(); ++i) {
      auto c = JsonInput::from_object((*list)[i], "commitments[" + std::to_string(i) + "]");
      auto what = c.text("what", true, 500);
      auto due = c.text("due_on", true, 10);
      if (auto st = c.finish(); !st)
        for (auto& f : st.error().fields) nested.push_back(f);
      r.commitments.push_back({what.value_or(""), due.value_or("")});
    }
  }
  auto st = in.finish();
  if (!st) {
    Error e = st.error();
    for (auto& f : nested) e.fields.push_back(f);
    return std::unexpected(std::move(e));
  }
  if (!nested.empty()) return fail_fields(std::move(nested));
  r.version = *version;
  return r;
}

std::string query_string(const Request& req) {
  const auto q = req.target.find('?');
  return q == std::string::npos ? std::string() : req.target.substr(q + 1);
}

void add_board_routes(Router& r) {
  r.add("GET", "/api/v1/suggestions", Access::signed_in, [](Context& ctx) -> Result<Response> {
    DAIBIAO_TRY(auto req, list_request(ctx.request));
    DAIBIAO_TRY(auto page, app::list_suggestions(ctx.env, ctx.caller, req));
    return list_response(page, [](const app::SuggestionSummary& s) {
      return summary_json(s.row, s.flags, s.has_due);
    });
  });
  r.add(
      "GET", "/api/v1/suggestions/export", Access::signed_in, [](Context& ctx) -> Result<Response> {
        DAIBIAO_TRY(auto req, list_request(ctx.request));
        platform::Sheet sheet{.name = "建议办理情况",
                              .header = {"编号", "标题", "领衔代表", "会议", "提出时间", "急件",
                                         "类别", "星级", "状态", "主办单位", "答复类别", "代表评价",
                                         "下一期限", "期限情况", "更新时间"},
                              .widths = {10, 40, 10, 22, 10, 6, 10, 6, 14, 24, 8, 10, 12, 12, 20}};
        req.page_size = storage::kMaxPageSize;
        for (req.page = 1;; ++req.page) {
          DAIBIAO_TRY(auto page, app::list_suggestions(ctx.env, ctx.caller, req));
          for (const auto& item : page.items) {
            const auto& s = item.row;
            const auto& f = item.flags;
            sheet.rows.push_back(
                {app::number_text(s), s.title, s.lead_name, s.session_title,
                 std::string(title_of(s.raised_in)), s.urgent ? "急件" : "", s.category,
                 s.star_level ? std::to_string(*s.star_level) + "星" : "", state_title(s.state),
                 s.lead_unit_name, s.answer_class, app::outcome_title(s.rating), s.next_due_on,
                 !item.has_due    ? ""
                 : f.very_overdue ? "严重超期"
                 : f.overdue      ? "已超期"
                 : f.due_soon     ? "临近到期"
                                  : "正常",
                 iso_time(s.updated_at)});
          }
          if (static_cast<int>(page.items.size()) < req.page_size || sheet.rows.size() >= 200000)
            break;
        }
        DAIBIAO_TRY(auto bytes, platform::write_xlsx({sheet}));
        if (auto st = app::record_suggestion_export(ctx.env, ctx.caller, query_string(ctx.request),
                                                    static_cast<std::int64_t>(sheet.rows.size()));
            !st)
          return std::unexpected(st.error());
        Response res;
        res.content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        res.headers.emplace_back("Content-Disposition",
                                 "attachment; filename=\"suggestions.xlsx\"");
        res.body = std::move(bytes);
        return res;
      });
  r.add(
      "GET", "/api/v1/suggestions/options", Access::signed_in,
      [](Context& ctx) -> Result<Response> {
        DAIBIAO_TRY(auto o, app::suggestion_options(ctx.env, ctx.caller));
        array classes, stars, reasons, categories, methods, sessions, units, sittings;
        for (const auto& e : sg::kRaisedIn)
          sittings.push_back(object{{"name", e.name}, {"title", e.title}});
        for (const auto& c : o.rules.answer_classes)
          classes.push_back(object{
              {"code", c.code}, {"title", c.title_zh}, {"needs_commitments", c.needs_commitments}});
        for (const auto& s : o.rules.star_levels)
          stars.push_back(object{{"stars", s.stars}, {"supervised_by", s.supervised_by_zh}});
        for (const auto& s : o.rules.not_suggestion_reasons) reasons.push_back(value(s));
        for (const auto& s : o.rules.categories) categories.push_back(value(s));
        for (const char* m : {"phone", "visit", "meeting", "other"})
          methods.push_back(object{{"name", m}, {"title", method_title(m)}});
        for (const auto& s : o.sessions)
          sessions.push_back(
              object{{"id", s.id}, {"title", s.title}, {"org_node_id", s.org_node_id}});
        for (const auto& u : o.units) units.push_back(object{{"id", u.id}, {"name", u.name}});
        return json_response(object{{"answer_classes", std::move(classes)},
                                    {"star_levels", std::move(stars)},
                                    {"not_suggestion_reasons", std::move(reasons)},
                                    {"categories", std::move(categories)},
                                    {"contact_methods", std::move(methods)},
                                    {"raised_in", std::move(sittings)},
                                    {"urgent_answer", sg::period_text(o.rules.urgent_answer)},
                                    {"answer", sg::period_text(o.rules.answer)},
                                    {"sessions", std::move(sessions)},
                                    {"units", std::move(units)}});
      });
  r.add("GET", "/api/v1/suggestions/people", Access::signed_in,
        [](Context& ctx) -> Result<Response> {
          auto raw = ctx.request.query_param("session_id");
          const std::int64_t session = raw ? parse_int(*raw).value_or(0) : 0;
          if (session <= 0) return fail_fields({{"session_id", "请选择会议"}});
          DAIBIAO_TRY(auto people, app::session_people(ctx.env, ctx.caller, session,
                                                       ctx.request.query_param("q").value_or("")));
          array items;
          for (const auto& p : people)
            items.push_back(
                object{{"person_id", p.person_id}, {"name", p.name}, {"delegation", p.delegation}});
          return json_response(object{{"items", std::move(items)}});
        });
  r.add("POST", "/api/v1/suggestions/batch-assign", Access::signed_in,
        [](Context& ctx) -> Result<Response> {
          DAIBIAO_TRY(auto in, JsonInput::parse(ctx.request.body));
          auto items = in.objects("items", true, 200);
          std::vector<app::BatchItem> batch;
          std::vector<FieldError> nested;
          if (items)
            for (std::size_t i = 0; i < items->size(); ++i) {
              auto e = JsonInput::from_object((*items)[i], "items[" + std::to_string(i) + "]");
              auto id = e.integer("id", true, 1);
              auto version = e.integer("version", true, 1);
              if (auto st = e.finish(); !st)
                for (auto& f : st.error().fields) nested.push_back(f);
              batch.push_back({id.value_or(0), version.value_or(0)});
            }
          DAIBIAO_TRY(auto req, action_request(in, false));
          if (!nested.empty()) return fail_fields(std::move(nested));
          DAIBIAO_TRY(auto n, app::batch_assign(ctx.env, ctx.caller, batch, req));
          return json_response(object{{"assigned", n}});
        });
}

void add_item_routes(Router& r) {
  r.add("POST", "/api/v1/suggestions", Access::signed_in, [](Context& ctx) -> Result<Response> {
    DAIBIAO_TRY(auto in, JsonInput::parse(ctx.request.body));
    app::DraftInput d;
    auto session = in.integer("session_id", true, 1);
    auto title = in.text("title", true, 100);
    auto body = in.text("body", true, 20000, false);
    auto category = in.text("category", false, 30);
    auto is_public = in.boolean("is_public", false);
    auto urgent = in.boolean("urgent", false);
    auto raised_in = in.text("raised_in", false, 10);
    auto lead = in.integer("lead_person_id", false, 1);
    if (auto st = in.finish(); !st) return std::unexpected(st.error());
    if (auto key = ctx.request.header("idempotency-key")) {
      const bool ok = !key->empty() && key->size() <= 64 &&
                      std::all_of(key->begin(), key->end(), [](unsigned char ch) {
                        return std::isalnum(ch) || ch == '-' || ch == '_';
                      });
      if (!ok) return fail_fields({{"Idempotency-Key", "应为 1–64 个字母、数字、- 或 _"}});
      d.idempotency_key = *key;
    }
    d.session_id = *session;
    d.title = *title;
    d.body = *body;
    d.category = category.value_or("");
    d.is_public = is_public.value_or(false);
    d.urgent = urgent.value_or(false);
    d.raised_in = raised_in.value_or("");
    d.lead_person_id = lead;
    DAIBIAO_TRY(auto view, app::create_suggestion(ctx.env, ctx.caller, d));
    Response res = json_response(detail_json(view), 201);
    if (view.replayed) res.headers.emplace_back("Idempotent-Replayed", "true");
    return res;
  });
  r.add("GET", "/api/v1/suggestions/{id}", Access::signed_in, [](Context& ctx) -> Result<Response> {
    DAIBIAO_TRY(auto id, path_id(ctx));
    return detail(app::get_suggestion(ctx.env, ctx.caller, id));
  });
  r.add("PATCH", "/api/v1/suggestions/{id}", Access::signed_in,
        [](Context& ctx) -> Result<Response> {
          DAIBIAO_TRY(auto id, path_id(ctx));
          DAIBIAO_TRY(auto in, JsonInput::parse(ctx.request.body));
          app::DraftPatch p;
          auto version = in.integer("version", true, 1);
          p.title = in.text("title", false, 100);
          p.body = in.text("body", false, 20000, false);
          p.category = in.text("category", false, 30);
          p.is_public = in.boolean("is_public", false);
          p.urgent = in.boolean("urgent", false);
          p.raised_in = in.text("raised_in", false, 10);
          if (auto st = in.finish(); !st) return std::unexpected(st.error());
          p.version = *version;
          return detail(app::update_draft(ctx.env, ctx.caller, id, p));
        });
  r.add("POST", "/api/v1/suggestions/{id}/actions/{action}", Access::signed_in,
        [](Context& ctx) -> Result<Response> {
          DAIBIAO_TRY(auto id, path_id(ctx));
          auto action = sg::parse_action(ctx.params["action"]);
          // Creating is POST /suggestions, editing PATCH /suggestions/{id}.
          if (!action || *action == sg::Action::create || *action == sg::Action::enter_on_behalf ||
              *action == sg::Action::edit)
            return fail(ErrorCode::not_found, "没有这个办理操作");
          DAIBIAO_TRY(auto in, JsonInput::parse(ctx.request.body));
          DAIBIAO_TRY(auto req, action_request(in));
          return detail(app::act(ctx.env, ctx.caller, id, *action, req));
        });
  r.add("POST", "/api/v1/suggestions/{id}/attachments", Access::signed_in,
        [](Context& ctx) -> Result<Response> {
          DAIBIAO_TRY(auto id, path_id(ctx));
          DAIBIAO_TRY(auto a,
                      app::upload_attachment(ctx.env, ctx.caller, id,
                                             ctx.request.query_param("file_name").value_or(""),
                                             ctx.request.body));
          return json_response(object{{"id", a.id},
                                      {"file_name", a.file_name},
                                      {"content_type", a.content_type},
                                      {"size", a.size_bytes},
                                      {"created_at", iso_time(a.created_at)}},
                               201);
        });
  r.add("GET", "/api/v1/suggestions/{id}/attachments/{attachment_id}", Access::signed_in,
        [](Context& ctx) -> Result<Response> {
          DAIBIAO_TRY(auto id, path_id(ctx));
          DAIBIAO_TRY(auto aid, path_id(ctx, "attachment_id"));
          DAIBIAO_TRY(auto file, app::download_attachment(ctx.env, ctx.caller, id, aid));
          Response res;
          res.content_type = "application/octet-stream";
          res.headers.emplace_back("Content-Disposition",
                                   "attachment; filename=\"attachment-" + std::to_string(aid) +
                                       "\"; filename*=UTF-8''" + file.encoded_name);
          res.headers.emplace_back("X-Content-Type-Options", "nosniff");
          res.body = std::move(file.bytes);
          return res;
        });
}

}  // namespace

void add_suggestion_routes(Router& r) {
  add_board_routes(r);
  add_item_routes(r);
}

}  // namespace daibiao::http
