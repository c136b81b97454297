// /api/v1/suggestions, /api/v1/notifications, /api/v1/calendar: suggestion handling
// (代表建议办理). Handlers only parse and shape; app/suggestion_service does the work.
#include <algorithm>
#include <cctype>

#include <boost/json.hpp>

#include "app/suggestions/suggestion_files.hpp"
#include "app/suggestions/suggestion_parties.hpp"
#include "app/suggestions/suggestion_service.hpp"
#include "base/text.hpp"
#include "http/handlers/routes.hpp"
#include "http/json_io.hpp"
#include "platform/xlsx_writer.hpp"

namespace daibiao::http {
namespace {

namespace sg = suggestions;
using boost::json::array;
using boost::json::object;
using boost::json::value;

value opt_int(const std::optional<std::int64_t>& v) { return v ? value(*v) : value(nullptr); }
value opt_str(const std::string& s) { return s.empty() ? value(nullptr) : value(s); }
value opt_time(const std::optional<std::int64_t>& v) {
  return v ? value(iso_time(*v)) : value(nullptr);
}

std::string state_title(const std::string& state) {
  auto s = sg::parse_state(state);
  return s ? std::string(sg::state_title_zh(*s)) : state;
}

std::string clock_title(const std::string& kind) {
  for (auto k : sg::all_clock_kinds())
    if (sg::clock_kind_name(k) == kind) return std::string(sg::clock_kind_title_zh(k));
  return kind;
}

bool clock_is_obligation(const std::string& kind) {
  for (auto k : sg::all_clock_kinds())
    if (sg::clock_kind_name(k) == kind) return sg::is_obligation(k);
  return false;
}

object flags_json(const sg::DeadlineFlags& f, bool has_due) {
  return {{"due_soon", f.due_soon},
          {"overdue", f.overdue},
          {"very_overdue", f.very_overdue},
          {"days_left", has_due ? value(f.days_left) : value(nullptr)}};
}

object summary_json(const storage::SuggestionRow& s, const sg::DeadlineFlags& flags, bool has_due) {
  return {{"id", s.id},
          {"number", opt_int(s.number)},
          {"number_text", opt_str(app::number_text(s))},
          {"title", s.title},
          {"category", s.category},
          {"state", s.state},
          {"state_title", state_title(s.state)},
          {"star_level", opt_int(s.star_level)},
          {"session_id", s.session_id},
          {"session_title", s.session_title},
          {"org_node_id", s.org_node_id},
          {"lead_person_id", s.lead_person_id},
          {"lead_name", s.lead_name},
          {"lead_unit_id", opt_int(s.lead_unit_id)},
          {"lead_unit_name", opt_str(s.lead_unit_name)},
          {"answer_class", opt_str(s.answer_class)},
          {"rating", opt_str(s.rating)},
          {"next_due_on", opt_str(s.next_due_on)},
          {"next_due_kind", opt_str(s.next_due_kind)},
          {"flags", flags_json(flags, has_due)},
          {"parent_id", opt_int(s.parent_id)},
          {"created_at", iso_time(s.created_at)},
          {"updated_at", iso_time(s.updated_at)},
          {"version", s.version}};
}

const char* method_title(const std::string& m) {
  if (m == "phone") return "电话";
  if (m == "visit") return "走访";
  if (m == "meeting") return "座谈见面";
  return "其他";
}

const char* cosigner_status_title(const std::string& s) {
  if (s == "invited") return "待确认";
  if (s == "confirmed") return "已确认";
  return "已拒绝";
}

std::string class_title(const std::string& code) {
  static const sg::Rules rules = sg::default_rules();  // the classes do not depend on the calendar
  const auto* c = rules.answer_class(code);
  return c ? c->title_zh : "";
}

std::string action_title(const std::string& name) {
  auto a = sg::parse_action(name);
  return a ? std::string(sg::action_title_zh(*a)) : name;
}

std::string relation_title(const std::string& name) {
  for (auto a : sg::all_actors())
    if (sg::actor_name(a) == name) return std::string(sg::actor_title_zh(a));
  return name;
}

object detail_json(const app::SuggestionView& v) {
  const auto& rec = v.record;
  const auto& s = rec.row;
  object o = summary_json(s, v.flags, !s.next_due_on.empty());
  o["body"] = s.body;
  o["is_public"] = s.is_public;
  o["org_name"] = s.org_name;
  o["assign_mode"] = opt_str(s.assign_mode);
  o["round"] = s.round;
  o["dissatisfied_rounds"] = s.dissatisfied_rounds;
  o["return_reason"] = s.return_reason;
  o["not_accepted_reason"] = s.not_accepted_reason;
  o["extension"] = object{{"requested", s.extension_requested},
                          {"until", opt_str(s.extension_until)},
                          {"reason", s.extension_reason},
                          {"approved_until", opt_str(s.extended_to)}};
  o["submitted_at"] = opt_time(s.submitted_at);
  o["closed_at"] = opt_time(s.closed_at);
  array relations, actions, cosigners, units, clocks, contacts, answers, commitments, evals, files,
      merged, timeline;
  for (auto a : v.relations) relations.push_back(value(sg::actor_name(a)));
  for (auto a : v.available)
    actions.push_back(object{{"name", sg::action_name(a)}, {"title", sg::action_title_zh(a)}});
  for (const auto& c : rec.cosigners)
    cosigners.push_back(object{{"person_id", c.person_id},
                               {"name", c.name},
                               {"status", c.status},
                               {"status_title", cosigner_status_title(c.status)}});
  for (const auto& u : rec.units)
    units.push_back(object{{"unit_id", u.unit_id},
                           {"name", u.name},
                           {"role", u.role},
                           {"signed_on", opt_str(u.signed_on)},
                           {"opinion", u.opinion},
                           {"reassignment_pending", u.reassignment_pending},
                           {"reassignment_reason", u.reassignment_reason},
                           {"released", u.released}});
  for (std::size_t i = 0; i < rec.clocks.size(); ++i) {
    const auto& k = rec.clocks[i];
    clocks.push_back(object{{"id", k.id},
                            {"kind", k.kind},
                            {"kind_title", clock_title(k.kind)},
                            {"unit_id", opt_int(k.unit_id)},
                            {"unit_name", opt_str(k.unit_name)},
                            {"started_on", k.started_on},
                            {"due_on", k.due_on},
                            {"stopped_on", opt_str(k.stopped_on)},
                            {"obligation", clock_is_obligation(k.kind)},
                            {"flags", flags_json(v.clock_flags[i], true)}});
  }
  for (const auto& c : rec.contacts)
    contacts.push_back(object{{"id", c.id},
                              {"unit_name", c.unit_name},
                              {"method", c.method},
                              {"method_title", method_title(c.method)},
                              {"contact_on", c.contact_on},
                              {"summary", c.summary},
                              {"round", c.round},
                              {"created_by_name", c.created_by_name}});
  for (const auto& a : rec.answers)
    answers.push_back(object{{"id", a.id},
                             {"round", a.round},
                             {"answer_class", a.answer_class},
                             {"class_title", class_title(a.answer_class)},
                             {"body", a.body},
                             {"status", a.status},
                             {"drafted_by_name", a.drafted_by_name},
                             {"drafted_at", iso_time(a.drafted_at)},
                             {"signed_by_name", opt_str(a.signed_by_name)},
                             {"signed_at", opt_time(a.signed_at)}});
  for (const auto& c : rec.commitments)
    commitments.push_back(object{{"id", c.id},
                                 {"answer_id", c.answer_id},
                                 {"what", c.what},
                                 {"due_on", c.due_on},
                                 {"status", c.status},
                                 {"done_on", opt_str(c.done_on)},
                                 {"last_progress", c.last_progress}});
  for (const auto& e : rec.evaluations)
    evals.push_back(object{{"person_name", e.person_name},
                           {"kind", e.kind},
                           {"rating", e.rating},
                           {"rating_title", app::outcome_title(e.rating)},
                           {"comment", e.comment},
                           {"at", iso_time(e.at)}});
  for (const auto& f : rec.attachments)
    files.push_back(object{{"id", f.id},
                           {"file_name", f.file_name},
                           {"content_type", f.content_type},
                           {"size", f.size_bytes},
                           {"created_at", iso_time(f.created_at)}});
  for (const auto& m : rec.merged_with)
    merged.push_back(object{
        {"id", m.id},
        {"number_text", m.number ? value("第" + std::to_string(*m.number) + "号") : value(nullptr)},
        {"title", m.title}});
  for (const auto& e : rec.events)
    timeline.push_back(object{{"at", iso_time(e.at)},
                              {"actor_name", e.actor_name},
                              {"relation", e.relation},
                              {"relation_title", relation_title(e.relation)},
                              {"action", e.action},
                              {"action_title", action_title(e.action)},
                              {"from_state", e.from_state},
                              {"from_state_title", state_title(e.from_state)},
                              {"to_state", e.to_state},
                              {"to_state_title", state_title(e.to_state)},
                              {"detail", e.detail}});
  o["relations"] = std::move(relations);
  o["available_actions"] = std::move(actions);
  o["cosigners"] = std::move(cosigners);
  o["units"] = std::move(units);
  o["clocks"] = std::move(clocks);
  o["contacts"] = std::move(contacts);
  o["answers"] = std::move(answers);
  o["commitments"] = std::move(commitments);
  o["evaluations"] = std::move(evals);
  o["attachments"] = std::move(files);
  o["merged_with"] = std::move(merged);
  o["timeline"] = std::move(timeline);
  return o;
}

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

Response no_content() {
  Response res;
  res.status = 204;
  return res;
}

std::string query_string(const Request& req) {
  const auto q = req.target.find('?');
  return q == std::string::npos ? std::string() : req.target.substr(q + 1);
}

void add_board_routes(Router& r) {
  r.add("GET", "/api/v1/suggestions", Access::signed_in, [](Context& ctx) -> Result<Response> {
    auto req = list_request(ctx.request);
    if (!req) return std::unexpected(req.error());
    auto page = app::list_suggestions(ctx.env, ctx.caller, *req);
    if (!page) return std::unexpected(page.error());
    return list_response(*page, [](const app::SuggestionSummary& s) {
      return summary_json(s.row, s.flags, s.has_due);
    });
  });
  r.add(
      "GET", "/api/v1/suggestions/export", Access::signed_in, [](Context& ctx) -> Result<Response> {
        auto req = list_request(ctx.request);
        if (!req) return std::unexpected(req.error());
        platform::Sheet sheet{
            .name = "建议办理情况",
            .header = {"编号", "标题", "领衔代表", "会议", "类别", "星级", "状态", "主办单位",
                       "答复类别", "代表评价", "下一期限", "期限情况", "更新时间"},
            .widths = {10, 40, 10, 22, 10, 6, 14, 24, 8, 10, 12, 12, 20}};
        req->page_size = storage::kMaxPageSize;
        for (req->page = 1;; ++req->page) {
          auto page = app::list_suggestions(ctx.env, ctx.caller, *req);
          if (!page) return std::unexpected(page.error());
          for (const auto& item : page->items) {
            const auto& s = item.row;
            const auto& f = item.flags;
            sheet.rows.push_back(
                {app::number_text(s), s.title, s.lead_name, s.session_title, s.category,
                 s.star_level ? std::to_string(*s.star_level) + "星" : "", state_title(s.state),
                 s.lead_unit_name, s.answer_class, app::outcome_title(s.rating), s.next_due_on,
                 !item.has_due    ? ""
                 : f.very_overdue ? "严重超期"
                 : f.overdue      ? "已超期"
                 : f.due_soon     ? "临近到期"
                                  : "正常",
                 iso_time(s.updated_at)});
          }
          if (static_cast<int>(page->items.size()) < req->page_size || sheet.rows.size() >= 200000)
            break;
        }
        auto bytes = platform::write_xlsx({sheet});
        if (!bytes) return std::unexpected(bytes.error());
        if (auto st = app::record_suggestion_export(ctx.env, ctx.caller, query_string(ctx.request),
                                                    static_cast<std::int64_t>(sheet.rows.size()));
            !st)
          return std::unexpected(st.error());
        Response res;
        res.content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        res.headers.emplace_back("Content-Disposition",
                                 "attachment; filename=\"suggestions.xlsx\"");
        res.body = std::move(*bytes);
        return res;
      });
  r.add(
      "GET", "/api/v1/suggestions/options", Access::signed_in,
      [](Context& ctx) -> Result<Response> {
        auto o = app::suggestion_options(ctx.env, ctx.caller);
        if (!o) return std::unexpected(o.error());
        array classes, stars, reasons, categories, methods, sessions, units;
        for (const auto& c : o->rules.answer_classes)
          classes.push_back(object{
              {"code", c.code}, {"title", c.title_zh}, {"needs_commitments", c.needs_commitments}});
        for (const auto& s : o->rules.star_levels)
          stars.push_back(object{{"stars", s.stars}, {"supervised_by", s.supervised_by_zh}});
        for (const auto& s : o->rules.not_suggestion_reasons) reasons.push_back(value(s));
        for (const auto& s : o->rules.categories) categories.push_back(value(s));
        for (const char* m : {"phone", "visit", "meeting", "other"})
          methods.push_back(object{{"name", m}, {"title", method_title(m)}});
        for (const auto& s : o->sessions)
          sessions.push_back(
              object{{"id", s.id}, {"title", s.title}, {"org_node_id", s.org_node_id}});
        for (const auto& u : o->units) units.push_back(object{{"id", u.id}, {"name", u.name}});
        return json_response(object{{"answer_classes", std::move(classes)},
                                    {"star_levels", std::move(stars)},
                                    {"not_suggestion_reasons", std::move(reasons)},
                                    {"categories", std::move(categories)},
                                    {"contact_methods", std::move(methods)},
                                    {"sessions", std::move(sessions)},
                                    {"units", std::move(units)}});
      });
  r.add("GET", "/api/v1/suggestions/people", Access::signed_in,
        [](Context& ctx) -> Result<Response> {
          auto raw = ctx.request.query_param("session_id");
          const std::int64_t session = raw ? parse_int(*raw).value_or(0) : 0;
          if (session <= 0) return fail_fields({{"session_id", "请选择会议"}});
          auto people = app::session_people(ctx.env, ctx.caller, session,
                                            ctx.request.query_param("q").value_or(""));
          if (!people) return std::unexpected(people.error());
          array items;
          for (const auto& p : *people)
            items.push_back(
                object{{"person_id", p.person_id}, {"name", p.name}, {"delegation", p.delegation}});
          return json_response(object{{"items", std::move(items)}});
        });
  r.add("POST", "/api/v1/suggestions/batch-assign", Access::signed_in,
        [](Context& ctx) -> Result<Response> {
          auto in = JsonInput::parse(ctx.request.body);
          if (!in) return std::unexpected(in.error());
          auto items = in->objects("items", true, 200);
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
          auto req = action_request(*in, false);
          if (!req) return std::unexpected(req.error());
          if (!nested.empty()) return fail_fields(std::move(nested));
          auto n = app::batch_assign(ctx.env, ctx.caller, batch, *req);
          if (!n) return std::unexpected(n.error());
          return json_response(object{{"assigned", *n}});
        });
}

void add_item_routes(Router& r) {
  r.add("POST", "/api/v1/suggestions", Access::signed_in, [](Context& ctx) -> Result<Response> {
    auto in = JsonInput::parse(ctx.request.body);
    if (!in) return std::unexpected(in.error());
    app::DraftInput d;
    auto session = in->integer("session_id", true, 1);
    auto title = in->text("title", true, 100);
    auto body = in->text("body", true, 20000, false);
    auto category = in->text("category", false, 30);
    auto is_public = in->boolean("is_public", false);
    auto lead = in->integer("lead_person_id", false, 1);
    if (auto st = in->finish(); !st) return std::unexpected(st.error());
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
    d.lead_person_id = lead;
    auto view = app::create_suggestion(ctx.env, ctx.caller, d);
    if (!view) return std::unexpected(view.error());
    Response res = json_response(detail_json(*view), 201);
    if (view->replayed) res.headers.emplace_back("Idempotent-Replayed", "true");
    return res;
  });
  r.add("GET", "/api/v1/suggestions/{id}", Access::signed_in, [](Context& ctx) -> Result<Response> {
    auto id = path_id(ctx);
    if (!id) return std::unexpected(id.error());
    return detail(app::get_suggestion(ctx.env, ctx.caller, *id));
  });
  r.add("PATCH", "/api/v1/suggestions/{id}", Access::signed_in,
        [](Context& ctx) -> Result<Response> {
          auto id = path_id(ctx);
          if (!id) return std::unexpected(id.error());
          auto in = JsonInput::parse(ctx.request.body);
          if (!in) return std::unexpected(in.error());
          app::DraftPatch p;
          auto version = in->integer("version", true, 1);
          p.title = in->text("title", false, 100);
          p.body = in->text("body", false, 20000, false);
          p.category = in->text("category", false, 30);
          p.is_public = in->boolean("is_public", false);
          if (auto st = in->finish(); !st) return std::unexpected(st.error());
          p.version = *version;
          return detail(app::update_draft(ctx.env, ctx.caller, *id, p));
        });
  r.add("POST", "/api/v1/suggestions/{id}/actions/{action}", Access::signed_in,
        [](Context& ctx) -> Result<Response> {
          auto id = path_id(ctx);
          if (!id) return std::unexpected(id.error());
          auto action = sg::parse_action(ctx.params["action"]);
          if (!action || *action == sg::Action::create || *action == sg::Action::enter_on_behalf)
            return fail(ErrorCode::not_found, "没有这个办理操作");
          auto in = JsonInput::parse(ctx.request.body);
          if (!in) return std::unexpected(in.error());
          auto req = action_request(*in);
          if (!req) return std::unexpected(req.error());
          return detail(app::act(ctx.env, ctx.caller, *id, *action, *req));
        });
  r.add("GET", "/api/v1/suggestions/{id}/messages", Access::signed_in,
        [](Context& ctx) -> Result<Response> {
          auto id = path_id(ctx);
          if (!id) return std::unexpected(id.error());
          auto list = app::list_messages(ctx.env, ctx.caller, *id);
          if (!list) return std::unexpected(list.error());
          array items;
          for (const auto& m : *list)
            items.push_back(object{{"id", m.id},
                                   {"author_name", m.author_name},
                                   {"side", m.side},
                                   {"body", m.body},
                                   {"at", iso_time(m.at)}});
          return json_response(object{{"items", std::move(items)}});
        });
  r.add("POST", "/api/v1/suggestions/{id}/messages", Access::signed_in,
        [](Context& ctx) -> Result<Response> {
          auto id = path_id(ctx);
          if (!id) return std::unexpected(id.error());
          auto in = JsonInput::parse(ctx.request.body);
          if (!in) return std::unexpected(in.error());
          auto body = in->text("body", true, 2000);
          if (auto st = in->finish(); !st) return std::unexpected(st.error());
          auto m = app::post_message(ctx.env, ctx.caller, *id, *body);
          if (!m) return std::unexpected(m.error());
          return json_response(object{{"id", m->id},
                                      {"author_name", m->author_name},
                                      {"side", m->side},
                                      {"body", m->body},
                                      {"at", iso_time(m->at)}},
                               201);
        });
  r.add("POST", "/api/v1/suggestions/{id}/attachments", Access::signed_in,
        [](Context& ctx) -> Result<Response> {
          auto id = path_id(ctx);
          if (!id) return std::unexpected(id.error());
          auto a = app::upload_attachment(ctx.env, ctx.caller, *id,
                                          ctx.request.query_param("file_name").value_or(""),
                                          ctx.request.body);
          if (!a) return std::unexpected(a.error());
          return json_response(object{{"id", a->id},
                                      {"file_name", a->file_name},
                                      {"content_type", a->content_type},
                                      {"size", a->size_bytes},
                                      {"created_at", iso_time(a->created_at)}},
                               201);
        });
  r.add("GET", "/api/v1/suggestions/{id}/attachments/{attachment_id}", Access::signed_in,
        [](Context& ctx) -> Result<Response> {
          auto id = path_id(ctx);
          if (!id) return std::unexpected(id.error());
          auto aid = path_id(ctx, "attachment_id");
          if (!aid) return std::unexpected(aid.error());
          auto file = app::download_attachment(ctx.env, ctx.caller, *id, *aid);
          if (!file) return std::unexpected(file.error());
          Response res;
          res.content_type = "application/octet-stream";
          res.headers.emplace_back("Content-Disposition",
                                   "attachment; filename=\"attachment-" + std::to_string(*aid) +
                                       "\"; filename*=UTF-8''" + file->encoded_name);
          res.headers.emplace_back("X-Content-Type-Options", "nosniff");
          res.body = std::move(file->bytes);
          return res;
        });
}

void add_notification_routes(Router& r) {
  r.add("GET", "/api/v1/notifications", Access::signed_in, [](Context& ctx) -> Result<Response> {
    auto req = list_request(ctx.request);
    if (!req) return std::unexpected(req.error());
    bool unread_only = false;
    if (auto it = req->filters.find("unread"); it != req->filters.end()) {
      unread_only = it->second == "true" || it->second == "1";
      req->filters.erase(it);
    }
    auto page = app::list_notifications(ctx.env, ctx.caller, *req, unread_only);
    if (!page) return std::unexpected(page.error());
    array items;
    for (const auto& n : page->page.items)
      items.push_back(object{{"id", n.id},
                             {"suggestion_id", opt_int(n.suggestion_id)},
                             {"kind", n.kind},
                             {"title", n.title},
                             {"body", n.body},
                             {"created_at", iso_time(n.created_at)},
                             {"read_at", opt_time(n.read_at)}});
    return json_response(object{{"items", std::move(items)},
                                {"page", page->page.page},
                                {"page_size", page->page.page_size},
                                {"total", page->page.total},
                                {"total_capped", page->page.total_capped},
                                {"unread", page->unread}});
  });
  r.add("POST", "/api/v1/notifications/read-all", Access::signed_in,
        [](Context& ctx) -> Result<Response> {
          auto n = app::read_all_notifications(ctx.env, ctx.caller);
          if (!n) return std::unexpected(n.error());
          return json_response(object{{"updated", *n}});
        });
  r.add("POST", "/api/v1/notifications/{id}/read", Access::signed_in,
        [](Context& ctx) -> Result<Response> {
          auto id = path_id(ctx);
          if (!id) return std::unexpected(id.error());
          if (auto st = app::read_notification(ctx.env, ctx.caller, *id); !st)
            return std::unexpected(st.error());
          return no_content();
        });
}

Result<int> year_param(Context& ctx) {
  const auto year = parse_int(ctx.params["year"]);
  if (!year || *year < 1900 || *year > 9999) return fail(ErrorCode::not_found, "年份无效");
  return static_cast<int>(*year);
}

void add_calendar_routes(Router& r) {
  r.add("GET", "/api/v1/calendar/{year}", Access::signed_in, [](Context& ctx) -> Result<Response> {
    auto year = year_param(ctx);
    if (!year) return std::unexpected(year.error());
    auto node = calendar_node_param(ctx);
    if (!node) return std::unexpected(node.error());
    auto d = app::get_calendar_year(ctx.env, ctx.caller, *year, *node);
    if (!d) return std::unexpected(d.error());
    return json_response(calendar_json(*d));
  });
  r.add("PUT", "/api/v1/calendar/{year}", Access::signed_in, [](Context& ctx) -> Result<Response> {
    auto year = year_param(ctx);
    if (!year) return std::unexpected(year.error());
    auto node = calendar_node_param(ctx);
    if (!node) return std::unexpected(node.error());
    auto in = JsonInput::parse(ctx.request.body);
    if (!in) return std::unexpected(in.error());
    auto data = calendar_input(*in);
    if (!data) return std::unexpected(data.error());
    auto d = app::put_calendar_year(ctx.env, ctx.caller, *year, *node, *data);
    if (!d) return std::unexpected(d.error());
    return json_response(calendar_json(*d));
  });
}

}  // namespace

void add_suggestion_routes(Router& r) {
  add_board_routes(r);
  add_item_routes(r);
  add_notification_routes(r);
  add_calendar_routes(r);
}

}  // namespace daibiao::http
