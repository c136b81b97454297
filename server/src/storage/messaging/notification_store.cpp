#include "storage/messaging/notification_store.hpp"

#include "storage/values.hpp"

namespace daibiao::storage {
namespace {

Result<std::vector<std::int64_t>> ids_of(Result<Rows> rows) {
  if (!rows) return std::unexpected(rows.error());
  std::vector<std::int64_t> out;
  out.reserve(rows->size());
  for (const Row& r : *rows) out.push_back(r.i64(0));
  return out;
}

constexpr const char* kNotificationColumns =
    "x.id, x.user_id, x.suggestion_id, x.kind, x.title, x.body, x.created_at, x.read_at";

NotificationRow notification_from(const Row& r) {
  return {r.i64(0),  r.i64(1),  r.opt_i64(2), r.text(3),
          r.text(4), r.text(5), r.i64(6),     r.opt_i64(7)};
}

const ListSpec& notification_list_spec() {
  static const ListSpec spec{
      .from = "notifications x",
      .sortable = {{"created_at", "x.created_at"}},
      .filterable = {{"suggestion_id", {"x.suggestion_id", FilterKind::integer}},
                     {"kind", {"x.kind", FilterKind::text}}},
      .text_columns = {"x.title"},
      .default_order = "x.id DESC",
      .tie_breaker = "x.id"};
  return spec;
}

}  // namespace

Result<int> insert_notifications(Connection& c, const std::vector<std::int64_t>& user_ids,
                                 const NotificationRow& n, const std::string& dedupe_prefix) {
  int written = 0;
  for (auto user : user_ids) {
    const Value key =
        dedupe_prefix.empty() ? Value(nullptr) : Value(dedupe_prefix + ":" + std::to_string(user));
    DAIBIAO_TRY(
        auto rows,
        c.query("INSERT INTO notifications (user_id, suggestion_id, kind, title, body, created_at, "
                "dedupe_key) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (dedupe_key) DO NOTHING "
                "RETURNING id",
                {user, or_null(n.suggestion_id), n.kind, n.title, n.body, n.created_at, key}));
    written += static_cast<int>(rows.size());
  }
  return written;
}

Result<ListPage<NotificationRow>> list_notifications(Connection& c, std::int64_t user_id,
                                                     bool unread_only, const ListRequest& req) {
  std::vector<Value> params{user_id};
  std::string scope = "x.user_id = ?";
  if (unread_only) scope += " AND x.read_at IS NULL";
  return list_rows<NotificationRow>(c, notification_list_spec(), req, scope, params,
                                    kNotificationColumns, notification_from);
}

Result<bool> notification_exists(Connection& c, std::int64_t user_id, std::int64_t id) {
  auto r = c.query("SELECT 1 FROM notifications WHERE id = ? AND user_id = ?", {id, user_id});
  if (!r) return std::unexpected(r.error());
  return !r->empty();
}

Result<std::int64_t> count_unread(Connection& c, std::int64_t user_id) {
  DAIBIAO_TRY(
      auto r,
      c.query_one("SELECT COUNT(*) FROM notifications WHERE user_id = ? AND read_at IS NULL",
                  {user_id}));
  return r.i64(0);
}

Result<bool> mark_read(Connection& c, std::int64_t user_id, std::int64_t id, std::int64_t now) {
  auto r = c.query(
      "UPDATE notifications SET read_at = ? WHERE id = ? AND user_id = ? AND read_at IS NULL "
      "RETURNING id",
      {now, id, user_id});
  if (!r) return std::unexpected(r.error());
  return !r->empty();
}

Result<std::int64_t> mark_all_read(Connection& c, std::int64_t user_id, std::int64_t now) {
  DAIBIAO_TRY(
      auto r,
      c.query(
          "UPDATE notifications SET read_at = ? WHERE user_id = ? AND read_at IS NULL RETURNING id",
          {now, user_id}));
  return static_cast<std::int64_t>(r.size());
}

Result<std::vector<std::int64_t>> users_of_persons(Connection& c,
                                                   const std::vector<std::int64_t>& persons) {
  if (persons.empty()) return std::vector<std::int64_t>{};
  std::vector<Value> params(persons.begin(), persons.end());
  return ids_of(c.query("SELECT id FROM users WHERE active = 1 AND person_id IN (" +
                            placeholders(persons.size()) + ") ORDER BY id",
                        params));
}

Result<std::vector<std::int64_t>> users_of_units(Connection& c,
                                                 const std::vector<std::int64_t>& units,
                                                 const std::vector<std::string>& roles) {
  if (units.empty() || roles.empty()) return std::vector<std::int64_t>{};
  std::vector<Value> params(units.begin(), units.end());
  for (const auto& r : roles) params.emplace_back(r);
  return ids_of(c.query(
      "SELECT DISTINCT u.id FROM users u JOIN grants g ON g.user_id = u.id WHERE u.active = 1 "
      "AND u.unit_id IN (" +
          placeholders(units.size()) + ") AND g.role IN (" + placeholders(roles.size()) +
          ") ORDER BY u.id",
      params));
}

Result<std::vector<std::int64_t>> users_over_path(Connection& c, const std::string& path,
                                                  const std::vector<std::string>& roles) {
  if (roles.empty()) return std::vector<std::int64_t>{};
  // The ancestors of `path` (and itself) are its prefixes ending in '/': '/1/', '/1/4/', ….
  std::vector<Value> params;
  std::string prefixes;
  for (std::size_t i = 1; i < path.size(); ++i)
    if (path[i] == '/') {
      params.emplace_back(path.substr(0, i + 1));
      prefixes += prefixes.empty() ? "?" : ", ?";
    }
  if (params.empty()) return std::vector<std::int64_t>{};
  for (const auto& r : roles) params.emplace_back(r);
  return ids_of(
      c.query("SELECT DISTINCT u.id FROM users u JOIN grants g ON g.user_id = u.id "
              "JOIN org_nodes n ON n.id = g.org_node_id WHERE u.active = 1 AND n.path IN (" +
                  prefixes + ") AND g.role IN (" + placeholders(roles.size()) + ") ORDER BY u.id",
              params));
}

}  // namespace daibiao::storage
