#include "storage/people/account_store.hpp"

#include "storage/versioned.hpp"

namespace daibiao::storage {

const char* const kAccountColumns =
    "a.id, a.username, a.display_name, a.password_hash, a.org_node_id, a.unit_id, a.active, "
    "a.locked_until, a.password_changed_at, a.version, a.created_at, a.updated_at, a.person_id";

people::Account account_from(const Row& r) {
  people::Account a;
  a.id = r.i64(0);
  a.username = r.text(1);
  a.display_name = r.text(2);
  a.password_hash = r.text(3);
  a.org_node_id = r.i64(4);
  a.unit_id = r.opt_i64(5);
  a.active = r.boolean(6);
  a.locked_until = r.i64(7);
  a.password_changed_at = r.i64(8);
  a.version = r.i64(9);
  a.created_at = r.i64(10);
  a.updated_at = r.i64(11);
  a.person_id = r.opt_i64(12);
  return a;
}

Result<people::Account> insert_account(Connection& c, people::Account a, std::int64_t now) {
  auto id = c.query_one(
      "INSERT INTO users (username, display_name, password_hash, org_node_id, unit_id, active, "
      "password_changed_at, created_at, updated_at, person_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
      "?) RETURNING id",
      {a.username, a.display_name, a.password_hash, a.org_node_id,
       a.unit_id ? Value(*a.unit_id) : Value(nullptr), std::int64_t{a.active}, now, now, now,
       a.person_id ? Value(*a.person_id) : Value(nullptr)});
  if (!id) {
    if (id.error().code == ErrorCode::conflict)
      return std::unexpected(Error{ErrorCode::conflict,
                                   "用户名已被使用",
                                   {{"username", "用户名已被使用"}},
                                   id.error().log_detail});
    return std::unexpected(id.error());
  }
  a.id = id->i64(0);
  a.version = 1;
  a.created_at = a.updated_at = a.password_changed_at = now;
  return a;
}

Result<people::Account> find_account(Connection& c, std::int64_t id) {
  auto row =
      c.query_one(std::string("SELECT ") + kAccountColumns + " FROM users a WHERE a.id = ?", {id});
  if (!row) return std::unexpected(row.error());
  return account_from(*row);
}

Result<people::Account> find_account_by_username(Connection& c, const std::string& username) {
  DAIBIAO_TRY(auto row, c.query_one(std::string("SELECT ") + kAccountColumns +
                                        " FROM users a WHERE a.username = ?",
                                    {username}));
  return account_from(row);
}

Result<people::Account> update_account(Connection& c, const people::Account& a, std::int64_t now) {
  auto v = update_versioned(
      c, "users", a.id, a.version,
      "display_name = ?, org_node_id = ?, unit_id = ?, active = ?, person_id = ?",
      {a.display_name, a.org_node_id, a.unit_id ? Value(*a.unit_id) : Value(nullptr),
       std::int64_t{a.active}, a.person_id ? Value(*a.person_id) : Value(nullptr)},
      now);
  if (!v) return std::unexpected(v.error());
  return find_account(c, a.id);
}

Status set_password_hash(Connection& c, std::int64_t user_id, const std::string& hash,
                         std::int64_t now) {
  return c.exec(
      "UPDATE users SET password_hash = ?, password_changed_at = ?, updated_at = ?, "
      "version = version + 1 WHERE id = ?",
      {hash, now, now, user_id});
}

Status add_password_history(Connection& c, std::int64_t user_id, const std::string& hash,
                            std::int64_t at) {
  return c.exec("INSERT INTO password_history (user_id, hash, replaced_at) VALUES (?, ?, ?)",
                {user_id, hash, at});
}

Result<std::vector<std::string>> recent_password_hashes(Connection& c, std::int64_t user_id,
                                                        int n) {
  auto rows =
      c.query("SELECT hash FROM password_history WHERE user_id = ? ORDER BY id DESC LIMIT ?",
              {user_id, static_cast<std::int64_t>(n)});
  if (!rows) return std::unexpected(rows.error());
  std::vector<std::string> out;
  for (const Row& r : *rows) out.push_back(r.text(0));
  return out;
}

Result<TotpState> totp_state(Connection& c, std::int64_t user_id) {
  DAIBIAO_TRY(
      auto row,
      c.query_one("SELECT totp_secret, totp_pending, totp_last_step FROM users WHERE id = ?",
                  {user_id}));
  return TotpState{row.opt_text(0), row.opt_text(1), row.i64(2)};
}

Status set_totp_pending(Connection& c, std::int64_t user_id, const std::string& sealed) {
  return c.exec("UPDATE users SET totp_pending = ? WHERE id = ?", {sealed, user_id});
}

Status enable_totp(Connection& c, std::int64_t user_id, std::int64_t step) {
  return c.exec(
      "UPDATE users SET totp_secret = totp_pending, totp_pending = NULL, totp_last_step = ? "
      "WHERE id = ? AND totp_pending IS NOT NULL",
      {step, user_id});
}

Status disable_totp(Connection& c, std::int64_t user_id) {
  return c.exec("UPDATE users SET totp_secret = NULL, totp_pending = NULL WHERE id = ?", {user_id});
}

Result<bool> use_totp_step(Connection& c, std::int64_t user_id, std::int64_t step) {
  auto rows = c.query(
      "UPDATE users SET totp_last_step = ? WHERE id = ? AND totp_last_step < ? RETURNING id",
      {step, user_id, step});
  if (!rows) return std::unexpected(rows.error());
  return !rows->empty();
}

Status record_login_success(Connection& c, std::int64_t user_id, std::int64_t at) {
  return c.exec("UPDATE users SET last_login_at = ? WHERE id = ?", {at, user_id});
}

namespace {
Result<std::vector<AccountRoles>> accounts_where(Connection& c, const std::string& where,
                                                 const std::vector<Value>& params) {
  DAIBIAO_TRY(
      auto rows,
      c.query("SELECT u.id, u.username, u.org_node_id, g.role FROM users u LEFT JOIN grants g ON "
              "g.user_id = u.id WHERE u.active = 1 AND " +
                  where + " ORDER BY u.id, g.id",
              params));
  std::vector<AccountRoles> out;
  for (const Row& r : rows) {
    if (out.empty() || out.back().id != r.i64(0))
      out.push_back({r.i64(0), r.text(1), r.i64(2), {}});
    if (auto role = r.is_null(3) ? std::nullopt : access::parse_role(r.text(3)))
      out.back().roles.push_back(*role);
  }
  return out;
}
}  // namespace

Result<std::vector<AccountRoles>> idle_accounts(Connection& c, std::int64_t before) {
  return accounts_where(c, "COALESCE(u.last_login_at, u.created_at) < ?", {before});
}

Result<std::vector<AccountRoles>> accounts_of_former_deputies(Connection& c) {
  return accounts_where(c,
                        "u.person_id IS NOT NULL AND EXISTS (SELECT 1 FROM mandates m WHERE "
                        "m.person_id = u.person_id) AND NOT EXISTS (SELECT 1 FROM mandates m "
                        "WHERE m.person_id = u.person_id AND m.status = 'serving')",
                        {});
}

Status deactivate_account(Connection& c, std::int64_t user_id, std::int64_t now) {
  if (auto st = c.exec("UPDATE users SET active = 0, updated_at = ?, version = version + 1 "
                       "WHERE id = ?",
                       {now, user_id});
      !st)
    return st;
  return delete_sessions_of(c, user_id);
}

Status set_locked_until(Connection& c, std::int64_t user_id, std::int64_t until) {
  return c.exec("UPDATE users SET locked_until = ? WHERE id = ?", {until, user_id});
}

const ListSpec& account_list_spec() {
  static const ListSpec spec{.from = "users a JOIN org_nodes n ON n.id = a.org_node_id",
                             .sortable = {{"id", "a.id"},
                                          {"username", "a.username"},
                                          {"display_name", "a.display_name"},
                                          {"created_at", "a.created_at"}},
                             .filterable = {{"org_node_id", {"a.org_node_id", FilterKind::integer}},
                                            {"unit_id", {"a.unit_id", FilterKind::integer}},
                                            {"active", {"a.active", FilterKind::boolean}}},
                             .text_columns = {"a.username", "a.display_name"},
                             .default_order = "a.username",
                             .tie_breaker = "a.id"};
  return spec;
}

Result<ListPage<people::Account>> list_accounts(Connection& c, const ListRequest& req,
                                                const std::vector<std::string>& scope_paths) {
  std::vector<Value> params;
  const std::string scope = scope_clause("n.path", scope_paths, params);
  return list_rows<people::Account>(c, account_list_spec(), req, scope, params, kAccountColumns,
                                    account_from);
}

Status record_login_attempt(Connection& c, const std::string& username, const std::string& ip,
                            std::int64_t at) {
  return c.exec("INSERT INTO login_attempts (username, ip, at) VALUES (?, ?, ?)",
                {username, ip, at});
}

Result<access::RecentFailures> recent_login_failures(Connection& c, const std::string& username,
                                                     const std::string& ip, std::int64_t since) {
  DAIBIAO_TRY(
      auto row,
      c.query_one(
          "SELECT (SELECT count(*) FROM login_attempts WHERE username = ? AND ip = ? AND at > ?), "
          "(SELECT min(at) FROM login_attempts WHERE username = ? AND ip = ? AND at > ?), "
          "(SELECT count(*) FROM login_attempts WHERE ip = ? AND at > ?), "
          "(SELECT min(at) FROM login_attempts WHERE ip = ? AND at > ?)",
          {username, ip, since, username, ip, since, ip, since, ip, since}));
  return access::RecentFailures{static_cast<int>(row.i64(0)), row.i64(1),
                                static_cast<int>(row.i64(2)), row.i64(3)};
}

Status clear_login_attempts(Connection& c, const std::string& username) {
  return c.exec("DELETE FROM login_attempts WHERE username = ?", {username});
}

Status purge_login_attempts(Connection& c, std::int64_t before) {
  return c.exec("DELETE FROM login_attempts WHERE at <= ?", {before});
}

namespace {
constexpr const char* kAdminRequestSelect =
    "SELECT r.id, r.target_user_id, r.action, r.password_hash, r.display_name, r.requested_by, "
    "r.requested_at, r.status, r.decided_by, r.decided_at, r.reason, t.username, n.path, "
    "q.username, d.username FROM admin_requests r JOIN users t ON t.id = r.target_user_id "
    "JOIN org_nodes n ON n.id = t.org_node_id JOIN users q ON q.id = r.requested_by "
    "LEFT JOIN users d ON d.id = r.decided_by ";

AdminRequest admin_request_from(const Row& r) {
  using access::AdminRequestAction, access::AdminRequestStatus;
  // Only this file writes the two columns, always from the tables' names.
  return AdminRequest{r.i64(0),
                      r.i64(1),
                      parse<AdminRequestAction>(r.text(2)).value_or(AdminRequestAction::edit),
                      r.opt_text(3),
                      r.opt_text(4),
                      r.i64(5),
                      r.i64(6),
                      parse<AdminRequestStatus>(r.text(7)).value_or(AdminRequestStatus::rejected),
                      r.opt_i64(8),
                      r.opt_i64(9),
                      r.text(10),
                      r.text(11),
                      r.text(12),
                      r.text(13),
                      r.text(14)};
}
}  // namespace

Result<AdminRequest> insert_admin_request(Connection& c, const AdminRequest& a) {
  DAIBIAO_TRY(
      auto id,
      c.query_one(
          "INSERT INTO admin_requests (target_user_id, action, password_hash, display_name, "
          "requested_by, requested_at, status, reason) VALUES (?, ?, ?, ?, ?, ?, 'pending', ?) "
          "RETURNING id",
          {a.target_user_id, std::string(name_of(a.action)),
           a.password_hash ? Value(*a.password_hash) : Value(nullptr),
           a.display_name ? Value(*a.display_name) : Value(nullptr), a.requested_by, a.requested_at,
           a.reason}));
  return find_admin_request(c, id.i64(0));
}

Result<AdminRequest> find_admin_request(Connection& c, std::int64_t id) {
  DAIBIAO_TRY(auto row, c.query_one(std::string(kAdminRequestSelect) + "WHERE r.id = ?", {id}));
  return admin_request_from(row);
}

Result<std::vector<AdminRequest>> list_admin_requests(
    Connection& c, std::optional<access::AdminRequestStatus> status) {
  std::vector<Value> params;
  std::string sql = kAdminRequestSelect;
  if (status) {
    sql += "WHERE r.status = ?";
    params.emplace_back(std::string(name_of(*status)));
  }
  sql += " ORDER BY r.id DESC LIMIT 200";
  DAIBIAO_TRY(auto rows, c.query(sql, params));
  std::vector<AdminRequest> out;
  out.reserve(rows.size());
  for (const Row& r : rows) out.push_back(admin_request_from(r));
  return out;
}

Status decide_admin_request(Connection& c, std::int64_t id, access::AdminRequestStatus status,
                            std::int64_t by, std::int64_t at) {
  DAIBIAO_TRY(auto n, c.query("UPDATE admin_requests SET status = ?, decided_by = ?, decided_at = "
                              "?, password_hash = NULL "
                              "WHERE id = ? AND status = 'pending' RETURNING id",
                              {std::string(name_of(status)), by, at, id}));
  if (n.empty()) return fail(ErrorCode::conflict, "该申请已被处理");
  return {};
}

namespace {
constexpr const char* kGrantSelect =
    "SELECT g.id, g.user_id, g.role, g.org_node_id, n.path, n.name, g.created_at "
    "FROM grants g JOIN org_nodes n ON n.id = g.org_node_id ";

std::optional<GrantRow> grant_from(const Row& r) {
  auto role = access::parse_role(r.text(2));
  if (!role) return std::nullopt;
  return GrantRow{r.i64(0), r.i64(1), *role, r.i64(3), r.text(4), r.text(5), r.i64(6)};
}
}  // namespace

Result<std::vector<GrantRow>> grants_of(Connection& c, std::int64_t user_id) {
  DAIBIAO_TRY(auto rows,
              c.query(std::string(kGrantSelect) + "WHERE g.user_id = ? ORDER BY g.id", {user_id}));
  std::vector<GrantRow> out;
  for (const Row& r : rows)
    if (auto g = grant_from(r)) out.push_back(std::move(*g));
  return out;
}

Result<GrantRow> insert_grant(Connection& c, std::int64_t user_id, access::Role role,
                              std::int64_t org_node_id, std::optional<std::int64_t> by,
                              std::int64_t now) {
  auto id = c.query_one(
      "INSERT INTO grants (user_id, role, org_node_id, created_at, created_by) VALUES (?, ?, ?, ?, "
      "?) "
      "RETURNING id",
      {user_id, std::string(access::role_name(role)), org_node_id, now,
       by ? Value(*by) : Value(nullptr)});
  if (!id) {
    if (id.error().code == ErrorCode::conflict)
      return std::unexpected(
          Error{ErrorCode::conflict, "该账号在此机构已有这个角色", {}, id.error().log_detail});
    return std::unexpected(id.error());
  }
  return find_grant(c, id->i64(0));
}

Result<GrantRow> find_grant(Connection& c, std::int64_t grant_id) {
  DAIBIAO_TRY(auto row, c.query_one(std::string(kGrantSelect) + "WHERE g.id = ?", {grant_id}));
  auto g = grant_from(row);
  if (!g) return fail(ErrorCode::not_found, "记录不存在");
  return *g;
}

Status delete_grant(Connection& c, std::int64_t grant_id) {
  return c.exec("DELETE FROM grants WHERE id = ?", {grant_id});
}

Status insert_login_session(Connection& c, const std::string& token_hash, std::int64_t user_id,
                            const std::string& csrf, std::int64_t now, std::int64_t expires_at,
                            const std::string& ip) {
  return c.exec(
      "INSERT INTO auth_sessions (token_hash, user_id, csrf_token, created_at, last_seen_at, "
      "expires_at, ip) VALUES (?, ?, ?, ?, ?, ?, ?)",
      {token_hash, user_id, csrf, now, now, expires_at, ip});
}

Result<SessionWithAccount> find_session_with_account(Connection& c, const std::string& token_hash) {
  DAIBIAO_TRY(
      auto rows,
      c.query(
          "SELECT s.id, s.user_id, s.csrf_token, s.created_at, s.last_seen_at, s.expires_at, "
          "u.username, u.display_name, u.org_node_id, u.active, g.id, g.role, g.org_node_id, "
          "n.path, "
          "n.name, u.unit_id, u.person_id, u.password_changed_at, "
          "CASE WHEN u.totp_secret IS NULL THEN 0 ELSE 1 END "
          "FROM auth_sessions s JOIN users u ON u.id = s.user_id "
          "LEFT JOIN grants g ON g.user_id = u.id LEFT JOIN org_nodes n ON n.id = g.org_node_id "
          "WHERE s.token_hash = ? ORDER BY g.id",
          {token_hash}));
  if (rows.empty()) return fail(ErrorCode::not_found, "会话不存在");
  const Row& first = rows.front();
  SessionWithAccount out;
  out.session = {first.i64(0), first.i64(1), first.text(2),
                 first.i64(3), first.i64(4), first.i64(5)};
  out.username = first.text(6);
  out.display_name = first.text(7);
  out.org_node_id = first.i64(8);
  out.active = first.boolean(9);
  out.unit_id = first.opt_i64(15);
  out.person_id = first.opt_i64(16);
  out.password_changed_at = first.i64(17);
  out.totp_enabled = first.i64(18) != 0;
  for (const Row& r : rows)
    if (auto role = r.is_null(10) ? std::nullopt : access::parse_role(r.text(11)))
      out.grants.push_back(
          {r.i64(10), out.session.user_id, *role, r.i64(12), r.text(13), r.text(14), 0});
  return out;
}

namespace {
constexpr const char* kSessionListing =
    "SELECT s.id, s.user_id, u.username, u.display_name, n.path, s.ip, s.created_at, "
    "s.last_seen_at, s.expires_at FROM auth_sessions s JOIN users u ON u.id = s.user_id "
    "JOIN org_nodes n ON n.id = u.org_node_id ";

SessionListing session_listing_from(const Row& r) {
  return {r.i64(0),  r.i64(1), r.text(2), r.text(3), r.text(4),
          r.text(5), r.i64(6), r.i64(7),  r.i64(8)};
}
}  // namespace

Result<std::vector<SessionListing>> list_sessions(Connection& c, std::int64_t user_id) {
  std::vector<Value> params;
  std::string sql = kSessionListing;
  if (user_id) {
    sql += "WHERE s.user_id = ? ";
    params.emplace_back(user_id);
  }
  sql += "ORDER BY s.last_seen_at DESC, s.id DESC LIMIT 500";
  DAIBIAO_TRY(auto rows, c.query(sql, params));
  std::vector<SessionListing> out;
  out.reserve(rows.size());
  for (const Row& r : rows) out.push_back(session_listing_from(r));
  return out;
}

Result<SessionListing> find_session_listing(Connection& c, std::int64_t session_id) {
  DAIBIAO_TRY(auto row, c.query_one(std::string(kSessionListing) + "WHERE s.id = ?", {session_id}));
  return session_listing_from(row);
}

Status touch_login_session(Connection& c, std::int64_t session_id, std::int64_t now) {
  return c.exec("UPDATE auth_sessions SET last_seen_at = ? WHERE id = ?", {now, session_id});
}

Status delete_login_session(Connection& c, std::int64_t session_id) {
  return c.exec("DELETE FROM auth_sessions WHERE id = ?", {session_id});
}

Status delete_other_sessions(Connection& c, std::int64_t user_id, std::int64_t keep_session_id) {
  return c.exec("DELETE FROM auth_sessions WHERE user_id = ? AND id <> ?",
                {user_id, keep_session_id});
}

Status delete_sessions_of(Connection& c, std::int64_t user_id) {
  return c.exec("DELETE FROM auth_sessions WHERE user_id = ?", {user_id});
}

}  // namespace daibiao::storage
