#include "domain/org/org.hpp"

#include <gtest/gtest.h>

namespace daibiao::org {
namespace {

TEST(OrgTree, ChildIsExactlyOneLevelDown) {
  EXPECT_TRUE(check_child_level(std::nullopt, Level::city));
  EXPECT_TRUE(check_child_level(Level::province, Level::city));
  EXPECT_TRUE(check_child_level(Level::county, Level::township));
  EXPECT_EQ(check_child_level(Level::province, Level::county).error().fields.at(0).field, "level");
  EXPECT_EQ(check_child_level(Level::township, Level::township).error().fields.at(0).field,
            "parent_id");
  EXPECT_EQ(child_path("/1/4/", 17), "/1/4/17/");
  EXPECT_EQ(child_path("", 1), "/1/");
}

TEST(OrgTree, CodesAreTypeable) {
  EXPECT_EQ(code_problem("4310"), std::nullopt);
  EXPECT_EQ(code_problem("U-1001.a_b"), std::nullopt);
  EXPECT_TRUE(code_problem("a b c"));
  EXPECT_TRUE(code_problem("-x"));
  EXPECT_TRUE(code_problem(""));
  EXPECT_TRUE(code_problem(std::string(33, 'a')));
}

TEST(Terms, DatesAreRealAndOrdered) {
  EXPECT_TRUE(check_term_dates("2023-01-16", "2028-01-15"));
  EXPECT_FALSE(check_term_dates("2023-02-30", "2028-01-15"));
  EXPECT_FALSE(check_term_dates("2028-01-15", "2023-01-16"));
  EXPECT_FALSE(check_term_dates("2020-01-01", "2028-01-15"));  // over six years
  EXPECT_EQ(chinese_number(13), "十三");
  EXPECT_EQ(chinese_number(20), "二十");
  EXPECT_EQ(chinese_number(7), "七");
  EXPECT_EQ(session_title(13, 4), "十三届人大四次会议");
}

}  // namespace
}  // namespace daibiao::org
