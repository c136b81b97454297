// Checks shared by the account use cases (accounts, credential resets and administrator
// requests, role grants): scope of an account's home node, the 三员分立 routing of a change,
// the audit role. Internal to app/people.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "app/people/account_service.hpp"
#include "domain/org/org.hpp"

namespace daibiao::app::accounts {

// The node `node_id` when the caller holds `p` there. Otherwise permission_denied, or
// not_found when the caller holds `p` somewhere but neither reads accounts nor grants roles
// at the node (so nothing hints that it exists).
Result<org::Node> home_node(storage::Connection& c, const Caller& caller, std::int64_t node_id,
                            access::Permission p);

// The roles of `grants`.
std::vector<access::Role> held_roles(const std::vector<storage::GrantRow>& grants);

// True when the account holds one of the three administrator roles (三员) anywhere.
Result<bool> is_admin_account(storage::Connection& c, std::int64_t user_id);

// What the caller may do to accounts at `path` (access::account_management's input).
access::ManagerPowers powers_at(const access::Principal& p, const std::string& path);

// The account's home node as the caller may see it: not_found outside every scope in which
// the caller manages accounts, grants roles or links deputies.
Result<org::Node> managed_home(storage::Connection& c, const Caller& caller, std::int64_t node_id);

// Applies the 三员分立 rule to every act of a change at once; the strictest route wins.
Result<access::Route> route_for(std::span<const access::AccountAct> acts, bool target_is_admin,
                                const access::ManagerPowers& powers);

// The audit record's role for an account change: the role that justified it at `path`.
std::string manager_role(const access::Principal& p, const std::string& path);

// Files `req` for a second administrator (三员分立) and audits it as "admin.request".
Result<storage::AdminRequest> file_admin_request(Tx& tx, const Caller& caller,
                                                 storage::AdminRequest req, const org::Node& home);

}  // namespace daibiao::app::accounts
