// Rules for passwords, failed logins and session lifetimes. Pure; the numbers are the
// defaults the platform issue fixes and may be overridden by configuration.
#pragma once

#include <string_view>
#include <vector>

#include "base/clock.hpp"
#include "base/result.hpp"

namespace daibiao::access {

struct PasswordPolicy {
  int min_length = 10;  // in characters (Unicode code points), not bytes
  int min_classes = 3;  // of: lower case, upper case, digit, other
};

// Returns the reasons the password is refused (empty when acceptable), in zh-CN.
std::vector<std::string> password_problems(std::string_view password, std::string_view username,
                                           const PasswordPolicy& policy = {});

struct LockoutPolicy {
  int max_failures = 5;  // failures within `window` that lock the account
  TimeMs window = 15 * kMinuteMs;
  TimeMs lock_for = 30 * kMinuteMs;
};

// After a failed attempt: `failures_in_window` counts it too. Returns the time the account
// stays locked until, or 0 when it is not to be locked.
TimeMs lock_until_after_failure(int failures_in_window, TimeMs now, const LockoutPolicy& p = {});

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
