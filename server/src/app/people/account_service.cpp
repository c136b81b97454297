// Accounts: list, read, create, change (display name, unit, active, deputy link) and the
// command-line bootstrap.
#include "app/people/account_service.hpp"

#include "app/people/account_checks.hpp"
#include "platform/crypto.hpp"
#include "storage/org/org_store.hpp"
#include "storage/people/deputy_store.hpp"

namespace daibiao::app {
namespace {

using access::Permission;
using storage::Connection;
using namespace accounts;

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
  DAIBIAO_TRY(auto node, storage::find_node(c, unit->org_node_id));
  if (!access::path_within(node.path, home.path))
    return fail_fields({{"unit_id", "承办单位不存在或不在该账号所属机构范围内"}});
  return {};
}

// A deputy an account is linked to must exist in the registry, within the part of it the
// caller manages (a person registered elsewhere reads as absent). `caller` is null for the
// command-line bootstrap, which has no principal.
Status check_person(Connection& c, const Caller* caller, std::optional<std::int64_t> person_id) {
  if (!person_id) return {};
  auto person = storage::find_person(c, *person_id);
  if (!person) {
    if (person.error().code != ErrorCode::not_found) return std::unexpected(person.error());
    return fail_fields({{"person_id", "代表不存在"}});
  }
  DAIBIAO_TRY(auto node, storage::find_node(c, person->org_node_id));
  if (caller && !caller->principal.can(Permission::deputy_manage, node.path))
    return fail_fields({{"person_id", "代表不存在"}});
  return {};
}

Result<people::Account> insert_checked(Tx& tx, const AccountInput& in, const std::string& hash,
                                       const Caller* caller) {
  auto home = storage::find_node(tx.db(), in.org_node_id);
  if (!home) return fail_fields({{"org_node_id", "机构不存在"}});
  if (auto st = check_unit(tx.db(), in.unit_id, *home); !st) return std::unexpected(st.error());
  if (auto st = check_person(tx.db(), caller, in.person_id); !st)
    return std::unexpected(st.error());
  people::Account a{.username = in.username,
                    .display_name = in.display_name,
                    .password_hash = hash,
                    .org_node_id = in.org_node_id,
                    .unit_id = in.unit_id,
                    .person_id = in.person_id};
  return storage::insert_account(tx.db(), a, tx.now());
}

}  // namespace

Result<ListResult<people::Account>> list_accounts(Env& env, const Caller& caller,
                                                  const storage::ListRequest& req) {
  if (auto st = authorize_anywhere(caller.principal, Permission::user_read); !st)
    return std::unexpected(st.error());
  return read<ListResult<people::Account>>(env, [&](Connection& c) {
    return storage::list_accounts(c, req, caller.principal.scope_paths(Permission::user_read));
  });
}

Result<people::Account> get_account(Env& env, const Caller& caller, UserId user) {
  const std::int64_t id = user.value();
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
        DAIBIAO_TRY(auto node, home_node(tx.db(), caller, in.org_node_id, Permission::user_manage));
        if (in.person_id && !caller.principal.can(Permission::deputy_manage, node.path))
          return fail(ErrorCode::permission_denied, "关联代表须由联工委工作人员办理");
        auto created = insert_checked(tx, in, hash, &caller);
        if (!created) return created;
        if (auto st = tx.audit(
                {.action = "user.create",
                 .object_type = "user",
                 .object_id = std::to_string(created->id),
                 .org_node_id = node.id,
                 .role = caller.principal.acting_role(Permission::user_manage, node.path),
                 .changes = {{"username", std::nullopt, created->username},
                             {"display_name", std::nullopt, created->display_name, true}}});
            !st)
          return std::unexpected(st.error());
        return created;
      });
}

Result<AccountChange> update_account(Env& env, const Caller& caller, UserId user,
                                     const AccountPatch& p) {
  const std::int64_t id = user.value();
  return write<AccountChange>(
      env, caller, attempt("user.update", "user", id), [&](Tx& tx) -> Result<AccountChange> {
        DAIBIAO_TRY(auto a, storage::find_account(tx.db(), id));
        DAIBIAO_TRY(auto node, managed_home(tx.db(), caller, a.org_node_id));
        DAIBIAO_TRY(auto admin, is_admin_account(tx.db(), id));
        if (id == caller.principal.user_id && p.active && !*p.active)
          return fail(ErrorCode::failed_precondition, "不能停用自己的账号");
        std::vector<access::AccountAct> acts;
        if (p.display_name || p.unit_id) acts.push_back(access::AccountAct::edit);
        if (p.active && *p.active != a.active)
          acts.push_back(*p.active ? access::AccountAct::activate : access::AccountAct::deactivate);
        if (p.person_id) acts.push_back(access::AccountAct::link_person);
        DAIBIAO_TRY(auto route, route_for(acts, admin, powers_at(caller.principal, node.path)));
        if (p.display_name && p.display_name->empty())
          return fail_fields({{"display_name", "必填"}});
        if (route == access::Route::second_admin) {
          if (p.unit_id) return fail(ErrorCode::permission_denied, "管理员账号不能关联承办单位");
          if (a.version != p.version)
            return fail(ErrorCode::conflict, "该账号已被他人修改，请刷新后重试");
          using access::AdminRequestAction;
          storage::AdminRequest req{.target_user_id = id};
          req.action =
              p.active && *p.active != a.active
                  ? (*p.active ? AdminRequestAction::activate : AdminRequestAction::deactivate)
                  : AdminRequestAction::edit;
          if (req.action != AdminRequestAction::edit && p.display_name &&
              *p.display_name != a.display_name)
            return fail_fields({{"display_name", "停用或启用管理员账号时不能同时修改其他内容"}});
          if (req.action == AdminRequestAction::edit) {
            if (!p.display_name || *p.display_name == a.display_name)
              return AccountChange{a, std::nullopt};
            req.display_name = *p.display_name;
          }
          DAIBIAO_TRY(auto filed, file_admin_request(tx, caller, std::move(req), node));
          return AccountChange{a, std::move(filed)};
        }
        people::Account next = a;
        next.version = p.version;
        if (p.display_name) next.display_name = *p.display_name;
        if (p.active) next.active = *p.active;
        if (p.unit_id) {
          next.unit_id = *p.unit_id;
          if (auto st = check_unit(tx.db(), next.unit_id, node); !st)
            return std::unexpected(st.error());
        }
        if (p.person_id) {
          next.person_id = *p.person_id;
          if (auto st = check_person(tx.db(), &caller, next.person_id); !st)
            return std::unexpected(st.error());
        }
        auto saved = storage::update_account(tx.db(), next, tx.now());
        if (!saved) return std::unexpected(saved.error());
        if (!saved->active)
          if (auto st = storage::delete_sessions_of(tx.db(), id); !st)
            return std::unexpected(st.error());
        std::vector<audit::FieldChange> changes;
        note_change(changes, "display_name", a.display_name, saved->display_name, true);
        note_change(changes, "active", a.active ? "1" : "0", saved->active ? "1" : "0");
        note_change(changes, "unit_id", a.unit_id ? std::to_string(*a.unit_id) : "",
                    saved->unit_id ? std::to_string(*saved->unit_id) : "");
        note_change(changes, "person_id", a.person_id ? std::to_string(*a.person_id) : "",
                    saved->person_id ? std::to_string(*saved->person_id) : "");
        if (auto st = tx.audit({.action = p.person_id ? "user.link_person" : "user.update",
                                .object_type = "user",
                                .object_id = std::to_string(id),
                                .org_node_id = node.id,
                                .role = manager_role(caller.principal, node.path),
                                .changes = changes});
            !st)
          return std::unexpected(st.error());
        return AccountChange{*saved, std::nullopt};
      });
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
    if (in.person_id && access::is_admin_role(*role))
      return fail_fields({{"person_id", "管理员账号不能关联代表"}});
    auto created = insert_checked(tx, in, hash, nullptr);
    if (!created) return created;
    if (auto g = storage::insert_grant(tx.db(), created->id, *role, in.org_node_id, std::nullopt,
                                       tx.now());
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
