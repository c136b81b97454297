// The figures of suggestion handling (统计): for a congress (and those under it) and a year or
// a session, every figure of domain/figures/suggestion_figures.hpp, grouped by unit, category,
// level, congress, star or answer month, with the counts behind each rate; and the drill-down
// to exactly the items a figure counts.
//
// Who: suggestion.read or supervision.manage over the congress (leaders, committee members,
// liaison staff), the same readers as the supervision views. A handling unit's officers and
// head (suggestion.handle or .sign_off, without those) read their own unit's figures only: the
// items it leads in its congress and those under it. A drill-down lists only the items the
// caller sees (the suggestion board's visibility) and says how many others it counted.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/use_case.hpp"
#include "domain/figures/suggestion_figures.hpp"
#include "domain/org/org.hpp"
#include "storage/figures/figure_store.hpp"

namespace daibiao::app {

struct FigureQuery {
  std::optional<std::int64_t> org_node_id;  // default: the caller's widest congress
  std::optional<int> year;                  // default: this year
  std::optional<std::int64_t> session_id;   // instead of the year
  figures::GroupBy group_by = figures::GroupBy::none;
};

struct FigureReport {
  org::Node congress;
  std::optional<std::int64_t> unit_id;  // set when the figures are one unit's (its officers')
  int year = 0;
  std::optional<std::int64_t> session_id;
  figures::GroupBy group_by = figures::GroupBy::none;
  Date today;
  figures::FigureTable table;
};
// Field errors: year out of range; not_found for a session that is not the congress's or
// under it.
Result<FigureReport> suggestion_figures(Env&, const Caller&, const FigureQuery&);

// The same, for an .xlsx download: audited (figures.export) before it is handed out.
Result<FigureReport> export_figures(Env&, const Caller&, const FigureQuery&);

struct DrillQuery {
  FigureQuery figures;
  std::string key;  // the row's key ("" the keyless row, or the whole when group_by is none)
  figures::Measure measure = figures::Measure::items;
  figures::Part part = figures::Part::numerator;
  int page = 1, page_size = 20;
};
struct DrillResult {
  std::int64_t counted = 0;  // items the figure counts
  std::int64_t hidden = 0;   // of them, on this page, items the caller does not see
  std::vector<storage::FigureItemRow> items;  // the page, in id order
};
Result<DrillResult> figure_items(Env&, const Caller&, const DrillQuery&);

}  // namespace daibiao::app
