// Funding (经费保障): a congress's fund pools for a year, money asked for an item, granted from a
// pool or refused, and what was spent out of each grant. The rules are
// domain/supervision/funding.hpp; the rows storage/supervision/funding_store.hpp.
//
// Who: the committee (supervision.manage over the congress) keeps the pools, and grants or
// refuses money for items of the congresses under it — from a pool of the item's congress or of
// one above it. The committee or the lead unit (domain/supervision/handling.hpp) asks for money
// while the unit has the item, and records spending out of a grant. Whoever sees an item sees
// its funding; the pools are read like the other supervision views (suggestion.read or
// supervision.manage over the congress). Each write is audited (supervision.fund.create /
// .update, supervision.funding.ask / .grant / .refuse / .spend); asks, decisions and spending
// appear in the item's timeline, and decisions are told to the item's parties.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/listing.hpp"
#include "app/use_case.hpp"
#include "domain/supervision/funding.hpp"
#include "storage/supervision/funding_store.hpp"

namespace daibiao::app {

struct PoolView {
  storage::FundPoolRow pool;
  bool can_manage = false;  // the caller may edit it
};

// A pool of the congress `org_node_id` (the caller's own when absent) for `year` (this year
// when absent). Field errors from check_pool; conflict (name) when the congress has a pool of
// that name that year.
Result<PoolView> create_pool(Env&, const Caller&, std::optional<std::int64_t> org_node_id,
                             std::optional<int> year, const supervision::PoolInput&);
Result<PoolView> get_pool(Env&, const Caller&, std::int64_t id);
Result<ListResult<storage::FundPoolRow>> list_pools(Env&, const Caller&,
                                                    const storage::ListRequest&);
// At `version`; the total never below what the pool granted; `status` open or closed.
Result<PoolView> update_pool(Env&, const Caller&, std::int64_t id, std::int64_t version,
                             const supervision::PoolInput&, const std::string& status);

// An item's funding as the caller sees it.
struct ItemFunding {
  std::int64_t suggestion_id = 0;
  std::vector<storage::FundingRequestRow> requests;
  std::int64_t asked_fen = 0, granted_fen = 0, spent_fen = 0;  // over its requests
  bool can_ask = false;     // the caller may ask money for it now
  bool can_spend = false;   // the caller may record spending out of its grants
  bool can_decide = false;  // the caller may grant or refuse its open asks
  // When the caller may decide: the open pools they could grant from.
  std::vector<storage::FundPoolRow> pools;
};
Result<ItemFunding> item_funding(Env&, const Caller&, std::int64_t suggestion_id);
// failed_precondition unless the item is with its lead unit; permission_denied unless the caller
// acts on its handling.
Result<ItemFunding> ask_funding(Env&, const Caller&, std::int64_t suggestion_id,
                                const supervision::AskInput&);
// The request must be asked still (failed_precondition) and at `version` (conflict); the pool
// open, on the item's path and the caller's to manage (field error pool_id), holding the money
// (failed_precondition with what it has).
Result<ItemFunding> grant_funding(Env&, const Caller&, std::int64_t request_id,
                                  std::int64_t version, std::optional<std::int64_t> pool_id,
                                  std::optional<std::int64_t> granted_fen, const std::string& note);
// A reason is required.
Result<ItemFunding> refuse_funding(Env&, const Caller&, std::int64_t request_id,
                                   std::int64_t version, const std::string& reason);
// The request must be granted (failed_precondition); the amount within what is left of it.
Result<ItemFunding> spend_funding(Env&, const Caller&, std::int64_t request_id,
                                  const supervision::SpendInput&);
// Requests on the items the caller sees.
Result<ListResult<storage::FundingRequestRow>> list_requests(Env&, const Caller&,
                                                             const storage::ListRequest&);

}  // namespace daibiao::app
