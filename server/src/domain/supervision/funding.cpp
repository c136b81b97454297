#include "domain/supervision/funding.hpp"

#include "base/field_checks.hpp"

namespace daibiao::supervision {

std::string yuan_text(std::int64_t fen) {
  const bool negative = fen < 0;
  // Work in unsigned so that the smallest int64 has a magnitude too.
  std::uint64_t magnitude =
      negative ? 0 - static_cast<std::uint64_t>(fen) : static_cast<std::uint64_t>(fen);
  const std::uint64_t cents = magnitude % 100;
  std::string digits = std::to_string(magnitude / 100);
  std::string grouped;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) grouped += ',';
    grouped += digits[i];
  }
  return (negative ? "-" : "") + grouped + "." + (cents < 10 ? "0" : "") + std::to_string(cents) +
         " 元";
}

namespace {

// A required amount in fen: present, positive, at most kMaxFen.
std::optional<std::int64_t> amount(std::vector<FieldError>& errors, const std::string& field,
                                   std::optional<std::int64_t> fen, const char* what) {
  if (!fen) {
    errors.push_back({field, std::string("请填写") + what});
    return std::nullopt;
  }
  if (*fen <= 0) {
    errors.push_back({field, std::string(what) + "应大于 0"});
    return std::nullopt;
  }
  if (*fen > kMaxFen) {
    errors.push_back({field, std::string(what) + "不能超过 " + yuan_text(kMaxFen)});
    return std::nullopt;
  }
  return fen;
}

void required_text(std::vector<FieldError>& errors, const std::string& field,
                   const std::string& value, std::size_t max_chars, const char* what) {
  if (value.empty())
    errors.push_back({field, std::string("请填写") + what});
  else
    check_plain_text(errors, field, value, max_chars);
}

}  // namespace

Result<CheckedPool> check_pool(const PoolInput& in, std::int64_t granted_fen) {
  std::vector<FieldError> errors;
  CheckedPool out{.name = in.name, .budget_line = in.budget_line, .note = in.note};
  required_text(errors, "name", in.name, 60, "资金名称");
  if (auto source = parse<FundSource>(in.source))
    out.source = *source;
  else
    errors.push_back({"source", "资金来源应为专项资金或预算科目"});
  if (out.source == FundSource::budget_line)
    required_text(errors, "budget_line", in.budget_line, 60, "预算科目编码和名称");
  else
    check_plain_text(errors, "budget_line", in.budget_line, 60);
  check_plain_text(errors, "note", in.note, 2000, true);
  if (auto total = amount(errors, "total_fen", in.total_fen, "资金总额")) {
    if (*total < granted_fen)
      errors.push_back({"total_fen", "资金总额不能低于已核定的 " + yuan_text(granted_fen)});
    else
      out.total_fen = *total;
  }
  if (!errors.empty()) return fail_fields(std::move(errors));
  return out;
}

Result<CheckedAsk> check_ask(const AskInput& in) {
  std::vector<FieldError> errors;
  CheckedAsk out{.purpose = in.purpose};
  if (auto fen = amount(errors, "asked_fen", in.asked_fen, "申请金额")) out.asked_fen = *fen;
  required_text(errors, "purpose", in.purpose, 500, "资金用途");
  if (!errors.empty()) return fail_fields(std::move(errors));
  return out;
}

Status check_grant(std::int64_t asked_fen, std::optional<std::int64_t> granted_fen,
                   PoolStatus pool_status, const PoolBalance& pool) {
  std::vector<FieldError> errors;
  auto fen = amount(errors, "granted_fen", granted_fen, "核定金额");
  if (!errors.empty()) return fail_fields(std::move(errors));
  if (*fen > asked_fen)
    return fail_fields({{"granted_fen", "核定金额不能超过申请金额 " + yuan_text(asked_fen)}});
  if (pool_status != PoolStatus::open)
    return fail(ErrorCode::failed_precondition, "该资金已关闭，不能再核定");
  if (*fen > pool.available_fen())
    return fail(ErrorCode::failed_precondition, "超出资金余额：核定 " + yuan_text(*fen) +
                                                    "，可用余额仅 " +
                                                    yuan_text(pool.available_fen()));
  return {};
}

Result<CheckedSpend> check_spend(const SpendInput& in, std::int64_t granted_fen,
                                 std::int64_t spent_fen, Date today) {
  std::vector<FieldError> errors;
  CheckedSpend out{.note = in.note};
  if (auto fen = amount(errors, "amount_fen", in.amount_fen, "支出金额")) {
    if (*fen > granted_fen - spent_fen)
      errors.push_back({"amount_fen", "累计支出不能超过核定金额，尚可支出 " +
                                          yuan_text(granted_fen - spent_fen)});
    else
      out.amount_fen = *fen;
  }
  if (auto d = parse_date(in.spent_on); !d || d->year < 2000)
    errors.push_back({"spent_on", "请填写支出日期（YYYY-MM-DD）"});
  else if (*d > today)
    errors.push_back({"spent_on", "支出日期不能晚于今天"});
  else
    out.spent_on = *d;
  required_text(errors, "note", in.note, 500, "支出事项");
  if (!errors.empty()) return fail_fields(std::move(errors));
  return out;
}

}  // namespace daibiao::supervision
