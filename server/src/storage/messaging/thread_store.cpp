#include "storage/messaging/thread_store.hpp"

namespace daibiao::storage {

Result<std::vector<MessageRow>> list_messages(Connection& c, std::int64_t suggestion_id) {
  DAIBIAO_TRY(auto rows,
              c.query("SELECT id, user_id, author_name, side, body, at FROM suggestion_messages "
                      "WHERE suggestion_id = ? ORDER BY id",
                      {suggestion_id}));
  std::vector<MessageRow> out;
  out.reserve(rows.size());
  for (const Row& r : rows)
    out.push_back({r.i64(0), r.i64(1), r.text(2), r.text(3), r.text(4), r.i64(5)});
  return out;
}

Result<MessageRow> insert_message(Connection& c, std::int64_t suggestion_id, const MessageRow& m) {
  auto id = c.query_one(
      "INSERT INTO suggestion_messages (suggestion_id, user_id, author_name, side, body, at) "
      "VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
      {suggestion_id, m.user_id, m.author_name, m.side, m.body, m.at});
  if (!id) return std::unexpected(id.error());
  MessageRow out = m;
  out.id = id->i64(0);
  return out;
}

}  // namespace daibiao::storage
