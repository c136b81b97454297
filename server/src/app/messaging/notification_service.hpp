// Notifications (通知): each account reads and marks its own. Rows are written by the use
// cases that tell people of a change, in that change's transaction (see
// app/suggestions/suggestion_parties.hpp for who is told of a suggestion).
#pragma once

#include "app/listing.hpp"
#include "app/use_case.hpp"
#include "storage/messaging/notification_store.hpp"

namespace daibiao::app {

struct NotificationPage {
  ListResult<storage::NotificationRow> page;
  std::int64_t unread = 0;
};
// The caller's own notifications (`unread_only`: not yet read), with the unread count.
Result<NotificationPage> list_notifications(Env&, const Caller&, storage::ListRequest req,
                                            bool unread_only);
// Marks one of the caller's notifications read (again: harmless); another's is not_found.
Status read_notification(Env&, const Caller&, std::int64_t id);
// Marks all of the caller's notifications read; how many were unread.
Result<std::int64_t> read_all_notifications(Env&, const Caller&);

}  // namespace daibiao::app
