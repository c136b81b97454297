// Clearing campaign (清零行动): the board of a year's remaining items by lead unit and stage,
// its export, and the carry-over of what remains into a dated plan. What "remaining" means
// is domain/supervision/clearing.hpp; the rows storage/supervision/clearing_store.hpp. The
// drill-down is the suggestion board itself (GET /suggestions?clearing=…&year=…&within=…),
// so its rows, visibility and export are the board's.
//
// Who: suggestion.read or supervision.manage over the congress reads its board and plans;
// supervision.manage carries over. Outside the caller's read scope a congress's board does not
// exist (not_found).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/use_case.hpp"
#include "domain/supervision/clearing.hpp"
#include "storage/supervision/clearing_store.hpp"

namespace daibiao::app {

// The scope named by a request's `year` (required; 2000–2100) and `within` (an org node id;
// every congress when absent), judged on `today`. Field errors for bad values; no permission
// check (the caller applies its own).
Result<storage::ClearingScope> clearing_scope_of(storage::Connection& c,
                                                 const std::optional<std::string>& year,
                                                 const std::optional<std::string>& within,
                                                 Date today);

struct ClearingBoardQuery {
  std::optional<std::int64_t> org_node_id;  // the caller's own congress when absent
  std::optional<int> year;                  // this year when absent
  std::string sort = "remaining";           // a ClearingReason name, or "unit_name"
  bool ascending = false;
  int page = 1;
  int page_size = 50;  // 1–500
};

struct ClearingBoard {
  std::int64_t org_node_id = 0;
  std::string org_name;
  storage::ClearingScope scope;
  supervision::YearCountdown countdown;
  supervision::ClearingTally totals;
  std::int64_t unit_count = 0;                // rows before paging
  std::vector<supervision::UnitTally> units;  // this page, sorted
  std::vector<int> years;                     // with sessions under the congress, latest first
  std::optional<storage::ClearingPlan> plan;  // the year's carry-over, once made
  bool can_carry_over = false;
};
Result<ClearingBoard> clearing_board(Env&, const Caller&, const ClearingBoardQuery&);

// Every remaining item of the board (for the export), and the board's counts.
struct ClearingExport {
  ClearingBoard board;  // every unit, sorted by remaining
  std::vector<storage::ClearingItemRow> items;
};
// Audited (supervision.clearing.export) with the congress, the year and the row count.
Result<ClearingExport> export_clearing(Env&, const Caller&, const ClearingBoardQuery&);

struct ClearingPlanView {
  storage::ClearingPlan plan;
  std::vector<storage::ClearingItemRow> items;  // as carried over; state and due date as now
  std::int64_t cleared = 0;                     // of them, no longer remaining
};
// Carries the year's remaining items of the congress (and those under it) over into a plan
// due on `in.due_on`: failed_precondition when nothing remains, conflict when the year was
// carried over already. Audited (supervision.clearing.carry_over).
Result<ClearingPlanView> carry_over(Env&, const Caller&, std::int64_t org_node_id, int year,
                                    const supervision::CarryOverInput& in);
Result<ClearingPlanView> get_clearing_plan(Env&, const Caller&, std::int64_t id);

}  // namespace daibiao::app
