// Applying a decision: each suggestions::Effect it lists becomes its writes, in order. The
// state and the clocks are the pipeline's (suggestion_workflow.cpp, suggestion_clocks); the
// words of the timeline are suggestion_texts'.
#pragma once

#include <optional>
#include <vector>

#include "app/suggestions/suggestion_texts.hpp"
#include "app/use_case.hpp"

namespace daibiao::app {

// One decision being applied to one item.
struct Applying {
  Tx& tx;
  storage::SuggestionRecord& rec;
  const ActionRequest& req;
  const suggestions::Rules& rules;
  Date today;
  suggestions::Actor actor;
  std::vector<audit::FieldChange> changes;                // for the audit record
  std::optional<std::int64_t> acting_unit_id;             // the unit whose own clocks are meant
  std::vector<storage::SuggestionRecord> split_children;  // 分办: the items made
  Applied done;                                           // for the timeline line
};

Status apply_effect(Applying& a, suggestions::Effect effect, const suggestions::Decision& d);

}  // namespace daibiao::app
