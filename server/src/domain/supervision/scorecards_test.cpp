#include "domain/supervision/scorecards.hpp"

#include <gtest/gtest.h>

#include "domain/figures/ranking.hpp"

namespace daibiao::supervision {
namespace {

TEST(Scorecards, TheDefaultWeightsSumToAHundredAndFavourResults) {
  const auto w = default_weights();
  EXPECT_TRUE(check_weights(w));
  EXPECT_GT(w[static_cast<std::size_t>(ScoreComponent::resolution)],
            w[static_cast<std::size_t>(ScoreComponent::satisfaction)]);
}

TEST(Scorecards, WeightsAreWholePercentagesSummingToAHundred) {
  auto e = check_weights({20, 15, 25, 20, 10, 11});
  ASSERT_FALSE(e);
  EXPECT_EQ(e.error().fields.at(0).field, "weights");
  EXPECT_EQ(e.error().fields.at(0).message, "各项权重之和应为 100（现为 101）");
  auto neg = check_weights({-5, 25, 30, 20, 20, 10});
  ASSERT_FALSE(neg);
  EXPECT_EQ(neg.error().fields.at(0).field, "weights.on_time");
  EXPECT_TRUE(check_weights({100, 0, 0, 0, 0, 0}));
}

TEST(Scorecards, TheScoreIsTheWeightedMeanOfThePresentComponents) {
  // 20×80.00 + 15×50.00 + 25×66.67 + 20×100.00 + 10×75.00 + 10×87.25
  // = 160000 + 75000 + 166675 + 200000 + 75000 + 87250 = 763925 → ÷ 100 = 7639.25 → 7639.
  const ComponentValues all{8000, 5000, 6667, 10000, 7500, 8725};
  const auto s = score_unit(all, default_weights());
  EXPECT_EQ(s.weight_used, 100);
  EXPECT_EQ(s.score_centi, 7639);
  // Nothing sampled, no commitment due: 20×80 + 15×50 + 25×66.67 + 10×75 = 476675 ÷ 70 = 6809.64
  // → 6810.
  const ComponentValues some{8000, 5000, 6667, std::nullopt, 7500, std::nullopt};
  const auto t = score_unit(some, default_weights());
  EXPECT_EQ(t.weight_used, 70);
  EXPECT_EQ(t.score_centi, 6810);
  // A component weighted 0 does not count even when present; none at all: no score.
  EXPECT_EQ(score_unit({std::nullopt, std::nullopt, std::nullopt, std::nullopt, std::nullopt, 9000},
                       {100, 0, 0, 0, 0, 0})
                .score_centi,
            std::nullopt);
  EXPECT_EQ(score_unit({}, default_weights()).score_centi, std::nullopt);
}

TEST(Scorecards, EqualScoresShareARank) {
  EXPECT_EQ(figures::competition_ranks({9000, 9000, 8000, 7000, 7000, 6000}),
            (std::vector<int>{1, 1, 3, 4, 4, 6}));
  EXPECT_TRUE(figures::competition_ranks({}).empty());
}

}  // namespace
}  // namespace daibiao::supervision
