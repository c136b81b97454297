// Funding (经费保障, DOMAIN.md "Supervision"; the seed: 汝城县 "县财政专门安排经费用于解决代表建议
// 提出的问题", and the report's "代表建议办理面临资金不足"). Money is integer fen throughout.
//
// A congress keeps fund pools for a year: a special fund (专项资金, like a county's fund for
// solving what suggestions raise) or a budget line (预算科目, with its code). A handling unit
// (or the committee) asks money for an item; the committee grants it from a pool — at most what
// was asked and never more than the pool still has (total − granted) — or refuses it with a
// reason; the unit then records what it spent, never more in all than was granted. A pool's
// total may change but never below what it has granted; a closed pool grants nothing more.
//
//   asked ──grant──▶ granted ──spend…──▶ (spent ≤ granted)
//     └───refuse──▶ refused
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "base/date.hpp"
#include "base/enum_table.hpp"
#include "base/result.hpp"
#include "domain/supervision/handling.hpp"

namespace daibiao::supervision {

// The largest amount of any one figure: 100 亿元 (10^12 fen), far above any county's fund and far
// below where sums of many amounts could overflow 64 bits.
inline constexpr std::int64_t kMaxFen = 1'000'000'000'000;

enum class FundSource { special_fund, budget_line };
inline constexpr auto kFundSources = std::to_array<EnumEntry<FundSource>>({
    {FundSource::special_fund, "special_fund", "专项资金"},
    {FundSource::budget_line, "budget_line", "预算科目"},
});
static_assert(enum_table_ok(kFundSources));
constexpr const auto& enum_table(FundSource) { return kFundSources; }

enum class PoolStatus { open, closed };
inline constexpr auto kPoolStatuses = std::to_array<EnumEntry<PoolStatus>>({
    {PoolStatus::open, "open", "使用中"},
    {PoolStatus::closed, "closed", "已关闭"},
});
static_assert(enum_table_ok(kPoolStatuses));
constexpr const auto& enum_table(PoolStatus) { return kPoolStatuses; }

enum class RequestStatus { asked, granted, refused };
inline constexpr auto kRequestStatuses = std::to_array<EnumEntry<RequestStatus>>({
    {RequestStatus::asked, "asked", "待核定"},
    {RequestStatus::granted, "granted", "已核定"},
    {RequestStatus::refused, "refused", "未予安排"},
});
static_assert(enum_table_ok(kRequestStatuses));
constexpr const auto& enum_table(RequestStatus) { return kRequestStatuses; }

// "1,234,567.89 元" — how every message and export shows an amount.
std::string yuan_text(std::int64_t fen);

// A pool's money: what it holds, what it has granted and what of that was spent.
struct PoolBalance {
  std::int64_t total_fen = 0, granted_fen = 0, spent_fen = 0;
  // What it can still grant.
  std::int64_t available_fen() const { return total_fen - granted_fen; }
};

struct PoolInput {
  std::string name;         // required, ≤ 60
  std::string source;       // a FundSource name
  std::string budget_line;  // the budget line's code and name, required for a budget line, ≤ 60
  std::optional<std::int64_t> total_fen;  // 1 … kMaxFen
  std::string note;                       // ≤ 2,000, lines allowed
};
struct CheckedPool {
  std::string name;
  FundSource source = FundSource::special_fund;
  std::string budget_line, note;
  std::int64_t total_fen = 0;
};
// Field errors for each rule above. `granted_fen` is what the pool has granted already (0 for a
// new pool): its total may not fall below it.
Result<CheckedPool> check_pool(const PoolInput& in, std::int64_t granted_fen = 0);

// Money is asked and granted while the item is with its lead unit (handling.hpp with_lead_unit:
// from assignment until closed, when spending can still solve the problem); the committee or the
// lead unit asks and records spending (acts_on_handling).

struct AskInput {
  std::optional<std::int64_t> asked_fen;  // 1 … kMaxFen
  std::string purpose;                    // what the money is for, required, ≤ 500
};
struct CheckedAsk {
  std::int64_t asked_fen = 0;
  std::string purpose;
};
Result<CheckedAsk> check_ask(const AskInput& in);

// A grant of `granted_fen` for a request of `asked_fen` from a pool: positive, at most what was
// asked (field error on granted_fen), the pool open (failed_precondition) and holding enough
// (failed_precondition naming what it still has). Storage repeats the last check atomically.
Status check_grant(std::int64_t asked_fen, std::optional<std::int64_t> granted_fen,
                   PoolStatus pool_status, const PoolBalance& pool);

struct SpendInput {
  std::optional<std::int64_t> amount_fen;  // positive
  std::string spent_on;                    // YYYY-MM-DD, not after today
  std::string note;                        // what was paid for, required, ≤ 500
};
struct CheckedSpend {
  std::int64_t amount_fen = 0;
  Date spent_on;
  std::string note;
};
// Field errors for each rule above, and amount_fen when the request's spending would pass what
// was granted (naming what is left).
Result<CheckedSpend> check_spend(const SpendInput& in, std::int64_t granted_fen,
                                 std::int64_t spent_fen, Date today);

}  // namespace daibiao::supervision
