// Rules for passwords, failed logins and session lifetimes. Pure; the numbers are the
// defaults the platform issue fixes and may be overridden by configuration.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/clock.hpp"
#include "base/enum_table.hpp"
#include "base/result.hpp"
#include "domain/access/permissions.hpp"

#include <functional>
#include <optional>
#include <span>

namespace daibiao::access {

struct PasswordPolicy {
  int min_length = 10;                 // in characters (Unicode code points), not bytes
  int min_classes = 3;                 // of: lower case, upper case, digit, other
  int history = 5;                     // a new password may not be any of the last `history` ones
  TimeMs max_age = 90 * 24 * kHourMs;  // for staff and administrators (password_expired)
};

// Returns the reasons the password is refused (empty when acceptable), in zh-CN: too short,
// too few character classes, containing the user name, or built on a well-known weak
// password or keyboard run (a blocklist: "Password", "P@ssw0rd", "Qwerty", "1qaz2wsx",
// "123456", "admin", "daibiao" …, compared case-insensitively).
std::vector<std::string> password_problems(std::string_view password, std::string_view username,
                                           const PasswordPolicy& policy = {});

// Throttling failed sign-ins (等保: 登录失败处理). Counted per (user name, address) and per
// address, never per account alone: a flood from one address cannot lock the account's
// owner out from another. The user name is counted whether or not it exists, so a throttled
// answer says nothing about which names are real.
struct LoginThrottlePolicy {
  int max_per_name_and_ip = 5;  // failures of one user name from one address in `window`
  int max_per_ip = 30;          // failures from one address, whatever the user names
  TimeMs window = 15 * kMinuteMs;
};

// The failures the store counted in the last `window`, with the oldest of each kind.
struct RecentFailures {
  int name_and_ip = 0;
  TimeMs name_and_ip_oldest = 0;
  int ip = 0;
  TimeMs ip_oldest = 0;
};

// 0 when a sign-in may be tried now; otherwise how long (ms) until it may. Sliding window:
// the attempt is allowed again once enough failures have left the window.
TimeMs login_wait(const RecentFailures& f, TimeMs now, const LoginThrottlePolicy& p = {});

// True when `f` has just reached a limit with the failure it counts (the moment a flood is
// recorded once in the audit log, instead of once per refused attempt).
bool limit_reached_now(const RecentFailures& f, const LoginThrottlePolicy& p = {});

// 三员分立 over account management: what may be done to an account, by whom, and whether a
// second administrator must approve. An administrator account (one holding any of the three
// administrator roles) is managed only by the security administrator, and each change to it
// waits for another administrator's approval, so no single account can take over or silence
// an administrator of another kind. Linking an account to a deputy (which, with the deputy
// role, makes it act as that deputy) is liaison staff's act and never done to administrators.
enum class AccountAct { edit, deactivate, activate, reset_password, link_person };

enum class Route {
  direct,        // the caller may do it now
  second_admin,  // recorded as a request that another administrator must approve
  refused,       // permission_denied with `reason`
};

struct ManageRule {
  Route route = Route::refused;
  std::string reason;  // zh-CN, when refused
};

struct ManagerPowers {
  bool user_manage = false;    // holds user.manage over the account's home node
  bool role_grant = false;     // holds role.grant there (the security administrator)
  bool deputy_manage = false;  // holds deputy.manage there (liaison staff)
};

ManageRule account_management(AccountAct act, bool target_is_admin, const ManagerPowers& caller);

// A change to an administrator account filed for a second administrator: what it asks for
// and where it stands.
enum class AdminRequestAction { password_reset, totp_reset, deactivate, activate, edit };
inline constexpr auto kAdminRequestActionNames = std::to_array<EnumEntry<AdminRequestAction>>({
    {AdminRequestAction::password_reset, "password.reset", "重置密码"},
    {AdminRequestAction::totp_reset, "totp.reset", "重置动态口令"},
    {AdminRequestAction::deactivate, "deactivate", "停用账号"},
    {AdminRequestAction::activate, "activate", "启用账号"},
    {AdminRequestAction::edit, "edit", "修改账号"},
});
static_assert(enum_table_ok(kAdminRequestActionNames));
constexpr const auto& enum_table(AdminRequestAction) { return kAdminRequestActionNames; }

enum class AdminRequestStatus { pending, approved, rejected };
inline constexpr auto kAdminRequestStatusNames = std::to_array<EnumEntry<AdminRequestStatus>>({
    {AdminRequestStatus::pending, "pending", "待审批"},
    {AdminRequestStatus::approved, "approved", "已批准"},
    {AdminRequestStatus::rejected, "rejected", "已驳回"},
});
static_assert(enum_table_ok(kAdminRequestStatusNames));
constexpr const auto& enum_table(AdminRequestStatus) { return kAdminRequestStatusNames; }

// 等保: staff and administrators change their password every `max_age`; deputies (who sign
// in rarely, often from a phone) are exempt. `roles` are the account's roles.
bool password_rotation_applies(std::span<const Role> roles);
bool password_expired(TimeMs changed_at, TimeMs now, std::span<const Role> roles,
                      const PasswordPolicy& p = {});

// TOTP (RFC 6238): 30-second steps; a code is accepted for the current step and one step
// either side (clock drift), and only for a step newer than the last one used, so each code
// signs in once. `code_at(step)` computes the expected code. Returns the matching step.
constexpr std::int64_t kTotpStepMs = 30'000;
std::optional<std::int64_t> matching_totp_step(
    std::string_view code, TimeMs now, std::int64_t last_used_step,
    const std::function<std::string(std::int64_t)>& code_at);

// 等保: accounts not signed in for `idle_days` are disabled, and so are deputies' accounts
// once none of their mandates is serving. Administrators are never disabled for idleness:
// the three administrators are few and disabling them all would leave only the command line
// (`daibiao admin create`) to recover; their passwords expire instead.
struct AccountSweepPolicy {
  int idle_days = 90;
};
enum class SweepReason { none, idle, mandate_ended };
// The names are the `reason` of the "user.disable" audit record.
inline constexpr auto kSweepReasonNames = std::to_array<EnumEntry<SweepReason>>({
    {SweepReason::none, "none", ""},
    {SweepReason::idle, "idle_90_days", "长期未登录"},
    {SweepReason::mandate_ended, "mandate_ended", "代表资格已终止"},
});
static_assert(enum_table_ok(kSweepReasonNames));
constexpr const auto& enum_table(SweepReason) { return kSweepReasonNames; }
// Why an account found idle (`idle`) or linked to a former deputy (`former_deputy`) holding
// `roles` is to be disabled, or none. A former deputy's account that also holds a staff role
// keeps working (the person is still staff), unless idle.
SweepReason sweep_reason(std::span<const Role> roles, bool idle, bool former_deputy);

struct SessionPolicy {
  TimeMs idle_timeout = 30 * kMinuteMs;
  TimeMs absolute_timeout = 12 * kHourMs;
  // last_seen is written at most this often, so reads don't each cost a write.
  TimeMs touch_interval = kMinuteMs;
};

enum class SessionState { valid, idle_expired, absolute_expired };

SessionState session_state(TimeMs created_at, TimeMs last_seen_at, TimeMs now,
                           const SessionPolicy& p = {});

}  // namespace daibiao::access
