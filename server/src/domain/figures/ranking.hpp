// Competition ranking ("1224"): equal scores share a rank and the next rank skips, so that
// equal scores are never split by chance or by order. Used by award results and unit
// scorecards.
#pragma once

#include <cstddef>
#include <vector>

namespace daibiao::figures {

// The ranks of `scores`, which must be sorted from best to worst: {90, 90, 80} → {1, 1, 3}.
inline std::vector<int> competition_ranks(const std::vector<int>& sorted_scores) {
  std::vector<int> ranks;
  ranks.reserve(sorted_scores.size());
  for (std::size_t i = 0; i < sorted_scores.size(); ++i)
    ranks.push_back(i > 0 && sorted_scores[i] == sorted_scores[i - 1] ? ranks.back()
                                                                      : static_cast<int>(i) + 1);
  return ranks;
}

}  // namespace daibiao::figures
