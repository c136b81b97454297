// Shared by the suggestion use cases: who the caller is to an item, and who is told.
#pragma once

#include <vector>

#include "app/use_case.hpp"
#include "domain/suggestions/workflow.hpp"
#include "storage/messaging/notification_store.hpp"
#include "storage/suggestions/suggestion_store.hpp"

namespace daibiao::app {

// The caller's relations to the item (domain actors), in a fixed order.
std::vector<suggestions::Actor> relations_of(const access::Principal& p,
                                             const storage::SuggestionRecord& rec);
// True when the item exists for someone holding `held` in `state` (drafts are private to
// the deputies on them).
bool visible_to(const std::vector<suggestions::Actor>& held, suggestions::State state);
// The item as `p` may see it, with p's relations to it in `held`; not_found when it does not
// exist for them (the same answer as when it does not exist at all).
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

// 满意 / 基本满意 / 不满意 for an evaluation's rating, 已落实 / 部分落实 / 未落实 for a
// look-back's result; "" for anything else.
const char* outcome_title(const std::string& name);

// "第12号" or "" before numbering.
std::string number_text(const storage::SuggestionRow& s);

}  // namespace daibiao::app
