// Awards (评选表彰, DOMAIN.md "Supervision"; the seed: 宜章县 "优秀人大代表、优秀人大代表建议、
// 优秀人大代表建议办理单位评选活动", and the report's call for yearly 评选、表彰). A congress runs
// a round per kind and year: excellent suggestions (优秀代表建议), excellent handling units
// (优秀建议承办单位) or excellent deputies (优秀人大代表). The committee nominates; a panel — the
// members who read the congress's supervision views — scores every nomination on the round's
// weighted criteria (review.hpp: each member's sheet Σ weight × score, a nomination's score the
// mean of its sheets); the committee publishes, and the best `quota` nominations by score win.
//
//   nominating ──open_scoring──▶ scoring ──publish──▶ published
//
// Nominations are added and withdrawn only while nominating; sheets are given only while
// scoring; nothing changes once published.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/enum_table.hpp"
#include "base/result.hpp"
#include "domain/supervision/review.hpp"

namespace daibiao::supervision {

enum class AwardKind { suggestion, unit, deputy };
inline constexpr auto kAwardKinds = std::to_array<EnumEntry<AwardKind>>({
    {AwardKind::suggestion, "suggestion", "优秀代表建议"},
    {AwardKind::unit, "unit", "优秀建议承办单位"},
    {AwardKind::deputy, "deputy", "优秀人大代表"},
});
static_assert(enum_table_ok(kAwardKinds));
constexpr const auto& enum_table(AwardKind) { return kAwardKinds; }

enum class RoundStatus { nominating, scoring, published };
inline constexpr auto kRoundStatuses = std::to_array<EnumEntry<RoundStatus>>({
    {RoundStatus::nominating, "nominating", "提名中"},
    {RoundStatus::scoring, "scoring", "评审中"},
    {RoundStatus::published, "published", "已公布"},
});
static_assert(enum_table_ok(kRoundStatuses));
constexpr const auto& enum_table(RoundStatus) { return kRoundStatuses; }

// The criteria a round of `kind` starts from when none are given.
//   suggestion: 选题价值 30, 内容质量 30, 办理成效 40
//   unit:       办理态度 20, 沟通联系 20, 答复质量 20, 落实成效 40
//   deputy:     履职态度 30, 建议质量 40, 联系群众 30
std::vector<Criterion> default_award_criteria(AwardKind kind);

inline constexpr int kMaxQuota = 100;
inline constexpr std::size_t kMaxNominations = 500;

struct RoundInput {
  std::string kind;                 // an AwardKind name
  std::string title;                // "" → "<year>年度优秀代表建议评选"
  std::optional<int> quota;         // how many win, 1 … kMaxQuota
  std::vector<Criterion> criteria;  // empty → default_award_criteria(kind)
  std::string note;                 // ≤ 2,000, lines allowed
};
struct CheckedRound {
  AwardKind kind = AwardKind::suggestion;
  std::string title;
  int quota = 0;
  std::vector<Criterion> criteria;
  std::string note;
};
// Field errors for each rule above (criteria as check_criteria).
Result<CheckedRound> check_round(const RoundInput& in, int year);

// The step a round may take from `from`; failed_precondition naming the status otherwise.
// Opening the scoring needs at least one nomination.
Status check_open_scoring(RoundStatus from, std::size_t nominations);
Status check_publish(RoundStatus from);
// Nominations are added or withdrawn only while nominating; sheets given only while scoring.
Status check_nominating(RoundStatus status);
Status check_scoring(RoundStatus status);

// A reason for the nomination is required, ≤ 1,000 characters, lines allowed.
Status check_reason(const std::string& reason);

// A nomination as scored: its id, its score (hundredths) and how many sheets it has.
struct Scored {
  std::int64_t id = 0;
  int score_centi = 0;
  int sheets = 0;
};
// The winners: nominations with at least one sheet, by score, the best `quota` of them — and
// every nomination tied with the last of those, so that equal scores are never split by
// chance. Returns ranks (1 = best; tied scores share the rank, the next rank skips: 1, 2, 2, 4)
// for every scored nomination, and which of them won, both in the order of `scored` sorted by
// score (descending), then id.
struct Ranked {
  std::int64_t id = 0;
  int score_centi = 0;
  int rank = 0;
  bool awarded = false;
};
std::vector<Ranked> rank_nominations(std::vector<Scored> scored, int quota);

}  // namespace daibiao::supervision
