#include "base/date.hpp"

#include <algorithm>
#include <chrono>

namespace daibiao {
namespace {

namespace chr = std::chrono;

constexpr TimeMs kChinaOffsetMs = 8 * kHourMs;  // UTC+8, no daylight saving since 1991

chr::year_month_day to_ymd(Date d) {
  return chr::year_month_day(chr::year(d.year), chr::month(static_cast<unsigned>(d.month)),
                             chr::day(static_cast<unsigned>(d.day)));
}

Date from_ymd(chr::year_month_day ymd) {
  return Date{static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
              static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

std::int64_t floor_div(std::int64_t a, std::int64_t b) {
  return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

bool is_digits(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int to_int(std::string_view s) {
  int n = 0;
  for (char c : s) n = n * 10 + (c - '0');
  return n;
}

}  // namespace

bool is_valid_date(int year, int month, int day) {
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) return false;
  return to_ymd(Date{year, month, day}).ok();
}

std::optional<Date> parse_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  const auto y = s.substr(0, 4), m = s.substr(5, 2), d = s.substr(8, 2);
  if (!is_digits(y) || !is_digits(m) || !is_digits(d)) return std::nullopt;
  if (!is_valid_date(to_int(y), to_int(m), to_int(d))) return std::nullopt;
  return Date{to_int(y), to_int(m), to_int(d)};
}

std::string format_date(Date d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

std::int64_t day_number(Date d) { return chr::sys_days(to_ymd(d)).time_since_epoch().count(); }

Date from_day_number(std::int64_t n) {
  return from_ymd(chr::year_month_day(chr::sys_days(chr::days(n))));
}

int iso_weekday(Date d) {
  return static_cast<int>(chr::weekday(chr::sys_days(to_ymd(d))).iso_encoding());
}

Date add_days(Date d, int n) { return from_day_number(day_number(d) + n); }

int days_between(Date a, Date b) { return static_cast<int>(day_number(b) - day_number(a)); }

Date add_months(Date d, int n) {
  const int index = d.year * 12 + (d.month - 1) + n;
  const int year = index / 12, month = index % 12 + 1;
  const auto last = chr::year_month_day_last(
      chr::year(year), chr::month_day_last(chr::month(static_cast<unsigned>(month))));
  const int last_day = static_cast<int>(static_cast<unsigned>(last.day()));
  return Date{year, month, std::min(d.day, last_day)};
}

Date china_date(TimeMs t) { return from_day_number(floor_div(t + kChinaOffsetMs, kDayMs)); }

TimeMs china_day_start(Date d) { return day_number(d) * kDayMs - kChinaOffsetMs; }

}  // namespace daibiao
