#include "domain/supervision/leaders.hpp"

#include <gtest/gtest.h>

namespace daibiao::supervision {
namespace {

using suggestions::State;

std::vector<std::string> fields(const Status& st) {
  std::vector<std::string> out;
  if (!st)
    for (const auto& f : st.error().fields) out.push_back(f.field);
  return out;
}

TEST(Leaders, RulesNeedAStarAUserAndOneRulePerStarAndCategory) {
  const std::vector<LeaderRule> ok{{3, "", 7, ""}, {3, "交通运输", 8, ""}, {2, "", 9, ""}};
  EXPECT_TRUE(check_leader_rules(ok));
  EXPECT_TRUE(check_leader_rules(std::vector<LeaderRule>{}));
  const std::vector<LeaderRule> bad{
      {4, "", 7, ""}, {3, std::string(31, 'x'), 7, ""}, {2, "", 0, ""}, {2, "", 9, ""}};
  EXPECT_EQ(fields(check_leader_rules(bad)),
            (std::vector<std::string>{"rules[0].star_level", "rules[1].category",
                                      "rules[2].user_id", "rules[3].category"}));
  EXPECT_EQ(fields(check_leader_rules(std::vector<LeaderRule>{{1, "医疗\n卫生", 3, ""}})),
            std::vector<std::string>{"rules[0].category"});
  const std::vector<LeaderRule> many(kMaxLeaderRules + 1, LeaderRule{1, "", 1, ""});
  EXPECT_EQ(fields(check_leader_rules(many)).front(), "rules");
}

TEST(Leaders, AcceptedItemsNeedALeaderUntilClosedWithdrawnOrRefusedOnesNot) {
  for (State s : suggestions::all_states()) {
    const bool accepted = s == State::accepted || s == State::assigned || s == State::handling ||
                          s == State::reassignment_requested || s == State::answer_drafted ||
                          s == State::answered || s == State::rehandling || s == State::follow_up ||
                          s == State::closed;
    EXPECT_EQ(needs_leader(s), accepted) << suggestions::state_name(s);
  }
}

TEST(Leaders, CoverageCountsNamedAndRuleLeadersAsCovered) {
  LeaderCoverage c{.items = 3, .named = 1, .by_rule = 1};
  EXPECT_EQ(c.covered(), 2);
  EXPECT_EQ(c.uncovered(), 1);
  EXPECT_EQ(c.rate_bp(), 6667);
  c.by_key_topic = 1;
  EXPECT_EQ(c.uncovered(), 0);
  EXPECT_FALSE(LeaderCoverage{}.rate_bp());
  EXPECT_EQ((LeaderCoverage{.items = 4, .named = 0, .by_rule = 4}.rate_bp()), 10000);
}

}  // namespace
}  // namespace daibiao::supervision
