// Unit scorecards (承办单位考评): a congress's yearly score of each handling unit by a weighted
// formula over the unit's figures (domain/figures/suggestion_figures.hpp) and its random
// sampling review scores (review.hpp). The weights are the congress's for the year (integer
// percentages summing to 100, editable by the committee; defaults below).
//
// A component is a value from 0 to 100 points in hundredths: a rate's basis points (66.67% →
// 6667) or the mean sampling score (87.25 → 8725). A component the unit has no data for (no
// answered item, no commitment due, nothing sampled …) is left out and the other weights count
// in its place: score = Σ weight × value ÷ Σ weight over the components present, rounded half
// up, so a unit is neither punished nor rewarded for what it had no occasion to do. Without
// any component it has no score. Units are ranked by score, ties sharing a rank.
#pragma once

#include <array>
#include <optional>
#include <vector>

#include "base/enum_table.hpp"
#include "base/result.hpp"

namespace daibiao::supervision {

enum class ScoreComponent { on_time, contact, resolution, implementation, satisfaction, sampling };
inline constexpr auto kScoreComponents = std::to_array<EnumEntry<ScoreComponent>>({
    {ScoreComponent::on_time, "on_time", "按时答复率"},
    {ScoreComponent::contact, "contact", "答复前沟通率"},
    {ScoreComponent::resolution, "resolution", "问题解决率"},
    {ScoreComponent::implementation, "implementation", "承诺落实率"},
    {ScoreComponent::satisfaction, "satisfaction", "满意率"},
    {ScoreComponent::sampling, "sampling", "抽样点评得分"},
});
static_assert(enum_table_ok(kScoreComponents));
constexpr const auto& enum_table(ScoreComponent) { return kScoreComponents; }

inline constexpr std::size_t kComponentCount = kScoreComponents.size();
using ScoreWeights = std::array<int, kComponentCount>;  // in ScoreComponent order

// 按时答复率 20, 答复前沟通率 15, 问题解决率 25, 承诺落实率 20, 满意率 10, 抽样点评得分 10:
// resolution and kept promises weigh most, satisfaction least (the seed's argument).
ScoreWeights default_weights();
// Each 0–100, summing to 100. Field errors on "weights.<component>" and "weights".
Status check_weights(const ScoreWeights& w);

using ComponentValues = std::array<std::optional<int>, kComponentCount>;  // 0–10000 each

struct Scorecard {
  ComponentValues values;
  int weight_used = 0;             // Σ weight over the components present
  std::optional<int> score_centi;  // 0–10000; nullopt without any component
};
Scorecard score_unit(const ComponentValues& values, const ScoreWeights& weights);

}  // namespace daibiao::supervision
