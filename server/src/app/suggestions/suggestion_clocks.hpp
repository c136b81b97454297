// The clocks of an item (suggestion_clocks rows) as a decision changes them: started, stopped,
// resumed and extended per suggestions::ClockChange, and the item's next due date kept on its
// row for the board.
#pragma once

#include <optional>

#include "domain/suggestions/workflow.hpp"
#include "storage/suggestions/suggestion_store.hpp"

namespace daibiao::app {

// Whose clocks a change means besides its kind: the co-unit acting or concerned, and the
// commitment the request names.
struct ClockScope {
  std::optional<std::int64_t> co_unit_id;
  std::optional<std::int64_t> commitment_id;
};

Status apply_clock(storage::Connection& c, storage::SuggestionRecord& rec,
                   const suggestions::ClockChange& change, const ClockScope& scope);
// next_due_on: the earliest running obligation (what the board filters and sorts on).
void refresh_next_due(storage::SuggestionRecord& rec, const suggestions::Rules& rules, Date today);

// A stored clock as the domain reads it; nullopt for a row it cannot read.
std::optional<suggestions::ItemClock> item_clock(const storage::ClockRow& k);

}  // namespace daibiao::app
