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
  return problems;
}

TimeMs lock_until_after_failure(int failures_in_window, TimeMs now, const LockoutPolicy& p) {
  return failures_in_window >= p.max_failures ? now + p.lock_for : 0;
}

SessionState session_state(TimeMs created_at, TimeMs last_seen_at, TimeMs now,
                           const SessionPolicy& p) {
  if (now - created_at >= p.absolute_timeout) return SessionState::absolute_expired;
  if (now - last_seen_at >= p.idle_timeout) return SessionState::idle_expired;
  return SessionState::valid;
}

}  // namespace daibiao::access
