#include "app/auth.hpp"

#include "platform/crypto.hpp"
#include "storage/people/account_store.hpp"

namespace daibiao::app {
namespace {

constexpr const char* kBadLogin = "用户名或密码错误，或账号已被锁定";

Error bad_login() { return Error{ErrorCode::unauthenticated, kBadLogin, {}, {}}; }

Caller anonymous(const std::string& username, const std::string& ip, const std::string& rid) {
  Caller c;
  c.principal.username = username;
  c.ip = ip;
  c.request_id = rid;
  return c;
}

// Records a failed attempt, locking the account when it is the fifth in the window.
void record_failure(Env& env, const Caller& caller, const std::optional<people::Account>& account,
                    const std::string& reason) {
  (void)write_tx(
      env, caller,
      [&](Tx& tx) -> Status {
        std::vector<audit::FieldChange> changes{{"reason", std::nullopt, reason, false}};
        if (account) {
          if (auto st = storage::record_login_failure(tx.db(), account->id, tx.now()); !st)
            return st;
          auto n = storage::count_login_failures(tx.db(), account->id,
                                                 tx.now() - env.config.lockout.window);
          if (!n) return std::unexpected(n.error());
          const TimeMs until = access::lock_until_after_failure(*n, tx.now(), env.config.lockout);
          if (until > 0 && account->locked_until <= tx.now()) {
            if (auto st = storage::set_locked_until(tx.db(), account->id, until); !st) return st;
            changes.push_back({"locked_until", std::nullopt, format_iso_utc(until), false});
          }
        }
        return tx.audit(
            {.action = "auth.login",
             .object_type = "user",
             .object_id = account ? std::to_string(account->id) : "",
             .org_node_id = account ? std::optional(account->org_node_id) : std::nullopt,
             .changes = std::move(changes),
             .outcome = "failure"});
      },
      {});
}

}  // namespace

Result<access::Principal> load_principal(storage::Connection& c, std::int64_t user_id) {
  auto account = storage::find_account(c, user_id);
  if (!account) return std::unexpected(account.error());
  auto grants = storage::grants_of(c, user_id);
  if (!grants) return std::unexpected(grants.error());
  access::Principal p;
  p.user_id = account->id;
  p.username = account->username;
  p.display_name = account->display_name;
  p.home_org_id = account->org_node_id;
  p.unit_id = account->unit_id;
  p.person_id = account->person_id;
  for (const auto& g : *grants)
    if (auto role = access::parse_role(g.role))
      p.grants.push_back({*role, g.org_node_id, g.org_path, g.org_name});
  if (!account->active) return fail(ErrorCode::unauthenticated, "账号已停用");
  return p;
}

Result<access::Principal> principal_of(Env& env, std::int64_t user_id) {
  return read<access::Principal>(
      env, [&](storage::Connection& c) { return load_principal(c, user_id); });
}

Result<LoginResult> login(Env& env, const std::string& username, const std::string& password,
                          const std::string& ip, const std::string& request_id) {
  const Caller caller = anonymous(username.substr(0, 64), ip, request_id);
  auto found = read<std::optional<people::Account>>(
      env, [&](storage::Connection& c) -> Result<std::optional<people::Account>> {
        auto a = storage::find_account_by_username(c, username);
        if (!a && a.error().code == ErrorCode::not_found) return std::optional<people::Account>{};
        if (!a) return std::unexpected(a.error());
        return std::optional(*a);
      });
  if (!found) return std::unexpected(found.error());
  const TimeMs now = env.clock.now_ms();
  const std::optional<people::Account>& account = *found;
  if (!account || !account->active || account->locked_until > now) {
    platform::burn_password_check(password);  // same cost as a real check
    const char* why = !account ? "unknown_user" : !account->active ? "disabled" : "locked";
    record_failure(env, caller, account && account->locked_until > now ? std::nullopt : account,
                   why);
    return std::unexpected(bad_login());
  }
  if (!platform::verify_password(password, account->password_hash)) {
    record_failure(env, caller, account, "wrong_password");
    return std::unexpected(bad_login());
  }
  LoginResult out;
  out.session_token = env.random.hex_token(32);
  out.csrf_token = env.random.hex_token(24);
  out.account = *account;
  out.expires_at = now + env.config.session.absolute_timeout;
  Caller who = caller;
  who.principal.user_id = account->id;
  auto st = write_tx(env, who,
                     [&](Tx& tx) -> Status {
                       if (auto s = storage::clear_login_failures(tx.db(), account->id); !s)
                         return s;
                       if (auto s = storage::insert_login_session(
                               tx.db(), platform::sha256_hex(out.session_token), account->id,
                               out.csrf_token, tx.now(), out.expires_at, ip);
                           !s)
                         return s;
                       return tx.audit({.action = "auth.login",
                                        .object_type = "user",
                                        .object_id = std::to_string(account->id),
                                        .org_node_id = account->org_node_id});
                     },
                     {});
  if (!st) return std::unexpected(st.error());
  return out;
}

Result<Authenticated> authenticate(Env& env, const std::string& session_token) {
  if (session_token.empty()) return fail(ErrorCode::unauthenticated, "请先登录");
  const std::string token_hash = platform::sha256_hex(session_token);
  const TimeMs now = env.clock.now_ms();
  struct Found {
    storage::SessionRow session;
    access::SessionState state;
    access::Principal principal;
    bool active = false;
  };
  auto found = read<Found>(env, [&](storage::Connection& c) -> Result<Found> {
    auto s = storage::find_session_with_account(c, token_hash);
    if (!s) {
      if (s.error().code == ErrorCode::not_found)
        return fail(ErrorCode::unauthenticated, "会话已失效，请重新登录");
      return std::unexpected(s.error());
    }
    Found f{s->session,
            access::session_state(s->session.created_at, s->session.last_seen_at, now,
                                  env.config.session),
            {},
            s->active};
    f.principal.user_id = s->session.user_id;
    f.principal.username = s->username;
    f.principal.display_name = s->display_name;
    f.principal.home_org_id = s->org_node_id;
    f.principal.unit_id = s->unit_id;
    f.principal.person_id = s->person_id;
    for (const auto& g : s->grants)
      if (auto role = access::parse_role(g.role))
        f.principal.grants.push_back({*role, g.org_node_id, g.org_path, g.org_name});
    return f;
  });
  if (!found) return std::unexpected(found.error());
  if (found->state != access::SessionState::valid) {
    (void)env.db.write([&](storage::Connection& c) {
      return storage::delete_login_session(c, found->session.id);
    });
    return fail(ErrorCode::unauthenticated, found->state == access::SessionState::idle_expired
                                                ? "会话已过期（30 分钟无操作），请重新登录"
                                                : "会话已到最长时限（12 小时），请重新登录");
  }
  if (now - found->session.last_seen_at >= env.config.session.touch_interval) {
    (void)env.db.write([&](storage::Connection& c) {
      return storage::touch_login_session(c, found->session.id, now);
    });
  }
  if (!found->active) return fail(ErrorCode::unauthenticated, "账号已停用");
  return Authenticated{std::move(found->principal), found->session.id, found->session.csrf_token};
}

Status logout(Env& env, const Caller& caller, std::int64_t session_id) {
  return write_tx(env, caller,
                  [&](Tx& tx) -> Status {
                    if (auto st = storage::delete_login_session(tx.db(), session_id); !st)
                      return st;
                    return tx.audit({.action = "auth.logout",
                                     .object_type = "user",
                                     .object_id = std::to_string(caller.principal.user_id),
                                     .org_node_id = caller.principal.home_org_id});
                  },
                  {});
}

Status change_password(Env& env, const Caller& caller, std::int64_t keep_session_id,
                       const std::string& old_password, const std::string& new_password) {
  auto account = read<people::Account>(env, [&](storage::Connection& c) {
    return storage::find_account(c, caller.principal.user_id);
  });
  if (!account) return std::unexpected(account.error());
  if (!platform::verify_password(old_password, account->password_hash))
    return fail_fields({{"old_password", "原密码不正确"}});
  auto problems = access::password_problems(new_password, account->username, env.config.password);
  if (old_password == new_password) problems.push_back("新密码不能与原密码相同");
  if (!problems.empty()) {
    std::vector<FieldError> fields;
    for (auto& p : problems) fields.push_back({"new_password", p});
    return fail_fields(std::move(fields));
  }
  const std::string hash = platform::hash_password(new_password);
  return write_tx(
      env, caller,
      [&](Tx& tx) -> Status {
        if (auto st = storage::set_password_hash(tx.db(), account->id, hash, tx.now()); !st)
          return st;
        if (auto st = storage::delete_other_sessions(tx.db(), account->id, keep_session_id); !st)
          return st;
        return tx.audit({.action = "auth.password.change",
                         .object_type = "user",
                         .object_id = std::to_string(account->id),
                         .org_node_id = account->org_node_id,
                         .changes = {{"password", "******", "******", true}}});
      },
      {});
}

}  // namespace daibiao::app
