#include "domain/people/deputy.hpp"

#include <array>

#include "base/date.hpp"

namespace daibiao::people {

std::optional<std::string> id_number_problem(std::string_view id) {
  if (id.size() != 18) return "身份证号码应为 18 位";
  for (std::size_t i = 0; i < 17; ++i)
    if (id[i] < '0' || id[i] > '9') return "身份证号码前 17 位应为数字";
  static constexpr std::array<int, 17> kWeights{7, 9, 10, 5,  8, 4, 2, 1, 6,
                                                3, 7, 9,  10, 5, 8, 4, 2};
  static constexpr char kCheck[] = "10X98765432";
  int sum = 0;
  for (std::size_t i = 0; i < 17; ++i) sum += (id[i] - '0') * kWeights[i];
  const char expected = kCheck[sum % 11];
  const char actual = id[17] == 'x' ? 'X' : id[17];
  if (actual != expected) return "身份证号码校验位不正确";
  if (!parse_date(birth_date_from_id(id))) return "身份证号码中的出生日期无效";
  return std::nullopt;
}

std::string birth_date_from_id(std::string_view id) {
  if (id.size() < 14) return {};
  return std::string(id.substr(6, 4)) + "-" + std::string(id.substr(10, 2)) + "-" +
         std::string(id.substr(12, 2));
}

std::string gender_from_id(std::string_view id) {
  if (id.size() < 17) return {};
  return std::string(name_of(((id[16] - '0') % 2 == 1) ? Gender::male : Gender::female));
}

bool is_mainland_mobile(std::string_view phone) {
  if (phone.size() != 11 || phone[0] != '1' || phone[1] < '3' || phone[1] > '9') return false;
  for (char c : phone)
    if (c < '0' || c > '9') return false;
  return true;
}

namespace {

// Stars for every character but the last `keep` (all stars when there are no more).
std::string keep_last(std::string_view value, std::size_t keep) {
  if (value.size() <= keep) return std::string(value.size(), '*');
  return std::string(value.size() - keep, '*') + std::string(value.substr(value.size() - keep));
}

}  // namespace

std::string mask_id_number(std::string_view id) { return keep_last(id, 4); }

std::string mask_phone(std::string_view phone) { return keep_last(phone, 4); }

std::optional<int> birth_year(std::string_view birth_date) {
  const auto date = parse_date(birth_date);
  if (!date) return std::nullopt;
  return date->year;
}

Status check_mandate_end(MandateStatus from, MandateStatus to, std::string_view started_on,
                         std::string_view ended_on) {
  if (from != MandateStatus::serving)
    return fail(
        ErrorCode::failed_precondition,
        "该代表资格已是“" + std::string(mandate_status_title_zh(from)) + "”状态，不能再终止");
  if (to == MandateStatus::serving)
    return fail_fields({{"status", "终止资格须选择辞职、罢免、终止或去世"}});
  const auto end = parse_date(ended_on);
  if (!end) return fail_fields({{"ended_on", "日期格式应为 YYYY-MM-DD"}});
  if (const auto start = parse_date(started_on); start && *end < *start)
    return fail_fields({{"ended_on", "终止日期不能早于资格开始日期"}});
  return {};
}

std::vector<FieldError> person_problems(const PersonDraft& p) {
  std::vector<FieldError> errors;
  auto required = [&](const char* field, const std::string& v) {
    if (v.empty()) errors.push_back({field, "必填"});
  };
  required("name", p.name);
  required("ethnicity", p.ethnicity);
  required("id_number", p.id_number);
  const auto gender = parse<Gender>(p.gender);
  if (!gender) errors.push_back({"gender", "性别应为男或女"});
  if (!p.id_number.empty()) {
    if (auto problem = id_number_problem(p.id_number)) {
      errors.push_back({"id_number", *problem});
    } else {
      if (!p.birth_date.empty() && p.birth_date != birth_date_from_id(p.id_number))
        errors.push_back({"birth_date", "出生日期与身份证号码不一致（应为 " +
                                            birth_date_from_id(p.id_number) + "）"});
      if (gender && name_of(*gender) != gender_from_id(p.id_number))
        errors.push_back({"gender", "性别与身份证号码不一致"});
    }
  }
  if (!p.phone.empty() && !is_mainland_mobile(p.phone))
    errors.push_back({"phone", "手机号码应为 11 位、以 13–19 开头"});
  return errors;
}

}  // namespace daibiao::people
