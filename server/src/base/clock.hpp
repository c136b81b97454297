// Injected time. Only platform/ reads the real clock; tests use ManualClock.
#pragma once

#include <atomic>
#include <cstdint>
#include <string>

namespace daibiao {

// Milliseconds since the Unix epoch, UTC. Stored as-is in both databases.
using TimeMs = std::int64_t;

constexpr TimeMs kSecondMs = 1000;
constexpr TimeMs kMinuteMs = 60 * kSecondMs;
constexpr TimeMs kHourMs = 60 * kMinuteMs;
constexpr TimeMs kDayMs = 24 * kHourMs;

class Clock {
 public:
  virtual ~Clock() = default;
  virtual TimeMs now_ms() const = 0;
};

// A clock tests move by hand. Thread-safe.
class ManualClock final : public Clock {
 public:
  explicit ManualClock(TimeMs start) : now_(start) {}
  TimeMs now_ms() const override { return now_.load(); }
  void advance(TimeMs delta) { now_ += delta; }
  void set(TimeMs t) { now_ = t; }

 private:
  std::atomic<TimeMs> now_;
};

// "2026-11-29T06:32:00.123Z"
std::string format_iso_utc(TimeMs t);

}  // namespace daibiao
