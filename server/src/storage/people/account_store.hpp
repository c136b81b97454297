// Accounts, their role grants, failed-login records and login sessions.
#pragma once

#include "domain/access/account_policy.hpp"
#include "domain/access/permissions.hpp"
#include "domain/people/account.hpp"
#include "storage/db.hpp"
#include "storage/list_page.hpp"

namespace daibiao::storage {

Result<people::Account> insert_account(Connection& c, people::Account a, std::int64_t now);
Result<people::Account> find_account(Connection& c, std::int64_t id);
Result<people::Account> find_account_by_username(Connection& c, const std::string& username);
Result<people::Account> update_account(Connection& c, const people::Account& a, std::int64_t now);
Status set_password_hash(Connection& c, std::int64_t user_id, const std::string& hash,
                         std::int64_t now);
// Keeps the hash being replaced; the newest `n` come back newest first.
Status add_password_history(Connection& c, std::int64_t user_id, const std::string& hash,
                            std::int64_t at);
Result<std::vector<std::string>> recent_password_hashes(Connection& c, std::int64_t user_id, int n);
// The account's second factor (secrets sealed by the app with the field key).
struct TotpState {
  std::optional<std::string> secret, pending;
  std::int64_t last_step = 0;
};
Result<TotpState> totp_state(Connection& c, std::int64_t user_id);
Status set_totp_pending(Connection& c, std::int64_t user_id, const std::string& sealed);
// pending → secret; `step` becomes the last used one.
Status enable_totp(Connection& c, std::int64_t user_id, std::int64_t step);
Status disable_totp(Connection& c, std::int64_t user_id);
// Takes time step `step` if it is newer than the last used one: false when it was already
// used (by this sign-in racing another, or a replay).
Result<bool> use_totp_step(Connection& c, std::int64_t user_id, std::int64_t step);
Status record_login_success(Connection& c, std::int64_t user_id, std::int64_t at);
// Active accounts not signed in since `before` (created before it and never signed in count
// too), with the roles they hold.
struct AccountRoles {
  std::int64_t id = 0;
  std::string username;
  std::int64_t org_node_id = 0;
  std::vector<access::Role> roles;  // a stored name no Role has is left out
};
Result<std::vector<AccountRoles>> idle_accounts(Connection& c, std::int64_t before);
// Active accounts linked to a person none of whose mandates is still serving.
Result<std::vector<AccountRoles>> accounts_of_former_deputies(Connection& c);
Status deactivate_account(Connection& c, std::int64_t user_id, std::int64_t now);
Status set_locked_until(Connection& c, std::int64_t user_id, std::int64_t until);
const ListSpec& account_list_spec();
// Accounts as `req` asks, of those whose home node lies under one of `scope_paths` (the
// caller's user.read scope; none: an empty page).
Result<ListPage<people::Account>> list_accounts(Connection& c, const ListRequest& req,
                                                const std::vector<std::string>& scope_paths);
people::Account account_from(const Row& row);
extern const char* const kAccountColumns;

// Failed sign-ins by (lower-cased user name, address), for throttling (access::login_wait).
Status record_login_attempt(Connection& c, const std::string& username, const std::string& ip,
                            std::int64_t at);
Result<access::RecentFailures> recent_login_failures(Connection& c, const std::string& username,
                                                     const std::string& ip, std::int64_t since);
Status clear_login_attempts(Connection& c, const std::string& username);
Status purge_login_attempts(Connection& c, std::int64_t before);

// A change to an administrator account waiting for a second administrator (三员分立).
struct AdminRequest {
  std::int64_t id = 0;
  std::int64_t target_user_id = 0;
  access::AdminRequestAction action = access::AdminRequestAction::edit;
  std::optional<std::string> password_hash;
  std::optional<std::string> display_name;
  std::int64_t requested_by = 0;
  std::int64_t requested_at = 0;
  access::AdminRequestStatus status = access::AdminRequestStatus::pending;
  std::optional<std::int64_t> decided_by, decided_at;
  std::string reason;
  // Read with the request, for display and scope checks:
  std::string target_username, target_org_path, requested_by_name, decided_by_name;
};
Result<AdminRequest> insert_admin_request(Connection& c, const AdminRequest& a);
Result<AdminRequest> find_admin_request(Connection& c, std::int64_t id);
// Newest first, at most 200; every status when `status` is nullopt.
Result<std::vector<AdminRequest>> list_admin_requests(
    Connection& c, std::optional<access::AdminRequestStatus> status);
// pending → `status`; conflict when it was no longer pending. Clears the stored hash.
Status decide_admin_request(Connection& c, std::int64_t id, access::AdminRequestStatus status,
                            std::int64_t by, std::int64_t at);

// A role grant as stored. Rows whose role name no Role has are left out (never read as some
// other role).
struct GrantRow {
  std::int64_t id = 0;
  std::int64_t user_id = 0;
  access::Role role = access::Role::deputy;
  std::int64_t org_node_id = 0;
  std::string org_path;
  std::string org_name;
  std::int64_t created_at = 0;
};
Result<std::vector<GrantRow>> grants_of(Connection& c, std::int64_t user_id);
Result<GrantRow> insert_grant(Connection& c, std::int64_t user_id, access::Role role,
                              std::int64_t org_node_id, std::optional<std::int64_t> by,
                              std::int64_t now);
Result<GrantRow> find_grant(Connection& c, std::int64_t grant_id);
Status delete_grant(Connection& c, std::int64_t grant_id);

struct SessionRow {
  std::int64_t id = 0;
  std::int64_t user_id = 0;
  std::string csrf_token;
  std::int64_t created_at = 0, last_seen_at = 0, expires_at = 0;
};
Status insert_login_session(Connection& c, const std::string& token_hash, std::int64_t user_id,
                            const std::string& csrf, std::int64_t now, std::int64_t expires_at,
                            const std::string& ip);
// The session, its account and the account's grants in one statement: this runs on
// every signed-in request, so it is a single read.
struct SessionWithAccount {
  SessionRow session;
  std::string username, display_name;
  std::int64_t org_node_id = 0;
  bool active = false;
  std::optional<std::int64_t> unit_id, person_id;
  std::int64_t password_changed_at = 0;
  bool totp_enabled = false;
  std::vector<GrantRow> grants;  // id, role, org_node_id, org_path filled
};
Result<SessionWithAccount> find_session_with_account(Connection& c, const std::string& token_hash);

// Live sessions for the security administrator: with the account and its home node's path.
struct SessionListing {
  std::int64_t id = 0, user_id = 0;
  std::string username, display_name, org_path, ip;
  std::int64_t created_at = 0, last_seen_at = 0, expires_at = 0;
};
// Newest activity first, at most 500; `user_id` 0 for every account.
Result<std::vector<SessionListing>> list_sessions(Connection& c, std::int64_t user_id);
Result<SessionListing> find_session_listing(Connection& c, std::int64_t session_id);

Status touch_login_session(Connection& c, std::int64_t session_id, std::int64_t now);
Status delete_login_session(Connection& c, std::int64_t session_id);
Status delete_sessions_of(Connection& c, std::int64_t user_id);
Status delete_other_sessions(Connection& c, std::int64_t user_id, std::int64_t keep_session_id);

}  // namespace daibiao::storage
