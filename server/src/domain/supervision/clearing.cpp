#include "domain/supervision/clearing.hpp"

#include <algorithm>
#include <tuple>

#include "base/field_checks.hpp"
#include "base/text.hpp"

namespace daibiao::supervision {

using suggestions::State;

std::optional<ClearingStage> clearing_stage(State state) {
  switch (state) {
    case State::submitted:
    case State::initial_reviewed:
      return ClearingStage::unreviewed;
    case State::accepted:
      return ClearingStage::unassigned;
    case State::assigned:
    case State::handling:
    case State::reassignment_requested:
    case State::answer_drafted:
      return ClearingStage::unanswered;
    case State::answered:
      return ClearingStage::unevaluated;
    case State::rehandling:
      return ClearingStage::rehandling;
    case State::follow_up:
      return ClearingStage::follow_up;
    case State::none:
    case State::draft:
    case State::cosigning:
    case State::returned:
    case State::not_accepted:
    case State::closed:
    case State::withdrawn:
      return std::nullopt;
  }
  return std::nullopt;
}

std::vector<State> states_of(ClearingStage stage) {
  std::vector<State> out;
  for (State s : suggestions::all_states())
    if (clearing_stage(s) == stage) out.push_back(s);
  return out;
}

std::vector<State> remaining_states() {
  std::vector<State> out;
  for (State s : suggestions::all_states())
    if (clearing_stage(s)) out.push_back(s);
  return out;
}

std::optional<ClearingStage> stage_of(ClearingReason reason) {
  return parse<ClearingStage>(name_of(reason));
}

void ClearingTally::add(ClearingStage stage, std::int64_t items, std::int64_t overdue_items) {
  by_stage[static_cast<std::size_t>(stage)] += items;
  total += items;
  overdue += overdue_items;
}

ClearingTally& ClearingTally::operator+=(const ClearingTally& other) {
  for (std::size_t i = 0; i < by_stage.size(); ++i) by_stage[i] += other.by_stage[i];
  total += other.total;
  overdue += other.overdue;
  slipped += other.slipped;
  return *this;
}

std::int64_t ClearingTally::count(ClearingReason reason) const {
  if (auto stage = stage_of(reason)) return by_stage[static_cast<std::size_t>(*stage)];
  switch (reason) {
    case ClearingReason::overdue:
      return overdue;
    case ClearingReason::slipped:
      return slipped;
    default:
      return total;
  }
}

void sort_units(std::vector<UnitTally>& units, ClearingReason reason, bool by_name,
                bool ascending) {
  // The unit-less row and the tie-breakers never depend on the direction asked for.
  auto ties = [](const UnitTally& a, const UnitTally& b) {
    return std::tuple(!a.unit_id, a.unit_name, a.unit_id.value_or(0)) <
           std::tuple(!b.unit_id, b.unit_name, b.unit_id.value_or(0));
  };
  std::ranges::sort(units, [&](const UnitTally& a, const UnitTally& b) {
    if (by_name) {
      if (a.unit_id.has_value() != b.unit_id.has_value()) return a.unit_id.has_value();
      if (a.unit_name != b.unit_name)
        return ascending ? a.unit_name < b.unit_name : a.unit_name > b.unit_name;
      return ties(a, b);
    }
    const auto x = a.tally.count(reason);
    const auto y = b.tally.count(reason);
    if (x != y) return ascending ? x < y : x > y;
    return ties(a, b);
  });
}

YearCountdown countdown(Date today, int year) {
  const Date last{year, 12, 31};
  if (today > last) return {0, true};
  return {days_between(today, last), false};
}

Status check_year(std::optional<int> year) {
  if (year && (*year < kFirstYear || *year > kLastYear))
    return fail_fields({{"year", "年度应为 2000 至 2100 之间的年份"}});
  return {};
}

Result<CheckedCarryOver> check_carry_over(const CarryOverInput& in, int year, Date today) {
  std::vector<FieldError> errors;
  CheckedCarryOver out;
  out.title = in.title.empty() ? std::to_string(year) + "年度未清零建议结转计划" : in.title;
  check_plain_text(errors, "title", out.title, 100);
  check_plain_text(errors, "note", in.note, 2000, true);
  out.note = in.note;
  if (auto due = parse_date(in.due_on); !due)
    errors.push_back({"due_on", "请填写计划完成日期（YYYY-MM-DD）"});
  else if (*due <= today)
    errors.push_back({"due_on", "计划完成日期应在今天之后"});
  else
    out.due_on = *due;
  if (!errors.empty()) return fail_fields(std::move(errors));
  return out;
}

}  // namespace daibiao::supervision
