#include "domain/suggestions/rules.hpp"

#include <algorithm>
#include <set>

namespace daibiao::suggestions {

std::string period_text(Period p) {
  switch (p.unit) {
    case PeriodUnit::working_days:
      return std::to_string(p.count) + "个工作日";
    case PeriodUnit::calendar_days:
      return std::to_string(p.count) + "日";
    case PeriodUnit::months:
      return std::to_string(p.count) + "个月";
  }
  return {};
}

const AnswerClass* Rules::answer_class(std::string_view code) const {
  for (const auto& c : answer_classes)
    if (c.code == code) return &c;
  return nullptr;
}

const StarLevel* Rules::star_level(int stars) const {
  for (const auto& s : star_levels)
    if (s.stars == stars) return &s;
  return nullptr;
}

bool Rules::is_not_suggestion_reason(std::string_view reason) const {
  return std::find(not_suggestion_reasons.begin(), not_suggestion_reasons.end(), reason) !=
         not_suggestion_reasons.end();
}

bool Rules::is_category(std::string_view category) const {
  return std::find(categories.begin(), categories.end(), category) != categories.end();
}

Rules Rules::for_urgent() const {
  Rules r = *this;
  r.sign_for = urgent_sign_for;
  r.answer = urgent_answer;
  r.max_answer = urgent_max_answer;
  return r;
}

Rules default_rules() {
  Rules r;
  r.calendar = calendar::china_calendar();
  return r;
}

std::vector<FieldError> rules_problems(const Rules& r) {
  std::vector<FieldError> errors;
  auto positive = [&](std::string_view field, Period p) {
    if (p.count <= 0) errors.push_back({std::string(field), "期限应为正数"});
  };
  if (r.sign_for) positive("sign_for", *r.sign_for);
  positive("answer", r.answer);
  positive("max_answer", r.max_answer);
  positive("reassignment_window", r.reassignment_window);
  positive("co_opinion", r.co_opinion);
  positive("evaluation", r.evaluation);
  positive("rehandling", r.rehandling);
  if (r.urgent_sign_for) positive("urgent_sign_for", *r.urgent_sign_for);
  positive("urgent_answer", r.urgent_answer);
  positive("urgent_max_answer", r.urgent_max_answer);
  if (r.urgent_answer.unit == r.answer.unit && r.urgent_answer.count > r.answer.count)
    errors.push_back({"urgent_answer", "急件的答复期限不能长于一般答复期限"});
  if (r.urgent_max_answer.unit == r.urgent_answer.unit &&
      r.urgent_max_answer.count < r.urgent_answer.count)
    errors.push_back({"urgent_max_answer", "急件的延期上限不能短于其答复期限"});
  if (r.max_answer.unit == r.answer.unit && r.max_answer.count < r.answer.count)
    errors.push_back({"max_answer", "延期上限不能短于答复期限"});
  if (r.max_dissatisfied_rounds < 0) errors.push_back({"max_dissatisfied_rounds", "不能为负数"});
  if (r.due_soon_days < 0) errors.push_back({"due_soon_days", "不能为负数"});
  if (r.very_overdue_days < 0) errors.push_back({"very_overdue_days", "不能为负数"});
  std::set<std::string> codes;
  if (r.answer_classes.empty()) errors.push_back({"answer_classes", "至少设置一个答复类别"});
  for (const auto& c : r.answer_classes)
    if (c.code.empty() || !codes.insert(c.code).second)
      errors.push_back({"answer_classes", "答复类别代码不能为空或重复"});
  std::set<int> stars;
  if (r.star_levels.empty()) errors.push_back({"star_levels", "至少设置一个星级"});
  for (const auto& s : r.star_levels)
    if (s.stars <= 0 || !stars.insert(s.stars).second)
      errors.push_back({"star_levels", "星级应为正数且不重复"});
  if (r.not_suggestion_reasons.empty())
    errors.push_back({"not_suggestion_reasons", "至少设置一项不作为建议的理由"});
  return errors;
}

}  // namespace daibiao::suggestions
