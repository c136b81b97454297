// The notification outbox (通知): one row per recipient account, written in the transaction
// of the change it tells of; the web app reads it, other channels may drain it. And the
// accounts to tell, looked up by person, unit or congress.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "storage/db.hpp"
#include "storage/list_page.hpp"

namespace daibiao::storage {

struct NotificationRow {
  std::int64_t id = 0;
  std::int64_t user_id = 0;
  std::optional<std::int64_t> suggestion_id;
  std::string kind, title, body;
  std::int64_t created_at = 0;
  std::optional<std::int64_t> read_at;
};

// Inserts one row per user; with a dedupe key, a row whose key exists is skipped (once each,
// also across several nodes). Returns how many were written.
Result<int> insert_notifications(Connection& c, const std::vector<std::int64_t>& user_ids,
                                 const NotificationRow& n, const std::string& dedupe_prefix);

// One account's notifications (newest first unless sorted), in the one list style; filters
// suggestion_id and kind, `q` over the title.
Result<ListPage<NotificationRow>> list_notifications(Connection& c, std::int64_t user_id,
                                                     bool unread_only, const ListRequest& req);
Result<std::int64_t> count_unread(Connection& c, std::int64_t user_id);
// Marks read; false when it is not the user's or already read.
Result<bool> mark_read(Connection& c, std::int64_t user_id, std::int64_t id, std::int64_t now);
Result<std::int64_t> mark_all_read(Connection& c, std::int64_t user_id, std::int64_t now);
// True when notification `id` is the user's (read or not).
Result<bool> notification_exists(Connection& c, std::int64_t user_id, std::int64_t id);

// Accounts to tell (active ones, by id): users linked to these persons; users of these units
// with a role among `roles`; users with a role among `roles` granted at a node covering `path`.
Result<std::vector<std::int64_t>> users_of_persons(Connection& c,
                                                   const std::vector<std::int64_t>& persons);
Result<std::vector<std::int64_t>> users_of_units(Connection& c,
                                                 const std::vector<std::int64_t>& units,
                                                 const std::vector<std::string>& roles);
Result<std::vector<std::int64_t>> users_over_path(Connection& c, const std::string& path,
                                                  const std::vector<std::string>& roles);

}  // namespace daibiao::storage
