// Role grants: list, grant and revoke (the security administrator, role.grant).
#include "app/people/account_service.hpp"

#include "app/people/account_checks.hpp"
#include "storage/org/org_store.hpp"

namespace daibiao::app {

using access::Permission;
using storage::Connection;
using namespace accounts;

Result<std::vector<storage::GrantRow>> list_grants(Env& env, const Caller& caller, UserId user) {
  const std::int64_t user_id = user.value();
  return read<std::vector<storage::GrantRow>>(
      env, [&](Connection& c) -> Result<std::vector<storage::GrantRow>> {
        DAIBIAO_TRY(auto a, storage::find_account(c, user_id));
        DAIBIAO_TRY(auto node, storage::find_node(c, a.org_node_id));
        if (!caller.principal.can(Permission::user_read, node.path) &&
            !caller.principal.can(Permission::role_grant, node.path))
          return fail(ErrorCode::not_found, "记录不存在");
        return storage::grants_of(c, user_id);
      });
}

Result<storage::GrantRow> add_grant(Env& env, const Caller& caller, UserId user,
                                    const std::string& role_name, OrgNodeId node) {
  const std::int64_t org_node_id = node.value();
  const std::int64_t user_id = user.value();
  auto role = access::parse_role(role_name);
  if (!role) return fail_fields({{"role", "未知角色"}});
  return write<storage::GrantRow>(
      env, caller, attempt("role.grant", "user", user_id),
      [&](Tx& tx) -> Result<storage::GrantRow> {
        DAIBIAO_TRY(auto a, storage::find_account(tx.db(), user_id));
        if (auto home = home_node(tx.db(), caller, a.org_node_id, Permission::role_grant); !home)
          return std::unexpected(home.error());
        DAIBIAO_TRY(auto target, home_node(tx.db(), caller, org_node_id, Permission::role_grant));
        if (user_id == caller.principal.user_id)
          return fail(ErrorCode::permission_denied, "不能给自己授予角色");
        DAIBIAO_TRY(auto grants, storage::grants_of(tx.db(), user_id));
        const auto held = held_roles(grants);
        if (auto st = access::check_role_compatible(held, *role); !st)
          return std::unexpected(st.error());
        auto created = storage::insert_grant(tx.db(), user_id, *role, org_node_id,
                                             caller.principal.user_id, tx.now());
        if (!created) return created;
        if (auto st =
                tx.audit({.action = "role.grant",
                          .object_type = "user",
                          .object_id = std::to_string(user_id),
                          .org_node_id = org_node_id,
                          .role = caller.principal.acting_role(Permission::role_grant, target.path),
                          .changes = {{"role", std::nullopt, role_name},
                                      {"org_node_id", std::nullopt, std::to_string(org_node_id)}}});
            !st)
          return std::unexpected(st.error());
        return created;
      });
}

Status revoke_grant(Env& env, const Caller& caller, GrantId grant) {
  const std::int64_t grant_id = grant.value();
  return write_tx(
      env, caller,
      [&](Tx& tx) -> Status {
        DAIBIAO_TRY(auto g, storage::find_grant(tx.db(), grant_id));
        DAIBIAO_TRY(auto target, home_node(tx.db(), caller, g.org_node_id, Permission::role_grant));
        if (g.user_id == caller.principal.user_id)
          return fail(ErrorCode::permission_denied, "不能撤销自己的角色");
        if (auto st = storage::delete_grant(tx.db(), grant_id); !st) return st;
        return tx.audit(
            {.action = "role.revoke",
             .object_type = "user",
             .object_id = std::to_string(g.user_id),
             .org_node_id = g.org_node_id,
             .role = caller.principal.acting_role(Permission::role_grant, target.path),
             .changes = {{"role", std::string(access::role_name(g.role)), std::nullopt},
                         {"org_node_id", std::to_string(g.org_node_id), std::nullopt}}});
      },
      attempt("role.revoke", "grant", grant_id));
}

}  // namespace daibiao::app
