// Resets of another account's password or second factor, and the requests that changes to
// administrator accounts wait in until a second administrator decides them (三员分立).
#include "app/people/account_service.hpp"

#include <cctype>
#include <functional>

#include "app/access/auth.hpp"
#include "app/people/account_checks.hpp"
#include "platform/crypto.hpp"

namespace daibiao::app {
namespace {

using access::Permission;
using storage::Connection;
using namespace accounts;

// The name sign-in failures are counted under (app::login lower-cases what was typed).
std::string login_name_of(std::string name) {
  for (char& ch : name) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return name;
}

// Sets a new password (the old hash goes to the history) and ends the account's sessions
// and throttling records.
Status apply_password(Tx& tx, std::int64_t id, const std::string& hash) {
  DAIBIAO_TRY(auto account, storage::find_account(tx.db(), id));
  if (auto st = replace_password_hash(tx.db(), account, hash, tx.now()); !st) return st;
  if (auto st = storage::delete_sessions_of(tx.db(), id); !st) return st;
  return storage::clear_login_attempts(tx.db(), login_name_of(account.username));
}

constexpr TimeMs kAdminRequestLifetime = 24 * kHourMs;

// A reset of another account's credentials (password, second factor), inside `tx`: refused
// per access::account_management; for an administrator's account filed as `request` for a
// second administrator; otherwise `apply` runs now and the reset is audited as `action`.
using ResetOut = std::optional<storage::AdminRequest>;
Result<ResetOut> reset_credentials(Tx& tx, const Caller& caller, const people::Account& target,
                                   storage::AdminRequest request, const std::string& action,
                                   const std::string& self_message,
                                   std::vector<audit::FieldChange> changes,
                                   const std::function<Status()>& apply) {
  DAIBIAO_TRY(auto node, managed_home(tx.db(), caller, target.org_node_id));
  DAIBIAO_TRY(auto admin, is_admin_account(tx.db(), target.id));
  const access::AccountAct act[] = {access::AccountAct::reset_password};
  DAIBIAO_TRY(auto route, route_for(act, admin, powers_at(caller.principal, node.path)));
  if (target.id == caller.principal.user_id)
    return fail(ErrorCode::failed_precondition, self_message);
  if (route == access::Route::second_admin) {
    request.target_user_id = target.id;
    DAIBIAO_TRY(auto filed, file_admin_request(tx, caller, std::move(request), node));
    return ResetOut(std::move(filed));
  }
  if (auto st = apply(); !st) return std::unexpected(st.error());
  if (auto st = tx.audit({.action = action,
                          .object_type = "user",
                          .object_id = std::to_string(target.id),
                          .org_node_id = node.id,
                          .role = manager_role(caller.principal, node.path),
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
    fields.reserve(problems.size());
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

Result<std::optional<storage::AdminRequest>> reset_totp(Env& env, const Caller& caller,
                                                        UserId user) {
  const std::int64_t id = user.value();
  using Out = std::optional<storage::AdminRequest>;
  return write<Out>(env, caller, attempt("user.totp.reset", "user", id),
                    [&](Tx& tx) -> Result<Out> {
                      DAIBIAO_TRY(auto target, storage::find_account(tx.db(), id));
                      return reset_credentials(tx, caller, target,
                                               {.action = access::AdminRequestAction::totp_reset},
                                               "user.totp.reset", "不能重置自己的动态口令", {},
                                               [&] { return apply_totp_reset(tx, target); });
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
        DAIBIAO_TRY(auto target, storage::find_account(tx.db(), r->target_user_id));
        std::vector<audit::FieldChange> changes{
            {"request_action", std::nullopt, std::string(name_of(r->action)), false},
            {"requested_by", std::nullopt, r->requested_by_name, false}};
        if (approve) {
          if (r->action == AdminRequestAction::password_reset) {
            if (auto st = apply_password(tx, target.id, *r->password_hash); !st)
              return std::unexpected(st.error());
            changes.push_back({"password", "******", "******", true});
          } else if (r->action == AdminRequestAction::totp_reset) {
            if (auto st = apply_totp_reset(tx, target); !st) return std::unexpected(st.error());
            changes.push_back({"totp", "enabled", "reset", false});
          } else {
            people::Account next = target;
            if (r->action == AdminRequestAction::deactivate) next.active = false;
            if (r->action == AdminRequestAction::activate) next.active = true;
            if (r->action == AdminRequestAction::edit && r->display_name)
              next.display_name = *r->display_name;
            auto saved = storage::update_account(tx.db(), next, tx.now());
            if (!saved) return std::unexpected(saved.error());
            if (!saved->active)
              if (auto st = storage::delete_sessions_of(tx.db(), target.id); !st)
                return std::unexpected(st.error());
            note_change(changes, "active", target.active ? "1" : "0", saved->active ? "1" : "0");
            note_change(changes, "display_name", target.display_name, saved->display_name, true);
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
                                .object_id = std::to_string(target.id),
                                .org_node_id = target.org_node_id,
                                .role = p.admin_role_at(r->target_org_path),
                                .changes = std::move(changes)});
            !st)
          return std::unexpected(st.error());
        return storage::find_admin_request(tx.db(), request_id);
      });
}

}  // namespace daibiao::app
