#include "app/people/deputy_import.hpp"

#include "app/people/deputy_service.hpp"
#include "storage/access/rate_events.hpp"

#include <set>

#include "base/date.hpp"
#include "base/text.hpp"
#include "domain/org/org.hpp"
#include "platform/tabular.hpp"
#include "platform/xlsx_writer.hpp"
#include "storage/org/org_store.hpp"

namespace daibiao::app {
namespace {

std::string trim(std::string s) {
  const auto b = s.find_first_not_of(" \t\r\n"), e = s.find_last_not_of(" \t\r\n");
  return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

ColumnMapping propose_mapping(const std::vector<std::string>& header) {
  ColumnMapping m;
  for (const auto& f : import_fields()) {
    for (std::size_t c = 0; c < header.size(); ++c) {
      bool match = header[c] == f.title || header[c] == f.key;
      for (const char* a : f.aliases) match = match || header[c] == a;
      if (match) {
        m[f.key] = static_cast<int>(c);
        break;
      }
    }
  }
  return m;
}

std::string cell(const std::vector<std::string>& row, const ColumnMapping& m, const char* key) {
  auto it = m.find(key);
  if (it == m.end() || it->second < 0 || it->second >= static_cast<int>(row.size())) return {};
  return trim(row[static_cast<std::size_t>(it->second)]);
}

// "男", "male", "M" or "m" → "male" (likewise female); anything else as it is, for
// person_problems to report.
std::string normalise_gender(const std::string& g) {
  using people::Gender;
  auto gender = parse<Gender>(g);
  if (!gender) gender = parse_title<Gender>(g);
  if (!gender && (g == "M" || g == "m")) gender = Gender::male;
  if (!gender && (g == "F" || g == "f")) gender = Gender::female;
  return gender ? std::string(name_of(*gender)) : g;
}

// One spreadsheet row → the input of create_deputy, with problems found while reading it.
DeputyInput row_input(const std::vector<std::string>& row, const ColumnMapping& m,
                      const ImportOptions& o, std::vector<FieldError>& problems) {
  DeputyInput d;
  d.person.name = cell(row, m, "name");
  d.person.gender = normalise_gender(cell(row, m, "gender"));
  d.person.ethnicity = cell(row, m, "ethnicity");
  const std::string birth = cell(row, m, "birth_date");
  d.person.birth_date = normalise_date(birth);
  if (!birth.empty() && d.person.birth_date.empty())
    problems.push_back({"birth_date", "出生日期“" + birth + "”无法识别，应为 YYYY-MM-DD"});
  d.person.party = cell(row, m, "party");
  d.person.education = cell(row, m, "education");
  d.person.occupation = cell(row, m, "occupation");
  d.person.field = cell(row, m, "field");
  d.person.employer = cell(row, m, "employer");
  d.person.post = cell(row, m, "post");
  d.person.phone = cell(row, m, "phone");
  d.person.id_number = cell(row, m, "id_number");
  if (!d.person.id_number.empty() && d.person.id_number.back() == 'x')
    d.person.id_number.back() = 'X';
  const std::string started = cell(row, m, "started_on");
  d.mandate = {o.org_node_id, o.term_id, cell(row, m, "delegation"), normalise_date(started)};
  if (!started.empty() && d.mandate.started_on.empty())
    problems.push_back({"started_on", "资格起始日期“" + started + "”无法识别，应为 YYYY-MM-DD"});
  return d;
}

const char* title_of(std::string_view key) {
  for (const auto& f : import_fields())
    if (key == f.key) return f.title;
  return "";
}

}  // namespace

const std::vector<ImportField>& import_fields() {
  static const std::vector<ImportField> fields{
      {"name", "姓名", true, {"代表姓名"}},
      {"gender", "性别", true, {}},
      {"ethnicity", "民族", true, {}},
      {"birth_date", "出生日期", false, {"出生年月", "生日"}},
      {"party", "党派", false, {"政治面貌", "党派（政治面貌）"}},
      {"education", "学历", false, {"文化程度"}},
      {"occupation", "职业", false, {}},
      {"field", "专业领域", false, {"专业", "领域"}},
      {"employer", "工作单位", false, {"单位"}},
      {"post", "职务", false, {"职务职称"}},
      {"phone", "手机号码", false, {"手机", "联系电话", "电话"}},
      {"id_number", "身份证号码", true, {"身份证号", "公民身份号码", "证件号码"}},
      {"delegation", "代表团/选举单位", true, {"代表团", "选举单位", "选区"}},
      {"started_on", "资格起始日期", true, {"当选日期", "起始日期"}},
  };
  return fields;
}

std::string normalise_date(std::string_view raw) {
  std::string s(raw);
  if (s.empty()) return {};
  if (auto serial = platform::excel_serial_to_date(s); !serial.empty() && s.size() <= 5)
    return serial;
  std::vector<std::string_view> parts;
  if (s.size() == 8 && s.find_first_not_of("0123456789") == std::string::npos) {
    parts = {std::string_view(s).substr(0, 4), std::string_view(s).substr(4, 2),
             std::string_view(s).substr(6, 2)};
  } else {
    for (char& c : s)
      if (c == '/' || c == '.') c = '-';
    // "1990年1月2日"
    for (const char* unit : {"年", "月"}) {
      for (auto pos = s.find(unit); pos != std::string::npos; pos = s.find(unit))
        s.replace(pos, 3, "-");
    }
    if (auto pos = s.find("日"); pos != std::string::npos) s.erase(pos);
    for (std::size_t from = 0;;) {
      const auto dash = s.find('-', from);
      parts.push_back(std::string_view(s).substr(from, dash - from));
      if (dash == std::string::npos) break;
      from = dash + 1;
    }
  }
  if (parts.size() != 3) return {};
  int ymd[3] = {0, 0, 0};
  for (std::size_t i = 0; i < 3; ++i) {
    const auto n = parts[i].size() <= 4 ? parse_int(parts[i]) : std::nullopt;
    if (!n || *n < 0) return {};
    ymd[i] = static_cast<int>(*n);
  }
  if (!is_valid_date(ymd[0], ymd[1], ymd[2])) return {};
  return format_date({ymd[0], ymd[1], ymd[2]});
}

Result<ImportPreview> preview_import(std::string_view file) {
  // Held while the table lives: at most kMaxConcurrentReads uploads in memory at once.
  auto slot = platform::ReadSlot::acquire();
  if (!slot) return std::unexpected(slot.error());
  DAIBIAO_TRY(auto table, platform::read_table(file));
  ImportPreview p;
  p.columns = table.header;
  p.mapping = propose_mapping(table.header);
  for (const auto& f : import_fields())
    if (f.required && !p.mapping.contains(f.key)) p.unmapped_required.emplace_back(f.key);
  for (std::size_t i = 0; i < table.rows.size() && i < 5; ++i) p.sample.push_back(table.rows[i]);
  p.total_rows = static_cast<int>(table.rows.size());
  p.encoding = table.encoding;
  return p;
}

namespace {

// Imports and checks per account per hour: each check runs every row's ID number against
// the registry, so the count is bounded like sign-ins (rate_events, shared by all nodes).
constexpr int kImportsPerHour = 30;
// Numbers registered outside the caller's scope tolerated in one file before the check stops.
constexpr int kMaxOutsideHits = 3;

Status take_import_turn(Env& env, const Caller& caller) {
  const std::string key = "deputy.import:" + std::to_string(caller.principal.user_id);
  return write_tx(
      env, caller,
      [&](Tx& tx) -> Status {
        DAIBIAO_TRY(auto n, storage::count_rate_events(tx.db(), key, tx.now() - kHourMs));
        if (n.first >= kImportsPerHour)
          return fail_throttled(
              "每小时最多检查或导入 " + std::to_string(kImportsPerHour) + " 次，请稍后再试",
              (n.second + kHourMs - tx.now() + 999) / 1000);
        return storage::record_rate_event(tx.db(), key, tx.now());
      },
      {});
}

// Every check and import is audited with what it looked at (rows, problems, and how many
// numbers were registered outside the caller's scope).
Status audit_import_check(Env& env, const Caller& caller, const ImportOptions& o,
                          const ImportReport& report, int outside_hits) {
  return write_tx(
      env, caller,
      [&](Tx& tx) {
        return tx.audit(
            {.action = o.dry_run ? "deputy.import.check" : "deputy.import",
             .object_type = "org_node",
             .object_id = std::to_string(o.org_node_id),
             .org_node_id = o.org_node_id,
             .changes = {{"rows", std::nullopt, std::to_string(report.total_rows), false},
                         {"rows_with_problems", std::nullopt,
                          std::to_string(report.total_rows - report.valid_rows), false},
                         {"ids_registered_elsewhere", std::nullopt, std::to_string(outside_hits),
                          false}},
             .outcome = outside_hits > kMaxOutsideHits         ? audit::Outcome::denied
                        : !o.dry_run && !report.errors.empty() ? audit::Outcome::failure
                                                               : audit::Outcome::success});
      },
      {});
}

}  // namespace

Result<ImportReport> import_deputies(Env& env, const Caller& caller, std::string_view file,
                                     const ImportOptions& o) {
  auto slot = platform::ReadSlot::acquire();  // as in preview_import
  if (!slot) return std::unexpected(slot.error());
  DAIBIAO_TRY(auto table, platform::read_table(file));
  const ColumnMapping mapping = o.mapping.value_or(propose_mapping(table.header));
  std::vector<FieldError> setup;
  for (const auto& f : import_fields())
    if (f.required && !mapping.contains(f.key))
      setup.push_back(
          {std::string("mapping.") + f.key, std::string("请为“") + f.title + "”选择对应的列"});
  for (const auto& [key, col] : mapping)
    if (col < 0 || col >= static_cast<int>(table.header.size()))
      setup.push_back({"mapping." + key, "列序号超出文件的列数"});
  if (!setup.empty()) return fail_fields(std::move(setup), "列对应关系不完整");

  // The target congress and term, checked once (not_found / permission_denied as usual).
  auto target = read<bool>(env, [&](storage::Connection& c) -> Result<bool> {
    auto node = storage::find_node(c, o.org_node_id);
    if (!node) return fail_fields({{"org_node_id", "人大不存在"}});
    if (auto st = authorize(caller.principal, access::Permission::deputy_manage, node->path); !st)
      return std::unexpected(st.error());
    auto term = storage::find_term(c, o.term_id);
    if (!term || term->org_node_id != node->id)
      return fail_fields({{"term_id", "届次不属于所选人大"}});
    return true;
  });
  if (!target) return std::unexpected(target.error());

  if (auto st = take_import_turn(env, caller); !st) return std::unexpected(st.error());
  ImportReport report;
  report.total_rows = static_cast<int>(table.rows.size());
  int outside_hits = 0;
  std::vector<DeputyInput> inputs;
  std::map<std::string, int> seen_ids;  // lookup hash → first row
  for (std::size_t i = 0; i < table.rows.size(); ++i) {
    const int row_number = table.row_numbers[i];
    std::vector<FieldError> problems;
    DeputyInput d = row_input(table.rows[i], mapping, o, problems);
    for (auto& e : people::person_problems(d.person)) problems.push_back(std::move(e));
    if (d.mandate.delegation.empty()) problems.push_back({"delegation", "必填"});
    if (d.mandate.started_on.empty() &&
        problems.end() == std::find_if(problems.begin(), problems.end(),
                                       [](auto& e) { return e.field == "started_on"; }))
      problems.push_back({"started_on", "必填"});
    if (env.cipher && !d.person.id_number.empty() &&
        !people::id_number_problem(d.person.id_number)) {
      const std::string hash = env.cipher->lookup_hash(d.person.id_number);
      if (auto first = seen_ids.find(hash); first != seen_ids.end())
        problems.push_back(
            {"id_number", "与第 " + std::to_string(first->second) + " 行的身份证号码重复"});
      else
        seen_ids.emplace(hash, row_number);
      bool outside = false;
      DAIBIAO_TRY(auto dup, read<std::optional<FieldError>>(env, [&](storage::Connection& c) {
                    return duplicate_id_problem(
                        c, caller, env.cipher->lookup_hashes(d.person.id_number), &outside);
                  }));
      if (dup) problems.push_back(std::move(*dup));
      if (outside) ++outside_hits;
    }
    for (auto& p : problems) report.errors.push_back({row_number, p.field, p.message});
    if (problems.empty()) ++report.valid_rows;
    inputs.push_back(std::move(d));
  }
  // A file that names several numbers registered outside the caller's scope looks like a
  // search for who is registered where: nothing row by row is said, and it is audited.
  const bool suspicious = outside_hits > kMaxOutsideHits;
  if (auto st = audit_import_check(env, caller, o, report, outside_hits); !st)
    return std::unexpected(st.error());
  if (suspicious)
    return fail(ErrorCode::failed_precondition,
                "文件中有多个身份证号码无法在此登记，已停止检查。请核对名册，或联系上级人大常委会"
                "选举任免联络工作委员会");
  if (o.dry_run) return report;
  if (!report.errors.empty()) {
    std::vector<FieldError> fields;
    for (const auto& e : report.errors)
      fields.push_back(
          {"rows[" + std::to_string(e.row) + "]." + e.field,
           "第 " + std::to_string(e.row) + " 行 " + title_of(e.field) + "：" + e.message});
    return fail_fields(std::move(fields),
                       "有 " + std::to_string(report.total_rows - report.valid_rows) +
                           " 行数据有误，未导入任何数据");
  }
  auto created = create_deputies(env, caller, inputs);
  if (!created) return std::unexpected(created.error());
  report.committed = true;
  return report;
}

Result<std::string> import_template() {
  platform::Sheet data{.name = "代表名册"};
  for (const auto& f : import_fields()) {
    data.header.emplace_back(f.title);
    data.widths.push_back(std::string_view(f.key) == "id_number"  ? 22
                          : std::string_view(f.key) == "employer" ? 28
                                                                  : 14);
  }
  data.rows.push_back({"张桂兰", "女", "汉族", "1949-12-31", "中共党员", "大学本科", "教师", "教育",
                       "某县第一中学", "校长", "13812345678", "11010519491231002X", "第一选区",
                       "2022-01-01"});
  platform::Sheet help{
      .name = "填写说明", .header = {"列", "是否必填", "说明"}, .widths = {18, 10, 70}};
  for (const auto& f : import_fields()) {
    std::string note;
    const std::string_view key = f.key;
    if (key == "gender")
      note = "男 或 女";
    else if (key == "birth_date")
      note = "可不填，按身份证号码推算；填写时须与身份证号码一致。格式 YYYY-MM-DD";
    else if (key == "id_number")
      note = "18 位居民身份证号码（含校验位），请将单元格设为文本格式";
    else if (key == "phone")
      note = "11 位手机号码";
    else if (key == "started_on")
      note = "格式 YYYY-MM-DD";
    else if (key == "delegation")
      note = "代表团或选举单位（选区）名称";
    help.rows.push_back({f.title, f.required ? "必填" : "选填", note});
  }
  help.rows.push_back({"提示", "", "示例行可删除。导入前先“检查”，所有行无误后才会一次性导入。"});
  return platform::write_xlsx({data, help});
}

}  // namespace daibiao::app
