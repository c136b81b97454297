// What decide() needs to know about an item, read off the stored record: the domain's facts
// for one acting relation, and the small lookups the other jobs share.
#pragma once

#include <optional>

#include "domain/access/permissions.hpp"
#include "domain/suggestions/workflow.hpp"
#include "storage/suggestions/suggestion_store.hpp"

namespace daibiao::app {

suggestions::State state_of(const storage::SuggestionRow& s);
std::optional<Date> opt_date(const std::string& s);  // "" → nullopt

// The answer that counts (the last one not voided), or nullptr.
const storage::AnswerRow* current_answer(const storage::SuggestionRecord& rec);
// The commitment with that id, or nullptr.
const storage::CommitmentRow* find_commitment(const storage::SuggestionRecord& rec,
                                              std::optional<std::int64_t> id);
// The unit `actor` acts for: the lead unit for its officer and head, the caller's own unit
// for a co-unit's officer; nullptr otherwise.
const storage::UnitRow* acting_unit_row(const storage::SuggestionRecord& rec,
                                        suggestions::Actor actor, const access::Principal& p);

// The domain's view of the item for `actor`, with the request's own data.
suggestions::SuggestionFacts facts_of(const storage::SuggestionRecord& rec,
                                      suggestions::Actor actor, const access::Principal& p,
                                      const suggestions::ActionInput& in,
                                      const suggestions::Rules& rules);

}  // namespace daibiao::app
