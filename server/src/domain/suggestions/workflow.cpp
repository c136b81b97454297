#include "domain/suggestions/workflow.hpp"

#include <algorithm>
#include <utility>

namespace daibiao::suggestions {
namespace {

// The workflow, one row per entry: from, action, actor, to; then the guards (all must
// hold) and who is told.
// Withdrawal is allowed from every state before 办结 except the final ones; a draft needs
// no reason, anything submitted needs the written reason. The guards at the end of the
// extension and look-back rows follow from the ones before them when acting; they state
// what is known before acting, so that the action is offered only when it can succeed
// (offers()).
// clang-format off
constexpr auto kTable = [] {
  using enum State;
  using enum Action;
  using enum Actor;
  using enum Guard;
  return std::to_array<Transition>({
    // 1. Draft and co-signing (起草、联名)
    {none,                   create,                lead_deputy,       draft,
        {}, 0},
    {none,                   enter_on_behalf,       liaison_staff,     submitted,
        {}, notify(lead_deputy, township_reviewer)},
    {draft,                  invite_cosigners,      lead_deputy,       cosigning,
        {invitees_given}, notify(cosigner)},
    {draft,                  submit,                lead_deputy,       submitted,
        {all_cosigners_confirmed}, notify(township_reviewer)},
    {draft,                  withdraw,              lead_deputy,       withdrawn,
        {}, 0},
    {draft,                  edit,                  lead_deputy,       draft,
        {}, 0},
    {cosigning,              invite_cosigners,      lead_deputy,       cosigning,
        {invitees_given}, notify(cosigner)},
    {cosigning,              cosigner_confirm,      cosigner,          cosigning,
        {actor_invited}, notify(lead_deputy)},
    {cosigning,              cosigner_decline,      cosigner,          cosigning,
        {actor_invited}, notify(lead_deputy)},
    {cosigning,              submit,                lead_deputy,       submitted,
        {all_cosigners_confirmed}, notify(cosigner, township_reviewer)},
    {cosigning,              withdraw,              lead_deputy,       withdrawn,
        {}, notify(cosigner)},
    {cosigning,              edit,                  lead_deputy,       cosigning,
        {}, 0},
    // 2. Review (初审、复审)
    {submitted,              initial_review_pass,   township_reviewer, initial_reviewed,
        {}, notify(liaison_staff)},
    {submitted,              return_for_revision,   township_reviewer, returned,
        {reason_given}, notify(lead_deputy)},
    {submitted,              withdraw,              lead_deputy,       withdrawn,
        {reason_given}, notify(cosigner, township_reviewer)},
    {initial_reviewed,       re_review_accept,      liaison_staff,     accepted,
        {}, notify(lead_deputy, cosigner)},
    {initial_reviewed,       return_for_revision,   liaison_staff,     returned,
        {reason_given}, notify(lead_deputy)},
    {initial_reviewed,       reject_not_suggestion, liaison_staff,     not_accepted,
        {reason_from_list}, notify(lead_deputy, cosigner)},
    {initial_reviewed,       withdraw,              lead_deputy,       withdrawn,
        {reason_given}, notify(cosigner, liaison_staff)},
    {returned,               submit,                lead_deputy,       submitted,
        {all_cosigners_confirmed}, notify(cosigner, township_reviewer)},
    {returned,               withdraw,              lead_deputy,       withdrawn,
        {reason_given}, notify(cosigner)},
    {returned,               edit,                  lead_deputy,       returned,
        {}, 0},
    // 3. Star classification (星级、类别) and merging (并案)
    {accepted,               classify,              liaison_staff,     accepted,
        {classification_given}, 0},
    {accepted,               merge,                 liaison_staff,     accepted,
        {merge_partner_given}, 0},
    // 4. Assignment (交办、签收、改办)
    {accepted,               assign,                liaison_staff,     assigned,
        {classified, assignment_well_formed},
        notify(lead_unit_officer, co_unit_officer, lead_deputy, leader)},
    {accepted,               withdraw,              lead_deputy,       withdrawn,
        {reason_given}, notify(cosigner, liaison_staff)},
    {assigned,               classify,              liaison_staff,     assigned,
        {classification_given}, 0},
    {assigned,               sign_for,              lead_unit_officer, handling,
        {actor_unit_not_signed}, notify(lead_deputy, liaison_staff)},
    {assigned,               sign_for,              co_unit_officer,   assigned,
        {actor_unit_not_signed}, notify(lead_unit_officer)},
    {assigned,               request_reassignment,  lead_unit_officer, reassignment_requested,
        {reason_given, within_reassignment_window}, notify(liaison_staff)},
    {assigned,               request_reassignment,  co_unit_officer,   assigned,
        {reason_given, actor_no_request_pending, within_reassignment_window},
        notify(liaison_staff, lead_unit_officer)},
    {assigned,               approve_reassignment,  liaison_staff,     assigned,
        {co_unit_request_pending}, notify(co_unit_officer, lead_unit_officer)},
    {assigned,               reject_reassignment,   liaison_staff,     assigned,
        {co_unit_request_pending}, notify(co_unit_officer)},
    {assigned,               withdraw,              lead_deputy,       withdrawn,
        {reason_given}, notify(cosigner, liaison_staff, lead_unit_officer, co_unit_officer)},
    {reassignment_requested, approve_reassignment,  liaison_staff,     assigned,
        {assignment_well_formed}, notify(lead_unit_officer, co_unit_officer, lead_deputy)},
    {reassignment_requested, reject_reassignment,   liaison_staff,     handling,
        {lead_unit_signed}, notify(lead_unit_officer)},
    {reassignment_requested, reject_reassignment,   liaison_staff,     assigned,
        {lead_unit_not_signed}, notify(lead_unit_officer)},
    {reassignment_requested, withdraw,              lead_deputy,       withdrawn,
        {reason_given}, notify(cosigner, liaison_staff, lead_unit_officer, co_unit_officer)},
    // 5. Handling (沟通、协办意见、延期)
    {handling,               classify,              liaison_staff,     handling,
        {classification_given}, 0},
    {handling,               sign_for,              co_unit_officer,   handling,
        {actor_unit_not_signed}, notify(lead_unit_officer)},
    {handling,               log_contact,           lead_unit_officer, handling,
        {contact_method_given}, 0},
    {handling,               log_contact,           co_unit_officer,   handling,
        {contact_method_given}, 0},
    {handling,               submit_co_opinion,     co_unit_officer,   handling,
        {actor_unit_signed, actor_opinion_pending, note_given}, notify(lead_unit_officer)},
    {handling,               request_reassignment,  lead_unit_officer, reassignment_requested,
        {reason_given, within_reassignment_window}, notify(liaison_staff)},
    {handling,               request_reassignment,  co_unit_officer,   handling,
        {reason_given, actor_no_request_pending, within_reassignment_window},
        notify(liaison_staff, lead_unit_officer)},
    {handling,               approve_reassignment,  liaison_staff,     handling,
        {co_unit_request_pending}, notify(co_unit_officer, lead_unit_officer)},
    {handling,               reject_reassignment,   liaison_staff,     handling,
        {co_unit_request_pending}, notify(co_unit_officer)},
    {handling,               request_extension,     lead_unit_officer, handling,
        {reason_given, extension_not_pending, extension_within_cap, extension_room_left},
        notify(liaison_staff)},
    {handling,               approve_extension,     liaison_staff,     handling,
        {extension_pending, extension_within_cap}, notify(lead_unit_officer, lead_deputy)},
    {handling,               reject_extension,      liaison_staff,     handling,
        {extension_pending}, notify(lead_unit_officer)},
    {handling,               draft_answer,          lead_unit_officer, answer_drafted,
        {contact_logged, answer_class_valid, commitments_as_required, co_opinions_in},
        notify(unit_head)},
    {handling,               withdraw,              lead_deputy,       withdrawn,
        {reason_given}, notify(cosigner, liaison_staff, lead_unit_officer, co_unit_officer)},
    // 6. Answer (答复、签发、退回)
    {answer_drafted,         draft_answer,          lead_unit_officer, answer_drafted,
        {contact_logged, answer_class_valid, commitments_as_required}, notify(unit_head)},
    {answer_drafted,         sign_off_answer,       unit_head,         answered,
        {}, notify(lead_deputy, cosigner, liaison_staff, co_unit_officer, leader)},
    {answer_drafted,         send_back_answer,      unit_head,         handling,
        {first_round}, notify(lead_unit_officer)},
    {answer_drafted,         send_back_answer,      unit_head,         rehandling,
        {in_rehandling}, notify(lead_unit_officer)},
    {answer_drafted,         withdraw,              lead_deputy,       withdrawn,
        {reason_given}, notify(cosigner, liaison_staff, lead_unit_officer, co_unit_officer)},
    {answered,               send_back_answer,      liaison_staff,     handling,
        {reason_given, first_round}, notify(lead_unit_officer, unit_head)},
    {answered,               send_back_answer,      liaison_staff,     rehandling,
        {reason_given, in_rehandling}, notify(lead_unit_officer, unit_head)},
    // 7. Evaluation (代表评价; 不满意 → 重新办理)
    {answered,               evaluate,              lead_deputy,       rehandling,
        {evaluation_window_open, rating_given, dissatisfied_round_left},
        notify(lead_unit_officer, unit_head, liaison_staff, leader)},
    {answered,               evaluate,              lead_deputy,       follow_up,
        {evaluation_window_open, rating_given, settled_with_open_commitments},
        notify(lead_unit_officer, liaison_staff)},
    {answered,               evaluate,              lead_deputy,       closed,
        {evaluation_window_open, rating_given, settled_without_open_commitments},
        notify(lead_unit_officer, liaison_staff)},
    // Co-signers rate the same answer within the same window; the item stays where it is.
    {answered,               evaluate,              cosigner,          answered,
        {evaluation_window_open, rating_given, actor_not_rated}, notify(lead_unit_officer)},
    {answered,               close,                 liaison_staff,     follow_up,
        {evaluation_window_lapsed, has_open_commitments}, notify(lead_deputy, lead_unit_officer)},
    {answered,               close,                 liaison_staff,     closed,
        {evaluation_window_lapsed, no_open_commitments}, notify(lead_deputy, lead_unit_officer)},
    {answered,               withdraw,              lead_deputy,       withdrawn,
        {reason_given}, notify(cosigner, liaison_staff, lead_unit_officer, co_unit_officer)},
    {rehandling,             log_contact,           lead_unit_officer, rehandling,
        {contact_method_given}, 0},
    {rehandling,             draft_answer,          lead_unit_officer, answer_drafted,
        {contact_logged, answer_class_valid, commitments_as_required}, notify(unit_head)},
    {rehandling,             withdraw,              lead_deputy,       withdrawn,
        {reason_given}, notify(cosigner, liaison_staff, lead_unit_officer, co_unit_officer)},
    // 8. Follow-up (跟踪落实、回头看)
    {follow_up,              report_progress,       lead_unit_officer, closed,
        {note_given, progress_settles_last}, notify(lead_deputy, liaison_staff)},
    {follow_up,              report_progress,       lead_unit_officer, follow_up,
        {note_given, progress_keeps_open}, notify(lead_deputy)},
    {follow_up,              look_back,             lead_deputy,       rehandling,
        {look_back_due, look_back_given, look_back_not_done, answer_has_commitments,
         any_commitment_due}, notify(lead_unit_officer, unit_head, liaison_staff, leader)},
    {follow_up,              look_back,             lead_deputy,       closed,
        {look_back_due, look_back_given, look_back_settles_last, answer_has_commitments,
         any_commitment_due}, notify(lead_unit_officer, liaison_staff)},
    {follow_up,              look_back,             lead_deputy,       follow_up,
        {look_back_due, look_back_given, look_back_keeps_open, answer_has_commitments,
         any_commitment_due}, notify(lead_unit_officer)},
    {follow_up,              evaluate,              cosigner,          follow_up,
        {evaluation_window_open, rating_given, actor_not_rated}, notify(lead_unit_officer)},
    {follow_up,              withdraw,              lead_deputy,       withdrawn,
        {reason_given}, notify(cosigner, liaison_staff, lead_unit_officer)},
    // 9. Closed (办结); a look-back may reopen it
    {closed,                 evaluate,              cosigner,          closed,
        {evaluation_window_open, rating_given, actor_not_rated}, notify(lead_unit_officer)},
    {closed,                 look_back,             lead_deputy,       rehandling,
        {look_back_due, look_back_given, look_back_not_done, answer_has_commitments,
         any_commitment_due}, notify(lead_unit_officer, unit_head, liaison_staff, leader)},
    {closed,                 look_back,             lead_deputy,       follow_up,
        {look_back_due, look_back_given, look_back_partly, answer_has_commitments,
         any_commitment_due}, notify(lead_unit_officer, liaison_staff)},
    {closed,                 look_back,             lead_deputy,       closed,
        {look_back_due, look_back_given, look_back_done, answer_has_commitments,
         any_commitment_due}, 0},
    // 10. Supervision (督办重办): the committee sends an answered item back to the lead unit
    {answered,               supervise_rehandling,  liaison_staff,     rehandling,
        {reason_given}, notify(lead_unit_officer, unit_head, lead_deputy)},
    {follow_up,              supervise_rehandling,  liaison_staff,     rehandling,
        {reason_given}, notify(lead_unit_officer, unit_head, lead_deputy)},
    {closed,                 supervise_rehandling,  liaison_staff,     rehandling,
        {reason_given}, notify(lead_unit_officer, unit_head, lead_deputy)},
  });
}();
// clang-format on

// ---- Guards ---------------------------------------------------------------------------

struct Context {
  const SuggestionFacts& f;
  const ActionInput& in;
  Date today;
  const Rules& r;
};

bool blank(std::string_view s) { return s.find_first_not_of(" \t\r\n") == std::string_view::npos; }

Status when(bool ok, std::string message) {
  if (ok) return {};
  return fail(ErrorCode::failed_precondition, std::move(message));
}

Status field_when(bool ok, std::string field, std::string message) {
  if (ok) return {};
  return fail_fields({{std::move(field), std::move(message)}});
}

// The evaluation window's last day, when an answer is out.
std::optional<Date> evaluation_ends(const Context& c) {
  if (!c.f.answered_on) return std::nullopt;
  return due_after(*c.f.answered_on, c.r.evaluation, c.r);
}

bool rehandling_round_left(const Context& c) {
  return c.in.rating == Rating::dissatisfied &&
         c.f.dissatisfied_rounds < c.r.max_dissatisfied_rounds;
}

bool settled(const Context& c) { return c.in.rating && !rehandling_round_left(c); }

int open_after_look_back(const Context& c) {
  return c.f.open_commitments - (c.in.look_back_commitment_open ? 1 : 0);
}

// The window counts from the unit's assignment and closes early once the unit has done what
// it was assigned (a co-unit's opinion is in): afterwards the assignment stands.
Status check_reassignment_window(const Context& c) {
  if (c.f.acting_unit.opinion_sent)
    return when(false, "本单位已提交协办意见，交办已确定，不能再申请改办");
  if (!c.f.acting_unit.assigned_on) return {};
  const Date ends = due_after(*c.f.acting_unit.assigned_on, c.r.reassignment_window, c.r);
  return when(c.today <= ends, "申请改办须在交办后" + period_text(c.r.reassignment_window) +
                                   "内提出（截至" + format_date(ends) + "），期满后交办即为确定");
}

// The date the answer period and the extension cap count from: the lead unit's assignment
// (its sign-for date for an item stored before assignment dates were kept).
std::optional<Date> answer_counted_from(const Context& c) {
  if (c.f.lead_unit_assigned_on) return c.f.lead_unit_assigned_on;
  return c.f.lead_unit_signed_on;
}

Status check_assignment(const Context& c) {
  if (!c.in.mode) return field_when(false, "mode", "请选择交办方式（主办协办或分办）");
  if (*c.in.mode == AssignMode::joint)
    return field_when(c.in.lead_units == 1 && c.in.co_units >= 0, "lead_unit", "主办单位应为一个");
  return field_when(c.in.split_units >= 2, "units", "分办至少需要两个承办单位");
}

Status check_extension_guard(const Context& c) {
  if (!c.f.lead_unit_signed_on) return when(false, "主办单位尚未签收，不能延期");
  if (!c.in.extension_until) return field_when(false, "until", "请填写延期后的答复期限");
  const Date from = *answer_counted_from(c);
  const Date current = c.f.answer_due_extended_to.value_or(answer_due(from, c.r));
  return check_extension_until(from, current, *c.in.extension_until, c.r);
}

Status check_commitments(const Context& c) {
  const AnswerClass* cls = c.r.answer_class(c.in.answer_class);
  if (cls && cls->needs_commitments && c.in.commitments.empty())
    return field_when(false, "commitments",
                      cls->code + "类答复须列明承诺事项和完成时限（做什么、何时完成）");
  std::vector<FieldError> errors;
  for (std::size_t i = 0; i < c.in.commitments.size(); ++i) {
    const auto& k = c.in.commitments[i];
    const std::string at = "commitments[" + std::to_string(i) + "]";
    if (blank(k.what)) errors.push_back({at + ".what", "请填写承诺事项"});
    if (!k.due)
      errors.push_back({at + ".due", "请填写完成时限"});
    else if (*k.due < c.today)
      errors.push_back({at + ".due", "完成时限不能早于今天"});
  }
  if (!errors.empty()) return fail_fields(std::move(errors));
  return {};
}

Status check_co_opinions(const Context& c) {
  if (c.f.co_opinions_pending == 0) return {};
  if (c.f.co_opinions_due && c.today > *c.f.co_opinions_due) return {};
  std::string message = "还有" + std::to_string(c.f.co_opinions_pending) + "个协办单位未提交意见";
  if (c.f.co_opinions_due) message += "（协办意见期限" + format_date(*c.f.co_opinions_due) + "）";
  return when(false, message + "，暂不能答复");
}

Status check_evaluation_open(const Context& c) {
  const auto ends = evaluation_ends(c);
  if (!ends) return when(false, "尚无答复，不能评价");
  return when(c.today <= *ends, "评价期限已过（截至" + format_date(*ends) + "）");
}

Status check_evaluation_lapsed(const Context& c) {
  const auto ends = evaluation_ends(c);
  if (!ends) return when(false, "尚无答复，不能办结");
  return when(c.today > *ends, "代表评价期限尚未届满（截至" + format_date(*ends) + "），不能办结");
}

Status check_commitment_due(const Context& c) {
  if (c.in.look_back_due && c.today > *c.in.look_back_due) return {};
  if (c.f.first_commitment_due && c.today > *c.f.first_commitment_due) return {};
  return when(false, "承诺的完成时限" +
                         (c.f.first_commitment_due
                              ? "（最早 " + format_date(*c.f.first_commitment_due) + "）"
                              : std::string()) +
                         "尚未届满，暂不能回头看");
}

Status check_extension_room(const Context& c) {
  if (!c.f.lead_unit_signed_on) return when(false, "主办单位尚未签收，不能延期");
  const Date from = *answer_counted_from(c);
  const Date current = c.f.answer_due_extended_to.value_or(answer_due(from, c.r));
  return when(current < extension_cap(from, c.r),
              "答复期限已延至上限（交办后" + period_text(c.r.max_answer) + "）");
}

Status check_look_back_due(const Context& c) {
  if (!c.in.look_back_due) return field_when(false, "commitment", "请选择回头看的承诺事项");
  return when(c.today > *c.in.look_back_due,
              "承诺的完成时限（" + format_date(*c.in.look_back_due) + "）尚未届满，不能回头看");
}

std::string answer_class_list(const Rules& r) {
  std::string out;
  for (const auto& cls : r.answer_classes) out += (out.empty() ? "" : "、") + cls.code;
  return out;
}

Status check(Guard g, const Context& c) {
  const auto& f = c.f;
  const auto& in = c.in;
  switch (g) {
    case Guard::always:
      return {};
    case Guard::reason_given:
      return field_when(!blank(in.reason), "reason", "请写明理由");
    case Guard::invitees_given:
      return field_when(in.invitees > 0, "cosigners", "请选择要邀请的联名代表");
    case Guard::actor_invited:
      return when(f.actor_invitation_pending, "您没有待确认的联名邀请");
    case Guard::all_cosigners_confirmed:
      return when(f.cosigners_pending == 0,
                  "还有" + std::to_string(f.cosigners_pending) + "位联名代表未确认，不能提交");
    case Guard::reason_from_list:
      return field_when(c.r.is_not_suggestion_reason(in.reason_code), "reason_code",
                        "请从列表中选择不作为建议处理的理由");
    case Guard::classification_given:
      if (!in.star_level || !c.r.star_level(*in.star_level))
        return field_when(false, "star_level", "请选择已设置的星级");
      return field_when(!blank(in.category), "category", "请选择建议类别");
    case Guard::merge_partner_given:
      return field_when(in.merge_with > 0, "merge_with", "请选择要并案的建议");
    case Guard::classified:
      return when(f.classified, "尚未确定星级，不能交办");
    case Guard::assignment_well_formed:
      return check_assignment(c);
    case Guard::actor_unit_not_signed:
      return when(!f.acting_unit.signed_on, "本单位已签收");
    case Guard::actor_unit_signed:
      return when(f.acting_unit.signed_on.has_value(), "本单位尚未签收");
    case Guard::actor_opinion_pending:
      return when(!f.acting_unit.opinion_sent, "本单位已提交协办意见");
    case Guard::actor_not_rated:
      return when(!f.actor_rated, "您已评价过这份答复");
    case Guard::actor_no_request_pending:
      return when(!f.acting_unit.reassignment_pending, "本单位的改办申请正在等待决定");
    case Guard::within_reassignment_window:
      return check_reassignment_window(c);
    case Guard::co_unit_request_pending:
      return when(f.co_unit_reassignment_pending, "没有待决定的改办申请");
    case Guard::lead_unit_signed:
      return when(f.lead_unit_signed_on.has_value(), "主办单位尚未签收");
    case Guard::lead_unit_not_signed:
      return when(!f.lead_unit_signed_on, "主办单位已签收");
    case Guard::contact_method_given:
      return field_when(in.contact_method.has_value(), "method", "请选择沟通方式");
    case Guard::note_given:
      return field_when(!blank(in.note), "note", "请填写内容");
    case Guard::extension_not_pending:
      return when(!f.extension_requested, "已有延期申请等待审批");
    case Guard::extension_pending:
      return when(f.extension_requested, "没有待审批的延期申请");
    case Guard::extension_within_cap:
      return check_extension_guard(c);
    case Guard::contact_logged:
      return when(f.contact_logged,
                  "尚未与代表沟通，不能答复：请先登记沟通情况（电话、走访或见面）");
    case Guard::answer_class_valid:
      return field_when(c.r.answer_class(in.answer_class) != nullptr, "answer_class",
                        "请选择答复类别（" + answer_class_list(c.r) + "）");
    case Guard::commitments_as_required:
      return check_commitments(c);
    case Guard::co_opinions_in:
      return check_co_opinions(c);
    case Guard::first_round:
      return when(!f.in_rehandling, "当前为重新办理");
    case Guard::in_rehandling:
      return when(f.in_rehandling, "当前不是重新办理");
    case Guard::evaluation_window_open:
      return check_evaluation_open(c);
    case Guard::evaluation_window_lapsed:
      return check_evaluation_lapsed(c);
    case Guard::rating_given:
      return field_when(in.rating.has_value(), "rating", "请选择满意、基本满意或不满意");
    case Guard::dissatisfied_round_left:
      return when(rehandling_round_left(c), "评价不需要重新办理");
    case Guard::settled_with_open_commitments:
      return when(settled(c) && f.open_commitments > 0, "没有未落实的承诺");
    case Guard::settled_without_open_commitments:
      return when(settled(c) && f.open_commitments == 0, "还有未落实的承诺");
    case Guard::has_open_commitments:
      return when(f.open_commitments > 0, "没有未落实的承诺");
    case Guard::no_open_commitments:
      return when(f.open_commitments == 0, "还有未落实的承诺");
    case Guard::progress_settles_last:
      return when(in.commitment_done && f.open_commitments == 1, "还有未落实的承诺");
    case Guard::progress_keeps_open:
      return when(!(in.commitment_done && f.open_commitments == 1), "承诺已全部落实");
    case Guard::look_back_due:
      return check_look_back_due(c);
    case Guard::look_back_given:
      return field_when(in.look_back.has_value(), "result", "请选择已落实、部分落实或未落实");
    case Guard::look_back_not_done:
      return when(in.look_back == LookBack::not_done, "回头看结果不是未落实");
    case Guard::look_back_partly:
      return when(in.look_back == LookBack::partly_done, "回头看结果不是部分落实");
    case Guard::look_back_done:
      return when(in.look_back == LookBack::done, "回头看结果不是已落实");
    case Guard::look_back_settles_last:
      return when(in.look_back == LookBack::done && open_after_look_back(c) == 0,
                  "还有未落实的承诺");
    case Guard::look_back_keeps_open:
      return when(in.look_back == LookBack::partly_done ||
                      (in.look_back == LookBack::done && open_after_look_back(c) > 0),
                  "承诺已全部落实");
    case Guard::extension_room_left:
      return check_extension_room(c);
    case Guard::answer_has_commitments:
      return when(f.answer_commitments > 0 || in.look_back_due.has_value(), "这份答复没有承诺事项");
    case Guard::any_commitment_due:
      return check_commitment_due(c);
  }
  return when(false, "未知的条件");
}

Status check_all(const Transition& t, const Context& c) {
  for (Guard g : t.guards)
    if (auto s = check(g, c); !s) return s;
  return {};
}

// ---- Consequences ---------------------------------------------------------------------

class Clocks {
 public:
  explicit Clocks(Date today) : today_(today) {}
  void start(ClockKind k, std::optional<Actor> party, std::optional<Date> due) {
    out_.push_back({ClockOp::start, k, party, today_, due});
  }
  void stop(ClockKind k, std::optional<Actor> party) {
    out_.push_back({ClockOp::stop, k, party, today_, std::nullopt});
  }
  void resume(ClockKind k, std::optional<Actor> party) {
    out_.push_back({ClockOp::resume, k, party, today_, std::nullopt});
  }
  void extend(ClockKind k, std::optional<Actor> party, Date due) {
    out_.push_back({ClockOp::extend, k, party, today_, due});
  }
  std::vector<ClockChange> take() { return std::move(out_); }

 private:
  Date today_;
  std::vector<ClockChange> out_;
};

constexpr Actor kLead = Actor::lead_unit_officer;
constexpr Actor kCo = Actor::co_unit_officer;

// 交办: every clock of the handling starts today, for the lead unit and each co-unit (a
// start for kCo means one clock per co-unit): sign-for, the answer, the co-units' opinions
// and the re-assignment windows.
void start_assignment_clocks(Clocks& k, const Context& c) {
  for (Actor unit : {kLead, kCo}) {
    if (c.r.sign_for)
      k.start(ClockKind::sign_for, unit, due_date(ClockKind::sign_for, c.today, c.r));
    k.start(ClockKind::reassignment_window, unit,
            due_date(ClockKind::reassignment_window, c.today, c.r));
  }
  k.start(ClockKind::answer, kLead, answer_due(c.today, c.r));
  k.start(ClockKind::co_opinion, kCo, due_date(ClockKind::co_opinion, c.today, c.r));
}

// 签收 stops the unit's sign-for clock; its other clocks have run since the assignment.
void on_sign_for(Clocks& k, const Transition& t) { k.stop(ClockKind::sign_for, t.actor); }

void on_approve_reassignment(Clocks& k, const Transition& t, const Context& c) {
  if (t.from == State::reassignment_requested) {
    for (ClockKind kind : {ClockKind::sign_for, ClockKind::answer, ClockKind::reassignment_window,
                           ClockKind::co_opinion})
      k.stop(kind, std::nullopt);
    start_assignment_clocks(k, c);
  } else {
    k.stop(ClockKind::co_opinion, kCo);
    k.stop(ClockKind::reassignment_window, kCo);
  }
}

void on_sign_off(Clocks& k, const Context& c) {
  k.stop(c.f.in_rehandling ? ClockKind::rehandling : ClockKind::answer, kLead);
  // The answer is out: no unit may ask to be re-assigned any more, and what the co-units
  // had not done by now is recorded as it stands (a clock stopped after its due date).
  for (ClockKind kind :
       {ClockKind::reassignment_window, ClockKind::sign_for, ClockKind::co_opinion})
    k.stop(kind, std::nullopt);
  k.start(ClockKind::evaluation, Actor::lead_deputy, due_date(ClockKind::evaluation, c.today, c.r));
  if (c.f.open_commitments > 0) k.start(ClockKind::commitment, kLead, std::nullopt);
}

void on_send_back(Clocks& k, const Transition& t, const Context& c) {
  if (t.from != State::answered) return;  // the unit head's own send-back: nothing went out
  k.stop(ClockKind::evaluation, Actor::lead_deputy);
  k.stop(ClockKind::commitment, std::nullopt);
  k.resume(c.f.in_rehandling ? ClockKind::rehandling : ClockKind::answer, kLead);
}

void start_rehandling(Clocks& k, const Context& c) {
  k.stop(ClockKind::commitment, std::nullopt);
  k.start(ClockKind::rehandling, kLead, due_date(ClockKind::rehandling, c.today, c.r));
}

void on_look_back(Clocks& k, const Transition& t, const Context& c) {
  if (t.to == State::rehandling)
    start_rehandling(k, c);
  else if (c.in.look_back == LookBack::done && c.in.look_back_commitment_open)
    k.stop(ClockKind::commitment, kLead);
  else if (t.from == State::closed && t.to == State::follow_up)
    k.resume(ClockKind::commitment, kLead);
}

std::vector<ClockChange> clock_changes(const Transition& t, const Context& c) {
  Clocks k(c.today);
  switch (t.action) {
    case Action::assign:
      start_assignment_clocks(k, c);
      break;
    case Action::sign_for:
      on_sign_for(k, t);
      break;
    case Action::approve_reassignment:
      on_approve_reassignment(k, t, c);
      break;
    case Action::submit_co_opinion:
      k.stop(ClockKind::co_opinion, kCo);
      k.stop(ClockKind::reassignment_window, kCo);  // its part is done: the assignment stands
      break;
    case Action::approve_extension:
      k.extend(ClockKind::answer, kLead, *c.in.extension_until);
      break;
    case Action::sign_off_answer:
      on_sign_off(k, c);
      break;
    case Action::send_back_answer:
      on_send_back(k, t, c);
      break;
    case Action::evaluate:
    case Action::close:
      if (t.actor == Actor::cosigner) break;  // a co-signer's own rating stops nothing
      k.stop(ClockKind::evaluation, Actor::lead_deputy);
      if (t.to == State::rehandling) start_rehandling(k, c);
      break;
    case Action::report_progress:
      if (c.in.commitment_done) k.stop(ClockKind::commitment, kLead);
      break;
    case Action::look_back:
      on_look_back(k, t, c);
      break;
    case Action::withdraw:
      for (ClockKind kind : all_clock_kinds()) k.stop(kind, std::nullopt);
      break;
    case Action::supervise_rehandling:
      k.stop(ClockKind::evaluation, Actor::lead_deputy);  // when still answered
      start_rehandling(k, c);
      break;
    default:
      break;
  }
  return k.take();
}

std::vector<Effect> effects(const Transition& t, const Context& c) {
  using enum Effect;
  switch (t.action) {
    case Action::invite_cosigners:
      return {invite_cosigners};
    case Action::cosigner_confirm:
      return {confirm_cosigner};
    case Action::cosigner_decline:
      return {decline_cosigner};
    case Action::submit:
      return {mark_submitted};
    case Action::re_review_accept:
      return {number_in_session};
    case Action::return_for_revision:
      return {record_return_reason};
    case Action::reject_not_suggestion:
      return {record_not_accepted_reason};
    case Action::classify:
      return {set_classification};
    case Action::merge:
      return {link_merged};
    case Action::assign:
      return {c.in.mode == AssignMode::split ? split_per_unit : assign_units};
    case Action::sign_for:
      return {sign_for_unit};
    case Action::request_reassignment:
      return {request_reassignment};
    case Action::approve_reassignment:
      return {t.from == State::reassignment_requested ? replace_assignment : release_co_unit};
    case Action::reject_reassignment:
      return {refuse_reassignment};
    case Action::request_extension:
      return {request_extension};
    case Action::approve_extension:
      return {grant_extension};
    case Action::reject_extension:
      return {refuse_extension};
    case Action::log_contact:
      return {record_contact};
    case Action::submit_co_opinion:
      return {record_co_opinion};
    case Action::draft_answer:
      return {draft_answer};
    case Action::sign_off_answer:
      return {publish_answer};
    case Action::send_back_answer:
      return {void_answer};
    case Action::evaluate:
      if (t.actor == Actor::cosigner) return {record_evaluation};  // moves nothing
      if (t.to == State::rehandling)
        return {rate_item, count_dissatisfied_round, start_rehandling_round, record_evaluation};
      return {rate_item, record_evaluation};
    case Action::report_progress:
      if (c.in.commitment_done) return {record_progress, close_commitment};
      return {record_progress};
    case Action::look_back: {
      std::vector<Effect> out;
      if (c.in.look_back == LookBack::done)
        out.push_back(close_commitment);
      else if (!c.in.look_back_commitment_open)  // it was reported done, and is not
        out.push_back(reopen_commitment);
      if (t.to == State::rehandling) out.push_back(start_rehandling_round);
      out.push_back(record_look_back);
      return out;
    }
    case Action::supervise_rehandling:
      return {start_rehandling_round};
    case Action::create:
    case Action::enter_on_behalf:
    case Action::initial_review_pass:
    case Action::close:
    case Action::withdraw:
    case Action::edit:
      return {};
  }
  return {};
}

std::vector<Notification> notifications(const Transition& t) {
  std::vector<Notification> out;
  for (Actor a : all_actors())
    if (t.notifies(a)) out.push_back({a, t.action, t.to});
  return out;
}

bool has_row(State s, Action a, std::optional<Actor> actor) {
  return std::any_of(kTable.begin(), kTable.end(), [&](const Transition& t) {
    return t.from == s && t.action == a && (!actor || t.actor == *actor);
  });
}

}  // namespace

std::span<const Transition> transitions() { return kTable; }

GuardKind guard_kind(Guard g) {
  switch (g) {
    case Guard::actor_invited:
    case Guard::actor_unit_not_signed:
    case Guard::actor_opinion_pending:
    case Guard::actor_not_rated:
    case Guard::within_reassignment_window:
    case Guard::co_unit_request_pending:
    case Guard::lead_unit_signed:
    case Guard::lead_unit_not_signed:
    case Guard::extension_pending:
    case Guard::extension_room_left:
    case Guard::first_round:
    case Guard::in_rehandling:
    case Guard::evaluation_window_open:
    case Guard::has_open_commitments:
    case Guard::no_open_commitments:
    case Guard::answer_has_commitments:
      return GuardKind::applies;
    case Guard::all_cosigners_confirmed:
    case Guard::classified:
    case Guard::actor_unit_signed:
    case Guard::actor_no_request_pending:
    case Guard::extension_not_pending:
    case Guard::contact_logged:
    case Guard::co_opinions_in:
    case Guard::evaluation_window_lapsed:
    case Guard::any_commitment_due:
      return GuardKind::waits;
    default:
      return GuardKind::input;
  }
}

Result<Decision> decide(const SuggestionFacts& facts, State state, Action action, Actor actor,
                        TimeMs now, const Rules& rules) {
  if (actor == Actor::other) return fail(ErrorCode::not_found, "建议不存在");
  if (!has_row(state, action, std::nullopt))
    return fail(ErrorCode::failed_precondition, "当前状态为“" + std::string(state_title_zh(state)) +
                                                    "”，不能" +
                                                    std::string(action_title_zh(action)));
  if (!has_row(state, action, actor))
    return fail(ErrorCode::permission_denied,
                std::string(actor_title_zh(actor)) + "无权" + std::string(action_title_zh(action)));
  const Context c{facts, facts.input, china_date(now), rules};
  std::optional<Status> first_failure;
  for (const Transition& t : kTable) {
    if (t.from != state || t.action != action || t.actor != actor) continue;
    if (auto s = check_all(t, c); !s) {
      if (!first_failure) first_failure = std::move(s);
      continue;
    }
    return Decision{state,           t.to, action, actor, now, clock_changes(t, c), effects(t, c),
                    notifications(t)};
  }
  return std::unexpected(std::move(first_failure->error()));
}

Actor acting_relation(State state, Action action, std::span<const Actor> held) {
  for (Actor a : held)
    if (a != Actor::other && has_row(state, action, a)) return a;
  for (Actor a : held)
    if (a != Actor::other) return a;
  return Actor::other;
}

std::vector<Offer> offers(const SuggestionFacts& facts, State state, Actor actor, TimeMs now,
                          const Rules& rules) {
  SuggestionFacts item = facts;
  item.input = {};  // only what is known before acting counts
  const Context c{item, item.input, china_date(now), rules};
  std::vector<Offer> out;
  for (Action a : all_actions()) {
    bool any_row = false, enabled = false;
    std::string reason;
    for (const Transition& t : kTable) {
      if (t.from != state || t.action != a || t.actor != actor) continue;
      any_row = true;
      bool hidden = false;
      std::string first_wait;
      for (Guard g : t.guards) {
        const GuardKind kind = guard_kind(g);
        if (kind == GuardKind::input) continue;
        auto st = check(g, c);
        if (st) continue;
        if (kind == GuardKind::applies) {
          hidden = true;
          break;
        }
        if (first_wait.empty()) first_wait = st.error().message;
      }
      if (hidden) continue;
      if (first_wait.empty()) {
        enabled = true;
        break;
      }
      if (reason.empty()) reason = std::move(first_wait);
    }
    if (!any_row || actor == Actor::other) continue;
    if (enabled)
      out.push_back({a, {}});
    else if (!reason.empty())
      out.push_back({a, std::move(reason)});
  }
  return out;
}

std::vector<Action> available_actions(const SuggestionFacts& facts, State state, Actor actor,
                                      TimeMs now, const Rules& rules) {
  std::vector<Action> out;
  for (Action a : all_actions())
    if (decide(facts, state, a, actor, now, rules)) out.push_back(a);
  return out;
}

// ---- Diagram --------------------------------------------------------------------------

namespace {

std::string node(State s) { return s == State::none ? "[*]" : std::string(state_name(s)); }

// The actions of every row from `from` to `to`, in table order, each once.
std::string edge_label(State from, State to) {
  std::vector<Action> seen;
  std::string label;
  for (const Transition& t : kTable) {
    if (t.from != from || t.to != to) continue;
    if (std::find(seen.begin(), seen.end(), t.action) != seen.end()) continue;
    seen.push_back(t.action);
    label += (label.empty() ? "" : "、") + std::string(action_title_zh(t.action));
  }
  return label;
}

}  // namespace

std::string workflow_mermaid() {
  std::string out = "stateDiagram-v2\n";
  for (State s : all_states())
    if (s != State::none)
      out += "    state \"" + std::string(state_title_zh(s)) + "\" as " +
             std::string(state_name(s)) + "\n";
  std::vector<std::pair<State, State>> edges;
  for (const Transition& t : kTable) {
    const auto edge = std::pair(t.from, t.to);
    if (std::find(edges.begin(), edges.end(), edge) != edges.end()) continue;
    edges.push_back(edge);
    out += "    " + node(t.from) + " --> " + node(t.to) + ": " + edge_label(t.from, t.to) + "\n";
  }
  for (State s : all_states()) {
    const bool leaves =
        std::any_of(kTable.begin(), kTable.end(), [&](const Transition& t) { return t.from == s; });
    if (s != State::none && !leaves) out += "    " + node(s) + " --> [*]\n";
  }
  return out;
}

}  // namespace daibiao::suggestions
