// Logging in and out, turning a session cookie into a Principal, changing passwords.
#pragma once

#include <optional>
#include <string>

#include "app/use_case.hpp"
#include "base/id.hpp"
#include "domain/people/account.hpp"

namespace daibiao::app {

struct LoginResult {
  std::string session_token;  // goes into the HttpOnly cookie; only its hash is stored
  std::string csrf_token;     // the client echoes it in X-CSRF-Token
  people::Account account;
  TimeMs expires_at = 0;  // absolute expiry
};

// Unknown user, wrong password and disabled accounts all get the same unauthenticated
// error and take the same time. Failures are throttled per (user name, address) and per
// address (access::LoginThrottlePolicy): too_many_requests with a retry time, before any
// password is hashed, for existing and unknown names alike. Failed attempts are audited
// until a limit is reached, which is audited once ("auth.throttle"); throttled attempts
// write nothing.
// With a second factor enabled, a right password also needs `totp_code` (unauthenticated with
// a field error on totp_code when missing or wrong; a wrong code counts as a failure).
Result<LoginResult> login(Env& env, const std::string& username, const std::string& password,
                          const std::string& ip, const std::string& request_id,
                          const std::optional<std::string>& totp_code = std::nullopt);

struct Authenticated {
  access::Principal principal;
  std::int64_t session_id = 0;
  std::string csrf_token;
  // Staff and administrators whose password is older than PasswordPolicy::max_age may only
  // read who they are, change the password and sign out until they change it.
  bool password_expired = false;
  bool totp_enabled = false;
  // An administrator without a second factor while Config::admin_totp_required: may only
  // set one up (and read who they are, change the password, sign out).
  bool totp_setup_required = false;
};

// A second factor (TOTP, RFC 6238) for the calling account: setup draws a new secret and
// keeps it pending; enable confirms it with a first code; disable (not for administrators)
// needs the password. Enable and disable are audited.
struct TotpSetup {
  std::string secret;       // base32, for typing into an authenticator
  std::string otpauth_uri;  // for a QR code
};
Result<TotpSetup> setup_totp(Env& env, const Caller& caller);
Status enable_totp(Env& env, const Caller& caller, const std::string& code);
Status disable_totp(Env& env, const Caller& caller, const std::string& password);

// Resolves a session token. unauthenticated with message "会话已过期…" when it timed out
// (idle 30 min, absolute 12 h). Refreshes last_seen at most once a minute.
Result<Authenticated> authenticate(Env& env, const std::string& session_token);

Status logout(Env& env, const Caller& caller, LoginSessionId session);

// Also ends the account's other sessions (`keep_session_id` stays signed in).
Status change_password(Env& env, const Caller& caller, LoginSessionId keep_session,
                       const std::string& old_password, const std::string& new_password);

// invalid_argument on `field` when `password` is the account's current password or one of
// its last PasswordPolicy::history ones (等保: no reuse).
Status check_password_not_reused(Env& env, const people::Account& account,
                                 const std::string& password, const std::string& field);
// Replaces the account's password hash, keeping the old one in the history.
Status replace_password_hash(storage::Connection& c, const people::Account& account,
                             const std::string& new_hash, TimeMs now);

// Loads a principal (account + grants) by user id.
Result<access::Principal> load_principal(storage::Connection& c, std::int64_t user_id);
Result<access::Principal> principal_of(Env& env, UserId user);

}  // namespace daibiao::app
