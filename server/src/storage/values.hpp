// Binding optional fields: NULL for an empty optional, else its value.
#pragma once

#include <optional>
#include <string>

#include "storage/db.hpp"

namespace daibiao::storage {

inline Value or_null(const std::optional<std::int64_t>& v) {
  return v ? Value(*v) : Value(nullptr);
}
inline Value or_null(const std::optional<std::string>& v) { return v ? Value(*v) : Value(nullptr); }

}  // namespace daibiao::storage
