#include "domain/supervision/leaders.hpp"

#include <set>
#include <utility>

#include "base/field_checks.hpp"
#include "base/text.hpp"
#include "domain/figures/ratio.hpp"
#include "domain/supervision/handling.hpp"

namespace daibiao::supervision {

using suggestions::State;

Status check_leader_rules(std::span<const LeaderRule> rules) {
  std::vector<FieldError> errors;
  if (rules.size() > kMaxLeaderRules)
    errors.push_back({"rules", "分工规则不能超过 " + std::to_string(kMaxLeaderRules) + " 条"});
  std::set<std::pair<int, std::string>> seen;
  for (std::size_t i = 0; i < rules.size(); ++i) {
    const auto& r = rules[i];
    const std::string at = "rules[" + std::to_string(i) + "].";
    if (r.star_level < 1 || r.star_level > 3)
      errors.push_back({at + "star_level", "星级应为 1 至 3"});
    check_plain_text(errors, at + "category", r.category, 30);
    if (r.user_id <= 0) errors.push_back({at + "user_id", "请选择督办领导"});
    if (!seen.insert({r.star_level, r.category}).second)
      errors.push_back({at + "category", "同一星级和类别只能有一条分工规则"});
  }
  if (!errors.empty()) return fail_fields(std::move(errors));
  return {};
}

bool needs_leader(State state) {
  // Accepted and not withdrawn: waiting for assignment, with the lead unit, or closed.
  return state == State::accepted || with_lead_unit(state) || state == State::closed;
}

std::optional<int> LeaderCoverage::rate_bp() const { return figures::share_bp(covered(), items); }

}  // namespace daibiao::supervision
