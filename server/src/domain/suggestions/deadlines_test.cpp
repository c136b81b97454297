#include "domain/suggestions/deadlines.hpp"

#include <gtest/gtest.h>

namespace daibiao::suggestions {
namespace {

Date d(std::string_view iso) { return parse_date(iso).value(); }

const Rules& rules() {
  static const Rules r = default_rules();
  return r;
}

TEST(DeadlineRules, DefaultsAreUsable) {
  EXPECT_TRUE(rules_problems(rules()).empty());
  Rules broken = rules();
  broken.answer.count = 0;
  broken.answer_classes.push_back({"A", "重复", false});
  broken.star_levels.clear();
  // answer 0, a doubled class, no star levels — and the urgent answer now longer than it.
  EXPECT_EQ(rules_problems(broken).size(), 4u);
  EXPECT_EQ(period_text(rules().reassignment_window), "7个工作日");
  EXPECT_EQ(period_text(*rules().sign_for), "3个工作日");
  EXPECT_EQ(period_text(rules().evaluation), "10日");
  EXPECT_EQ(period_text(rules().answer), "3个月");
}

TEST(DeadlineRules, UrgentItemsRunOnTheShorterPeriods) {
  const Rules urgent = rules().for_urgent();
  // Assigned Monday 2025-03-10: answer in 1 month, extension at most 2, sign-for next day.
  EXPECT_EQ(answer_due(d("2025-03-10"), urgent), d("2025-04-10"));
  EXPECT_EQ(extension_cap(d("2025-03-10"), urgent), d("2025-05-12"));  // 05-10 is a Saturday
  EXPECT_EQ(due_date(ClockKind::sign_for, d("2025-03-10"), urgent), d("2025-03-11"));
  // Everything else is the congress's ordinary rule.
  EXPECT_EQ(due_date(ClockKind::co_opinion, d("2025-03-10"), urgent), d("2025-04-10"));
  EXPECT_EQ(period_text(urgent.reassignment_window), "7个工作日");
  Rules odd = rules();
  odd.urgent_answer = {4, PeriodUnit::months};
  odd.urgent_max_answer = {6, PeriodUnit::months};
  ASSERT_EQ(rules_problems(odd).size(), 1u);
  EXPECT_EQ(rules_problems(odd)[0].field, "urgent_answer");
}

TEST(DeadlineDue, AnswerIsDueThreeMonthsAfterAssignment) {
  EXPECT_EQ(answer_due(d("2025-03-10"), rules()), d("2025-06-10"));  // a Tuesday
  // 2025-07-01 + 3 months = Wednesday 2025-10-01, National Day: rolls to Thursday 10-09.
  EXPECT_EQ(answer_due(d("2025-07-01"), rules()), d("2025-10-09"));
  Rules strict = rules();
  strict.roll_to_working_day = false;
  EXPECT_EQ(answer_due(d("2025-07-01"), strict), d("2025-10-01"));
  // Month ends clamp: 11-30 + 3 months = 2026-02-28, a make-up Saturday (a working day).
  EXPECT_EQ(answer_due(d("2025-11-30"), rules()), d("2026-02-28"));
}

TEST(DeadlineDue, EachClockKindUsesItsRule) {
  const Date start = d("2025-09-30");
  // 7 working days across National Day: 10-09, 10, 11 (调休上班), 13, 14, 15, 16.
  EXPECT_EQ(due_date(ClockKind::reassignment_window, start, rules()), d("2025-10-16"));
  EXPECT_EQ(due_date(ClockKind::co_opinion, start, rules()), d("2025-10-30"));
  EXPECT_EQ(due_date(ClockKind::evaluation, start, rules()), d("2025-10-10"));
  EXPECT_EQ(due_date(ClockKind::rehandling, start, rules()), d("2025-10-30"));
  EXPECT_EQ(due_date(ClockKind::answer, start, rules()), d("2025-12-30"));
  EXPECT_EQ(due_date(ClockKind::commitment, start, rules()), std::nullopt);
  // 10-09, 10-10, then Saturday 10-11 (调休上班).
  EXPECT_EQ(due_date(ClockKind::sign_for, start, rules()), d("2025-10-11"));
  Rules without = rules();
  without.sign_for.reset();  // a congress that sets no sign-for period
  EXPECT_EQ(due_date(ClockKind::sign_for, start, without), std::nullopt);
}

TEST(DeadlineDue, EvaluationWindowEndingOnAHolidayMovesToTheNextWorkingDay) {
  // Answer signed off 2025-09-21; 10 days later is 10-01 (国庆): the window ends 10-09.
  EXPECT_EQ(due_date(ClockKind::evaluation, d("2025-09-21"), rules()), d("2025-10-09"));
}

TEST(DeadlineExtension, CapIsSixMonthsAfterAssignment) {
  EXPECT_EQ(extension_cap(d("2025-03-10"), rules()), d("2025-09-10"));
  const Date signed_on = d("2025-03-10");
  const Date due = answer_due(signed_on, rules());
  EXPECT_TRUE(check_extension(signed_on, due, d("2025-09-10"), "需协调省级资金", rules()));
  EXPECT_TRUE(check_extension(signed_on, due, d("2025-07-10"), "需协调省级资金", rules()));
}

TEST(DeadlineExtension, RefusesBeyondTheCap) {
  const Date signed_on = d("2025-03-10");
  auto s =
      check_extension(signed_on, answer_due(signed_on, rules()), d("2025-09-11"), "理由", rules());
  ASSERT_FALSE(s);
  EXPECT_EQ(s.error().code, ErrorCode::invalid_argument);
  ASSERT_EQ(s.error().fields.size(), 1u);
  EXPECT_EQ(s.error().fields[0].field, "until");
  EXPECT_NE(s.error().fields[0].message.find("6个月"), std::string::npos);
  EXPECT_NE(s.error().fields[0].message.find("2025-09-10"), std::string::npos);
}

TEST(DeadlineExtension, NeedsAReasonAndALaterDate) {
  const Date signed_on = d("2025-03-10");
  const Date due = answer_due(signed_on, rules());
  auto no_reason = check_extension(signed_on, due, d("2025-08-01"), "  ", rules());
  ASSERT_FALSE(no_reason);
  EXPECT_EQ(no_reason.error().fields[0].field, "reason");
  auto earlier = check_extension(signed_on, due, due, "理由", rules());
  ASSERT_FALSE(earlier);
  EXPECT_EQ(earlier.error().fields[0].field, "until");
  // A second extension within the cap is fine; beyond it is not.
  EXPECT_TRUE(check_extension(signed_on, d("2025-08-01"), d("2025-09-01"), "再次延期", rules()));
  EXPECT_FALSE(check_extension(signed_on, d("2025-09-10"), d("2025-09-30"), "再次延期", rules()));
}

TEST(DeadlineFlags, DueSoonFromSevenDaysBeforeInclusive) {
  const Date due = d("2025-06-10");
  EXPECT_FALSE(deadline_flags(due, d("2025-06-02"), rules()).due_soon);  // 8 days left
  EXPECT_TRUE(deadline_flags(due, d("2025-06-03"), rules()).due_soon);   // 7 days left
  EXPECT_EQ(deadline_flags(due, d("2025-06-03"), rules()).days_left, 7);
  const auto on_the_day = deadline_flags(due, due, rules());
  EXPECT_TRUE(on_the_day.due_soon);
  EXPECT_FALSE(on_the_day.overdue);
  EXPECT_EQ(on_the_day.days_left, 0);
}

TEST(DeadlineFlags, OverdueFromTheDayAfterTheDueDate) {
  const Date due = d("2025-06-10");
  const auto next_day = deadline_flags(due, d("2025-06-11"), rules());
  EXPECT_TRUE(next_day.overdue);
  EXPECT_FALSE(next_day.due_soon);
  EXPECT_FALSE(next_day.very_overdue);
  EXPECT_EQ(next_day.days_left, -1);
}

TEST(DeadlineFlags, VeryOverdueAfterMoreThanThirtyDays) {
  const Date due = d("2025-06-10");
  EXPECT_FALSE(deadline_flags(due, d("2025-07-10"), rules()).very_overdue);  // 30 days late
  EXPECT_TRUE(deadline_flags(due, d("2025-07-11"), rules()).very_overdue);   // 31 days late
  EXPECT_TRUE(deadline_flags(due, d("2025-07-11"), rules()).overdue);
  Rules lenient = rules();
  lenient.very_overdue_days = 60;
  lenient.due_soon_days = 3;
  EXPECT_FALSE(deadline_flags(due, d("2025-07-11"), lenient).very_overdue);
  EXPECT_FALSE(deadline_flags(due, d("2025-06-06"), lenient).due_soon);
  EXPECT_TRUE(deadline_flags(due, d("2025-06-07"), lenient).due_soon);
}

TEST(DeadlineFlags, StoppedClocksRaiseNoFlags) {
  const ItemClock late{ClockKind::answer, d("2025-03-10"), d("2025-06-10"), d("2025-06-20")};
  const auto f = clock_flags(late, d("2025-09-01"), rules());
  EXPECT_FALSE(f.overdue || f.very_overdue || f.due_soon);
  EXPECT_EQ(f.days_left, -10);
  EXPECT_FALSE(met_deadline(late));
  const ItemClock on_time{ClockKind::answer, d("2025-03-10"), d("2025-06-10"), d("2025-06-10")};
  EXPECT_TRUE(met_deadline(on_time));
  const ItemClock running{ClockKind::answer, d("2025-03-10"), d("2025-06-10"), std::nullopt};
  EXPECT_FALSE(met_deadline(running));
  EXPECT_TRUE(clock_flags(running, d("2025-06-11"), rules()).overdue);
}

TEST(DeadlineFlags, ItemFlagsComeFromRunningObligationsOnly) {
  const std::vector<ItemClock> clocks{
      {ClockKind::answer, d("2025-03-10"), d("2025-06-10"), d("2025-06-01")},   // met
      {ClockKind::evaluation, d("2025-06-01"), d("2025-06-11"), std::nullopt},  // a window
      {ClockKind::commitment, d("2025-06-01"), d("2025-07-15"), std::nullopt},
      {ClockKind::commitment, d("2025-06-01"), d("2025-09-30"), std::nullopt},
  };
  auto f = item_flags(clocks, d("2025-07-09"), rules());
  EXPECT_TRUE(f.due_soon);
  EXPECT_FALSE(f.overdue);  // the lapsed evaluation window is not "overdue"
  EXPECT_EQ(f.next_due, d("2025-07-15"));
  EXPECT_EQ(f.next_kind, ClockKind::commitment);
  f = item_flags(clocks, d("2025-08-20"), rules());
  EXPECT_TRUE(f.overdue);
  EXPECT_TRUE(f.very_overdue);
  EXPECT_FALSE(item_flags({}, d("2025-08-20"), rules()).overdue);
  EXPECT_EQ(item_flags({}, d("2025-08-20"), rules()).next_due, std::nullopt);
}

TEST(DeadlineClockKinds, HaveNamesAndTitles) {
  for (ClockKind k : all_clock_kinds()) {
    EXPECT_FALSE(clock_kind_name(k).empty());
    EXPECT_FALSE(clock_kind_title_zh(k).empty());
  }
  EXPECT_FALSE(is_obligation(ClockKind::evaluation));
  EXPECT_FALSE(is_obligation(ClockKind::reassignment_window));
  EXPECT_TRUE(is_obligation(ClockKind::answer));
}

}  // namespace
}  // namespace daibiao::suggestions
