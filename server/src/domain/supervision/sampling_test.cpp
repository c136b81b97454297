#include "domain/supervision/sampling.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

#include "platform/crypto.hpp"

namespace daibiao::supervision {
namespace {

std::vector<std::int64_t> ids(const std::vector<DrawnItem>& items) {
  std::vector<std::int64_t> out;
  for (const auto& i : items) out.push_back(i.suggestion_id);
  return out;
}

std::vector<PopulationMember> plain(int count) {
  std::vector<PopulationMember> out;
  for (int i = 1; i <= count; ++i) out.push_back({i, ""});
  return out;
}

// The seed's example (益阳资阳: 10 of 64). The expected items were computed independently,
// with Python's hashlib from the algorithm as docs/supervision.md states it, so this test
// fails if the implementation drifts from the published recipe.
TEST(SamplingDraw, MatchesThePublishedRecipe) {
  auto drawn = draw(plain(64), 10, "主任会议公布 7351", platform::sha256_hex);
  ASSERT_TRUE(drawn);
  EXPECT_EQ(ids(*drawn), (std::vector<std::int64_t>{20, 1, 9, 42, 58, 28, 25, 27, 24, 61}));
  for (int r = 0; r < 10; ++r) EXPECT_EQ((*drawn)[static_cast<std::size_t>(r)].rank, r + 1);
}

TEST(SamplingDraw, StrataShareNByLargestRemainderAndDrawWithinEach) {
  std::vector<PopulationMember> m;
  for (int i = 1; i <= 20; ++i) m.push_back({i, i % 5 == 0 ? "c" : (i % 2 ? "a" : "b")});
  EXPECT_EQ(platform::sha256_hex(population_text(m)),
            "7d6932edf592834c79b53f8e25b74be310fddc5156be025fcbf2ba511150a850");
  auto drawn = draw(m, 5, "20261207", platform::sha256_hex);
  ASSERT_TRUE(drawn);
  EXPECT_EQ(ids(*drawn), (std::vector<std::int64_t>{9, 11, 16, 14, 5}));
  EXPECT_EQ((*drawn)[0].stratum, "a");
  EXPECT_EQ((*drawn)[4].stratum, "c");
}

TEST(SamplingDraw, OrderOfThePopulationDoesNotMatterButSeedAndMembersDo) {
  auto m = plain(40);
  auto first = draw(m, 6, "42", platform::sha256_hex);
  std::mt19937 shuffle_rng(7);
  std::shuffle(m.begin(), m.end(), shuffle_rng);
  auto shuffled = draw(m, 6, "42", platform::sha256_hex);
  ASSERT_TRUE(first && shuffled);
  EXPECT_EQ(ids(*first), ids(*shuffled));
  auto other_seed = draw(m, 6, "43", platform::sha256_hex);
  EXPECT_NE(ids(*first), ids(*other_seed));
  // One more item in the population changes its hash, so every key changes.
  auto grown = plain(41);
  auto after_growth = draw(grown, 6, "42", platform::sha256_hex);
  EXPECT_NE(ids(*first), ids(*after_growth));
}

TEST(SamplingDraw, SeedIsTrimmedButOtherwiseExact) {
  auto a = draw(plain(30), 3, "  7351\t", platform::sha256_hex);
  auto b = draw(plain(30), 3, "7351", platform::sha256_hex);
  ASSERT_TRUE(a && b);
  EXPECT_EQ(ids(*a), ids(*b));
}

TEST(SamplingDraw, RefusesImpossibleRequests) {
  EXPECT_FALSE(draw(plain(5), 0, "1", platform::sha256_hex));
  auto too_many = draw(plain(5), 6, "1", platform::sha256_hex);
  ASSERT_FALSE(too_many);
  EXPECT_EQ(too_many.error().fields.at(0).field, "sample_size");
  auto blank = draw(plain(5), 2, "   ", platform::sha256_hex);
  ASSERT_FALSE(blank);
  EXPECT_EQ(blank.error().fields.at(0).field, "seed");
  EXPECT_FALSE(check_seed("12\n34"));
  EXPECT_FALSE(check_seed(std::string(201, '7')));
  EXPECT_TRUE(check_seed(std::string(200, '7')));
}

TEST(SamplingAllocate, ProportionalWithLargestRemainderAndNameOrderTies) {
  std::vector<std::pair<std::string, int>> sizes{{"a", 5}, {"b", 3}, {"c", 2}};
  EXPECT_EQ(allocate(sizes, 5), (std::vector<int>{3, 1, 1}));  // 2.5, 1.5, 1.0 → a and b tie
  EXPECT_EQ(allocate(sizes, 10), (std::vector<int>{5, 3, 2}));
  EXPECT_EQ(allocate(sizes, 12), (std::vector<int>{5, 3, 2}));  // never more than there is
  std::vector<std::pair<std::string, int>> even{{"x", 1}, {"y", 1}, {"z", 1}};
  EXPECT_EQ(allocate(even, 2), (std::vector<int>{1, 1, 0}));
  EXPECT_EQ(allocate({}, 3), std::vector<int>{});
  // The shares always add up to n.
  std::vector<std::pair<std::string, int>> many{{"a", 7}, {"b", 13}, {"c", 1}, {"d", 29}};
  for (int n = 1; n <= 50; ++n) {
    auto s = allocate(many, n);
    int sum = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
      sum += s[i];
      EXPECT_LE(s[i], many[i].second);
    }
    EXPECT_EQ(sum, n);
  }
}

TEST(SamplingStages, AnsweredIsASubsetOfAssignedAndDraftsAreInNeither) {
  for (auto s : stage_states(Stage::answered))
    EXPECT_NE(std::ranges::find(stage_states(Stage::assigned), s),
              stage_states(Stage::assigned).end());
  for (auto stage : {Stage::assigned, Stage::answered}) {
    auto states = stage_states(stage);
    EXPECT_EQ(std::ranges::find(states, suggestions::State::draft), states.end());
    EXPECT_EQ(std::ranges::find(states, suggestions::State::withdrawn), states.end());
    EXPECT_EQ(std::ranges::find(states, suggestions::State::not_accepted), states.end());
  }
}

}  // namespace
}  // namespace daibiao::supervision
