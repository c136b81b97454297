// Rows of funding (fund_pools, funding_requests, funding_spends; migration 0017). The rules are
// domain/supervision/funding.hpp. A pool's granted_fen and spent_fen move only with the grants
// and spends below, in the same transaction, by conditional updates: a grant that the pool
// cannot cover changes nothing, whichever of two concurrent grants comes second.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/suggestions/visibility.hpp"
#include "domain/supervision/funding.hpp"
#include "storage/db.hpp"
#include "storage/list_page.hpp"

namespace daibiao::storage {

struct FundPoolRow {
  std::int64_t id = 0;
  std::int64_t org_node_id = 0;
  std::string org_path, org_name;
  int year = 0;
  std::string name;
  supervision::FundSource source = supervision::FundSource::special_fund;
  std::string budget_line, note;
  supervision::PoolBalance balance;
  supervision::PoolStatus status = supervision::PoolStatus::open;
  std::int64_t requests = 0;  // grants made from it
  std::int64_t version = 0;
  std::int64_t created_at = 0, updated_at = 0;
};

// Stores an open pool (org, year, name, source, budget_line, note, balance.total_fen); returns
// its id. conflict (field error name) when the congress already has a pool of that name that
// year.
Result<std::int64_t> insert_pool(Connection& c, const FundPoolRow& p, std::int64_t created_by,
                                 std::int64_t now);
// not_found when absent.
Result<FundPoolRow> find_pool(Connection& c, std::int64_t id);
// Pools under one of `scope_paths`; filters org_node_id, year, status, source; `q` over the name
// and budget line; sorted by year (default, latest first), name or available.
Result<ListPage<FundPoolRow>> list_pools(Connection& c, const ListRequest& req,
                                         const std::vector<std::string>& scope_paths);
// The open pools of the congresses on `path` (the congress itself and those above it), the
// latest year first, then by name.
Result<std::vector<FundPoolRow>> pools_for_item(Connection& c, const std::string& path);
// Changes what an editor may change, when still at `version` (conflict otherwise); the total
// may not fall below what was granted (the table's CHECK refuses it whatever the race).
Status update_pool(Connection& c, std::int64_t id, std::int64_t version,
                   const supervision::CheckedPool& p, supervision::PoolStatus status,
                   std::int64_t now);

struct FundingSpendRow {
  std::int64_t id = 0;
  std::int64_t amount_fen = 0;
  std::string spent_on, note, created_by_name;
  std::int64_t created_at = 0;
};

struct FundingRequestRow {
  std::int64_t id = 0;
  std::int64_t suggestion_id = 0;
  std::optional<std::int64_t> suggestion_number;
  std::string suggestion_title, suggestion_state;
  std::int64_t org_node_id = 0;
  std::string org_path;
  std::optional<std::int64_t> unit_id;
  std::string unit_name;
  std::int64_t asked_fen = 0;
  std::string purpose;
  supervision::RequestStatus status = supervision::RequestStatus::asked;
  std::optional<std::int64_t> pool_id;
  std::string pool_name;
  std::int64_t granted_fen = 0, spent_fen = 0;
  std::string decision_note, asked_by_name, decided_by_name;
  std::optional<std::int64_t> decided_at;
  std::vector<FundingSpendRow> spends;  // filled by find_request and item_requests
  std::int64_t version = 0;
  std::int64_t created_at = 0, updated_at = 0;
};

// Stores an ask (suggestion, org, unit, asked_fen, purpose, asked_by_name); returns its id.
Result<std::int64_t> insert_request(Connection& c, const FundingRequestRow& r,
                                    std::int64_t created_by, std::int64_t now);
// With its spends; not_found when absent.
Result<FundingRequestRow> find_request(Connection& c, std::int64_t id);
// An item's requests with their spends, oldest first.
Result<std::vector<FundingRequestRow>> item_requests(Connection& c, std::int64_t suggestion_id);
// Requests on the items `visibility` sees; filters suggestion_id, status, pool_id, unit_id;
// `q` over the item's title and the purpose; sorted by created_at (default, latest first),
// asked_fen or granted_fen.
Result<ListPage<FundingRequestRow>> list_requests(Connection& c,
                                                  const suggestions::Visibility& visibility,
                                                  const ListRequest& req);

// Grants `granted_fen` of request `id` (still asked, at `version`) from `pool_id`: adds it to
// the pool's granted_fen only if the pool is open and covers it. failed_precondition when it
// does not (nothing changed), conflict when the request moved on.
Status save_grant(Connection& c, std::int64_t id, std::int64_t version, std::int64_t pool_id,
                  std::int64_t granted_fen, const std::string& note, const std::string& by_name,
                  std::int64_t now);
// Refuses request `id` (still asked, at `version`; conflict otherwise).
Status save_refusal(Connection& c, std::int64_t id, std::int64_t version, const std::string& note,
                    const std::string& by_name, std::int64_t now);
// Records a payment out of granted request `id` and adds it to the request's and its pool's
// spent_fen, only while the request's spending stays within its grant (failed_precondition
// otherwise, nothing changed).
Status add_spend(Connection& c, const FundingRequestRow& r, const supervision::CheckedSpend& s,
                 const std::string& by_name, std::int64_t now);

}  // namespace daibiao::storage
