// Who the caller is to an item (what they see, as whom they act), and who is told of a change.
#pragma once

#include <vector>

#include "app/use_case.hpp"
#include "domain/suggestions/visibility.hpp"
#include "domain/suggestions/workflow.hpp"
#include "storage/messaging/notification_store.hpp"
#include "storage/suggestions/suggestion_store.hpp"

namespace daibiao::app {

// What seeing and acting on the item depend on (domain/suggestions/visibility.hpp).
suggestions::ItemParties parties_of(const storage::SuggestionRecord& rec);
// The item as `p` may see it (visibility_of(p).sees), with p's relations to it in `held`;
// not_found when it does not exist for them (the same answer as when it does not exist).
Result<storage::SuggestionRecord> load_visible(storage::Connection& c, const access::Principal& p,
                                               std::int64_t id,
                                               std::vector<suggestions::Actor>& held);
// The item's units still on it (not released).
std::vector<const storage::UnitRow*> active_units(const storage::SuggestionRecord& rec,
                                                  std::string_view role = {});

// Writes one notification per account holding `recipient`'s relation to the item (the acting
// account excluded). `dedupe` makes it once only (reminders); empty for workflow steps.
Status notify_relation(storage::Connection& c, const storage::SuggestionRecord& rec,
                       suggestions::Actor recipient, const std::string& kind,
                       const std::string& title, const std::string& body, TimeMs now,
                       std::int64_t acting_user, const std::string& dedupe = {},
                       int* written = nullptr);

}  // namespace daibiao::app
