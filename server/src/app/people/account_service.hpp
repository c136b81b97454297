// Use cases of accounts and role grants. The system admin (user.manage) creates and
// disables accounts; the security admin (role.grant) grants and revokes roles; neither
// reads the audit log. Scope follows the account's home org node. By job: accounts in
// account_service.cpp, credential resets and administrator requests in admin_requests.cpp,
// grants in grant_service.cpp, sessions and the idle sweep in account_sessions.cpp (shared
// checks: account_checks.hpp).
#pragma once

#include <optional>

#include "app/listing.hpp"
#include "app/use_case.hpp"
#include "base/id.hpp"
#include "domain/people/account.hpp"
#include "storage/people/account_store.hpp"

namespace daibiao::app {

struct AccountInput {
  std::string username, display_name, password;
  std::int64_t org_node_id = 0;
  std::optional<std::int64_t> unit_id;
  std::optional<std::int64_t> person_id;  // links a deputy's own account to the deputy
};
struct AccountPatch {
  std::int64_t version = 0;
  std::optional<std::string> display_name;
  std::optional<bool> active;
  std::optional<std::optional<std::int64_t>> unit_id;
  std::optional<std::optional<std::int64_t>> person_id;
};

Result<ListResult<people::Account>> list_accounts(Env&, const Caller&, const storage::ListRequest&);
Result<people::Account> get_account(Env&, const Caller&, UserId id);
Result<people::Account> create_account(Env&, const Caller&, const AccountInput&);
// What an account change did: applied at once (`pending` empty), or filed as a request that
// a second administrator must approve (三员分立: changes to administrator accounts).
struct AccountChange {
  people::Account account;  // as it now stands
  std::optional<storage::AdminRequest> pending;
};

// Display name, unit, active (system admin, user.manage) and the deputy link (liaison staff,
// deputy.manage; never for administrator accounts). An administrator account is changed only
// by the security administrator, through a request (access::account_management).
Result<AccountChange> update_account(Env&, const Caller&, UserId id, const AccountPatch&);
// Empty when applied; the filed request when the account is an administrator's.
Result<std::optional<storage::AdminRequest>> reset_password(Env&, const Caller&, UserId id,
                                                            const std::string& new_password);

// Requests to change administrator accounts, for administrators whose scope covers the
// account (newest first; of one status, or all when `status` is nullopt).
Result<std::vector<storage::AdminRequest>> list_admin_requests(
    Env&, const Caller&, std::optional<access::AdminRequestStatus> status);
// Approves (applies) or rejects a pending request. The decider must be an administrator
// other than the requester and the account's owner; approval within 24 hours of the request.
Result<storage::AdminRequest> decide_admin_request(Env&, const Caller&, AdminRequestId id,
                                                   bool approve);

Result<std::vector<storage::GrantRow>> list_grants(Env&, const Caller&, UserId user);
Result<storage::GrantRow> add_grant(Env&, const Caller&, UserId user, const std::string& role,
                                    OrgNodeId at);
Status revoke_grant(Env&, const Caller&, GrantId id);

// Bootstrap for `daibiao admin create` and demo data: creates an account with one role
// at `org_code` without a calling principal. Same validation and audit as the API.
Result<people::Account> bootstrap_account(Env&, const std::string& actor, const AccountInput&,
                                          const std::string& role);

// Live sessions (会话管理) for the security administrator (role.grant over the account's home
// node), of one account or (nullopt) of every account in scope. Ending one signs that browser out
// at its next request; audited as "session.end".
Result<std::vector<storage::SessionListing>> list_sessions(Env&, const Caller&,
                                                           std::optional<UserId> user);
Status end_session(Env&, const Caller&, LoginSessionId id);

// 等保: disables accounts idle for 90 days and deputies' accounts whose mandates have all
// ended (access::sweep_reason), ending their sessions; each audited as "user.disable" with
// the reason. Returns how many were disabled. Run by the reminders job and `accounts sweep`.
Result<int> sweep_accounts(Env& env);

// A lost authenticator: clears the account's second factor (it sets up a new one at its next
// sign-in) and ends its sessions. Same rule as a password reset: the system administrator for
// ordinary accounts, at once; for an administrator, a request a second administrator approves.
Result<std::optional<storage::AdminRequest>> reset_totp(Env&, const Caller&, UserId id);

}  // namespace daibiao::app
