#include "domain/access/account_policy.hpp"

#include <algorithm>
#include <cctype>
#include <string>

namespace daibiao::access {
namespace {

int code_points(std::string_view s) {
  // Count bytes that do not continue a UTF-8 sequence.
  return static_cast<int>(std::count_if(
      s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Fragments of the passwords that cracking lists try first (lower case). A password that
// contains one is refused even when it meets the length and class rules.
constexpr std::string_view kWeakParts[] = {
    "password", "passw0rd", "p@ssword", "p@ssw0rd", "qwerty",   "qwer1234", "asdfgh",   "zxcvbn",
    "1qaz2wsx", "1qaz@wsx", "1q2w3e",   "123456",   "654321",   "abc123",   "admin",    "iloveyou",
    "welcome",  "letmein",  "daibiao",  "woaini",   "88888888", "11111111", "00000000", "aaaaaa"};

}  // namespace

std::vector<std::string> password_problems(std::string_view password, std::string_view username,
                                           const PasswordPolicy& policy) {
  std::vector<std::string> problems;
  if (code_points(password) < policy.min_length)
    problems.push_back("密码至少需要 " + std::to_string(policy.min_length) + " 个字符");
  bool lower = false, upper = false, digit = false, other = false;
  for (unsigned char c : password) {
    if (std::islower(c))
      lower = true;
    else if (std::isupper(c))
      upper = true;
    else if (std::isdigit(c))
      digit = true;
    else
      other = true;
  }
  if (lower + upper + digit + other < policy.min_classes)
    problems.push_back("密码须包含小写字母、大写字母、数字、符号中的至少 " +
                       std::to_string(policy.min_classes) + " 类");
  if (!username.empty() && lower_ascii(password).find(lower_ascii(username)) != std::string::npos)
    problems.push_back("密码不能包含用户名");
  const std::string folded = lower_ascii(password);
  for (std::string_view weak : kWeakParts)
    if (folded.find(weak) != std::string::npos) {
      problems.push_back("密码包含常见弱口令或键盘顺序（如 “" + std::string(weak) +
                         "”），请换一个");
      break;
    }
  return problems;
}

bool password_rotation_applies(std::span<const Role> roles) {
  return std::any_of(roles.begin(), roles.end(), [](Role r) { return r != Role::deputy; });
}

bool password_expired(TimeMs changed_at, TimeMs now, std::span<const Role> roles,
                      const PasswordPolicy& p) {
  return password_rotation_applies(roles) && now - changed_at >= p.max_age;
}

TimeMs login_wait(const RecentFailures& f, TimeMs now, const LoginThrottlePolicy& p) {
  TimeMs wait = 0;
  if (f.name_and_ip >= p.max_per_name_and_ip)
    wait = std::max(wait, f.name_and_ip_oldest + p.window - now);
  if (f.ip >= p.max_per_ip) wait = std::max(wait, f.ip_oldest + p.window - now);
  return std::max<TimeMs>(wait, 0);
}

bool limit_reached_now(const RecentFailures& f, const LoginThrottlePolicy& p) {
  return f.name_and_ip == p.max_per_name_and_ip || f.ip == p.max_per_ip;
}

ManageRule account_management(AccountAct act, bool target_is_admin, const ManagerPowers& caller) {
  if (act == AccountAct::link_person) {
    if (target_is_admin) return {Route::refused, "管理员账号不能关联代表"};
    if (!caller.deputy_manage) return {Route::refused, "关联代表须由联工委工作人员办理"};
    return {Route::direct, {}};
  }
  if (target_is_admin) {
    if (!caller.role_grant)
      return {Route::refused, "管理员账号只能由安全管理员管理，且须另一名管理员批准"};
    return {Route::second_admin, {}};
  }
  if (!caller.user_manage) return {Route::refused, "没有权限执行此操作"};
  return {Route::direct, {}};
}

std::optional<std::int64_t> matching_totp_step(
    std::string_view code, TimeMs now, std::int64_t last_used_step,
    const std::function<std::string(std::int64_t)>& code_at) {
  if (code.size() != 6 ||
      !std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return std::nullopt;
  const std::int64_t current = now / kTotpStepMs;
  for (std::int64_t step : {current - 1, current, current + 1})
    if (step > last_used_step && code_at(step) == code) return step;
  return std::nullopt;
}

SweepReason sweep_reason(std::span<const Role> roles, bool idle, bool former_deputy) {
  const bool admin = std::any_of(roles.begin(), roles.end(), is_admin_role);
  if (idle && !admin) return SweepReason::idle;
  const bool only_deputy =
      std::all_of(roles.begin(), roles.end(), [](Role r) { return r == Role::deputy; });
  if (former_deputy && only_deputy) return SweepReason::mandate_ended;
  return SweepReason::none;
}

SessionState session_state(TimeMs created_at, TimeMs last_seen_at, TimeMs now,
                           const SessionPolicy& p) {
  if (now - created_at >= p.absolute_timeout) return SessionState::absolute_expired;
  if (now - last_seen_at >= p.idle_timeout) return SessionState::idle_expired;
  return SessionState::valid;
}

}  // namespace daibiao::access
