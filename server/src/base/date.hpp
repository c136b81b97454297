// Calendar dates (no time, no zone): the one Date type of the project, its ISO text form
// and day arithmetic, and the Asia/Shanghai date of an instant.
//
// China Standard Time has been UTC+8 without daylight saving since 1991, so an instant maps
// to its Shanghai date by a fixed offset (china_date); nothing needs a time-zone database.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "base/clock.hpp"

namespace daibiao {

// A calendar date (no time, no zone). Compare with <, ==.
struct Date {
  int year = 1970;
  int month = 1;  // 1..12
  int day = 1;    // 1..31
  auto operator<=>(const Date&) const = default;
};

// True when year/month/day name a real date in years 1..9999.
bool is_valid_date(int year, int month, int day);
// "YYYY-MM-DD" with a real date, or nullopt.
std::optional<Date> parse_date(std::string_view iso);
// "YYYY-MM-DD".
std::string format_date(Date d);

// Days since 1970-01-01 (negative before) and back.
std::int64_t day_number(Date d);
Date from_day_number(std::int64_t n);
// ISO weekday: 1 = Monday … 7 = Sunday.
int iso_weekday(Date d);
// d moved by n calendar days (n may be negative).
Date add_days(Date d, int n);
// b − a in calendar days.
int days_between(Date a, Date b);
// d moved by n calendar months, clamped to the end of the target month:
// 2025-01-31 + 1 → 2025-02-28; 2024-01-31 + 1 → 2024-02-29; 2025-08-31 − 6 → 2025-02-28.
Date add_months(Date d, int n);

// The Asia/Shanghai calendar date of an instant (UTC+8, fixed).
Date china_date(TimeMs t);
// The instant that starts `d` in Asia/Shanghai (00:00 UTC+8).
TimeMs china_day_start(Date d);

}  // namespace daibiao
