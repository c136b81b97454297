#include "domain/supervision/clearing.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace daibiao::supervision {
namespace {

using suggestions::State;

TEST(Clearing, EveryStateIsEitherOneStageOrCleared) {
  // Closed, withdrawn, not accepted and the deputy's own drafts are not on the board; every
  // other state is in exactly one stage, and the stages' states together are the remaining.
  const std::vector<State> gone{State::none,        State::draft,  State::cosigning,
                                State::returned,    State::closed, State::withdrawn,
                                State::not_accepted};
  std::size_t in_stages = 0;
  for (auto stage : values_of<ClearingStage>()) in_stages += states_of(stage).size();
  EXPECT_EQ(in_stages, remaining_states().size());
  for (State s : suggestions::all_states()) {
    const bool is_gone = std::ranges::find(gone, s) != gone.end();
    EXPECT_EQ(clearing_stage(s).has_value(), !is_gone) << suggestions::state_name(s);
  }
  EXPECT_EQ(clearing_stage(State::handling), ClearingStage::unanswered);
  EXPECT_EQ(clearing_stage(State::answer_drafted), ClearingStage::unanswered);
  EXPECT_EQ(clearing_stage(State::answered), ClearingStage::unevaluated);
  EXPECT_EQ(clearing_stage(State::rehandling), ClearingStage::rehandling);
  EXPECT_EQ(clearing_stage(State::follow_up), ClearingStage::follow_up);
  EXPECT_EQ(clearing_stage(State::accepted), ClearingStage::unassigned);
  EXPECT_EQ(clearing_stage(State::initial_reviewed), ClearingStage::unreviewed);
}

TEST(Clearing, ReasonsNameTheirStageOrAFlag) {
  EXPECT_EQ(stage_of(ClearingReason::follow_up), ClearingStage::follow_up);
  EXPECT_EQ(stage_of(ClearingReason::unreviewed), ClearingStage::unreviewed);
  EXPECT_FALSE(stage_of(ClearingReason::remaining));
  EXPECT_FALSE(stage_of(ClearingReason::overdue));
  EXPECT_FALSE(stage_of(ClearingReason::slipped));
  // Every stage has the reason of the same name.
  for (auto stage : values_of<ClearingStage>())
    EXPECT_EQ(stage_of(*parse<ClearingReason>(name_of(stage))), stage);
}

TEST(Clearing, StagesAddUpToTheTotalAndFlagsCutAcross) {
  ClearingTally t;
  t.add(ClearingStage::unanswered, 2, 1);
  t.add(ClearingStage::follow_up, 1, 1);
  t.slipped = 1;
  EXPECT_EQ(t.total, 3);
  EXPECT_EQ(t.count(ClearingReason::remaining), 3);
  EXPECT_EQ(t.count(ClearingReason::unanswered), 2);
  EXPECT_EQ(t.count(ClearingReason::follow_up), 1);
  EXPECT_EQ(t.count(ClearingReason::unevaluated), 0);
  EXPECT_EQ(t.count(ClearingReason::overdue), 2);
  EXPECT_EQ(t.count(ClearingReason::slipped), 1);
  ClearingTally sum;
  sum += t;
  sum += t;
  EXPECT_EQ(sum.total, 6);
  EXPECT_EQ(sum.overdue, 4);
  EXPECT_EQ(sum.slipped, 2);
  EXPECT_EQ(sum.count(ClearingReason::unanswered), 4);
}

UnitTally unit(std::optional<std::int64_t> id, std::string name, int unanswered, int overdue) {
  UnitTally u{id, std::move(name), {}};
  u.tally.add(ClearingStage::unanswered, unanswered, overdue);
  return u;
}

std::vector<std::string> names(const std::vector<UnitTally>& units) {
  std::vector<std::string> out;
  for (const auto& u : units) out.push_back(u.unit_name);
  return out;
}

TEST(Clearing, BoardSortsByAReasonWithStableTiesAndTheUnitlessRowLast) {
  std::vector<UnitTally> units{unit(std::nullopt, "（未交办）", 9, 0), unit(3, "乙局", 2, 2),
                               unit(1, "甲局", 5, 0), unit(2, "丙局", 2, 1)};
  sort_units(units, ClearingReason::remaining, false, false);
  // Largest first; the unit-less row sorts by its count like any other.
  EXPECT_EQ(names(units), (std::vector<std::string>{"（未交办）", "甲局", "丙局", "乙局"}));
  sort_units(units, ClearingReason::overdue, false, false);
  EXPECT_EQ(names(units), (std::vector<std::string>{"乙局", "丙局", "甲局", "（未交办）"}));
  sort_units(units, ClearingReason::remaining, false, true);
  EXPECT_EQ(names(units), (std::vector<std::string>{"丙局", "乙局", "甲局", "（未交办）"}));
  sort_units(units, ClearingReason::remaining, true, true);
  EXPECT_EQ(names(units).back(), "（未交办）");
  EXPECT_EQ(names(units).front(), "丙局");  // by the UTF-8 bytes of the name
}

TEST(Clearing, CountdownRunsToTheThirtyFirstOfDecember) {
  EXPECT_EQ(countdown({2026, 12, 7}, 2026).days_left, 24);
  EXPECT_FALSE(countdown({2026, 12, 7}, 2026).ended);
  EXPECT_EQ(countdown({2026, 12, 31}, 2026).days_left, 0);
  EXPECT_FALSE(countdown({2026, 12, 31}, 2026).ended);
  EXPECT_TRUE(countdown({2027, 1, 1}, 2026).ended);
  EXPECT_EQ(countdown({2027, 1, 1}, 2026).days_left, 0);
  EXPECT_EQ(countdown({2026, 1, 1}, 2026).days_left, 364);
  EXPECT_EQ(countdown({2025, 12, 31}, 2026).days_left, 365);
}

TEST(Clearing, ACarryOverPlanIsDatedAfterToday) {
  const Date today{2026, 12, 7};
  auto ok = check_carry_over({"", "2027-03-31", "春节前完成"}, 2026, today);
  ASSERT_TRUE(ok);
  EXPECT_EQ(ok->title, "2026年度未清零建议结转计划");
  EXPECT_EQ(format_date(ok->due_on), "2027-03-31");
  for (const char* bad : {"2026-12-07", "2026-12-01", "2027-02-30", "明年", ""}) {
    auto r = check_carry_over({"计划", bad, ""}, 2026, today);
    ASSERT_FALSE(r) << bad;
    EXPECT_EQ(r.error().fields.at(0).field, "due_on") << bad;
  }
  auto long_title = check_carry_over({std::string(101, 'x'), "2027-01-05", ""}, 2026, today);
  ASSERT_FALSE(long_title);
  EXPECT_EQ(long_title.error().fields.at(0).field, "title");
  auto control = check_carry_over({"计划\n二", "2027-01-05", "多行\n说明"}, 2026, today);
  ASSERT_FALSE(control);
  EXPECT_EQ(control.error().fields.size(), 1u);  // the note may have lines, the title not
}

}  // namespace
}  // namespace daibiao::supervision
