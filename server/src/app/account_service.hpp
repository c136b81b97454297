// Use cases of accounts and role grants. The system admin (user.manage) creates and
// disables accounts; the security admin (role.grant) grants and revokes roles; neither
// reads the audit log. Scope follows the account's home org node.
#pragma once

#include <optional>

#include "app/listing.hpp"
#include "app/use_case.hpp"
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
Result<people::Account> get_account(Env&, const Caller&, std::int64_t id);
Result<people::Account> create_account(Env&, const Caller&, const AccountInput&);
Result<people::Account> update_account(Env&, const Caller&, std::int64_t id, const AccountPatch&);
Status reset_password(Env&, const Caller&, std::int64_t id, const std::string& new_password);

Result<std::vector<storage::GrantRow>> list_grants(Env&, const Caller&, std::int64_t user_id);
Result<storage::GrantRow> add_grant(Env&, const Caller&, std::int64_t user_id,
                                    const std::string& role, std::int64_t org_node_id);
Status revoke_grant(Env&, const Caller&, std::int64_t grant_id);

// Bootstrap for `daibiao admin create` and demo data: creates an account with one role
// at `org_code` without a calling principal. Same validation and audit as the API.
Result<people::Account> bootstrap_account(Env&, const std::string& actor, const AccountInput&,
                                          const std::string& role);

}  // namespace daibiao::app
