// Scoring criteria (domain/supervision/review.hpp) in and out of JSON, shared by the sampling
// review and the awards: `[{ "name": "办理态度", "weight": 20 }, …]`.
#pragma once

#include <optional>
#include <vector>

#include <boost/json/array.hpp>

#include "domain/supervision/review.hpp"
#include "http/json_io.hpp"

namespace daibiao::http {

boost::json::array criteria_json(const std::vector<supervision::Criterion>& criteria);
// Reads the optional array `criteria` of `in` (at most kMaxCriteria): each a name (≤ 20) and a
// weight (1–100), field errors as "criteria[i].name"; nullopt when absent. The domain checks
// the rest (check_criteria).
std::optional<std::vector<supervision::Criterion>> read_criteria(JsonInput& in);

}  // namespace daibiao::http
