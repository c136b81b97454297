#include "domain/org/org.hpp"

#include <array>
#include <cctype>

#include "base/date.hpp"

namespace daibiao::org {

Status check_child_level(std::optional<Level> parent, Level child) {
  if (!parent) return {};
  if (*parent == Level::township)
    return fail_fields({{"parent_id", "乡镇是最低层级，不能再设下级"}});
  if (static_cast<int>(child) != static_cast<int>(*parent) + 1)
    return fail_fields(
        {{"level",
          "下级层级须比上级低一级：" + std::string(level_title_zh(*parent)) + "的下级应为" +
              std::string(level_title_zh(static_cast<Level>(static_cast<int>(*parent) + 1)))}});
  return {};
}

std::string child_path(std::string_view parent_path, std::int64_t id) {
  std::string base = parent_path.empty() ? std::string("/") : std::string(parent_path);
  return base + std::to_string(id) + "/";
}

Status check_term_dates(std::string_view start, std::string_view end) {
  std::vector<FieldError> errors;
  const auto from = parse_date(start), to = parse_date(end);
  if (!from) errors.push_back({"start_date", "日期格式应为 YYYY-MM-DD"});
  if (!to) errors.push_back({"end_date", "日期格式应为 YYYY-MM-DD"});
  if (errors.empty()) {
    if (*to <= *from)
      errors.push_back({"end_date", "届满日期须晚于开始日期"});
    else if (to->year - from->year > 6)
      errors.push_back({"end_date", "一届任期不超过六年"});
  }
  if (!errors.empty()) return fail_fields(std::move(errors));
  return {};
}

std::optional<std::string> code_problem(std::string_view code) {
  if (code.empty()) return "必填";
  bool ok = code.size() <= 32 && std::isalnum(static_cast<unsigned char>(code[0]));
  for (char c : code)
    ok = ok && (std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '-');
  if (!ok) return "代码须为 1–32 位字母、数字或 . _ -，以字母或数字开头";
  return std::nullopt;
}

std::string chinese_number(int n) {
  static constexpr std::array<const char*, 10> kDigits{"零", "一", "二", "三", "四",
                                                       "五", "六", "七", "八", "九"};
  if (n <= 0 || n > 99) return std::to_string(n);
  if (n < 10) return kDigits[n];
  std::string out = n / 10 == 1 ? "" : kDigits[n / 10];
  out += "十";
  if (n % 10) out += kDigits[n % 10];
  return out;
}

std::string session_title(int term_number, int session_number) {
  return chinese_number(term_number) + "届人大" + chinese_number(session_number) + "次会议";
}

}  // namespace daibiao::org
