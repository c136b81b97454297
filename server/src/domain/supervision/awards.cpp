#include "domain/supervision/awards.hpp"

#include <algorithm>

#include "base/field_checks.hpp"
#include "domain/figures/ranking.hpp"

namespace daibiao::supervision {

std::vector<Criterion> default_award_criteria(AwardKind kind) {
  switch (kind) {
    case AwardKind::suggestion:
      return {{"选题价值", 30}, {"内容质量", 30}, {"办理成效", 40}};
    case AwardKind::unit:
      return default_criteria();
    case AwardKind::deputy:
      return {{"履职态度", 30}, {"建议质量", 40}, {"联系群众", 30}};
  }
  return default_criteria();
}

Result<CheckedRound> check_round(const RoundInput& in, int year) {
  std::vector<FieldError> errors;
  CheckedRound out;
  const auto kind = parse<AwardKind>(in.kind);
  if (!kind)
    errors.push_back({"kind", "评选类别应为优秀代表建议、优秀建议承办单位或优秀人大代表"});
  else
    out.kind = *kind;
  out.title = in.title.empty() && kind
                  ? std::to_string(year) + "年度" + std::string(title_of(*kind)) + "评选"
                  : in.title;
  if (out.title.empty() && kind)  // without a kind its error says what is missing
    errors.push_back({"title", "请填写评选名称"});
  else
    check_plain_text(errors, "title", out.title, 100);
  if (!in.quota)
    errors.push_back({"quota", "请填写评选名额"});
  else if (*in.quota < 1 || *in.quota > kMaxQuota)
    errors.push_back({"quota", "评选名额应为 1 至 100"});
  else
    out.quota = *in.quota;
  out.criteria = in.criteria.empty() && kind ? default_award_criteria(*kind) : in.criteria;
  // Without a kind there are no defaults to check; the kind's error says what is missing.
  if (kind || !in.criteria.empty())
    if (auto st = check_criteria(out.criteria); !st)
      for (auto& f : st.error().fields) errors.push_back(std::move(f));
  check_plain_text(errors, "note", in.note, 2000, true);
  out.note = in.note;
  if (!errors.empty()) return fail_fields(std::move(errors));
  return out;
}

namespace {

Status not_now(RoundStatus status, const char* what) {
  return fail(ErrorCode::failed_precondition, "评选" + std::string(title_of(status)) + "，" + what);
}

}  // namespace

Status check_open_scoring(RoundStatus from, std::size_t nominations) {
  if (from != RoundStatus::nominating) return not_now(from, "不能再开始评审");
  if (nominations == 0) return fail(ErrorCode::failed_precondition, "还没有提名，不能开始评审");
  return {};
}

Status check_publish(RoundStatus from) {
  if (from != RoundStatus::scoring) return not_now(from, "不能公布结果");
  return {};
}

Status check_nominating(RoundStatus status) {
  if (status != RoundStatus::nominating) return not_now(status, "不能再提名或撤回提名");
  return {};
}

Status check_scoring(RoundStatus status) {
  if (status != RoundStatus::scoring) return not_now(status, "不能评分");
  return {};
}

Status check_reason(const std::string& reason) {
  std::vector<FieldError> errors;
  if (reason.empty())
    errors.push_back({"reason", "请填写推荐理由"});
  else
    check_plain_text(errors, "reason", reason, 1000, true);
  if (!errors.empty()) return fail_fields(std::move(errors));
  return {};
}

std::vector<Ranked> rank_nominations(std::vector<Scored> scored, int quota) {
  std::erase_if(scored, [](const Scored& s) { return s.sheets <= 0; });
  std::ranges::sort(scored, [](const Scored& a, const Scored& b) {
    if (a.score_centi != b.score_centi) return a.score_centi > b.score_centi;
    return a.id < b.id;
  });
  std::vector<int> scores;
  scores.reserve(scored.size());
  for (const auto& s : scored) scores.push_back(s.score_centi);
  const auto ranks = figures::competition_ranks(scores);
  std::vector<Ranked> out;
  out.reserve(scored.size());
  for (std::size_t i = 0; i < scored.size(); ++i)
    out.push_back({scored[i].id, scored[i].score_centi, ranks[i], ranks[i] <= quota});
  return out;
}

}  // namespace daibiao::supervision
