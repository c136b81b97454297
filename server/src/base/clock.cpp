#include "base/clock.hpp"

#include <chrono>
#include <cstdio>

namespace daibiao {

std::string format_iso_utc(TimeMs t) {
  using namespace std::chrono;
  const sys_days day = floor<days>(sys_time<milliseconds>(milliseconds(t)));
  const year_month_day ymd(day);
  const TimeMs in_day = t - duration_cast<milliseconds>(day.time_since_epoch()).count();
  char buf[32];
  std::snprintf(
      buf, sizeof buf, "%04d-%02u-%02uT%02lld:%02lld:%02lld.%03lldZ", static_cast<int>(ymd.year()),
      static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
      static_cast<long long>(in_day / kHourMs), static_cast<long long>(in_day / kMinuteMs % 60),
      static_cast<long long>(in_day / kSecondMs % 60), static_cast<long long>(in_day % 1000));
  return buf;
}

}  // namespace daibiao
