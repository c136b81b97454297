#include "app/people/account_service.hpp"

#include "app/access/auth.hpp"

#include <algorithm>
#include <cctype>
#include <functional>
#include <map>

#include "platform/crypto.hpp"
#include "storage/org/org_store.hpp"
#include "storage/people/deputy_store.hpp"

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
  auto node = storage::find_node(c, person->org_node_id);
  if (!node) return std::unexpected(node.error());
  if (caller && !caller->principal.can(Permission::deputy_manage, node->path))
    return fail_fields({{"person_id", "代表不存在"}});
  return {};
}

// The name sign-in failures are counted under (app::login lower-cases what was typed).
std::string login_name_of(std::string name) {
  for (char& ch : name) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return name;
}

// Sets a new password (the old hash goes to the history) and ends the account's sessions
// and throttling records.
Status apply_password(Tx& tx, std::int64_t id, const std::string& hash) {
  auto account = storage::find_account(tx.db(), id);
  if (!account) return std::unexpected(account.error());
  if (auto st = replace_password_hash(tx.db(), *account, hash, tx.now()); !st) return st;
  if (auto st = storage::delete_sessions_of(tx.db(), id); !st) return st;
  return storage::clear_login_attempts(tx.db(), login_name_of(account->username));
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

std::vector<access::Role> held_roles(const std::vector<storage::GrantRow>& grants) {
  std::vector<access::Role> out;
  for (const auto& g : grants) out.push_back(g.role);
  return out;
}

// True when the account holds one of the three administrator roles (三员) anywhere.
Result<bool> is_admin_account(Connection& c, std::int64_t user_id) {
  auto grants = storage::grants_of(c, user_id);
  if (!grants) return std::unexpected(grants.error());
  const auto held = held_roles(*grants);
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
  auto node = storage::find_node(c, node_id);
  if (!node) return std::unexpected(node.error());
  const auto& p = caller.principal;
  if (p.can(Permission::user_read, node->path) || p.can(Permission::role_grant, node->path) ||
      p.can(Permission::deputy_manage, node->path))
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

constexpr TimeMs kAdminRequestLifetime = 24 * kHourMs;

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

// A reset of another account's credentials (password, second factor), inside `tx`: refused
// per access::account_management; for an administrator's account filed as `request` for a
// second administrator; otherwise `apply` runs now and the reset is audited as `action`.
using ResetOut = std::optional<storage::AdminRequest>;
Result<ResetOut> reset_credentials(Tx& tx, const Caller& caller, const people::Account& target,
                                   storage::AdminRequest request, const std::string& action,
                                   const std::string& self_message,
                                   std::vector<audit::FieldChange> changes,
                                   const std::function<Status()>& apply) {
  auto node = managed_home(tx.db(), caller, target.org_node_id);
  if (!node) return std::unexpected(node.error());
  auto admin = is_admin_account(tx.db(), target.id);
  if (!admin) return std::unexpected(admin.error());
  const access::AccountAct act[] = {access::AccountAct::reset_password};
  auto route = route_for(act, *admin, powers_at(caller.principal, node->path));
  if (!route) return std::unexpected(route.error());
  if (target.id == caller.principal.user_id)
    return fail(ErrorCode::failed_precondition, self_message);
  if (*route == access::Route::second_admin) {
    request.target_user_id = target.id;
    auto filed = file_admin_request(tx, caller, std::move(request), *node);
    if (!filed) return std::unexpected(filed.error());
    return ResetOut(std::move(*filed));
  }
  if (auto st = apply(); !st) return std::unexpected(st.error());
  if (auto st = tx.audit({.action = action,
                          .object_type = "user",
                          .object_id = std::to_string(target.id),
                          .org_node_id = node->id,
                          .role = manager_role(caller.principal, node->path),
                          .changes = std::move(changes)});
      !st)
    return std::unexpected(st.error());
  return ResetOut();
}

// Clears a lost second factor: sessions end, sign-in throttling is cleared, and the account
// sets up a new authenticator at its next sign-in.
Status apply_totp_reset(Tx& tx, const people::Account& target) {
  if (auto st = storage::disable_totp(tx.db(), target.id); !st) return st;
  if (auto st = storage::delete_sessions_of(tx.db(), target.id); !st) return st;
  return storage::clear_login_attempts(tx.db(), login_name_of(target.username));
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
        auto node = home_node(tx.db(), caller, in.org_node_id, Permission::user_manage);
        if (!node) return std::unexpected(node.error());
        if (in.person_id && !caller.principal.can(Permission::deputy_manage, node->path))
          return fail(ErrorCode::permission_denied, "关联代表须由联工委工作人员办理");
        auto created = insert_checked(tx, in, hash, &caller);
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

Result<AccountChange> update_account(Env& env, const Caller& caller, UserId user,
                                     const AccountPatch& p) {
  const std::int64_t id = user.value();
  return write<AccountChange>(
      env, caller, attempt("user.update", "user", id), [&](Tx& tx) -> Result<AccountChange> {
        auto a = storage::find_account(tx.db(), id);
        if (!a) return std::unexpected(a.error());
        auto node = managed_home(tx.db(), caller, a->org_node_id);
        if (!node) return std::unexpected(node.error());
        auto admin = is_admin_account(tx.db(), id);
        if (!admin) return std::unexpected(admin.error());
        if (id == caller.principal.user_id && p.active && !*p.active)
          return fail(ErrorCode::failed_precondition, "不能停用自己的账号");
        std::vector<access::AccountAct> acts;
        if (p.display_name || p.unit_id) acts.push_back(access::AccountAct::edit);
        if (p.active && *p.active != a->active)
          acts.push_back(*p.active ? access::AccountAct::activate : access::AccountAct::deactivate);
        if (p.person_id) acts.push_back(access::AccountAct::link_person);
        auto route = route_for(acts, *admin, powers_at(caller.principal, node->path));
        if (!route) return std::unexpected(route.error());
        if (p.display_name && p.display_name->empty())
          return fail_fields({{"display_name", "必填"}});
        if (*route == access::Route::second_admin) {
          if (p.unit_id) return fail(ErrorCode::permission_denied, "管理员账号不能关联承办单位");
          if (a->version != p.version)
            return fail(ErrorCode::conflict, "该账号已被他人修改，请刷新后重试");
          using access::AdminRequestAction;
          storage::AdminRequest req{.target_user_id = id};
          req.action =
              p.active && *p.active != a->active
                  ? (*p.active ? AdminRequestAction::activate : AdminRequestAction::deactivate)
                  : AdminRequestAction::edit;
          if (req.action != AdminRequestAction::edit && p.display_name &&
              *p.display_name != a->display_name)
            return fail_fields({{"display_name", "停用或启用管理员账号时不能同时修改其他内容"}});
          if (req.action == AdminRequestAction::edit) {
            if (!p.display_name || *p.display_name == a->display_name)
              return AccountChange{*a, std::nullopt};
            req.display_name = *p.display_name;
          }
          auto filed = file_admin_request(tx, caller, std::move(req), *node);
          if (!filed) return std::unexpected(filed.error());
          return AccountChange{*a, std::move(*filed)};
        }
        people::Account next = *a;
        next.version = p.version;
        if (p.display_name) next.display_name = *p.display_name;
        if (p.active) next.active = *p.active;
        if (p.unit_id) {
          next.unit_id = *p.unit_id;
          if (auto st = check_unit(tx.db(), next.unit_id, *node); !st)
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
        note_change(changes, "display_name", a->display_name, saved->display_name, true);
        note_change(changes, "active", a->active ? "1" : "0", saved->active ? "1" : "0");
        note_change(changes, "unit_id", a->unit_id ? std::to_string(*a->unit_id) : "",
                    saved->unit_id ? std::to_string(*saved->unit_id) : "");
        note_change(changes, "person_id", a->person_id ? std::to_string(*a->person_id) : "",
                    saved->person_id ? std::to_string(*saved->person_id) : "");
        if (auto st = tx.audit({.action = p.person_id ? "user.link_person" : "user.update",
                                .object_type = "user",
                                .object_id = std::to_string(id),
                                .org_node_id = node->id,
                                .role = manager_role(caller.principal, node->path),
                                .changes = changes});
            !st)
          return std::unexpected(st.error());
        return AccountChange{*saved, std::nullopt};
      });
}

Result<std::optional<storage::AdminRequest>> reset_password(Env& env, const Caller& caller,
                                                            UserId user, const std::string& pw) {
  const std::int64_t id = user.value();
  using Out = std::optional<storage::AdminRequest>;
  auto target = read<people::Account>(env, [&](Connection& c) -> Result<people::Account> {
    auto a = storage::find_account(c, id);
    if (!a) return a;
    if (auto node = managed_home(c, caller, a->org_node_id); !node)
      return std::unexpected(node.error());
    return a;
  });
  if (!target) {
    if (target.error().code == ErrorCode::permission_denied)
      (void)write_tx(
          env, caller, [](Tx&) { return fail(ErrorCode::permission_denied, ""); },
          attempt("user.password.reset", "user", id));
    return std::unexpected(target.error());
  }
  auto problems = access::password_problems(pw, target->username, env.config.password);
  if (!problems.empty()) {
    std::vector<FieldError> fields;
    for (auto& p : problems) fields.push_back({"password", p});
    return fail_fields(std::move(fields));
  }
  if (auto st = check_password_not_reused(env, *target, pw, "password"); !st)
    return std::unexpected(st.error());
  const std::string hash = platform::hash_password(pw);
  return write<Out>(
      env, caller, attempt("user.password.reset", "user", id), [&](Tx& tx) -> Result<Out> {
        return reset_credentials(
            tx, caller, *target,
            {.action = access::AdminRequestAction::password_reset, .password_hash = hash},
            "user.password.reset", "请在“修改密码”中修改自己的密码",
            {{"password", "******", "******", true}}, [&] { return apply_password(tx, id, hash); });
      });
}

Result<std::vector<storage::AdminRequest>> list_admin_requests(
    Env& env, const Caller& caller, std::optional<access::AdminRequestStatus> status) {
  if (!caller.principal.is_admin())
    return fail(ErrorCode::permission_denied, "只有管理员可以查看管理员账号变更申请");
  return read<std::vector<storage::AdminRequest>>(
      env, [&](Connection& c) -> Result<std::vector<storage::AdminRequest>> {
        auto all = storage::list_admin_requests(c, status);
        if (!all) return all;
        std::erase_if(*all, [&](const storage::AdminRequest& r) {
          return !caller.principal.is_admin_at(r.target_org_path);
        });
        return all;
      });
}

Result<storage::AdminRequest> decide_admin_request(Env& env, const Caller& caller,
                                                   AdminRequestId request, bool approve) {
  const std::int64_t request_id = request.value();
  const std::string action = approve ? "admin.request.approve" : "admin.request.reject";
  return write<storage::AdminRequest>(
      env, caller, attempt(action, "admin_request", request_id),
      [&](Tx& tx) -> Result<storage::AdminRequest> {
        auto r = storage::find_admin_request(tx.db(), request_id);
        if (!r) return r;
        const auto& p = caller.principal;
        if (!p.is_admin_at(r->target_org_path)) {
          if (!p.is_admin()) return fail(ErrorCode::permission_denied, "只有管理员可以审批");
          return fail(ErrorCode::not_found, "记录不存在");
        }
        if (r->requested_by == p.user_id)
          return fail(ErrorCode::permission_denied, "须由另一名管理员审批，不能审批自己提出的申请");
        if (r->target_user_id == p.user_id)
          return fail(ErrorCode::permission_denied, "不能审批针对自己账号的申请");
        using access::AdminRequestAction, access::AdminRequestStatus;
        if (r->status != AdminRequestStatus::pending)
          return fail(ErrorCode::conflict, "该申请已被处理");
        if (approve && tx.now() - r->requested_at > kAdminRequestLifetime)
          return fail(ErrorCode::failed_precondition, "申请已超过 24 小时，已失效，请重新提出");
        auto target = storage::find_account(tx.db(), r->target_user_id);
        if (!target) return std::unexpected(target.error());
        std::vector<audit::FieldChange> changes{
            {"request_action", std::nullopt, std::string(name_of(r->action)), false},
            {"requested_by", std::nullopt, r->requested_by_name, false}};
        if (approve) {
          if (r->action == AdminRequestAction::password_reset) {
            if (auto st = apply_password(tx, target->id, *r->password_hash); !st)
              return std::unexpected(st.error());
            changes.push_back({"password", "******", "******", true});
          } else if (r->action == AdminRequestAction::totp_reset) {
            if (auto st = apply_totp_reset(tx, *target); !st) return std::unexpected(st.error());
            changes.push_back({"totp", "enabled", "reset", false});
          } else {
            people::Account next = *target;
            if (r->action == AdminRequestAction::deactivate) next.active = false;
            if (r->action == AdminRequestAction::activate) next.active = true;
            if (r->action == AdminRequestAction::edit && r->display_name)
              next.display_name = *r->display_name;
            auto saved = storage::update_account(tx.db(), next, tx.now());
            if (!saved) return std::unexpected(saved.error());
            if (!saved->active)
              if (auto st = storage::delete_sessions_of(tx.db(), target->id); !st)
                return std::unexpected(st.error());
            note_change(changes, "active", target->active ? "1" : "0", saved->active ? "1" : "0");
            note_change(changes, "display_name", target->display_name, saved->display_name, true);
          }
        }
        if (auto st = storage::decide_admin_request(
                tx.db(), request_id,
                approve ? AdminRequestStatus::approved : AdminRequestStatus::rejected, p.user_id,
                tx.now());
            !st)
          return std::unexpected(st.error());
        if (auto st = tx.audit({.action = action,
                                .object_type = "user",
                                .object_id = std::to_string(target->id),
                                .org_node_id = target->org_node_id,
                                .role = p.admin_role_at(r->target_org_path),
                                .changes = std::move(changes)});
            !st)
          return std::unexpected(st.error());
        return storage::find_admin_request(tx.db(), request_id);
      });
}

Result<std::vector<storage::GrantRow>> list_grants(Env& env, const Caller& caller, UserId user) {
  const std::int64_t user_id = user.value();
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

Result<storage::GrantRow> add_grant(Env& env, const Caller& caller, UserId user,
                                    const std::string& role_name, OrgNodeId node) {
  const std::int64_t org_node_id = node.value();
  const std::int64_t user_id = user.value();
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
        auto created = storage::insert_grant(tx.db(), user_id, *role, org_node_id,
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

Status revoke_grant(Env& env, const Caller& caller, GrantId grant) {
  const std::int64_t grant_id = grant.value();
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
             .changes = {{"role", std::string(access::role_name(g->role)), std::nullopt},
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

Result<std::vector<storage::SessionListing>> list_sessions(Env& env, const Caller& caller,
                                                           std::optional<UserId> user) {
  const std::int64_t user_id = user ? user->value() : 0;
  if (auto st = authorize_anywhere(caller.principal, Permission::role_grant); !st)
    return std::unexpected(st.error());
  return read<std::vector<storage::SessionListing>>(
      env, [&](Connection& c) -> Result<std::vector<storage::SessionListing>> {
        auto all = storage::list_sessions(c, user_id);
        if (!all) return all;
        std::erase_if(*all, [&](const storage::SessionListing& s) {
          return !caller.principal.can(Permission::role_grant, s.org_path);
        });
        return all;
      });
}

Status end_session(Env& env, const Caller& caller, LoginSessionId session) {
  const std::int64_t session_id = session.value();
  return write_tx(
      env, caller,
      [&](Tx& tx) -> Status {
        auto s = storage::find_session_listing(tx.db(), session_id);
        if (!s) return std::unexpected(s.error());
        if (auto st = authorize(caller.principal, Permission::role_grant, s->org_path); !st)
          return st;
        if (auto st = storage::delete_login_session(tx.db(), session_id); !st) return st;
        return tx.audit({.action = "session.end",
                         .object_type = "user",
                         .object_id = std::to_string(s->user_id),
                         .role = caller.principal.acting_role(Permission::role_grant, s->org_path),
                         .changes = {{"session", std::to_string(session_id), std::nullopt, false},
                                     {"ip", s->ip, std::nullopt, false}}});
      },
      attempt("session.end", "session", session_id));
}

Result<int> sweep_accounts(Env& env) {
  Caller system;
  system.principal.username = "system";
  int disabled = 0;
  const access::AccountSweepPolicy policy;
  auto st = write_tx(
      env, system,
      [&](Tx& tx) -> Status {
        auto idle = storage::idle_accounts(tx.db(), tx.now() - policy.idle_days * 24 * kHourMs);
        if (!idle) return std::unexpected(idle.error());
        auto former = storage::accounts_of_former_deputies(tx.db());
        if (!former) return std::unexpected(former.error());
        std::map<std::int64_t, std::pair<storage::AccountRoles, std::pair<bool, bool>>> found;
        for (auto& a : *idle) found[a.id] = {a, {true, false}};
        for (auto& a : *former) {
          auto [it, fresh] = found.try_emplace(a.id, a, std::pair{false, true});
          if (!fresh) it->second.second.second = true;
        }
        for (const auto& [id, entry] : found) {
          const auto& [account, flags] = entry;
          const auto reason = access::sweep_reason(account.roles, flags.first, flags.second);
          if (reason == access::SweepReason::none) continue;
          if (auto s = storage::deactivate_account(tx.db(), id, tx.now()); !s) return s;
          if (auto s = tx.audit(
                  {.action = "user.disable",
                   .object_type = "user",
                   .object_id = std::to_string(id),
                   .org_node_id = account.org_node_id,
                   .role = "system",
                   .changes = {{"active", "1", "0", false},
                               {"reason", std::nullopt, std::string(name_of(reason)), false}}});
              !s)
            return s;
          ++disabled;
        }
        return {};
      },
      {});
  if (!st) return std::unexpected(st.error());
  return disabled;
}

Result<std::optional<storage::AdminRequest>> reset_totp(Env& env, const Caller& caller,
                                                        UserId user) {
  const std::int64_t id = user.value();
  using Out = std::optional<storage::AdminRequest>;
  return write<Out>(env, caller, attempt("user.totp.reset", "user", id),
                    [&](Tx& tx) -> Result<Out> {
                      auto target = storage::find_account(tx.db(), id);
                      if (!target) return std::unexpected(target.error());
                      return reset_credentials(tx, caller, *target,
                                               {.action = access::AdminRequestAction::totp_reset},
                                               "user.totp.reset", "不能重置自己的动态口令", {},
                                               [&] { return apply_totp_reset(tx, *target); });
                    });
}

}  // namespace daibiao::app
