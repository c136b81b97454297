#include "domain/supervision/meetings.hpp"

#include <gtest/gtest.h>

namespace daibiao::supervision {
namespace {

std::vector<std::string> fields(const Error& e) {
  std::vector<std::string> out;
  for (const auto& f : e.fields) out.push_back(f.field);
  return out;
}

TEST(Meetings, FivePresentNeedsSomeoneOfEveryParty) {
  Attendance a{"王副局长", "李代表", "赵科长", "孙主任", "县融媒体中心"};
  EXPECT_TRUE(all_five_present(a));
  EXPECT_EQ(parties_present(a), 5);
  for (std::size_t i = 0; i < kPartyCount; ++i) {
    Attendance missing = a;
    missing[i].clear();
    EXPECT_FALSE(all_five_present(missing)) << name_of(static_cast<Party>(i));
    EXPECT_EQ(parties_present(missing), 4);
  }
  EXPECT_EQ(parties_present(Attendance{}), 0);
}

TEST(Meetings, AScheduleNeedsADateAPlaceAndAValidTime) {
  auto ok = check_schedule({"2026-12-18", "09:30", "县交通运输局三楼会议室", "道路改造现场办理"});
  ASSERT_TRUE(ok);
  EXPECT_EQ(format_date(ok->scheduled_on), "2026-12-18");
  EXPECT_TRUE(check_schedule({"2026-12-18", "", "会议室", ""}));  // time may be fixed later
  auto bad = check_schedule({"2026-02-30", "24:00", "", std::string(201, 'x')});
  ASSERT_FALSE(bad);
  EXPECT_EQ(fields(bad.error()),
            (std::vector<std::string>{"scheduled_on", "start_time", "place", "topic"}));
  for (const char* t : {"9:30", "09:60", "0930", "ab:cd"})
    EXPECT_FALSE(check_schedule({"2026-12-18", t, "会议室", ""})) << t;
  EXPECT_FALSE(check_schedule({"1999-12-18", "", "会议室", ""}));
  EXPECT_FALSE(check_schedule({"2026-12-18", "", "会议室\n二楼", ""}));
}

TEST(Meetings, ARecordIsDatedNoLaterThanTodayWithMinutesAndSomeonePresent) {
  const Date today{2026, 12, 7};
  Attendance a{};
  a[static_cast<std::size_t>(Party::unit)] = "赵科长";
  auto ok = check_record({"2026-12-07", a, "会议纪要：\n一、……"}, today);
  ASSERT_TRUE(ok);
  EXPECT_EQ(format_date(ok->held_on), "2026-12-07");
  auto future = check_record({"2026-12-08", a, "纪要"}, today);
  ASSERT_FALSE(future);
  EXPECT_EQ(fields(future.error()), std::vector<std::string>{"held_on"});
  auto empty = check_record({"2026-12-01", Attendance{}, ""}, today);
  ASSERT_FALSE(empty);
  EXPECT_EQ(fields(empty.error()), (std::vector<std::string>{"attendance", "minutes"}));
  Attendance bad = a;
  bad[static_cast<std::size_t>(Party::press)] = std::string(101, 'x');
  auto long_names = check_record({"2026-12-01", bad, "纪要"}, today);
  ASSERT_FALSE(long_names);
  EXPECT_EQ(fields(long_names.error()), std::vector<std::string>{"attendance.press"});
}

TEST(Meetings, TheFigureIsAShareRoundedToAHundredthOfAPercent) {
  EXPECT_FALSE(MeetingFigure{}.rate_bp());
  EXPECT_EQ((MeetingFigure{3, 2}.rate_bp()), 6667);
  EXPECT_EQ((MeetingFigure{3, 1}.rate_bp()), 3333);
  EXPECT_EQ((MeetingFigure{4, 4}.rate_bp()), 10000);
  EXPECT_EQ((MeetingFigure{7, 0}.rate_bp()), 0);
}

}  // namespace
}  // namespace daibiao::supervision
