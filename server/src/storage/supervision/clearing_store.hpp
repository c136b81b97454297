// Rows of the clearing campaign (清零行动): the live counts of a year's remaining items, the
// condition the board's drill-down filters on, and the carry-over plans (clearing_plans,
// clearing_plan_items; migration 0013). What "remaining" means is
// domain/supervision/clearing.hpp.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/date.hpp"
#include "domain/supervision/clearing.hpp"
#include "storage/db.hpp"

namespace daibiao::storage {

// Which items: those of the sessions opened in `year` whose congress lies under `path`,
// remaining on `today` (the day overdue and slipped are judged on). `whole_tree` when `path`
// is the root's (every item lies under it): the queries then test no path per row.
struct ClearingScope {
  int year = 0;
  std::string path;
  Date today;
  bool whole_tree = false;
};

// The remaining items counted per lead unit, with the units' names; the items no unit has yet
// are one row without a unit id. Unordered.
Result<std::vector<supervision::UnitTally>> tally_remaining(Connection& c, const ClearingScope& s);

// A remaining item: where it stands, and what a reader needs of it.
struct RemainingItem {
  std::int64_t suggestion_id = 0;
  std::optional<std::int64_t> unit_id;
  supervision::ClearingStage stage = supervision::ClearingStage::unanswered;
  bool overdue = false;
  bool slipped = false;
};
struct ClearingItemRow {
  RemainingItem item;
  std::optional<std::int64_t> number;
  std::string title, state, lead_name, unit_name, next_due_on;
};
// The remaining items one by one, as they stand (for a carry-over and the export), in unit
// name, then id order.
Result<std::vector<ClearingItemRow>> list_remaining(Connection& c, const ClearingScope& s);

// The board's drill-down: "s (a row of suggestions) is a remaining item of the scope for
// `reason`", parameters appended to `params`.
std::string clearing_condition(const ClearingScope& s, supervision::ClearingReason reason,
                               std::vector<Value>& params);

struct ClearingPlan {
  std::int64_t id = 0;
  std::int64_t org_node_id = 0;
  std::string org_path, org_name;
  int year = 0;
  std::string title, due_on, note;
  std::int64_t item_count = 0;
  std::int64_t created_by = 0;
  std::string created_by_name;
  std::int64_t created_at = 0;
};
// Stores a plan and its items; conflict when the congress already has a plan for the year.
Result<std::int64_t> insert_plan(Connection& c, const ClearingPlan& plan,
                                 const std::vector<ClearingItemRow>& items);
// not_found when absent.
Result<ClearingPlan> find_plan(Connection& c, std::int64_t id);
Result<std::optional<ClearingPlan>> find_plan_for(Connection& c, std::int64_t org_node_id,
                                                  int year);

// The carried-over items: `item` as it stood at the carry-over, the rest as it is now. In
// unit name, then id order.
Result<std::vector<ClearingItemRow>> load_plan_items(Connection& c, std::int64_t plan_id);

// The years in which a congress under `path` opened a session, latest first (`whole_tree`:
// every congress).
Result<std::vector<int>> session_years(Connection& c, const std::string& path, bool whole_tree);

}  // namespace daibiao::storage
