#include "domain/supervision/funding.hpp"

#include <gtest/gtest.h>

#include <limits>
#include <vector>

namespace daibiao::supervision {
namespace {

const Date kToday{2026, 12, 7};

std::vector<std::string> fields(const Error& e) {
  std::vector<std::string> out;
  for (const auto& f : e.fields) out.push_back(f.field);
  return out;
}

std::string message(const Error& e, const std::string& field) {
  for (const auto& f : e.fields)
    if (f.field == field) return f.message;
  return e.message;
}

PoolInput pool() {
  return {.name = "2026年代表建议办理专项资金",
          .source = "special_fund",
          .budget_line = "",
          .total_fen = 50'000'000,
          .note = "县财政安排"};
}

TEST(Funding, AmountsReadAsYuanWithGroupedDigits) {
  EXPECT_EQ(yuan_text(0), "0.00 元");
  EXPECT_EQ(yuan_text(5), "0.05 元");
  EXPECT_EQ(yuan_text(12'345), "123.45 元");
  EXPECT_EQ(yuan_text(123'456'789), "1,234,567.89 元");
  EXPECT_EQ(yuan_text(100'000), "1,000.00 元");
  EXPECT_EQ(yuan_text(-150), "-1.50 元");
  EXPECT_EQ(yuan_text(std::numeric_limits<std::int64_t>::min()), "-92,233,720,368,547,758.08 元");
}

TEST(Funding, APoolHasANameASourceAndAPositiveTotal) {
  auto ok = check_pool(pool());
  ASSERT_TRUE(ok);
  EXPECT_EQ(ok->source, FundSource::special_fund);
  EXPECT_EQ(ok->total_fen, 50'000'000);

  PoolInput bad{.name = "", .source = "county", .budget_line = "", .total_fen = 0, .note = ""};
  auto e = check_pool(bad);
  ASSERT_FALSE(e);
  EXPECT_EQ(fields(e.error()), (std::vector<std::string>{"name", "source", "total_fen"}));

  auto missing = pool();
  missing.total_fen.reset();
  EXPECT_EQ(message(check_pool(missing).error(), "total_fen"), "请填写资金总额");
  auto huge = pool();
  huge.total_fen = kMaxFen + 1;
  EXPECT_EQ(fields(check_pool(huge).error()), (std::vector<std::string>{"total_fen"}));
  huge.total_fen = kMaxFen;
  EXPECT_TRUE(check_pool(huge));
}

TEST(Funding, ABudgetLineNamesItsCode) {
  auto in = pool();
  in.source = "budget_line";
  auto e = check_pool(in);
  ASSERT_FALSE(e);
  EXPECT_EQ(fields(e.error()), (std::vector<std::string>{"budget_line"}));
  in.budget_line = "2120399 其他城乡社区管理事务支出";
  EXPECT_TRUE(check_pool(in));
}

TEST(Funding, APoolsTotalNeverFallsBelowWhatItGranted) {
  auto in = pool();
  in.total_fen = 1'000'000;
  EXPECT_TRUE(check_pool(in, 1'000'000));
  auto e = check_pool(in, 1'000'001);
  ASSERT_FALSE(e);
  EXPECT_EQ(message(e.error(), "total_fen"), "资金总额不能低于已核定的 10,000.01 元");
}

TEST(Funding, AnAskNamesAPositiveAmountAndItsPurpose) {
  auto ok = check_ask({.asked_fen = 8'000'000, .purpose = "修缮村道 1.2 公里"});
  ASSERT_TRUE(ok);
  EXPECT_EQ(ok->asked_fen, 8'000'000);
  auto e = check_ask({.asked_fen = -1, .purpose = ""});
  ASSERT_FALSE(e);
  EXPECT_EQ(fields(e.error()), (std::vector<std::string>{"asked_fen", "purpose"}));
  EXPECT_FALSE(check_ask({.asked_fen = 100, .purpose = "用途\n第二行"}));
}

TEST(Funding, AGrantIsAtMostWhatWasAskedAndWhatThePoolStillHas) {
  const PoolBalance pool{.total_fen = 1'000'000, .granted_fen = 700'000, .spent_fen = 0};
  EXPECT_EQ(pool.available_fen(), 300'000);
  EXPECT_TRUE(check_grant(500'000, 300'000, PoolStatus::open, pool));

  auto over_pool = check_grant(500'000, 300'001, PoolStatus::open, pool);
  ASSERT_FALSE(over_pool);
  EXPECT_EQ(over_pool.error().code, ErrorCode::failed_precondition);
  EXPECT_EQ(over_pool.error().message, "超出资金余额：核定 3,000.01 元，可用余额仅 3,000.00 元");

  auto over_ask = check_grant(200'000, 200'001, PoolStatus::open, pool);
  ASSERT_FALSE(over_ask);
  EXPECT_EQ(fields(over_ask.error()), (std::vector<std::string>{"granted_fen"}));

  EXPECT_EQ(fields(check_grant(200'000, 0, PoolStatus::open, pool).error()),
            (std::vector<std::string>{"granted_fen"}));
  EXPECT_EQ(fields(check_grant(200'000, std::nullopt, PoolStatus::open, pool).error()),
            (std::vector<std::string>{"granted_fen"}));

  auto closed = check_grant(100, 100, PoolStatus::closed, pool);
  ASSERT_FALSE(closed);
  EXPECT_EQ(closed.error().code, ErrorCode::failed_precondition);
}

TEST(Funding, SpendingNeverPassesTheGrant) {
  const SpendInput in{.amount_fen = 300, .spent_on = "2026-12-01", .note = "材料费"};
  auto ok = check_spend(in, 1'000, 700, kToday);
  ASSERT_TRUE(ok);
  EXPECT_EQ(format_date(ok->spent_on), "2026-12-01");

  auto over = check_spend(in, 1'000, 701, kToday);
  ASSERT_FALSE(over);
  EXPECT_EQ(message(over.error(), "amount_fen"), "累计支出不能超过核定金额，尚可支出 2.99 元");

  auto future = in;
  future.spent_on = "2026-12-08";
  EXPECT_EQ(fields(check_spend(future, 1'000, 0, kToday).error()),
            (std::vector<std::string>{"spent_on"}));
  auto empty = SpendInput{.amount_fen = 0, .spent_on = "", .note = ""};
  EXPECT_EQ(fields(check_spend(empty, 1'000, 0, kToday).error()),
            (std::vector<std::string>{"amount_fen", "spent_on", "note"}));
}

}  // namespace
}  // namespace daibiao::supervision
