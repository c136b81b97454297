#include "domain/supervision/scorecards.hpp"

#include <string>

namespace daibiao::supervision {

ScoreWeights default_weights() { return {20, 15, 25, 20, 10, 10}; }

Status check_weights(const ScoreWeights& w) {
  std::vector<FieldError> errors;
  int sum = 0;
  for (const auto& e : kScoreComponents) {
    const int v = w[static_cast<std::size_t>(e.value)];
    if (v < 0 || v > 100)
      errors.push_back({"weights." + std::string(e.name), "权重应为 0 至 100 的整数"});
    sum += v;
  }
  if (errors.empty() && sum != 100)
    errors.push_back({"weights", "各项权重之和应为 100（现为 " + std::to_string(sum) + "）"});
  if (!errors.empty()) return fail_fields(std::move(errors));
  return {};
}

Scorecard score_unit(const ComponentValues& values, const ScoreWeights& weights) {
  Scorecard out{.values = values};
  std::int64_t weighted = 0;
  for (std::size_t k = 0; k < kComponentCount; ++k) {
    if (!values[k] || weights[k] <= 0) continue;
    weighted += static_cast<std::int64_t>(weights[k]) * *values[k];
    out.weight_used += weights[k];
  }
  if (out.weight_used > 0)
    out.score_centi = static_cast<int>((weighted + out.weight_used / 2) / out.weight_used);
  return out;
}

}  // namespace daibiao::supervision
