// Rows of awards (award_rounds, award_criteria, award_nominations, award_sheets; migration
// 0018). The rules are domain/supervision/awards.hpp.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/supervision/awards.hpp"
#include "storage/db.hpp"
#include "storage/list_page.hpp"

namespace daibiao::storage {

struct AwardRoundRow {
  std::int64_t id = 0;
  std::int64_t org_node_id = 0;
  std::string org_path, org_name;
  int year = 0;
  supervision::AwardKind kind = supervision::AwardKind::suggestion;
  std::string title;
  int quota = 0;
  std::string note;
  supervision::RoundStatus status = supervision::RoundStatus::nominating;
  std::optional<std::int64_t> published_at;
  std::vector<supervision::Criterion> criteria;  // filled by find_round
  std::int64_t nominations = 0;
  std::int64_t version = 0;
  std::int64_t created_at = 0, updated_at = 0;
};

// Stores a round (nominating) with its criteria; returns its id.
Result<std::int64_t> insert_round(Connection& c, const AwardRoundRow& r, std::int64_t created_by,
                                  std::int64_t now);
// With its criteria; not_found when absent.
Result<AwardRoundRow> find_round(Connection& c, std::int64_t id);
// Rounds under one of `scope_paths`; filters org_node_id, year, kind, status; `q` over the
// title; latest year first.
Result<ListPage<AwardRoundRow>> list_rounds(Connection& c, const ListRequest& req,
                                            const std::vector<std::string>& scope_paths);
// Moves the round to `status` when still at `version` (conflict otherwise); published_at is
// set on publication.
Status set_round_status(Connection& c, std::int64_t id, std::int64_t version,
                        supervision::RoundStatus status, std::int64_t now);

// What a nomination names, looked up under the round's congress: a suggestion (its title,
// state and session year), a handling unit (its name, active or not) or a deputy (the person's
// name, with a serving mandate in a congress under `path`). nullopt when there is none there.
struct AwardTargetRow {
  std::string name;
  std::string state;  // a suggestion's
  int year = 0;       // a suggestion's session year
  bool active = true;
};
Result<std::optional<AwardTargetRow>> find_target(Connection& c, supervision::AwardKind kind,
                                                  std::int64_t id, const std::string& path);

struct AwardSheetRow {
  std::int64_t nomination_id = 0;
  std::int64_t user_id = 0;
  std::string user_name;
  std::vector<int> scores;
  int total_centi = 0;
};

struct AwardNominationRow {
  std::int64_t id = 0;
  std::int64_t round_id = 0;
  std::int64_t target_id = 0;
  std::string target_name, reason, nominated_by_name;
  std::optional<int> score_centi, rank;  // set on publication
  bool awarded = false;
  std::int64_t created_at = 0;
};

// conflict (field error target_id) when the round already names the target.
Result<std::int64_t> insert_nomination(Connection& c, std::int64_t round_id,
                                       const AwardNominationRow& n, std::int64_t now);
// Removes a nomination of the round and its sheets; not_found when the round has no such one.
Status delete_nomination(Connection& c, std::int64_t round_id, std::int64_t nomination_id);
// A round's nominations: by rank once published, else in the order they were made.
Result<std::vector<AwardNominationRow>> round_nominations(Connection& c, std::int64_t round_id);
// Every sheet given in the round.
Result<std::vector<AwardSheetRow>> round_sheets(Connection& c, std::int64_t round_id);
// Gives or replaces the member's sheet on the nomination.
Status save_sheet(Connection& c, const AwardSheetRow& s, std::int64_t now);
// Records each ranked nomination's score, rank and award.
Status save_results(Connection& c, const std::vector<supervision::Ranked>& ranked);

// A target's honours: the published rounds of `kind` it won, latest year first.
struct AwardHonourRow {
  std::int64_t round_id = 0;
  std::string round_title, org_name;
  int year = 0;
  std::int64_t nomination_id = 0;
  std::string target_name;
  int score_centi = 0;
  int rank = 0;
  std::optional<std::int64_t> published_at;
};
Result<std::vector<AwardHonourRow>> honours_of(Connection& c, supervision::AwardKind kind,
                                               std::int64_t target_id);

}  // namespace daibiao::storage
