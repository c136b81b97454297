#include "domain/calendar/calendar.hpp"

#include <gtest/gtest.h>

namespace daibiao::calendar {
namespace {

Date d(std::string_view iso) { return parse_date(iso).value(); }

TEST(WorkdayDates, ParseAndFormatRoundTrip) {
  EXPECT_EQ(d("2025-02-28"), (Date{2025, 2, 28}));
  EXPECT_EQ(format_date(Date{2026, 1, 4}), "2026-01-04");
  EXPECT_EQ(parse_date("2025-02-29"), std::nullopt);  // not a leap year
  EXPECT_EQ(parse_date("2024-02-29"), (Date{2024, 2, 29}));
  EXPECT_EQ(parse_date("2025-13-01"), std::nullopt);
  EXPECT_EQ(parse_date("2025-1-01"), std::nullopt);
  EXPECT_EQ(parse_date("2025/01/01"), std::nullopt);
  EXPECT_EQ(parse_date("２０２５-01-01"), std::nullopt);
  EXPECT_EQ(parse_date(""), std::nullopt);
}

TEST(WorkdayDates, DayArithmeticAndWeekdays) {
  EXPECT_EQ(day_number(Date{1970, 1, 1}), 0);
  EXPECT_EQ(from_day_number(day_number(d("2025-10-01"))), d("2025-10-01"));
  EXPECT_EQ(iso_weekday(d("2025-10-01")), 3);  // Wednesday
  EXPECT_EQ(iso_weekday(d("2026-02-14")), 6);  // Saturday
  EXPECT_EQ(add_days(d("2025-12-31"), 1), d("2026-01-01"));
  EXPECT_EQ(add_days(d("2025-03-01"), -1), d("2025-02-28"));
  EXPECT_EQ(days_between(d("2025-01-01"), d("2026-01-01")), 365);
  EXPECT_EQ(days_between(d("2026-01-01"), d("2025-01-01")), -365);
}

TEST(WorkdayDates, AddMonthsClampsToTheMonthEnd) {
  EXPECT_EQ(add_months(d("2025-01-31"), 1), d("2025-02-28"));
  EXPECT_EQ(add_months(d("2024-01-31"), 1), d("2024-02-29"));
  EXPECT_EQ(add_months(d("2025-03-15"), 3), d("2025-06-15"));
  EXPECT_EQ(add_months(d("2025-11-30"), 3), d("2026-02-28"));
  EXPECT_EQ(add_months(d("2025-08-31"), -6), d("2025-02-28"));
  EXPECT_EQ(add_months(d("2025-05-31"), 0), d("2025-05-31"));
}

TEST(WorkdayDates, ChinaDateIsUtcPlusEight) {
  // 2025-09-30T15:59:59Z is 23:59:59 in Shanghai; one second later it is 10-01.
  const TimeMs t = china_day_start(d("2025-10-01"));
  EXPECT_EQ(t, day_number(d("2025-10-01")) * kDayMs - 8 * kHourMs);
  EXPECT_EQ(china_date(t - 1000), d("2025-09-30"));
  EXPECT_EQ(china_date(t), d("2025-10-01"));
  EXPECT_EQ(china_date(t + kDayMs - 1), d("2025-10-01"));
  EXPECT_EQ(china_date(-1), (Date{1970, 1, 1}));  // 07:59:59.999 Shanghai
}

TEST(WorkdayCalendar, WeekendsAreOffWithoutData) {
  const WorkingCalendar plain;
  EXPECT_TRUE(plain.is_working_day(d("2025-10-01")));   // a Wednesday, no holidays known
  EXPECT_FALSE(plain.is_working_day(d("2025-10-04")));  // Saturday
  EXPECT_EQ(plain.add_working_days(d("2025-10-03"), 1), d("2025-10-06"));  // Fri → Mon
  EXPECT_FALSE(plain.has_data_for(2025));
}

TEST(WorkdayCalendar, Holidays2025AreDaysOff) {
  const auto& cal = china_calendar();
  for (auto iso : {"2025-01-01", "2025-01-28", "2025-02-04", "2025-04-04", "2025-05-01",
                   "2025-05-05", "2025-06-02", "2025-10-01", "2025-10-08"})
    EXPECT_FALSE(cal.is_working_day(d(iso))) << iso;
  EXPECT_EQ(cal.day_name(d("2025-01-29")), "春节");
  EXPECT_EQ(cal.day_name(d("2025-10-06")), "国庆节、中秋节");
  EXPECT_TRUE(cal.is_working_day(d("2025-10-09")));
  EXPECT_TRUE(cal.is_working_day(d("2025-02-05")));
  EXPECT_EQ(cal.day_name(d("2025-02-05")), "");
}

TEST(WorkdayCalendar, MakeUpWeekendDaysCountAsWorkingDays2025) {
  const auto& cal = china_calendar();
  for (auto iso : {"2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11"}) {
    EXPECT_GE(iso_weekday(d(iso)), 6) << iso << " is a weekend day";
    EXPECT_TRUE(cal.is_working_day(d(iso))) << iso;
    EXPECT_EQ(cal.day_name(d(iso)), "调休上班");
  }
  // Friday 2025-01-24 + 1 working day is Sunday 01-26 (调休), then Monday 01-27.
  EXPECT_EQ(cal.add_working_days(d("2025-01-24"), 1), d("2025-01-26"));
  EXPECT_EQ(cal.add_working_days(d("2025-01-24"), 2), d("2025-01-27"));
  // Then the Spring Festival: 01-28 … 02-04 off; Wednesday 02-05 is the next working day.
  EXPECT_EQ(cal.add_working_days(d("2025-01-24"), 3), d("2025-02-05"));
}

TEST(WorkdayCalendar, OfficialArrangement2026) {
  const auto& cal = china_calendar();
  for (auto iso : {"2026-01-01", "2026-01-02", "2026-01-03", "2026-02-15", "2026-02-23",
                   "2026-04-06", "2026-05-05", "2026-06-19", "2026-09-25", "2026-10-07"})
    EXPECT_FALSE(cal.is_working_day(d(iso))) << iso;
  for (auto iso :
       {"2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"})
    EXPECT_TRUE(cal.is_working_day(d(iso))) << iso << " (调休上班)";
  EXPECT_TRUE(cal.is_working_day(d("2026-02-24")));
  EXPECT_TRUE(cal.is_working_day(d("2026-10-08")));
  EXPECT_TRUE(cal.has_data_for(2026));
  EXPECT_FALSE(cal.has_data_for(2027));
}

TEST(WorkdayCalendar, AddWorkingDaysSkipsNationalDay) {
  const auto& cal = china_calendar();
  // Tuesday 2025-09-30: 10-01…10-08 off, then Thu 10-09, Fri 10-10, Sat 10-11 (调休), Mon 10-13.
  EXPECT_EQ(cal.add_working_days(d("2025-09-30"), 1), d("2025-10-09"));
  EXPECT_EQ(cal.add_working_days(d("2025-09-30"), 3), d("2025-10-11"));
  EXPECT_EQ(cal.add_working_days(d("2025-09-30"), 5), d("2025-10-14"));
  EXPECT_EQ(cal.add_working_days(d("2025-10-14"), -5), d("2025-09-30"));
  EXPECT_EQ(cal.add_working_days(d("2025-10-05"), 0), d("2025-10-05"));
}

TEST(WorkdayCalendar, WorkingDaysBetweenCountsTheEndNotTheStart) {
  const auto& cal = china_calendar();
  EXPECT_EQ(cal.working_days_between(d("2025-09-30"), d("2025-10-14")), 5);
  EXPECT_EQ(cal.working_days_between(d("2025-10-14"), d("2025-09-30")), -5);
  EXPECT_EQ(cal.working_days_between(d("2025-10-01"), d("2025-10-08")), 0);
  EXPECT_EQ(cal.working_days_between(d("2025-10-08"), d("2025-10-08")), 0);
  // A plain week: Mon → next Mon is 5 working days.
  EXPECT_EQ(cal.working_days_between(d("2025-11-03"), d("2025-11-10")), 5);
  // Round trip for every working day of 2025 Q4 from 09-26.
  for (Date x = d("2025-09-27"); x <= d("2025-12-31"); x = add_days(x, 1)) {
    if (!cal.is_working_day(x)) continue;
    EXPECT_EQ(cal.add_working_days(d("2025-09-26"), cal.working_days_between(d("2025-09-26"), x)),
              x)
        << format_date(x);
  }
}

TEST(WorkdayCalendar, FirstWorkingDayFromRollsOverHolidays) {
  const auto& cal = china_calendar();
  EXPECT_EQ(cal.first_working_day_from(d("2025-10-01")), d("2025-10-09"));
  EXPECT_EQ(cal.first_working_day_from(d("2025-10-09")), d("2025-10-09"));
  EXPECT_EQ(cal.first_working_day_from(d("2026-02-22")), d("2026-02-24"));
}

TEST(WorkdayCalendar, DataIsValidated) {
  CalendarData bad;
  bad.holidays = {{"2025-10-01", "国庆节"}, {"2025-10-32", "?"}};
  bad.makeup_workdays = {{"2025-10-09", "周四"}, {"2025-10-01", "冲突"}, {"2025-09-28", "ok"}};
  auto cal = WorkingCalendar::from_data(bad);
  ASSERT_FALSE(cal);
  EXPECT_EQ(cal.error().code, ErrorCode::invalid_argument);
  std::vector<std::string> fields;
  for (const auto& f : cal.error().fields) fields.push_back(f.field);
  EXPECT_EQ(fields, (std::vector<std::string>{"holidays[1]", "makeup_workdays[0]",
                                              "makeup_workdays[1]", "makeup_workdays[1]"}));
}

TEST(WorkdayCalendar, EditedDataTakesEffect) {
  // A province adds a local day off and a make-up Saturday; duplicates merge.
  CalendarData data;
  data.holidays = {{"2027-03-03", "地方节日"}, {"2027-03-03", "地方节日"}};
  data.makeup_workdays = {{"2027-03-06", "调休"}};
  auto cal = WorkingCalendar::from_data(data);
  ASSERT_TRUE(cal) << cal.error().message;
  EXPECT_FALSE(cal->is_working_day(d("2027-03-03")));
  EXPECT_TRUE(cal->is_working_day(d("2027-03-06")));
  EXPECT_EQ(cal->working_days_between(d("2027-03-01"), d("2027-03-08")), 5);
  EXPECT_TRUE(cal->has_data_for(2027));
}

TEST(WorkdayCalendar, BuiltInDataIsValid) {
  const auto data = china_holidays_2025_2026();
  EXPECT_TRUE(WorkingCalendar::from_data(data));
  // 2025: 1 + 8 + 3 + 5 + 3 + 8 days off; 2026: 3 + 9 + 3 + 5 + 3 + 3 + 7.
  EXPECT_EQ(data.holidays.size(), 28u + 33u);
  EXPECT_EQ(data.makeup_workdays.size(), 5u + 6u);
}

TEST(CongressCalendar, NearerCongressesAddAndOverrideDays) {
  // Base (national), province 1, city 4, county 17, farthest first.
  const std::vector<CalendarLayer> layers{
      {std::nullopt,
       {{{"2026-10-01", "国庆节"}, {"2026-10-02", "国庆节"}}, {{"2026-10-10", "国庆节调休上班"}}}},
      {1, {{{"2026-10-02", "国庆节（省）"}}, {}}},
      {4, {{{"2026-05-20", "市庆"}}, {}}},
      {17, {{{"2026-03-03", "县庆"}, {"2026-10-10", "县里不调休"}}, {}}},
  };
  const auto days = merge_calendar_layers(layers);
  ASSERT_EQ(days.size(), 5u);
  std::vector<std::string> dates;
  for (const auto& day : days) dates.push_back(day.date);
  EXPECT_EQ(dates, (std::vector<std::string>{"2026-03-03", "2026-05-20", "2026-10-01", "2026-10-02",
                                             "2026-10-10"}));
  EXPECT_EQ(days[0].owner, std::optional<std::int64_t>(17));
  EXPECT_EQ(days[1].owner, std::optional<std::int64_t>(4));
  EXPECT_EQ(days[2].owner, std::nullopt);
  EXPECT_EQ(days[3].owner, std::optional<std::int64_t>(1));  // the province renamed it
  EXPECT_EQ(days[3].name, "国庆节（省）");
  EXPECT_TRUE(days[4].holiday);  // the county's holiday replaces the make-up Saturday
  EXPECT_EQ(days[4].owner, std::optional<std::int64_t>(17));

  const auto data = calendar_data_of(days);
  EXPECT_EQ(data.holidays.size(), 5u);
  EXPECT_TRUE(data.makeup_workdays.empty());
  auto cal = WorkingCalendar::from_data(data);
  ASSERT_TRUE(cal) << cal.error().message;
  EXPECT_FALSE(cal->is_working_day(d("2026-03-03")));
  EXPECT_FALSE(cal->is_working_day(d("2026-10-10")));

  // The province alone (base and its own layer) keeps the make-up Saturday and no local days.
  const auto province = merge_calendar_layers(std::span(layers).first(2));
  auto pcal = WorkingCalendar::from_data(calendar_data_of(province));
  ASSERT_TRUE(pcal);
  EXPECT_TRUE(pcal->is_working_day(d("2026-03-03")));
  EXPECT_TRUE(pcal->is_working_day(d("2026-10-10")));
  EXPECT_EQ(province.size(), 3u);
}

TEST(CongressCalendar, NoLayersIsWeekendsOnly) {
  EXPECT_TRUE(merge_calendar_layers({}).empty());
  const CalendarLayer county{9, {{}, {{"2026-03-07", "调休上班"}}}};
  const auto days = merge_calendar_layers(std::span(&county, 1));
  ASSERT_EQ(days.size(), 1u);
  EXPECT_FALSE(days[0].holiday);
  EXPECT_EQ(calendar_data_of(days).makeup_workdays.size(), 1u);
}

}  // namespace
}  // namespace daibiao::calendar
