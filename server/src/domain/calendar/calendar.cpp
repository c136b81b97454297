#include "domain/calendar/calendar.hpp"

#include <algorithm>
#include <chrono>
#include <map>

namespace daibiao::calendar {
namespace {

using DayList = std::vector<std::pair<std::int64_t, std::string>>;

const std::pair<std::int64_t, std::string>* find_day(const DayList& days, std::int64_t n) {
  auto it = std::lower_bound(days.begin(), days.end(), n,
                             [](const auto& day, std::int64_t key) { return day.first < key; });
  return (it != days.end() && it->first == n) ? &*it : nullptr;
}

// Parses every entry, recording field errors as "<list>[i]"; sorted and de-duplicated.
DayList parse_entries(const std::vector<CalendarEntry>& entries, std::string_view list,
                      std::vector<FieldError>& errors) {
  DayList out;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    auto d = parse_date(entries[i].date);
    if (!d) {
      errors.push_back({std::string(list) + "[" + std::to_string(i) + "]",
                        "日期格式应为 YYYY-MM-DD：" + entries[i].date});
      continue;
    }
    out.emplace_back(day_number(*d), entries[i].name);
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  out.erase(std::unique(out.begin(), out.end(),
                        [](const auto& a, const auto& b) { return a.first == b.first; }),
            out.end());
  return out;
}

void add_range(std::vector<CalendarEntry>& out, std::string_view first, std::string_view last,
               std::string_view name) {
  const Date end = *parse_date(last);
  for (Date d = *parse_date(first); d <= end; d = add_days(d, 1))
    out.push_back({format_date(d), std::string(name)});
}

}  // namespace

CalendarData china_holidays_2025_2026() {
  CalendarData data;
  auto& off = data.holidays;
  auto& on = data.makeup_workdays;
  // 2025
  add_range(off, "2025-01-01", "2025-01-01", "元旦");
  add_range(off, "2025-01-28", "2025-02-04", "春节");
  on.push_back({"2025-01-26", "春节调休上班"});
  on.push_back({"2025-02-08", "春节调休上班"});
  add_range(off, "2025-04-04", "2025-04-06", "清明节");
  add_range(off, "2025-05-01", "2025-05-05", "劳动节");
  on.push_back({"2025-04-27", "劳动节调休上班"});
  add_range(off, "2025-05-31", "2025-06-02", "端午节");
  add_range(off, "2025-10-01", "2025-10-08", "国庆节、中秋节");
  on.push_back({"2025-09-28", "国庆节调休上班"});
  on.push_back({"2025-10-11", "国庆节调休上班"});
  // 2026
  add_range(off, "2026-01-01", "2026-01-03", "元旦");
  on.push_back({"2026-01-04", "元旦调休上班"});
  add_range(off, "2026-02-15", "2026-02-23", "春节");
  on.push_back({"2026-02-14", "春节调休上班"});
  on.push_back({"2026-02-28", "春节调休上班"});
  add_range(off, "2026-04-04", "2026-04-06", "清明节");
  add_range(off, "2026-05-01", "2026-05-05", "劳动节");
  on.push_back({"2026-05-09", "劳动节调休上班"});
  add_range(off, "2026-06-19", "2026-06-21", "端午节");
  add_range(off, "2026-09-25", "2026-09-27", "中秋节");
  add_range(off, "2026-10-01", "2026-10-07", "国庆节");
  on.push_back({"2026-09-20", "国庆节调休上班"});
  on.push_back({"2026-10-10", "国庆节调休上班"});
  return data;
}

std::vector<EffectiveDay> merge_calendar_layers(std::span<const CalendarLayer> far_to_near) {
  std::map<std::string, EffectiveDay> by_date;  // ISO dates sort as dates
  for (const auto& layer : far_to_near)
    for (const auto& [list, holiday] :
         {std::pair{&layer.data.holidays, true}, std::pair{&layer.data.makeup_workdays, false}})
      for (const auto& e : *list) by_date[e.date] = {e.date, e.name, holiday, layer.owner};
  std::vector<EffectiveDay> out;
  out.reserve(by_date.size());
  for (auto& [date, day] : by_date) out.push_back(std::move(day));
  return out;
}

CalendarData calendar_data_of(std::span<const EffectiveDay> days) {
  CalendarData out;
  for (const auto& d : days)
    (d.holiday ? out.holidays : out.makeup_workdays).push_back({d.date, d.name});
  return out;
}

Result<WorkingCalendar> WorkingCalendar::from_data(const CalendarData& data) {
  std::vector<FieldError> errors;
  WorkingCalendar cal;
  cal.holidays_ = parse_entries(data.holidays, "holidays", errors);
  cal.makeups_ = parse_entries(data.makeup_workdays, "makeup_workdays", errors);
  for (std::size_t i = 0; i < data.makeup_workdays.size(); ++i) {
    const auto d = parse_date(data.makeup_workdays[i].date);
    if (!d) continue;
    const std::string field = "makeup_workdays[" + std::to_string(i) + "]";
    if (iso_weekday(*d) < 6)
      errors.push_back({field, "调休上班日应为周六或周日：" + format_date(*d)});
    if (find_day(cal.holidays_, day_number(*d)))
      errors.push_back({field, "同一天不能既放假又调休上班：" + format_date(*d)});
  }
  if (!errors.empty()) return fail_fields(std::move(errors), "工作日历有误，请检查标出的日期");
  return cal;
}

bool WorkingCalendar::is_working_day(Date d) const {
  const std::int64_t n = day_number(d);
  if (find_day(holidays_, n)) return false;
  if (find_day(makeups_, n)) return true;
  return iso_weekday(d) < 6;
}

std::string_view WorkingCalendar::day_name(Date d) const {
  const std::int64_t n = day_number(d);
  if (const auto* h = find_day(holidays_, n)) return h->second;
  if (find_day(makeups_, n)) return "调休上班";
  return "";
}

bool WorkingCalendar::has_data_for(int year) const {
  auto in_year = [year](const Day& day) { return from_day_number(day.first).year == year; };
  return std::any_of(holidays_.begin(), holidays_.end(), in_year) ||
         std::any_of(makeups_.begin(), makeups_.end(), in_year);
}

Date WorkingCalendar::add_working_days(Date from, int n) const {
  const int step = n < 0 ? -1 : 1;
  Date d = from;
  for (int left = n < 0 ? -n : n; left > 0;) {
    d = add_days(d, step);
    if (is_working_day(d)) --left;
  }
  return d;
}

int WorkingCalendar::working_days_between(Date a, Date b) const {
  if (b < a) return -working_days_between(b, a);
  int count = 0;
  for (Date d = add_days(a, 1); d <= b; d = add_days(d, 1))
    if (is_working_day(d)) ++count;
  return count;
}

Date WorkingCalendar::first_working_day_from(Date d) const {
  while (!is_working_day(d)) d = add_days(d, 1);
  return d;
}

const WorkingCalendar& china_calendar() {
  static const WorkingCalendar kCalendar =
      WorkingCalendar::from_data(china_holidays_2025_2026()).value();
  return kCalendar;
}

}  // namespace daibiao::calendar
