#include "domain/supervision/review.hpp"

#include <set>

#include "base/text.hpp"

namespace daibiao::supervision {

std::vector<Criterion> default_criteria() {
  return {{"办理态度", 20}, {"沟通联系", 20}, {"答复质量", 20}, {"落实成效", 40}};
}

Status check_criteria(const std::vector<Criterion>& criteria) {
  std::vector<FieldError> errors;
  if (criteria.empty() || criteria.size() > kMaxCriteria)
    return fail_fields({{"criteria", "测评项目应为 1 至 8 项"}});
  std::set<std::string> names;
  int sum = 0;
  for (std::size_t i = 0; i < criteria.size(); ++i) {
    const auto& c = criteria[i];
    const std::string at = "criteria[" + std::to_string(i) + "]";
    if (c.name.empty() || !valid_utf8(c.name) || utf8_length(c.name) > 20 ||
        has_unsafe_chars(c.name))
      errors.push_back({at + ".name", "测评项目名称应为 1 至 20 个字符"});
    else if (!names.insert(c.name).second)
      errors.push_back({at + ".name", "测评项目名称重复"});
    if (c.weight < 1 || c.weight > 100)
      errors.push_back({at + ".weight", "权重应为 1 至 100 的整数"});
    sum += c.weight;
  }
  if (errors.empty() && sum != 100)
    errors.push_back({"criteria", "各项权重之和应为 100（现为 " + std::to_string(sum) + "）"});
  if (!errors.empty()) return fail_fields(std::move(errors));
  return {};
}

Status check_pass_score(int pass_score) {
  if (pass_score < 0 || pass_score > 100)
    return fail_fields({{"pass_score", "合格分应为 0 至 100"}});
  return {};
}

Status check_sheet(const std::vector<Criterion>& criteria, const std::vector<int>& scores) {
  if (scores.size() != criteria.size())
    return fail_fields(
        {{"scores", "应为每个测评项目打分（共 " + std::to_string(criteria.size()) + " 项）"}});
  std::vector<FieldError> errors;
  for (std::size_t i = 0; i < scores.size(); ++i)
    if (scores[i] < 0 || scores[i] > 100)
      errors.push_back({"scores[" + std::to_string(i) + "]", "分数应为 0 至 100"});
  if (!errors.empty()) return fail_fields(std::move(errors));
  return {};
}

int sheet_total_centi(const std::vector<Criterion>& criteria, const std::vector<int>& scores) {
  int total = 0;
  for (std::size_t i = 0; i < criteria.size() && i < scores.size(); ++i)
    total += criteria[i].weight * scores[i];
  return total;
}

int item_score_centi(const std::vector<int>& sheet_totals) {
  if (sheet_totals.empty()) return 0;
  long long sum = 0;
  for (int t : sheet_totals) sum += t;
  const auto n = static_cast<long long>(sheet_totals.size());
  return static_cast<int>((2 * sum + n) / (2 * n));  // half up (totals are never negative)
}

std::string format_points(int centi) {
  const int frac = centi % 100;
  return std::to_string(centi / 100) + (frac < 10 ? ".0" : ".") + std::to_string(frac);
}

std::string join_scores(const std::vector<int>& scores) {
  std::string out;
  for (int s : scores) out += (out.empty() ? "" : ",") + std::to_string(s);
  return out;
}

std::vector<int> split_scores(std::string_view text) {
  std::vector<int> out;
  while (!text.empty()) {
    const auto comma = text.find(',');
    const auto part = text.substr(0, comma);
    out.push_back(static_cast<int>(parse_int(part).value_or(0)));
    if (comma == std::string_view::npos) break;
    text.remove_prefix(comma + 1);
  }
  return out;
}

}  // namespace daibiao::supervision
