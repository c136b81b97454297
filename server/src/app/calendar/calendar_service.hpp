// The working-day calendar (工作日历): one per congress, as data. A congress's calendar in
// force is the base rows, then the rows of each congress from the root down to it, the
// nearer congress winning for the same date (domain/calendar/calendar.hpp). Deadlines of
// suggestion handling count on it (app/suggestions: load_rules).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/use_case.hpp"
#include "domain/calendar/calendar.hpp"

namespace daibiao::app {

// The calendar in force for the congress `org_node_id`; without one, the root congress's.
Result<calendar::WorkingCalendar> calendar_in_force(
    storage::Connection& c, std::optional<std::int64_t> org_node_id = std::nullopt);

struct CalendarDayView {
  std::string date, name;
  std::optional<std::int64_t> org_node_id;  // the congress that listed the day
  std::string org_name;
  bool inherited = false;  // listed by a congress above the one shown: read-only there
};
struct CalendarYearView {
  int year = 0;
  std::int64_t org_node_id = 0;  // whose calendar
  std::string org_name;
  bool can_edit = false;  // the caller holds calendar.manage over that congress
  std::vector<CalendarDayView> holidays, makeup_workdays;  // in force, date order
};
// The calendar in force for congress `org_node_id` (default: the caller's home congress).
// Readable with calendar.manage, suggestion.read or suggestion.handle somewhere (else
// permission_denied), for congresses in the caller's scope and those above it (else
// not_found).
Result<CalendarYearView> get_calendar_year(Env&, const Caller&, int year,
                                           std::optional<std::int64_t> org_node_id);
// Replaces that congress's own days of `year` (inherited days are not touched; a lower
// congress overrides them by listing the date itself). Needs calendar.manage over the
// congress (app::authorize). Audited (calendar.update, with the congress).
Result<CalendarYearView> put_calendar_year(Env&, const Caller&, int year,
                                           std::optional<std::int64_t> org_node_id,
                                           const calendar::CalendarData& data);

}  // namespace daibiao::app
