#include "storage/idempotency_store.hpp"

namespace daibiao::storage {

// The table's object column is named for the one kind of object created this way so far.
Result<std::optional<std::int64_t>> find_idempotent(Connection& c, std::int64_t user,
                                                    const std::string& key) {
  DAIBIAO_TRY(auto r,
              c.query("SELECT suggestion_id FROM idempotency_keys WHERE user_id = ? AND key = ?",
                      {user, key}));
  if (r.empty()) return std::optional<std::int64_t>{};
  return std::optional<std::int64_t>{r.front().i64(0)};
}

Status record_idempotent(Connection& c, std::int64_t user, const std::string& key,
                         std::int64_t object_id, std::int64_t now) {
  return c.exec(
      "INSERT INTO idempotency_keys (user_id, key, suggestion_id, created_at) VALUES (?, ?, ?, ?)",
      {user, key, object_id, now});
}

}  // namespace daibiao::storage
