// The tracking board (建议列表): one row per item the caller may see, in the one list style.
// The caller's Visibility (domain/suggestions/visibility.hpp) becomes SQL here and nowhere
// else.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/suggestions/visibility.hpp"
#include "storage/list_page.hpp"
#include "storage/suggestions/suggestion_store.hpp"
#include "storage/supervision/clearing_store.hpp"
#include "storage/supervision/leader_store.hpp"

namespace daibiao::storage {

// The filters beside the list spec's (docs/suggestions.md, GET /suggestions), already checked.
struct BoardFilter {
  std::optional<std::int64_t> unit_id;  // a unit on the item (not released)
  // next_due_on < due_before; next_due_on within [due_from, due_to]. Dates YYYY-MM-DD.
  std::optional<std::string> due_before, due_from, due_to;
  // box=mine: this person is the lead deputy or a co-signer.
  std::optional<std::int64_t> party_person;
  // box=unit: this unit is on the item.
  std::optional<std::int64_t> party_unit;
  // box=review: submitted items under review_paths (初审), and items awaiting the committee
  // (re-review, assignment, a re-assignment request) under manage_paths.
  bool review_box = false;
  std::vector<std::string> review_paths, manage_paths;
  // A box the caller has no part in: nothing matches.
  bool nothing = false;
  // A unit officer's board: the next deadline shown, filtered on (due_before, due_from/to)
  // and sorted on is this unit's own earliest running obligation on the item, not the
  // item's (a co-unit's overdue opinion must not hide the officer's answer due in 4 days).
  std::optional<std::int64_t> deadline_unit;
  // 清零 drill-down: the remaining items of a year under a congress, for one reason
  // (storage/supervision/clearing_store.hpp).
  struct Clearing {
    ClearingScope scope;
    supervision::ClearingReason reason = supervision::ClearingReason::remaining;
  };
  std::optional<Clearing> clearing;
  // lead_unit=none: the items no unit has yet.
  bool no_lead_unit = false;
  // box=supervised: the items this account is the supervising leader of (督办领导);
  // leader=none: accepted items without one (storage/supervision/leader_store.hpp).
  std::optional<std::int64_t> supervised_by;
  bool unsupervised = false;
};

Result<ListPage<SuggestionRow>> list_board(Connection& c, const suggestions::Visibility& visibility,
                                           const BoardFilter& filter, const ListRequest& req);

// The visibility as a condition on `s` (a row of suggestions), parameters appended to
// `params`. The one translation of the rule into SQL.
std::string visibility_sql(const suggestions::Visibility& v, std::vector<Value>& params);

}  // namespace daibiao::storage
