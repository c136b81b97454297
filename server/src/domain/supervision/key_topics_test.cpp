#include "domain/supervision/key_topics.hpp"

#include <gtest/gtest.h>

namespace daibiao::supervision {
namespace {

const Date kToday{2026, 12, 7};

std::vector<std::string> fields(const Error& e) {
  std::vector<std::string> out;
  for (const auto& f : e.fields) out.push_back(f.field);
  return out;
}

TopicInput topic() {
  return {.title = "城区停车难问题",
          .description = "合并办理 12 件相关建议。",
          .decided_on = "2026-03-20",
          .meeting = "第十二次主任会议",
          .government_leader = "副县长 张某",
          .committee = "城乡建设环境保护委员会",
          .item_count = 12};
}

TEST(KeyTopics, ItemsArePickedWhileAcceptedAndNotClosed) {
  using suggestions::State;
  for (State s : suggestions::all_states()) {
    const bool open = s == State::accepted || s == State::assigned || s == State::handling ||
                      s == State::reassignment_requested || s == State::answer_drafted ||
                      s == State::answered || s == State::rehandling || s == State::follow_up;
    EXPECT_EQ(may_become_key(s), open) << suggestions::state_name(s);
  }
}

TEST(KeyTopics, ATopicIsDecidedByTheChairmansMeetingOnItems) {
  auto ok = check_topic(topic(), kToday);
  ASSERT_TRUE(ok);
  EXPECT_EQ(format_date(ok->decided_on), "2026-03-20");
  auto t = topic();
  t.title = "";
  t.decided_on = "2026-12-08";
  t.item_count = 0;
  auto bad = check_topic(t, kToday);
  ASSERT_FALSE(bad);
  EXPECT_EQ(fields(bad.error()),
            (std::vector<std::string>{"title", "decided_on", "suggestion_ids"}));
  t = topic();
  t.item_count = kMaxTopicItems + 1;
  t.committee = "财经委\n员会";
  auto more = check_topic(t, kToday);
  ASSERT_FALSE(more);
  EXPECT_EQ(fields(more.error()), (std::vector<std::string>{"committee", "suggestion_ids"}));
}

TEST(KeyTopics, AnInquiryRecordsQuestionsAndWhoAskedAndAnswered) {
  ActivityInput a{.kind = "inquiry",
                  .held_on = "2026-06-18",
                  .place = "县人大常委会会议室",
                  .participants = "常委会组成人员、部分代表",
                  .summary = "就停车难问题开展专题询问。",
                  .questions = {{"停车位缺口有多大？", "李代表", "约 3000 个。", "县住建局局长"},
                                {"明年计划新建多少？", "王委员", "", ""}}};
  auto ok = check_activity(a, kToday);
  ASSERT_TRUE(ok);
  EXPECT_EQ(ok->kind, ActivityKind::inquiry);
  EXPECT_EQ(ok->questions.size(), 2u);

  ActivityInput none = a;
  none.questions.clear();
  EXPECT_EQ(fields(check_activity(none, kToday).error()), std::vector<std::string>{"questions"});

  ActivityInput half = a;
  half.questions = {{"", "", "有答无人", ""}};
  EXPECT_EQ(fields(check_activity(half, kToday).error()),
            (std::vector<std::string>{"questions[0].question", "questions[0].asked_by",
                                      "questions[0].answered_by"}));
}

TEST(KeyTopics, OtherActivitiesHaveNoQuestionsAndEveryActivityADateAndSummary) {
  ActivityInput v{.kind = "inspection", .held_on = "2026-05-09", .summary = "实地察看三处停车场。"};
  EXPECT_TRUE(check_activity(v, kToday));
  v.questions = {{"问", "人", "", ""}};
  EXPECT_EQ(fields(check_activity(v, kToday).error()), std::vector<std::string>{"questions"});
  ActivityInput bad{.kind = "party", .held_on = "2026-12-08", .summary = ""};
  EXPECT_EQ(fields(check_activity(bad, kToday).error()),
            (std::vector<std::string>{"kind", "held_on", "summary"}));
}

}  // namespace
}  // namespace daibiao::supervision
