// The message thread of a suggestion (留言): the lead deputy and co-signers, the units on it
// and the committee write to each other beside the formal workflow. Whoever may see the item
// reads its thread; leaders read but write through the committee.
#pragma once

#include <string>
#include <vector>

#include "app/use_case.hpp"
#include "storage/messaging/thread_store.hpp"

namespace daibiao::app {

Result<std::vector<storage::MessageRow>> list_messages(Env&, const Caller&,
                                                       std::int64_t suggestion_id);
// Posts as the caller's side (deputy, unit or committee); tells the lead deputy, the lead
// unit and the committee. Audited (suggestion.message).
Result<storage::MessageRow> post_message(Env&, const Caller&, std::int64_t suggestion_id,
                                         const std::string& body);

}  // namespace daibiao::app
