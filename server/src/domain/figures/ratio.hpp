// A rate with the counts behind it, so that every rate the platform shows can be checked: the
// numerator, the denominator, and the share in basis points (1/100 of a percent) rounded half
// up. No rate without a denominator.
#pragma once

#include <cstdint>
#include <optional>

namespace daibiao::figures {

// part ÷ whole in basis points, rounded half up (2 of 3 → 6667); nullopt when whole is 0.
inline std::optional<int> share_bp(std::int64_t part, std::int64_t whole) {
  if (whole <= 0) return std::nullopt;
  return static_cast<int>((part * 10000 + whole / 2) / whole);
}

struct Ratio {
  std::int64_t numerator = 0, denominator = 0;
  std::optional<int> rate_bp() const { return share_bp(numerator, denominator); }
  Ratio& operator+=(const Ratio& o) {
    numerator += o.numerator;
    denominator += o.denominator;
    return *this;
  }
};

}  // namespace daibiao::figures
