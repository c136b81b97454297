// /api/v1/deputies and /api/v1/mandates: the deputies registry (代表信息库).
#include <boost/json.hpp>

#include "app/people/deputy_import.hpp"
#include "app/people/deputy_service.hpp"
#include "base/text.hpp"
#include "domain/org/org.hpp"
#include "http/handlers/routes.hpp"
#include "http/json_io.hpp"
#include "platform/xlsx_writer.hpp"

namespace daibiao::http {
namespace {

boost::json::object mandate_json(const people::Mandate& m) {
  return {{"id", m.id},
          {"person_id", m.person_id},
          {"org_node_id", m.org_node_id},
          {"org_name", m.org_name},
          {"level", org::level_name(m.level)},
          {"term_id", m.term_id},
          {"term_number", m.term_number},
          {"delegation", m.delegation},
          {"status", people::mandate_status_name(m.status)},
          {"status_title", people::mandate_status_title_zh(m.status)},
          {"started_on", m.started_on},
          {"ended_on", m.ended_on ? boost::json::value(*m.ended_on) : boost::json::value(nullptr)},
          {"end_reason", m.end_reason},
          {"version", m.version}};
}

// No response carries the birth date: with the ID number's last digits it would rebuild
// the number. The year is enough for lists and ages; the date comes from the audited reveal.
boost::json::value birth_year_json(const people::Person& p) {
  auto year = people::birth_year(p.birth_date);
  return year ? boost::json::value(*year) : boost::json::value(nullptr);
}

boost::json::object person_json(const people::Person& p) {
  boost::json::array mandates;
  for (const auto& m : p.mandates) mandates.push_back(mandate_json(m));
  return {{"id", p.id},
          {"org_node_id", p.org_node_id},
          {"name", p.name},
          {"gender", name_of(p.gender)},
          {"ethnicity", p.ethnicity},
          {"birth_year", birth_year_json(p)},
          {"party", p.party},
          {"education", p.education},
          {"occupation", p.occupation},
          {"field", p.field},
          {"employer", p.employer},
          {"post", p.post},
          {"phone_masked", p.phone_masked},
          {"id_number_masked", p.id_masked},
          {"version", p.version},
          {"created_at", iso_time(p.created_at)},
          {"updated_at", iso_time(p.updated_at)},
          {"mandates", std::move(mandates)}};
}

boost::json::object row_json(const storage::DeputyRow& r) {
  boost::json::object o = person_json(r.person);
  o.erase("mandates");
  o["mandate"] = mandate_json(r.mandate);
  return o;
}

Result<app::MandateInput> mandate_input(JsonInput& in) {
  app::MandateInput m;
  auto node = in.integer("org_node_id", true, 1);
  auto term = in.integer("term_id", true, 1);
  auto delegation = in.text("delegation", true, 50);
  auto started = in.text("started_on", true, 10);
  if (auto st = in.finish(); !st) return std::unexpected(st.error());
  return app::MandateInput{*node, *term, *delegation, *started};
}

// Person fields shared by create and patch; `required` on create.
void person_fields(JsonInput& in, bool required, people::PersonDraft& d, app::PersonPatch* patch) {
  auto take = [&](const char* f, std::size_t max, bool req, std::string& out,
                  std::optional<std::string>* opt) {
    auto v = in.text(f, req && required, max);
    if (v) out = *v;
    if (opt) *opt = v;
  };
  take("name", 50, true, d.name, patch ? &patch->name : nullptr);
  take("gender", 10, true, d.gender, patch ? &patch->gender : nullptr);
  take("ethnicity", 20, true, d.ethnicity, patch ? &patch->ethnicity : nullptr);
  take("birth_date", 10, false, d.birth_date, patch ? &patch->birth_date : nullptr);
  take("party", 30, false, d.party, patch ? &patch->party : nullptr);
  take("education", 30, false, d.education, patch ? &patch->education : nullptr);
  take("occupation", 50, false, d.occupation, patch ? &patch->occupation : nullptr);
  take("field", 30, false, d.field, patch ? &patch->field : nullptr);
  take("employer", 100, false, d.employer, patch ? &patch->employer : nullptr);
  take("post", 50, false, d.post, patch ? &patch->post : nullptr);
  take("phone", 11, false, d.phone, patch ? &patch->phone : nullptr);
  take("id_number", 18, true, d.id_number, patch ? &patch->id_number : nullptr);
}

template <typename T, typename F>
Result<Response> shaped(Result<T> r, F to, int status = 200) {
  if (!r) return std::unexpected(r.error());
  return json_response(to(*r), status);
}

Response xlsx_download(std::string bytes, const char* filename) {
  Response res;
  res.content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  res.headers.emplace_back("Content-Disposition",
                           std::string("attachment; filename=\"") + filename + "\"");
  res.body = std::move(bytes);
  return res;
}

boost::json::object mapping_json(const app::ColumnMapping& m) {
  boost::json::object o;
  for (const auto& [k, v] : m) o[k] = v;
  return o;
}

// `mapping=name:0,gender:1,...` (field key : column index); absent → proposed mapping.
Result<std::optional<app::ColumnMapping>> mapping_param(const Request& req) {
  auto raw = req.query_param("mapping");
  if (!raw || raw->empty()) return std::optional<app::ColumnMapping>{};
  app::ColumnMapping m;
  std::size_t start = 0;
  while (start <= raw->size()) {
    const auto comma = std::min(raw->find(',', start), raw->size());
    const std::string item = raw->substr(start, comma - start);
    const auto colon = item.find(':');
    const auto column =
        colon == std::string::npos ? std::nullopt : parse_int(item.substr(colon + 1));
    if (!column || *column < 0 || *column > 10000)
      return fail_fields({{"mapping", "格式应为 字段:列序号,字段:列序号"}});
    m[item.substr(0, colon)] = static_cast<int>(*column);
    start = comma + 1;
  }
  return std::optional(m);
}

Result<std::int64_t> positive_query(const Request& req, const char* name) {
  auto v = req.query_param(name);
  if (auto n = v ? parse_int(*v) : std::nullopt; n && *n > 0) return *n;
  return fail_fields({{name, "必填，应为正整数"}});
}

}  // namespace

void add_deputy_routes(Router& r) {
  r.add("GET", "/api/v1/deputies/import/template", Access::signed_in,
        [](Context&) -> Result<Response> {
          DAIBIAO_TRY(auto bytes, app::import_template());
          return xlsx_download(std::move(bytes), "deputies-template.xlsx");
        });
  r.add("POST", "/api/v1/deputies/import/preview", Access::signed_in,
        [](Context& ctx) -> Result<Response> {
          if (!ctx.caller.principal.can_somewhere(access::Permission::deputy_manage))
            return fail(ErrorCode::permission_denied, "没有权限执行此操作");
          DAIBIAO_TRY(auto p, app::preview_import(ctx.request.body));
          boost::json::array columns, sample, missing, fields;
          for (const auto& c : p.columns) columns.push_back(boost::json::string(c));
          for (const auto& row : p.sample) {
            boost::json::array cells;
            for (const auto& c : row) cells.push_back(boost::json::string(c));
            sample.push_back(std::move(cells));
          }
          for (const auto& k : p.unmapped_required) missing.push_back(boost::json::string(k));
          for (const auto& f : app::import_fields())
            fields.push_back({{"key", f.key}, {"title", f.title}, {"required", f.required}});
          return json_response(boost::json::object{{"columns", std::move(columns)},
                                                   {"mapping", mapping_json(p.mapping)},
                                                   {"unmapped_required", std::move(missing)},
                                                   {"fields", std::move(fields)},
                                                   {"sample", std::move(sample)},
                                                   {"total_rows", p.total_rows},
                                                   {"encoding", p.encoding}});
        });
  r.add("POST", "/api/v1/deputies/import", Access::signed_in, [](Context& ctx) -> Result<Response> {
    auto node = positive_query(ctx.request, "org_node_id");
    auto term = positive_query(ctx.request, "term_id");
    auto mapping = mapping_param(ctx.request);
    if (!node) return std::unexpected(node.error());
    if (!term) return std::unexpected(term.error());
    if (!mapping) return std::unexpected(mapping.error());
    const bool dry_run = ctx.request.query_param("dry_run") != std::optional<std::string>("false");
    DAIBIAO_TRY(auto report, app::import_deputies(ctx.env, ctx.caller, ctx.request.body,
                                                  {*node, *term, *mapping, dry_run}));
    boost::json::array errors;
    for (const auto& e : report.errors)
      errors.push_back({{"row", e.row}, {"field", e.field}, {"message", e.message}});
    return json_response(boost::json::object{{"total_rows", report.total_rows},
                                             {"valid_rows", report.valid_rows},
                                             {"committed", report.committed},
                                             {"errors", std::move(errors)}},
                         report.committed ? 201 : 200);
  });
  r.add("GET", "/api/v1/deputies", Access::signed_in, [](Context& ctx) -> Result<Response> {
    DAIBIAO_TRY(auto req, list_request(ctx.request));
    DAIBIAO_TRY(auto page, app::list_deputies(ctx.env, ctx.caller, req));
    return list_response(page, row_json);
  });
  r.add("POST", "/api/v1/deputies", Access::signed_in, [](Context& ctx) -> Result<Response> {
    DAIBIAO_TRY(auto in, JsonInput::parse(ctx.request.body));
    app::DeputyInput d;
    person_fields(in, true, d.person, nullptr);
    auto mandate = in.object("mandate", true);
    auto outer = in.finish();
    Result<app::MandateInput> mi = fail_fields({});
    if (mandate) {
      auto m = JsonInput::from_object(*mandate, "mandate");
      mi = mandate_input(m);
    }
    if (!outer || !mi) {  // report the person's and the mandate's problems together
      std::vector<FieldError> all = outer ? std::vector<FieldError>{} : outer.error().fields;
      if (!mi) all.insert(all.end(), mi.error().fields.begin(), mi.error().fields.end());
      return fail_fields(std::move(all));
    }
    d.mandate = *mi;
    return shaped(app::create_deputy(ctx.env, ctx.caller, d), person_json, 201);
  });
  r.add("GET", "/api/v1/deputies/export", Access::signed_in, [](Context& ctx) -> Result<Response> {
    DAIBIAO_TRY(auto req, list_request(ctx.request));
    const auto query = ctx.request.target.find('?');
    // Needs deputy.reveal as well as deputy.read, and is audited (see export_deputies).
    DAIBIAO_TRY(auto rows, app::export_deputies(ctx.env, ctx.caller, req,
                                                query == std::string::npos
                                                    ? std::string()
                                                    : ctx.request.target.substr(query + 1),
                                                200000));
    // The birth year, the masked phone and ID number: never more than the registry shows.
    platform::Sheet sheet{
        .name = "代表名册",
        .header = {"姓名", "性别", "民族", "出生年份", "党派", "学历", "职业", "专业领域",
                   "工作单位", "职务", "手机号码", "身份证号码", "人大", "层级", "届次",
                   "代表团/选举单位", "资格状态", "资格起始"},
        .widths = {10, 6, 8, 10, 12, 10, 14, 12, 28, 16, 14, 22, 24, 8, 8, 18, 10, 12}};
    for (const auto& row : rows) {
      const auto& p = row.person;
      const auto& m = row.mandate;
      const auto year = people::birth_year(p.birth_date);
      sheet.rows.push_back({p.name, std::string(title_of(p.gender)), p.ethnicity,
                            year ? std::to_string(*year) : std::string(), p.party, p.education,
                            p.occupation, p.field, p.employer, p.post, p.phone_masked, p.id_masked,
                            m.org_name, std::string(org::level_title_zh(m.level)),
                            org::chinese_number(m.term_number) + "届", m.delegation,
                            std::string(people::mandate_status_title_zh(m.status)), m.started_on});
    }
    DAIBIAO_TRY(auto bytes, platform::write_xlsx({sheet}));
    return xlsx_download(std::move(bytes), "deputies.xlsx");
  });
  r.add("GET", "/api/v1/deputies/{id}", Access::signed_in, [](Context& ctx) -> Result<Response> {
    DAIBIAO_TRY(auto id, path_id(ctx));
    return shaped(app::get_person(ctx.env, ctx.caller, PersonId(id)), person_json);
  });
  r.add("PATCH", "/api/v1/deputies/{id}", Access::signed_in, [](Context& ctx) -> Result<Response> {
    DAIBIAO_TRY(auto id, path_id(ctx));
    DAIBIAO_TRY(auto in, JsonInput::parse(ctx.request.body));
    app::PersonPatch p;
    people::PersonDraft ignored;
    auto version = in.integer("version", true, 1);
    person_fields(in, false, ignored, &p);
    if (auto st = in.finish(); !st) return std::unexpected(st.error());
    p.version = *version;
    return shaped(app::update_person(ctx.env, ctx.caller, PersonId(id), p), person_json);
  });
  r.add("POST", "/api/v1/deputies/{id}/reveal", Access::signed_in,
        [](Context& ctx) -> Result<Response> {
          DAIBIAO_TRY(auto id, path_id(ctx));
          return shaped(
              app::reveal_person(ctx.env, ctx.caller, PersonId(id)), [](const app::Revealed& v) {
                return boost::json::object{
                    {"id_number", v.id_number}, {"phone", v.phone}, {"birth_date", v.birth_date}};
              });
        });
  r.add("POST", "/api/v1/deputies/{id}/mandates", Access::signed_in,
        [](Context& ctx) -> Result<Response> {
          DAIBIAO_TRY(auto id, path_id(ctx));
          DAIBIAO_TRY(auto in, JsonInput::parse(ctx.request.body));
          DAIBIAO_TRY(auto m, mandate_input(in));
          return shaped(app::add_mandate(ctx.env, ctx.caller, PersonId(id), m), person_json, 201);
        });
  r.add(
      "POST", "/api/v1/mandates/{id}/end", Access::signed_in, [](Context& ctx) -> Result<Response> {
        DAIBIAO_TRY(auto id, path_id(ctx));
        DAIBIAO_TRY(auto in, JsonInput::parse(ctx.request.body));
        auto version = in.integer("version", true, 1);
        auto status = in.one_of("status", true, {"resigned", "recalled", "terminated", "deceased"});
        auto ended = in.text("ended_on", true, 10);
        auto reason = in.text("reason", false, 200);
        if (auto st = in.finish(); !st) return std::unexpected(st.error());
        return shaped(app::end_mandate(ctx.env, ctx.caller, MandateId(id),
                                       {*version, *status, *ended, reason.value_or("")}),
                      mandate_json);
      });
}

}  // namespace daibiao::http
