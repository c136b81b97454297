// The query of a supervision view of one congress's year: `org_node_id` and `year`, each
// optional (the app picks the caller's own congress and this year).
#pragma once

#include <map>
#include <optional>
#include <string>

#include "base/result.hpp"

namespace daibiao::http {

struct CongressYear {
  std::optional<std::int64_t> org_node_id;
  std::optional<int> year;  // clamped to 0–100000; the app checks the range
};

// Reads org_node_id and year from a list request's filters; every other filter is a field
// error, as is a value that is not a (positive, for org_node_id) integer.
Result<CongressYear> congress_year(const std::map<std::string, std::string>& filters);

}  // namespace daibiao::http
