#include "app/access/auth.hpp"

#include <cctype>

#include "base/text.hpp"
#include "platform/crypto.hpp"
#include "storage/people/account_store.hpp"

namespace daibiao::app {
namespace {

constexpr const char* kBadLogin = "用户名或密码错误，或账号已停用";

Error bad_login() { return Error{ErrorCode::unauthenticated, kBadLogin, {}, {}}; }

Caller anonymous(const std::string& username, const std::string& ip, const std::string& rid) {
  Caller c;
  c.principal.username = username;
  c.ip = ip;
  c.request_id = rid;
  return c;
}

std::string login_name(std::string_view typed) {
  std::string out(typed.substr(0, 64));
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

Error bad_totp() {
  return Error{ErrorCode::unauthenticated,
               "动态口令不正确或已使用",
               {{"totp_code", "动态口令不正确或已使用"}},
               {}};
}

Result<std::string> open_totp_secret(Env& env, const std::string& sealed) {
  if (!env.cipher)
    return fail(ErrorCode::internal, "动态口令密钥无法读取", "totp secret without --key-file");
  DAIBIAO_TRY(auto hex, env.cipher->open(sealed));
  auto raw = from_hex(hex);
  if (!raw) return fail(ErrorCode::internal, "动态口令密钥无法读取", "totp secret not hex");
  return *raw;
}

std::unexpected<Error> throttled(TimeMs wait) {
  const long long seconds = (wait + 999) / 1000;
  const long long minutes = (seconds + 59) / 60;
  return fail_throttled("登录失败次数过多，请 " + std::to_string(minutes) + " 分钟后再试", seconds);
}

// Records a failed attempt under (name, address). The attempt that brings a count to its
// limit also writes one "auth.throttle" record: a flood is audited once, not per request.
void record_failure(Env& env, const Caller& caller, const std::string& name,
                    const std::optional<people::Account>& account, const std::string& reason) {
  (void)write_tx(
      env, caller,
      [&](Tx& tx) -> Status {
        if (auto st = storage::record_login_attempt(tx.db(), name, caller.ip, tx.now()); !st)
          return st;
        DAIBIAO_TRY(auto recent,
                    storage::recent_login_failures(tx.db(), name, caller.ip,
                                                   tx.now() - env.config.throttle.window));
        if (auto st = tx.audit(
                {.action = "auth.login",
                 .object_type = "user",
                 .object_id = account ? std::to_string(account->id) : "",
                 .org_node_id = account ? std::optional(account->org_node_id) : std::nullopt,
                 .changes = {{"reason", std::nullopt, reason, false}},
                 .outcome = audit::Outcome::failure});
            !st)
          return st;
        if (!access::limit_reached_now(recent, env.config.throttle)) return {};
        return tx.audit(
            {.action = "auth.throttle",
             .object_type = "ip",
             .object_id = caller.ip,
             .changes = {{"username", std::nullopt, name, false},
                         {"failures_from_name_and_ip", std::nullopt,
                          std::to_string(recent.name_and_ip), false},
                         {"failures_from_ip", std::nullopt, std::to_string(recent.ip), false}},
             .outcome = audit::Outcome::denied});
      },
      {});
}

}  // namespace

Status check_password_not_reused(Env& env, const people::Account& account,
                                 const std::string& password, const std::string& field) {
  // The current password counts as one of the last `history`.
  DAIBIAO_TRY(auto earlier, read<std::vector<std::string>>(env, [&](storage::Connection& c) {
                return storage::recent_password_hashes(
                    c, account.id, std::max(0, env.config.password.history - 1));
              }));
  earlier.push_back(account.password_hash);
  for (const auto& h : earlier)
    if (platform::verify_password(password, h))
      return fail_fields({{field, "不能使用最近 " + std::to_string(env.config.password.history) +
                                      " 次用过的密码"}});
  return {};
}

Status replace_password_hash(storage::Connection& c, const people::Account& account,
                             const std::string& new_hash, TimeMs now) {
  if (auto st = storage::add_password_history(c, account.id, account.password_hash, now); !st)
    return st;
  return storage::set_password_hash(c, account.id, new_hash, now);
}

Result<access::Principal> load_principal(storage::Connection& c, std::int64_t user_id) {
  auto account = storage::find_account(c, user_id);
  if (!account) return std::unexpected(account.error());
  DAIBIAO_TRY(auto grants, storage::grants_of(c, user_id));
  access::Principal p;
  p.user_id = account->id;
  p.username = account->username;
  p.display_name = account->display_name;
  p.home_org_id = account->org_node_id;
  p.unit_id = account->unit_id;
  p.person_id = account->person_id;
  for (const auto& g : grants) p.grants.push_back({g.role, g.org_node_id, g.org_path, g.org_name});
  p.person_id = access::acting_person(p.grants, account->person_id);
  if (!account->active) return fail(ErrorCode::unauthenticated, "账号已停用");
  return p;
}

Result<access::Principal> principal_of(Env& env, UserId user) {
  const std::int64_t user_id = user.value();
  return read<access::Principal>(
      env, [&](storage::Connection& c) { return load_principal(c, user_id); });
}

Result<LoginResult> login(Env& env, const std::string& username, const std::string& password,
                          const std::string& ip, const std::string& request_id,
                          const std::optional<std::string>& totp_code) {
  const Caller caller = anonymous(username.substr(0, 64), ip, request_id);
  const std::string name = login_name(username);
  DAIBIAO_TRY(auto recent, read<access::RecentFailures>(env, [&](storage::Connection& c) {
                return storage::recent_login_failures(
                    c, name, ip, env.clock.now_ms() - env.config.throttle.window);
              }));
  if (TimeMs wait = access::login_wait(recent, env.clock.now_ms(), env.config.throttle); wait > 0)
    return throttled(wait);
  DAIBIAO_TRY(auto found,
              read<std::optional<people::Account>>(
                  env, [&](storage::Connection& c) -> Result<std::optional<people::Account>> {
                    auto a = storage::find_account_by_username(c, username);
                    if (!a && a.error().code == ErrorCode::not_found)
                      return std::optional<people::Account>{};
                    if (!a) return std::unexpected(a.error());
                    return std::optional(*a);
                  }));
  const TimeMs now = env.clock.now_ms();
  const std::optional<people::Account>& account = found;
  if (!account || !account->active) {
    platform::burn_password_check(password);  // same cost as a real check
    record_failure(env, caller, name, account, !account ? "unknown_user" : "disabled");
    return std::unexpected(bad_login());
  }
  if (!platform::verify_password(password, account->password_hash)) {
    record_failure(env, caller, name, account, "wrong_password");
    return std::unexpected(bad_login());
  }
  // The second factor, when the account has one: the step it matches is taken in the same
  // transaction as the session, so a code signs in once.
  std::optional<std::int64_t> totp_step;
  DAIBIAO_TRY(auto totp, read<storage::TotpState>(env, [&](storage::Connection& c) {
                return storage::totp_state(c, account->id);
              }));
  if (totp.secret) {
    if (!totp_code || totp_code->empty())
      return std::unexpected(Error{
          ErrorCode::unauthenticated, "请输入动态口令", {{"totp_code", "请输入动态口令"}}, {}});
    DAIBIAO_TRY(auto secret, open_totp_secret(env, *totp.secret));
    totp_step = access::matching_totp_step(*totp_code, now, totp.last_step, [&](std::int64_t t) {
      return platform::totp_code(secret, t);
    });
    if (!totp_step) {
      record_failure(env, caller, name, account, "wrong_totp");
      return std::unexpected(bad_totp());
    }
  }
  LoginResult out;
  out.session_token = env.random.hex_token(32);
  out.csrf_token = env.random.hex_token(24);
  out.account = *account;
  out.expires_at = now + env.config.session.absolute_timeout;
  Caller who = caller;
  who.principal.user_id = account->id;
  auto st = write_tx(
      env, who,
      [&](Tx& tx) -> Status {
        if (totp_step) {
          DAIBIAO_TRY(auto fresh, storage::use_totp_step(tx.db(), account->id, *totp_step));
          if (!fresh) return std::unexpected(bad_totp());
        }
        if (auto s = storage::clear_login_attempts(tx.db(), name); !s) return s;
        if (auto s = storage::record_login_success(tx.db(), account->id, tx.now()); !s) return s;
        if (auto s = storage::insert_login_session(tx.db(), platform::sha256_hex(out.session_token),
                                                   account->id, out.csrf_token, tx.now(),
                                                   out.expires_at, ip);
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
    TimeMs password_changed_at = 0;
    bool totp_enabled = false;
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
            s->active,
            s->password_changed_at,
            s->totp_enabled};
    f.principal.user_id = s->session.user_id;
    f.principal.username = s->username;
    f.principal.display_name = s->display_name;
    f.principal.home_org_id = s->org_node_id;
    f.principal.unit_id = s->unit_id;
    f.principal.person_id = s->person_id;
    for (const auto& g : s->grants)
      f.principal.grants.push_back({g.role, g.org_node_id, g.org_path, g.org_name});
    f.principal.person_id = access::acting_person(f.principal.grants, s->person_id);
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
  std::vector<access::Role> roles;
  for (const auto& g : found->principal.grants) roles.push_back(g.role);
  const bool expired =
      access::password_expired(found->password_changed_at, now, roles, env.config.password);
  const bool totp_setup_required =
      env.config.admin_totp_required && !found->totp_enabled && found->principal.is_admin();
  return Authenticated{std::move(found->principal), found->session.id,
                       found->session.csrf_token,   expired,
                       found->totp_enabled,         totp_setup_required};
}

Status logout(Env& env, const Caller& caller, LoginSessionId session) {
  const std::int64_t session_id = session.value();
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

Status change_password(Env& env, const Caller& caller, LoginSessionId keep_session,
                       const std::string& old_password, const std::string& new_password) {
  const std::int64_t keep_session_id = keep_session.value();
  DAIBIAO_TRY(auto account, read<people::Account>(env, [&](storage::Connection& c) {
                return storage::find_account(c, caller.principal.user_id);
              }));
  if (!platform::verify_password(old_password, account.password_hash))
    return fail_fields({{"old_password", "原密码不正确"}});
  auto problems = access::password_problems(new_password, account.username, env.config.password);
  if (old_password == new_password) problems.push_back("新密码不能与原密码相同");
  if (!problems.empty()) {
    std::vector<FieldError> fields;
    for (auto& p : problems) fields.push_back({"new_password", p});
    return fail_fields(std::move(fields));
  }
  if (auto st = check_password_not_reused(env, account, new_password, "new_password"); !st)
    return st;
  const std::string hash = platform::hash_password(new_password);
  return write_tx(
      env, caller,
      [&](Tx& tx) -> Status {
        if (auto st = replace_password_hash(tx.db(), account, hash, tx.now()); !st) return st;
        if (auto st = storage::delete_other_sessions(tx.db(), account.id, keep_session_id); !st)
          return st;
        return tx.audit({.action = "auth.password.change",
                         .object_type = "user",
                         .object_id = std::to_string(account.id),
                         .org_node_id = account.org_node_id,
                         .changes = {{"password", "******", "******", true}}});
      },
      {});
}

Result<TotpSetup> setup_totp(Env& env, const Caller& caller) {
  if (!env.cipher)
    return fail(ErrorCode::failed_precondition,
                "服务器未配置密钥文件（serve --key-file），不能绑定动态口令");
  const std::string hex = env.random.hex_token(20);  // 160 bits, as RFC 4226 recommends
  const std::string raw = *from_hex(hex);
  auto st = write_tx(env, caller,
                     [&](Tx& tx) {
                       return storage::set_totp_pending(tx.db(), caller.principal.user_id,
                                                        env.cipher->seal(hex));
                     },
                     {});
  if (!st) return std::unexpected(st.error());
  TotpSetup out;
  out.secret = base32(raw);
  out.otpauth_uri = "otpauth://totp/daibiao:" + caller.principal.username +
                    "?secret=" + out.secret + "&issuer=daibiao&algorithm=SHA1&digits=6&period=30";
  return out;
}

Status enable_totp(Env& env, const Caller& caller, const std::string& code) {
  return write_tx(
      env, caller,
      [&](Tx& tx) -> Status {
        auto state = storage::totp_state(tx.db(), caller.principal.user_id);
        if (!state) return std::unexpected(state.error());
        if (!state->pending)
          return fail(ErrorCode::failed_precondition, "请先获取新的动态口令密钥");
        DAIBIAO_TRY(auto secret, open_totp_secret(env, *state->pending));
        auto step = access::matching_totp_step(
            code, tx.now(), 0, [&](std::int64_t t) { return platform::totp_code(secret, t); });
        if (!step) return fail_fields({{"code", "动态口令不正确，请核对手机上的时间后重试"}});
        if (auto st = storage::enable_totp(tx.db(), caller.principal.user_id, *step); !st)
          return st;
        return tx.audit({.action = "auth.totp.enable",
                         .object_type = "user",
                         .object_id = std::to_string(caller.principal.user_id),
                         .org_node_id = caller.principal.home_org_id});
      },
      {});
}

Status disable_totp(Env& env, const Caller& caller, const std::string& password) {
  if (caller.principal.is_admin())
    return fail(ErrorCode::permission_denied, "管理员必须使用动态口令，不能关闭");
  if (password.empty()) return fail_fields({{"password", "必填"}});
  DAIBIAO_TRY(auto account, read<people::Account>(env, [&](storage::Connection& c) {
                return storage::find_account(c, caller.principal.user_id);
              }));
  if (!platform::verify_password(password, account.password_hash))
    return fail_fields({{"password", "密码不正确"}});
  return write_tx(env, caller,
                  [&](Tx& tx) -> Status {
                    if (auto st = storage::disable_totp(tx.db(), caller.principal.user_id); !st)
                      return st;
                    return tx.audit({.action = "auth.totp.disable",
                                     .object_type = "user",
                                     .object_id = std::to_string(caller.principal.user_id),
                                     .org_node_id = caller.principal.home_org_id});
                  },
                  {});
}

}  // namespace daibiao::app
