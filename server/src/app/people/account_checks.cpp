#include "app/people/account_checks.hpp"

#include <algorithm>

#include "storage/org/org_store.hpp"

namespace daibiao::app::accounts {

using access::Permission;
using storage::Connection;

Result<org::Node> home_node(Connection& c, const Caller& caller, std::int64_t node_id,
                            Permission p) {
  DAIBIAO_TRY(auto node, storage::find_node(c, node_id));
  if (!caller.principal.can(p, node.path)) {
    if (!caller.principal.can_somewhere(p))
      return fail(ErrorCode::permission_denied, "没有权限执行此操作");
    if (!caller.principal.can(Permission::user_read, node.path) &&
        !caller.principal.can(Permission::role_grant, node.path))
      return fail(ErrorCode::not_found, "记录不存在");
    return fail(ErrorCode::permission_denied, "没有权限执行此操作");
  }
  return node;
}

std::vector<access::Role> held_roles(const std::vector<storage::GrantRow>& grants) {
  std::vector<access::Role> out;
  out.reserve(grants.size());
  for (const auto& g : grants) out.push_back(g.role);
  return out;
}

// True when the account holds one of the three administrator roles (三员) anywhere.
Result<bool> is_admin_account(Connection& c, std::int64_t user_id) {
  DAIBIAO_TRY(auto grants, storage::grants_of(c, user_id));
  const auto held = held_roles(grants);
  return std::any_of(held.begin(), held.end(), access::is_admin_role);
}

access::ManagerPowers powers_at(const access::Principal& p, const std::string& path) {
  return {.user_manage = p.can(Permission::user_manage, path),
          .role_grant = p.can(Permission::role_grant, path),
          .deputy_manage = p.can(Permission::deputy_manage, path)};
}

// The account's home node as the caller may see it: not_found outside every scope in which
// the caller manages accounts, grants roles or links deputies.
Result<org::Node> managed_home(Connection& c, const Caller& caller, std::int64_t node_id) {
  DAIBIAO_TRY(auto node, storage::find_node(c, node_id));
  const auto& p = caller.principal;
  if (p.can(Permission::user_read, node.path) || p.can(Permission::role_grant, node.path) ||
      p.can(Permission::deputy_manage, node.path))
    return node;
  if (!p.can_somewhere(Permission::user_manage) && !p.can_somewhere(Permission::role_grant) &&
      !p.can_somewhere(Permission::deputy_manage))
    return fail(ErrorCode::permission_denied, "没有权限执行此操作");
  return fail(ErrorCode::not_found, "记录不存在");
}

// Applies the 三员分立 rule to every act of a change at once; the strictest route wins.
Result<access::Route> route_for(std::span<const access::AccountAct> acts, bool target_is_admin,
                                const access::ManagerPowers& powers) {
  access::Route route = access::Route::direct;
  for (auto act : acts) {
    auto rule = access::account_management(act, target_is_admin, powers);
    if (rule.route == access::Route::refused)
      return fail(ErrorCode::permission_denied, rule.reason);
    if (rule.route == access::Route::second_admin) route = rule.route;
  }
  return route;
}

// The audit record's role for an account change: the role that justified it at `path`.
std::string manager_role(const access::Principal& p, const std::string& path) {
  for (auto perm : {Permission::user_manage, Permission::role_grant, Permission::deputy_manage})
    if (auto r = p.acting_role(perm, path); !r.empty()) return r;
  return {};
}

Result<storage::AdminRequest> file_admin_request(Tx& tx, const Caller& caller,
                                                 storage::AdminRequest req, const org::Node& home) {
  req.requested_by = caller.principal.user_id;
  req.requested_at = tx.now();
  auto saved = storage::insert_admin_request(tx.db(), req);
  if (!saved) return saved;
  std::vector<audit::FieldChange> changes{
      {"action", std::nullopt, std::string(name_of(req.action)), false}};
  if (req.display_name) changes.push_back({"display_name", std::nullopt, *req.display_name, true});
  if (req.password_hash) changes.push_back({"password", std::nullopt, "******", true});
  if (auto st = tx.audit({.action = "admin.request",
                          .object_type = "user",
                          .object_id = std::to_string(req.target_user_id),
                          .org_node_id = home.id,
                          .role = manager_role(caller.principal, home.path),
                          .changes = std::move(changes)});
      !st)
    return std::unexpected(st.error());
  return saved;
}

}  // namespace daibiao::app::accounts
