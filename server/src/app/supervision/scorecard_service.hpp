// Unit scorecards (承办单位考评): each lead unit's score for a congress's year by the weighted
// formula of domain/supervision/scorecards.hpp, over its figures (docs/figures.md: the same
// population and definitions as GET /figures/suggestions?group_by=unit) and its published
// sampling scores; and the congress's weights.
//
// Who: read like the other supervision views (suggestion.read or supervision.manage over the
// congress); the committee (supervision.manage) sets the weights, audited
// (supervision.scorecard.weights).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/use_case.hpp"
#include "domain/figures/ratio.hpp"
#include "domain/org/org.hpp"
#include "domain/supervision/scorecards.hpp"
#include "storage/supervision/scorecard_store.hpp"

namespace daibiao::app {

struct UnitScore {
  std::int64_t unit_id = 0;
  std::string unit_name;
  // The rates behind the first five components, in ScoreComponent order.
  std::array<figures::Ratio, supervision::kComponentCount - 1> rates{};
  storage::SamplingTotal sampling;
  supervision::Scorecard card;
  std::optional<int> rank;  // among the units with a score
};

struct ScorecardView {
  org::Node congress;
  int year = 0;
  supervision::ScoreWeights weights{};
  bool default_weights = true;  // the congress has set none for the year
  bool can_manage = false;
  std::vector<UnitScore> units;  // by score, best first; units without a score last, by name
};

Result<ScorecardView> scorecards(Env&, const Caller&, std::optional<std::int64_t> org_node_id,
                                 std::optional<int> year);
// Field errors from check_weights.
Result<ScorecardView> set_score_weights(Env&, const Caller&,
                                        std::optional<std::int64_t> org_node_id,
                                        std::optional<int> year,
                                        const supervision::ScoreWeights& weights);

}  // namespace daibiao::app
