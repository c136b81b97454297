#include "domain/supervision/review.hpp"

#include <gtest/gtest.h>

namespace daibiao::supervision {
namespace {

std::vector<std::string> fields(const Status& st) {
  std::vector<std::string> out;
  if (!st)
    for (const auto& f : st.error().fields) out.push_back(f.field);
  return out;
}

TEST(SamplingReview, DefaultCriteriaAreValidAndWeighTheResultMost) {
  const auto c = default_criteria();
  EXPECT_TRUE(check_criteria(c));
  EXPECT_EQ(c.back().name, "落实成效");
  EXPECT_EQ(c.back().weight, 40);
}

TEST(SamplingReview, CriteriaNeedNamesWeightsAndASumOfHundred) {
  EXPECT_EQ(fields(check_criteria({})), std::vector<std::string>{"criteria"});
  EXPECT_EQ(fields(check_criteria({{"办理态度", 50}, {"答复质量", 40}})),
            std::vector<std::string>{"criteria"});
  EXPECT_EQ(fields(check_criteria({{"", 50}, {"答复质量", 0}})),
            (std::vector<std::string>{"criteria[0].name", "criteria[1].weight"}));
  EXPECT_EQ(fields(check_criteria({{"态度", 50}, {"态度", 50}})),
            std::vector<std::string>{"criteria[1].name"});
  EXPECT_TRUE(check_criteria({{"问题解决", 100}}));
  std::vector<Criterion> nine(9, {"x", 1});
  EXPECT_FALSE(check_criteria(nine));
  EXPECT_FALSE(check_pass_score(101));
  EXPECT_TRUE(check_pass_score(0));
}

TEST(SamplingReview, ASheetScoresEveryCriterionZeroToHundred) {
  const auto c = default_criteria();
  EXPECT_TRUE(check_sheet(c, {80, 90, 70, 60}));
  EXPECT_EQ(fields(check_sheet(c, {80, 90})), std::vector<std::string>{"scores"});
  EXPECT_EQ(fields(check_sheet(c, {80, 101, -1, 60})),
            (std::vector<std::string>{"scores[1]", "scores[2]"}));
}

TEST(SamplingReview, TotalsAreWeightedInHundredthsAndTheItemIsTheirMeanHalfUp) {
  const auto c = default_criteria();  // 20, 20, 20, 40
  EXPECT_EQ(sheet_total_centi(c, {80, 90, 70, 60}), 80 * 20 + 90 * 20 + 70 * 20 + 60 * 40);
  EXPECT_EQ(sheet_total_centi(c, {100, 100, 100, 100}), 10000);
  EXPECT_EQ(item_score_centi({7200, 7300}), 7250);
  EXPECT_EQ(item_score_centi({7200, 7201}), 7201);        // 7200.5 rounds up
  EXPECT_EQ(item_score_centi({7200, 7200, 7201}), 7200);  // 7200.33 rounds down
  EXPECT_EQ(item_score_centi({}), 0);
  EXPECT_TRUE(passes(6000, 60));
  EXPECT_FALSE(passes(5999, 60));
  EXPECT_EQ(format_points(8725), "87.25");
  EXPECT_EQ(format_points(6005), "60.05");
  EXPECT_EQ(format_points(10000), "100.00");
  EXPECT_EQ(format_points(0), "0.00");
}

TEST(SamplingReview, ScoresRoundTripThroughTheirStoredText) {
  EXPECT_EQ(join_scores({80, 0, 100}), "80,0,100");
  EXPECT_EQ(split_scores("80,0,100"), (std::vector<int>{80, 0, 100}));
  EXPECT_EQ(split_scores(""), std::vector<int>{});
}

}  // namespace
}  // namespace daibiao::supervision
