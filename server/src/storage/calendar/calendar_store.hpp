// Rows of the working-day calendar (工作日历): one per congress, as data. Rows with no org
// node are the base calendar (the national arrangement as seeded), which the root congress
// maintains as its own. The rules of merging the layers are in domain/calendar/calendar.hpp.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/calendar/calendar.hpp"
#include "storage/db.hpp"

namespace daibiao::storage {

// A congress whose calendar may hold days of its own.
struct CalendarOwner {
  std::int64_t id = 0;
  std::string name;
  std::string path;
};

// The congress `org_node_id` and those above it, root first; not_found when there is none.
Result<std::vector<CalendarOwner>> calendar_chain(Connection& c, std::int64_t org_node_id);
// The root congress (the org node without a parent); nullopt while the tree is empty.
Result<std::optional<CalendarOwner>> calendar_root(Connection& c);
// The days that apply along `chain` (root first) as layers: the base rows, then each
// congress's own rows. `year`: only that year's days.
Result<std::vector<calendar::CalendarLayer>> load_calendar_layers(
    Connection& c, const std::vector<CalendarOwner>& chain, std::optional<int> year);
// Replaces the own days of congress `owner` in `year` with `data` (every entry in that year);
// `with_base`: the base rows of that year go too (the root congress edits them as its own).
Status replace_calendar_year(Connection& c, std::int64_t owner, bool with_base, int year,
                             const calendar::CalendarData& data);

}  // namespace daibiao::storage
