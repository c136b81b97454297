// The working-day calendar (工作日历) that deadlines count on, in Asia/Shanghai calendar days
// (base/date.hpp).
//
// The working-day calendar is data: weekends are days off unless listed as make-up working
// days (调休上班); listed public holidays are days off whatever the weekday. The State
// Council publishes each year's arrangement in November; an administrator enters it.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/clock.hpp"
#include "base/date.hpp"
#include "base/result.hpp"

namespace daibiao::calendar {

// One listed day of a calendar: "2025-10-01" and what it is ("国庆节").
struct CalendarEntry {
  std::string date;
  std::string name;
};

// What an administrator edits: the days off and the make-up working days.
struct CalendarData {
  std::vector<CalendarEntry> holidays;         // 法定节假日及调休放假日
  std::vector<CalendarEntry> makeup_workdays;  // 调休上班日 (weekend days that are worked)
};

// ---- Calendars of congresses (工作日历按人大分级) ----
// Each congress (org node) may list its own days. Its calendar in force is the base calendar
// (rows with no owner: the national arrangement, which the root congress maintains), then the
// days of each congress above it from the root down, then its own; for the same date the
// nearer congress wins (a county may declare a local holiday, or give a province make-up
// Saturday off). A lower congress adds or overrides days; it cannot un-list an upper one.

// One congress's own listed days.
struct CalendarLayer {
  std::optional<std::int64_t> owner;  // the org node; nullopt: the base calendar
  CalendarData data;
};

// One listed day of a calendar in force, with the congress that listed it.
struct EffectiveDay {
  std::string date;  // YYYY-MM-DD
  std::string name;
  bool holiday = true;                // false: a make-up working day (调休上班)
  std::optional<std::int64_t> owner;  // as in CalendarLayer
};

// The days in force, in date order, from layers given farthest first (base, root, …, the
// congress itself). Within one layer a date listed twice keeps its last listing, make-up
// days after holidays.
std::vector<EffectiveDay> merge_calendar_layers(std::span<const CalendarLayer> far_to_near);

// The days as WorkingCalendar data (holidays and make-up days, date order).
CalendarData calendar_data_of(std::span<const EffectiveDay> days);

// China's official arrangements, day by day: 2025 from 国务院办公厅关于2025年部分节假日安排的
// 通知 (2024-11-12), 2026 from 国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04).
CalendarData china_holidays_2025_2026();

// Weekdays are working days except listed holidays; weekend days are days off except listed
// make-up working days. Immutable once built; cheap to copy.
class WorkingCalendar {
 public:
  // Weekends off, no holidays.
  WorkingCalendar() = default;

  // Validates the data: every date is a real ISO date; no date is both a holiday and a
  // make-up day; make-up days fall on a Saturday or Sunday (a weekday is worked anyway,
  // so listing one is a typing mistake). invalid_argument with field errors such as
  // "holidays[3]" or "makeup_workdays[0]". Duplicates are allowed and merged.
  static Result<WorkingCalendar> from_data(const CalendarData& data);

  bool is_working_day(Date d) const;
  // The holiday's name ("春节"), "调休上班" for a make-up day, or "" for an ordinary day.
  std::string_view day_name(Date d) const;
  // True when the data lists at least one day of `year` (a year without data only knows
  // weekends: callers may warn that its deadlines ignore holidays).
  bool has_data_for(int year) const;

  // The n-th working day after `from` (n > 0), before it (n < 0), or `from` itself (n = 0).
  // `from` itself is never counted: signing on Friday, 1 working day later is Monday.
  Date add_working_days(Date from, int n) const;
  // The number of working days d with a < d ≤ b; negative (−count of b < d ≤ a) when b < a.
  // For a working day b after a: add_working_days(a, working_days_between(a, b)) == b.
  int working_days_between(Date a, Date b) const;
  // `d` when it is a working day, else the first working day after it.
  Date first_working_day_from(Date d) const;

 private:
  using Day = std::pair<std::int64_t, std::string>;  // day number, name; sorted by day
  std::vector<Day> holidays_;
  std::vector<Day> makeups_;
};

// China's calendar for 2025–2026 from china_holidays_2025_2026().
const WorkingCalendar& china_calendar();

}  // namespace daibiao::calendar
