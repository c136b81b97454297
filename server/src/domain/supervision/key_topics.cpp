#include "domain/supervision/key_topics.hpp"

#include "base/field_checks.hpp"
#include "base/text.hpp"
#include "domain/supervision/leaders.hpp"

namespace daibiao::supervision {

namespace {

// A real date from 2000 that is not after today; a field error otherwise.
std::optional<Date> past_date(std::vector<FieldError>& errors, const std::string& field,
                              const std::string& text, Date today, const char* what) {
  auto d = parse_date(text);
  if (!d || d->year < 2000) {
    errors.push_back({field, std::string("请填写") + what + "（YYYY-MM-DD）"});
    return std::nullopt;
  }
  if (*d > today) {
    errors.push_back({field, std::string(what) + "不能晚于今天"});
    return std::nullopt;
  }
  return d;
}

}  // namespace

bool may_become_key(suggestions::State state) {
  return needs_leader(state) && state != suggestions::State::closed;
}

Result<CheckedTopic> check_topic(const TopicInput& in, Date today) {
  std::vector<FieldError> errors;
  CheckedTopic out{.title = in.title,
                   .description = in.description,
                   .meeting = in.meeting,
                   .government_leader = in.government_leader,
                   .committee = in.committee,
                   .decided_on = {}};
  if (in.title.empty())
    errors.push_back({"title", "请填写督办事项名称"});
  else
    check_plain_text(errors, "title", in.title, 100);
  check_plain_text(errors, "description", in.description, 5000, true);
  if (auto d = past_date(errors, "decided_on", in.decided_on, today, "主任会议决定日期"))
    out.decided_on = *d;
  check_plain_text(errors, "meeting", in.meeting, 100);
  check_plain_text(errors, "government_leader", in.government_leader, 100);
  check_plain_text(errors, "committee", in.committee, 100);
  if (in.item_count == 0)
    errors.push_back({"suggestion_ids", "请至少选择一件建议"});
  else if (in.item_count > kMaxTopicItems)
    errors.push_back({"suggestion_ids", "一个督办事项最多包含 200 件建议"});
  if (!errors.empty()) return fail_fields(std::move(errors));
  return out;
}

Result<CheckedActivity> check_activity(const ActivityInput& in, Date today) {
  std::vector<FieldError> errors;
  CheckedActivity out{.kind = ActivityKind::inspection,
                      .held_on = {},
                      .place = in.place,
                      .participants = in.participants,
                      .summary = in.summary,
                      .questions = in.questions};
  auto kind = parse<ActivityKind>(in.kind);
  if (!kind)
    errors.push_back({"kind", "应为 inspection（视察）、forum（座谈）或 inquiry（专题询问）"});
  else
    out.kind = *kind;
  if (auto d = past_date(errors, "held_on", in.held_on, today, "活动日期")) out.held_on = *d;
  check_plain_text(errors, "place", in.place, 100);
  check_plain_text(errors, "participants", in.participants, 500);
  if (in.summary.empty())
    errors.push_back({"summary", "请填写活动情况"});
  else
    check_plain_text(errors, "summary", in.summary, 10000, true);
  if (kind == ActivityKind::inquiry && in.questions.empty())
    errors.push_back({"questions", "专题询问请至少记录一个问题"});
  if (kind && kind != ActivityKind::inquiry && !in.questions.empty())
    errors.push_back({"questions", "只有专题询问记录问答"});
  if (in.questions.size() > kMaxQuestions) errors.push_back({"questions", "问答不能超过 50 条"});
  for (std::size_t i = 0; i < in.questions.size() && i < kMaxQuestions; ++i) {
    const auto& q = in.questions[i];
    const std::string at = "questions[" + std::to_string(i) + "].";
    if (q.question.empty())
      errors.push_back({at + "question", "请填写问题"});
    else
      check_plain_text(errors, at + "question", q.question, 2000, true);
    if (q.asked_by.empty())
      errors.push_back({at + "asked_by", "请填写提问人"});
    else
      check_plain_text(errors, at + "asked_by", q.asked_by, 50);
    check_plain_text(errors, at + "answer", q.answer, 5000, true);
    check_plain_text(errors, at + "answered_by", q.answered_by, 50);
    if (!q.answer.empty() && q.answered_by.empty())
      errors.push_back({at + "answered_by", "请填写应询人"});
  }
  if (!errors.empty()) return fail_fields(std::move(errors));
  return out;
}

}  // namespace daibiao::supervision
