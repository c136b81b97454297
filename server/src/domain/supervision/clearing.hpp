// Clearing campaign (清零行动, DOMAIN.md "Supervision"): before a year ends, the committee
// drives every suggestion of that year's sessions that is not yet closed to a close, unit by
// unit, and carries what remains into a dated plan.
//
// An item of the year "remains" while its state is one of the stages below (closed,
// withdrawn, not treated as a suggestion, and the deputy's own drafts and returned drafts do
// not). Each remaining item is in exactly one stage, so the stages of a unit add up to its
// total; two flags cut across them: overdue (its earliest running deadline, next_due_on, is
// before today) and slipped (one of its commitments is open past its date).
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/date.hpp"
#include "base/enum_table.hpp"
#include "base/result.hpp"
#include "domain/suggestions/workflow.hpp"

namespace daibiao::supervision {

// Where a remaining item stands (one per item).
enum class ClearingStage {
  unreviewed,   // submitted or initially reviewed, not yet accepted (立案)
  unassigned,   // accepted, not yet assigned to a unit
  unanswered,   // with its unit: signing for, handling, asking to be re-assigned, sign-off
  unevaluated,  // answered, the lead deputy has not evaluated it
  rehandling,   // handled again: after 不满意, a look-back, or a failed sampling review
  follow_up,    // answered with commitments (B 类) not yet all done
};
inline constexpr auto kClearingStages = std::to_array<EnumEntry<ClearingStage>>({
    {ClearingStage::unreviewed, "unreviewed", "待审查立案"},
    {ClearingStage::unassigned, "unassigned", "待交办"},
    {ClearingStage::unanswered, "unanswered", "未答复"},
    {ClearingStage::unevaluated, "unevaluated", "待代表评价"},
    {ClearingStage::rehandling, "rehandling", "重新办理中"},
    {ClearingStage::follow_up, "follow_up", "B类承诺未落实"},
});
static_assert(enum_table_ok(kClearingStages));
constexpr const auto& enum_table(ClearingStage) { return kClearingStages; }
inline constexpr std::size_t kClearingStageCount = kClearingStages.size();

// The stage of an item in `state`; nullopt when the item does not remain (closed, withdrawn,
// not accepted, or still a draft with its deputy).
std::optional<ClearingStage> clearing_stage(suggestions::State state);
// The states of a stage (for a query).
std::vector<suggestions::State> states_of(ClearingStage stage);
// Every state in which an item remains.
std::vector<suggestions::State> remaining_states();

// What a drill-down lists: every remaining item, one stage, or one flag.
enum class ClearingReason {
  remaining,
  unreviewed,
  unassigned,
  unanswered,
  unevaluated,
  rehandling,
  follow_up,
  overdue,
  slipped,
};
inline constexpr auto kClearingReasons = std::to_array<EnumEntry<ClearingReason>>({
    {ClearingReason::remaining, "remaining", "未清零"},
    {ClearingReason::unreviewed, "unreviewed", "待审查立案"},
    {ClearingReason::unassigned, "unassigned", "待交办"},
    {ClearingReason::unanswered, "unanswered", "未答复"},
    {ClearingReason::unevaluated, "unevaluated", "待代表评价"},
    {ClearingReason::rehandling, "rehandling", "重新办理中"},
    {ClearingReason::follow_up, "follow_up", "B类承诺未落实"},
    {ClearingReason::overdue, "overdue", "已超期"},
    {ClearingReason::slipped, "slipped", "承诺逾期"},
});
static_assert(enum_table_ok(kClearingReasons));
constexpr const auto& enum_table(ClearingReason) { return kClearingReasons; }

// The stage a reason names, if it names one.
std::optional<ClearingStage> stage_of(ClearingReason reason);

// The counts of one unit (or of everything).
struct ClearingTally {
  std::array<std::int64_t, kClearingStageCount> by_stage{};
  std::int64_t total = 0;    // remaining items (= the sum of by_stage)
  std::int64_t overdue = 0;  // of them, past their next deadline
  std::int64_t slipped = 0;  // of them, with a commitment open past its date

  // Counts `items` remaining items at `stage`, `overdue_items` of them overdue.
  void add(ClearingStage stage, std::int64_t items, std::int64_t overdue_items);
  ClearingTally& operator+=(const ClearingTally& other);
  std::int64_t count(ClearingReason reason) const;
};

// A lead unit's row on the board; no unit_id for items no unit has yet.
struct UnitTally {
  std::optional<std::int64_t> unit_id;
  std::string unit_name;
  ClearingTally tally;
};

// Orders the board's rows by a reason's count (or by the unit's name when `by_name`), the
// largest first unless `ascending`; ties by name, then unit id, the unit-less row last.
void sort_units(std::vector<UnitTally>& units, ClearingReason reason, bool by_name, bool ascending);

// The countdown to the year's end: the days from `today` to 31 December of `year` (0 on the
// day itself); ended once the year is over.
struct YearCountdown {
  int days_left = 0;
  bool ended = false;
};
YearCountdown countdown(Date today, int year);

// The years a board, a figure or a fund may be for.
inline constexpr int kFirstYear = 2000;
inline constexpr int kLastYear = 2100;
// A field error on `year` unless it lies in [kFirstYear, kLastYear]; nothing to check when the
// caller named none (the current year is used then).
Status check_year(std::optional<int> year);

// A carry-over plan (结转计划): what remained of a year when the committee carried it over,
// with the date by which it is to be cleared.
struct CarryOverInput {
  std::string title;   // "" → "<year>年度未清零建议结转计划"
  std::string due_on;  // YYYY-MM-DD, after today
  std::string note;
};
// The plan's title and due date, checked against today; field errors otherwise.
struct CheckedCarryOver {
  std::string title;
  Date due_on;
  std::string note;
};
Result<CheckedCarryOver> check_carry_over(const CarryOverInput& in, int year, Date today);

}  // namespace daibiao::supervision
