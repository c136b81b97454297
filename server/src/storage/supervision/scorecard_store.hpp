// Rows of unit scorecards (scorecard_weights; migration 0019) and the sampling scores they
// weigh. The rules are domain/supervision/scorecards.hpp.
#pragma once

#include <map>
#include <optional>

#include "domain/supervision/scorecards.hpp"
#include "storage/db.hpp"

namespace daibiao::storage {

// The congress's weights for the year; nullopt when it has set none (the defaults apply).
Result<std::optional<supervision::ScoreWeights>> find_weights(Connection& c,
                                                              std::int64_t org_node_id, int year);
// Replaces them.
Status save_weights(Connection& c, std::int64_t org_node_id, int year,
                    const supervision::ScoreWeights& weights, std::int64_t by, std::int64_t now);

// Per lead unit, the published sampling scores (hundredths) of items of the congresses under
// `path` raised at sessions opening in `year`: their sum and how many.
struct SamplingTotal {
  std::int64_t sum_centi = 0, items = 0;
};
Result<std::map<std::int64_t, SamplingTotal>> sampling_by_unit(Connection& c,
                                                               const std::string& path, int year);

}  // namespace daibiao::storage
