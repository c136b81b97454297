#include "domain/supervision/awards.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace daibiao::supervision {
namespace {

std::vector<std::string> fields(const Error& e) {
  std::vector<std::string> out;
  for (const auto& f : e.fields) out.push_back(f.field);
  return out;
}

int weight_sum(const std::vector<Criterion>& c) {
  int sum = 0;
  for (const auto& x : c) sum += x.weight;
  return sum;
}

TEST(Awards, EachKindHasDefaultCriteriaThatSumToAHundred) {
  for (AwardKind k : values_of<AwardKind>()) {
    const auto c = default_award_criteria(k);
    EXPECT_EQ(weight_sum(c), 100) << name_of(k);
    EXPECT_TRUE(check_criteria(c)) << name_of(k);
  }
  EXPECT_EQ(default_award_criteria(AwardKind::suggestion).front().name, "选题价值");
}

TEST(Awards, ARoundNamesItsKindAndQuotaAndTakesTheDefaults) {
  auto ok = check_round(
      {.kind = "suggestion", .title = "", .quota = 10, .criteria = {}, .note = ""}, 2026);
  ASSERT_TRUE(ok);
  EXPECT_EQ(ok->kind, AwardKind::suggestion);
  EXPECT_EQ(ok->title, "2026年度优秀代表建议评选");
  EXPECT_EQ(ok->criteria.size(), 3U);

  auto bad =
      check_round({.kind = "best", .title = "", .quota = 0, .criteria = {}, .note = ""}, 2026);
  ASSERT_FALSE(bad);
  EXPECT_EQ(fields(bad.error()), (std::vector<std::string>{"kind", "quota"}));
  auto untitled =
      check_round({.kind = "unit", .title = "", .quota = 3, .criteria = {}, .note = ""}, 2026);
  ASSERT_TRUE(untitled);
  EXPECT_EQ(untitled->title, "2026年度优秀建议承办单位评选");
  EXPECT_FALSE(
      check_round({.kind = "unit", .title = "", .quota = 101, .criteria = {}, .note = ""}, 2026));
  EXPECT_FALSE(check_round(
      {.kind = "unit", .title = "", .quota = std::nullopt, .criteria = {}, .note = ""}, 2026));

  auto weights = check_round({.kind = "deputy",
                              .title = "",
                              .quota = 5,
                              .criteria = {{"履职", 50}, {"建议", 40}},
                              .note = ""},
                             2026);
  ASSERT_FALSE(weights);
  EXPECT_EQ(fields(weights.error()), (std::vector<std::string>{"criteria"}));
}

TEST(Awards, TheRoundMovesNominatingScoringPublishedOnly) {
  EXPECT_TRUE(check_open_scoring(RoundStatus::nominating, 1));
  EXPECT_EQ(check_open_scoring(RoundStatus::nominating, 0).error().code,
            ErrorCode::failed_precondition);
  EXPECT_FALSE(check_open_scoring(RoundStatus::scoring, 3));
  EXPECT_FALSE(check_open_scoring(RoundStatus::published, 3));
  EXPECT_TRUE(check_publish(RoundStatus::scoring));
  EXPECT_FALSE(check_publish(RoundStatus::nominating));
  EXPECT_FALSE(check_publish(RoundStatus::published));
  EXPECT_TRUE(check_nominating(RoundStatus::nominating));
  EXPECT_FALSE(check_nominating(RoundStatus::scoring));
  EXPECT_TRUE(check_scoring(RoundStatus::scoring));
  EXPECT_FALSE(check_scoring(RoundStatus::published));
  EXPECT_EQ(check_publish(RoundStatus::published).error().message, "评选已公布，不能公布结果");
}

TEST(Awards, ANominationGivesItsReason) {
  EXPECT_TRUE(check_reason("选题精准，推动解决了城区停车难。\n代表满意。"));
  EXPECT_EQ(fields(check_reason("").error()), (std::vector<std::string>{"reason"}));
  EXPECT_FALSE(check_reason(std::string(1001, 'x')));
}

TEST(Awards, TheBestQuotaWinAndTiesAtTheLineAllWin) {
  // ids 1–5 with scores; 6 has no sheet and is not ranked.
  const std::vector<Scored> scored{{1, 8000, 3}, {2, 9050, 3}, {3, 8000, 2},
                                   {4, 7000, 3}, {5, 9050, 1}, {6, 0, 0}};
  auto two = rank_nominations(scored, 2);
  ASSERT_EQ(two.size(), 5U);
  std::vector<std::int64_t> order;
  std::vector<int> ranks;
  std::vector<bool> won;
  for (const auto& r : two) {
    order.push_back(r.id);
    ranks.push_back(r.rank);
    won.push_back(r.awarded);
  }
  EXPECT_EQ(order, (std::vector<std::int64_t>{2, 5, 1, 3, 4}));
  EXPECT_EQ(ranks, (std::vector<int>{1, 1, 3, 3, 5}));
  EXPECT_EQ(won, (std::vector<bool>{true, true, false, false, false}));

  // Quota 3: the line falls inside the tie at 80.00, so both tied win.
  auto three = rank_nominations(scored, 3);
  int winners = 0;
  for (const auto& r : three) winners += r.awarded ? 1 : 0;
  EXPECT_EQ(winners, 4);
  EXPECT_TRUE(rank_nominations({}, 3).empty());
  EXPECT_TRUE(rank_nominations({{7, 9000, 0}}, 3).empty());
}

}  // namespace
}  // namespace daibiao::supervision
