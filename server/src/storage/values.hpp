// Binding values: optional fields (NULL for an empty optional, else its value) and lists.
#pragma once

#include <optional>
#include <string>

#include "storage/db.hpp"

namespace daibiao::storage {

inline Value or_null(const std::optional<std::int64_t>& v) {
  return v ? Value(*v) : Value(nullptr);
}
inline Value or_null(const std::optional<std::string>& v) { return v ? Value(*v) : Value(nullptr); }

// "?, ?, ?" for an `IN (…)` of n values (n > 0: `IN ()` is not SQL).
inline std::string placeholders(std::size_t n) {
  std::string out;
  for (std::size_t i = 0; i < n; ++i) out += i ? ", ?" : "?";
  return out;
}

}  // namespace daibiao::storage
