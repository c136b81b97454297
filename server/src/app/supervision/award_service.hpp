// Awards (评选表彰): a congress's yearly rounds for excellent suggestions, handling units and
// deputies — nominations, the panel's scores on the round's weighted criteria, publication of
// the winners — and each target's honours. The rules are domain/supervision/awards.hpp; the
// rows storage/supervision/award_store.hpp.
//
// Who: the committee (supervision.manage over the congress) creates rounds, nominates,
// withdraws nominations, opens the scoring and publishes. The panel is everyone who reads the
// congress's supervision views (suggestion.read or supervision.manage): each gives one sheet
// per nomination while scoring, and sees only their own until publication (no anchoring on
// others' scores). Published honours are public on the platform: every signed-in account
// reads them on the item, the unit and the deputy. Each write is audited
// (supervision.award.create / .nominate / .withdraw / .open_scoring / .score / .publish); a
// winning suggestion's timeline shows 获评优秀代表建议 and its parties are told.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/listing.hpp"
#include "app/use_case.hpp"
#include "domain/supervision/awards.hpp"
#include "storage/supervision/award_store.hpp"

namespace daibiao::app {

struct NominationView {
  storage::AwardNominationRow nomination;
  int sheets = 0;                        // how many members have scored it
  std::optional<std::vector<int>> mine;  // the caller's own sheet
};

struct RoundView {
  storage::AwardRoundRow round;
  std::vector<NominationView> nominations;
  int panel_sheets = 0;     // sheets given in the round
  bool can_manage = false;  // the caller may nominate, open the scoring, publish
  bool can_score = false;   // the round is scoring and the caller is on its panel
};

// For the congress `org_node_id` (the caller's own when absent) and `year` (this year when
// absent). Field errors from check_round.
Result<RoundView> create_round(Env&, const Caller&, std::optional<std::int64_t> org_node_id,
                               std::optional<int> year, const supervision::RoundInput&);
Result<RoundView> get_round(Env&, const Caller&, std::int64_t id);
Result<ListResult<storage::AwardRoundRow>> list_rounds(Env&, const Caller&,
                                                       const storage::ListRequest&);
// While nominating. The target must be under the round's congress: an accepted suggestion of
// the round's year, an active handling unit, or a deputy serving there (field error
// target_id); each once per round (conflict).
Result<RoundView> nominate(Env&, const Caller&, std::int64_t round_id, std::int64_t target_id,
                           const std::string& reason);
Result<RoundView> withdraw_nomination(Env&, const Caller&, std::int64_t round_id,
                                      std::int64_t nomination_id);
Result<RoundView> open_scoring(Env&, const Caller&, std::int64_t round_id, std::int64_t version);
// While scoring, by a panel member: one score 0–100 per criterion; replaces their earlier sheet.
Result<RoundView> score_nomination(Env&, const Caller&, std::int64_t round_id,
                                   std::int64_t nomination_id, const std::vector<int>& scores);
// While scoring: every nomination's score is the mean of its sheets; the best `quota` win (ties
// at the line all win: rank_nominations).
Result<RoundView> publish_round(Env&, const Caller&, std::int64_t round_id, std::int64_t version);

// The published honours of a suggestion, a handling unit or a deputy (person id).
Result<std::vector<storage::AwardHonourRow>> honours(Env&, const Caller&,
                                                     supervision::AwardKind kind,
                                                     std::int64_t target_id);

}  // namespace daibiao::app
