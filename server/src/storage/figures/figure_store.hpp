// What the figures of suggestion handling read (domain/figures/suggestion_figures.hpp): the
// facts of every counted item of a population, in three queries (items, their commitments,
// their co-signers' latest ratings), and the rows a drill-down lists.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/figures/suggestion_figures.hpp"
#include "domain/suggestions/visibility.hpp"
#include "storage/db.hpp"

namespace daibiao::storage {

// The items counted: accepted items (已立案 … 办结) of the congress at `path` and those under
// it, raised at sessions opening in `year` — or at the session `session_id` when given — and,
// with `lead_unit_id`, only that unit's.
struct FigureScope {
  std::string path;
  int year = 0;
  std::optional<std::int64_t> session_id;
  std::optional<std::int64_t> lead_unit_id;
};
Result<std::vector<figures::ItemFacts>> item_facts(Connection& c, const FigureScope& scope);

// A drill-down's row: what a clerk needs to recognise the item.
struct FigureItemRow {
  std::int64_t id = 0;
  std::optional<std::int64_t> number;
  std::string title, state, lead_name, unit_name, org_name, answer_class, rating;
  std::optional<std::string> answered_on;
};
// The rows of `ids` that `visibility` sees, in the order of `ids` (at most 100 ids).
Result<std::vector<FigureItemRow>> figure_items(Connection& c, const std::vector<std::int64_t>& ids,
                                                const suggestions::Visibility& visibility);

}  // namespace daibiao::storage
