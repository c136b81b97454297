#include "app/account_service.hpp"

#include "platform/crypto.hpp"
#include "storage/org/org_store.hpp"

namespace daibiao::app {
namespace {

using access::Permission;
using storage::Connection;

Result<org::Node> home_node(Connection& c, const Caller& caller, std::int64_t node_id,
                            Permission p) {
  auto node = storage::find_node(c, node_id);
  if (!node) return std::unexpected(node.error());
  if (!caller.principal.can(p, node->path)) {
    if (!caller.principal.can_somewhere(p))
      return fail(ErrorCode::permission_denied, "没有权限执行此操作");
    if (!caller.principal.can(Permission::user_read, node->path) &&
        !caller.principal.can(Permission::role_grant, node->path))
      return fail(ErrorCode::not_found, "记录不存在");
    return fail(ErrorCode::permission_denied, "没有权限执行此操作");
  }
  return node;
}

Status validate_new_account(const AccountInput& in, const access::PasswordPolicy& policy) {
  std::vector<FieldError> errors;
  if (auto st = people::check_username(in.username); !st)
    for (auto& f : st.error().fields) errors.push_back(f);
  if (in.display_name.empty())
    errors.push_back({"display_name", "必填"});
  else if (in.display_name.size() > 150)
    errors.push_back({"display_name", "过长"});
  for (auto& p : access::password_problems(in.password, in.username, policy))
    errors.push_back({"password", p});
  if (!errors.empty()) return fail_fields(std::move(errors));
  return {};
}

// A unit an account is linked to must exist and lie within the account's home subtree
// (so an administrator cannot attach accounts to units outside their scope).
Status check_unit(Connection& c, std::optional<std::int64_t> unit_id, const org::Node& home) {
  if (!unit_id) return {};
  auto unit = storage::find_unit(c, *unit_id);
  if (!unit) {
    if (unit.error().code != ErrorCode::not_found) return std::unexpected(unit.error());
    return fail_fields({{"unit_id", "承办单位不存在或不在该账号所属机构范围内"}});
  }
  auto node = storage::find_node(c, unit->org_node_id);
  if (!node) return std::unexpected(node.error());
  if (!access::path_within(node->path, home.path))
    return fail_fields({{"unit_id", "承办单位不存在或不在该账号所属机构范围内"}});
  return {};
}

// A deputy an account is linked to must exist in the registry.
Status check_person(Connection& c, std::optional<std::int64_t> person_id) {
  if (!person_id) return {};
  auto p = c.query("SELECT id FROM persons WHERE id = ?", {*person_id});
  if (!p) return std::unexpected(p.error());
  if (p->empty()) return fail_fields({{"person_id", "代表不存在"}});
  return {};
}

Result<people::Account> insert_checked(Tx& tx, const AccountInput& in, const std::string& hash) {
  auto home = storage::find_node(tx.db(), in.org_node_id);
  if (!home) return fail_fields({{"org_node_id", "机构不存在"}});
  if (auto st = check_unit(tx.db(), in.unit_id, *home); !st) return std::unexpected(st.error());
  if (auto st = check_person(tx.db(), in.person_id); !st) return std::unexpected(st.error());
  people::Account a{.username = in.username,
                    .display_name = in.display_name,
                    .password_hash = hash,
                    .org_node_id = in.org_node_id,
                    .unit_id = in.unit_id,
                    .person_id = in.person_id};
  return storage::insert_account(tx.db(), a, tx.now());
}

std::vector<access::Role> held_roles(const std::vector<storage::GrantRow>& grants) {
  std::vector<access::Role> out;
  for (const auto& g : grants)
    if (auto r = access::parse_role(g.role)) out.push_back(*r);
  return out;
}

}  // namespace

Result<ListResult<people::Account>> list_accounts(Env& env, const Caller& caller,
                                                  const storage::ListRequest& req) {
  if (auto st = authorize_anywhere(caller.principal, Permission::user_read); !st)
    return std::unexpected(st.error());
  return read<ListResult<people::Account>>(env, [&](Connection& c) {
    std::vector<storage::Value> params;
    auto paths = caller.principal.scope_paths(Permission::user_read);
    const std::string scope = storage::scope_clause("n.path", paths, params);
    return list_rows<people::Account>(c, storage::account_list_spec(), req, scope, params,
                                      storage::kAccountColumns, storage::account_from);
  });
}

Result<people::Account> get_account(Env& env, const Caller& caller, std::int64_t id) {
  return read<people::Account>(env, [&](Connection& c) -> Result<people::Account> {
    auto a = storage::find_account(c, id);
    if (!a) return a;
    if (auto node = home_node(c, caller, a->org_node_id, Permission::user_read); !node)
      return std::unexpected(node.error());
    return a;
  });
}

Result<people::Account> create_account(Env& env, const Caller& caller, const AccountInput& in) {
  if (auto st = validate_new_account(in, env.config.password); !st)
    return std::unexpected(st.error());
  const std::string hash = platform::hash_password(in.password);
  return write<people::Account>(
      env, caller, attempt("user.create"), [&](Tx& tx) -> Result<people::Account> {
        auto node = home_node(tx.db(), caller, in.org_node_id, Permission::user_manage);
        if (!node) return std::unexpected(node.error());
        auto created = insert_checked(tx, in, hash);
        if (!created) return created;
        if (auto st = tx.audit(
                {.action = "user.create",
                 .object_type = "user",
                 .object_id = std::to_string(created->id),
                 .org_node_id = node->id,
                 .role = caller.principal.acting_role(Permission::user_manage, node->path),
                 .changes = {{"username", std::nullopt, created->username},
                             {"display_name", std::nullopt, created->display_name, true}}});
            !st)
          return std::unexpected(st.error());
        return created;
      });
}

Result<people::Account> update_account(Env& env, const Caller& caller, std::int64_t id,
                                       const AccountPatch& p) {
  return write<people::Account>(
      env, caller, attempt("user.update", "user", id), [&](Tx& tx) -> Result<people::Account> {
        auto a = storage::find_account(tx.db(), id);
        if (!a) return a;
        auto node = home_node(tx.db(), caller, a->org_node_id, Permission::user_manage);
        if (!node) return std::unexpected(node.error());
        people::Account next = *a;
        next.version = p.version;
        if (p.display_name) {
          if (p.display_name->empty()) return fail_fields({{"display_name", "必填"}});
          next.display_name = *p.display_name;
        }
        if (p.active) next.active = *p.active;
        if (p.unit_id) {
          next.unit_id = *p.unit_id;
          if (auto st = check_unit(tx.db(), next.unit_id, *node); !st)
            return std::unexpected(st.error());
        }
        if (p.person_id) {
          next.person_id = *p.person_id;
          if (auto st = check_person(tx.db(), next.person_id); !st)
            return std::unexpected(st.error());
        }
        if (id == caller.principal.user_id && !next.active)
          return fail(ErrorCode::failed_precondition, "不能停用自己的账号");
        auto saved = storage::update_account(tx.db(), next, tx.now());
        if (!saved) return saved;
        if (!saved->active)
          if (auto st = storage::delete_sessions_of(tx.db(), id); !st)
            return std::unexpected(st.error());
        std::vector<audit::FieldChange> changes;
        note_change(changes, "display_name", a->display_name, saved->display_name, true);
        note_change(changes, "active", a->active ? "1" : "0", saved->active ? "1" : "0");
        note_change(changes, "unit_id", a->unit_id ? std::to_string(*a->unit_id) : "",
                    saved->unit_id ? std::to_string(*saved->unit_id) : "");
        note_change(changes, "person_id", a->person_id ? std::to_string(*a->person_id) : "",
                    saved->person_id ? std::to_string(*saved->person_id) : "");
        if (auto st =
                tx.audit({.action = "user.update",
                          .object_type = "user",
                          .object_id = std::to_string(id),
                          .org_node_id = node->id,
                          .role = caller.principal.acting_role(Permission::user_manage, node->path),
                          .changes = changes});
            !st)
          return std::unexpected(st.error());
        return saved;
      });
}

Status reset_password(Env& env, const Caller& caller, std::int64_t id, const std::string& pw) {
  auto a = get_account(env, caller, id);
  if (!a) return std::unexpected(a.error());
  auto problems = access::password_problems(pw, a->username, env.config.password);
  if (!problems.empty()) {
    std::vector<FieldError> fields;
    for (auto& p : problems) fields.push_back({"password", p});
    return fail_fields(std::move(fields));
  }
  const std::string hash = platform::hash_password(pw);
  return write_tx(
      env, caller,
      [&](Tx& tx) -> Status {
        auto node = home_node(tx.db(), caller, a->org_node_id, Permission::user_manage);
        if (!node) return std::unexpected(node.error());
        if (auto st = storage::set_password_hash(tx.db(), id, hash, tx.now()); !st) return st;
        if (auto st = storage::delete_sessions_of(tx.db(), id); !st) return st;
        if (auto st = storage::clear_login_failures(tx.db(), id); !st) return st;
        if (auto st = storage::set_locked_until(tx.db(), id, 0); !st) return st;
        return tx.audit({.action = "user.password.reset",
                         .object_type = "user",
                         .object_id = std::to_string(id),
                         .org_node_id = node->id,
                         .role = caller.principal.acting_role(Permission::user_manage, node->path),
                         .changes = {{"password", "******", "******", true}}});
      },
      attempt("user.password.reset", "user", id));
}

Result<std::vector<storage::GrantRow>> list_grants(Env& env, const Caller& caller,
                                                   std::int64_t user_id) {
  return read<std::vector<storage::GrantRow>>(
      env, [&](Connection& c) -> Result<std::vector<storage::GrantRow>> {
        auto a = storage::find_account(c, user_id);
        if (!a) return std::unexpected(a.error());
        auto node = storage::find_node(c, a->org_node_id);
        if (!node) return std::unexpected(node.error());
        if (!caller.principal.can(Permission::user_read, node->path) &&
            !caller.principal.can(Permission::role_grant, node->path))
          return fail(ErrorCode::not_found, "记录不存在");
        return storage::grants_of(c, user_id);
      });
}

Result<storage::GrantRow> add_grant(Env& env, const Caller& caller, std::int64_t user_id,
                                    const std::string& role_name, std::int64_t org_node_id) {
  auto role = access::parse_role(role_name);
  if (!role) return fail_fields({{"role", "未知角色"}});
  return write<storage::GrantRow>(
      env, caller, attempt("role.grant", "user", user_id),
      [&](Tx& tx) -> Result<storage::GrantRow> {
        auto a = storage::find_account(tx.db(), user_id);
        if (!a) return std::unexpected(a.error());
        if (auto home = home_node(tx.db(), caller, a->org_node_id, Permission::role_grant); !home)
          return std::unexpected(home.error());
        auto target = home_node(tx.db(), caller, org_node_id, Permission::role_grant);
        if (!target) return std::unexpected(target.error());
        if (user_id == caller.principal.user_id)
          return fail(ErrorCode::permission_denied, "不能给自己授予角色");
        auto grants = storage::grants_of(tx.db(), user_id);
        if (!grants) return std::unexpected(grants.error());
        const auto held = held_roles(*grants);
        if (auto st = access::check_role_compatible(held, *role); !st)
          return std::unexpected(st.error());
        auto created = storage::insert_grant(tx.db(), user_id, role_name, org_node_id,
                                             caller.principal.user_id, tx.now());
        if (!created) return created;
        if (auto st = tx.audit(
                {.action = "role.grant",
                 .object_type = "user",
                 .object_id = std::to_string(user_id),
                 .org_node_id = org_node_id,
                 .role = caller.principal.acting_role(Permission::role_grant, target->path),
                 .changes = {{"role", std::nullopt, role_name},
                             {"org_node_id", std::nullopt, std::to_string(org_node_id)}}});
            !st)
          return std::unexpected(st.error());
        return created;
      });
}

Status revoke_grant(Env& env, const Caller& caller, std::int64_t grant_id) {
  return write_tx(
      env, caller,
      [&](Tx& tx) -> Status {
        auto g = storage::find_grant(tx.db(), grant_id);
        if (!g) return std::unexpected(g.error());
        auto target = home_node(tx.db(), caller, g->org_node_id, Permission::role_grant);
        if (!target) return std::unexpected(target.error());
        if (g->user_id == caller.principal.user_id)
          return fail(ErrorCode::permission_denied, "不能撤销自己的角色");
        if (auto st = storage::delete_grant(tx.db(), grant_id); !st) return st;
        return tx.audit(
            {.action = "role.revoke",
             .object_type = "user",
             .object_id = std::to_string(g->user_id),
             .org_node_id = g->org_node_id,
             .role = caller.principal.acting_role(Permission::role_grant, target->path),
             .changes = {{"role", g->role, std::nullopt},
                         {"org_node_id", std::to_string(g->org_node_id), std::nullopt}}});
      },
      attempt("role.revoke", "grant", grant_id));
}

Result<people::Account> bootstrap_account(Env& env, const std::string& actor,
                                          const AccountInput& in, const std::string& role_name) {
  auto role = access::parse_role(role_name);
  if (!role) return fail_fields({{"role", "未知角色"}});
  if (auto st = validate_new_account(in, env.config.password); !st)
    return std::unexpected(st.error());
  const std::string hash = platform::hash_password(in.password);
  Caller caller;
  caller.principal.username = actor;
  return write<people::Account>(env, caller, {}, [&](Tx& tx) -> Result<people::Account> {
    auto created = insert_checked(tx, in, hash);
    if (!created) return created;
    if (auto g = storage::insert_grant(tx.db(), created->id, role_name, in.org_node_id,
                                       std::nullopt, tx.now());
        !g)
      return std::unexpected(g.error());
    if (auto st = tx.audit({.action = "user.create",
                            .object_type = "user",
                            .object_id = std::to_string(created->id),
                            .org_node_id = in.org_node_id,
                            .role = "cli",
                            .changes = {{"username", std::nullopt, created->username},
                                        {"role", std::nullopt, role_name}}});
        !st)
      return std::unexpected(st.error());
    return created;
  });
}

}  // namespace daibiao::app
