// Scoring a drawn item of a random sampling review (测评, DOMAIN.md "Supervision"): members
// score each criterion 0–100; criteria carry integer weights that sum to 100, so a member's
// sheet totals Σ weight × score in hundredths of a point (80×20 + 90×80 = 8800 = 88.00). The
// item's score is the mean of its sheets, rounded half up to the hundredth; it passes at
// pass_score points or more. Below, the committee orders it handled again (督办重办).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/result.hpp"

namespace daibiao::supervision {

struct Criterion {
  std::string name;  // 办理态度
  int weight = 0;    // 1–100; a draw's weights sum to 100
};

inline constexpr std::size_t kMaxCriteria = 8;
inline constexpr int kDefaultPassScore = 60;

// 办理态度 20, 沟通联系 20, 答复质量 20, 落实成效 40.
std::vector<Criterion> default_criteria();

// 1 to 8 criteria, names of 1–20 characters without repeats, weights 1–100 summing to 100.
// Field errors on "criteria[i].name", "criteria[i].weight" or "criteria".
Status check_criteria(const std::vector<Criterion>& criteria);
// 0–100. Field error on "pass_score".
Status check_pass_score(int pass_score);

// One score per criterion, in order, each 0–100. Field errors on "scores" / "scores[i]".
Status check_sheet(const std::vector<Criterion>& criteria, const std::vector<int>& scores);
// Σ weight × score (hundredths of a point). Checked sheets only.
int sheet_total_centi(const std::vector<Criterion>& criteria, const std::vector<int>& scores);
// The mean of the sheets' totals, rounded half up; 0 for none.
int item_score_centi(const std::vector<int>& sheet_totals);
inline bool passes(int score_centi, int pass_score) { return score_centi >= pass_score * 100; }
// 8725 → "87.25", 6000 → "60.00".
std::string format_points(int centi);

// "80,90,75" ⇄ {80, 90, 75} (how a sheet is stored).
std::string join_scores(const std::vector<int>& scores);
std::vector<int> split_scores(std::string_view text);

}  // namespace daibiao::supervision
