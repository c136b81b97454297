// Suggestion handling (代表建议办理) as a table: rows (from, action, actor, to, guards,
// notify). decide() applies the table to one item and returns what to do as data: the next
// state, the clocks to start or stop, the effects and the notifications. It is pure: the app
// loads the facts, authorises, calls decide(), saves and audits, then notifies.
//
// The item (办件). Before assignment an item is the suggestion itself. From assignment on,
// an item is one answer's lifecycle: with a lead unit and co-units (主办/协办) the
// suggestion stays one item; with 分办 the app makes one item per unit (Effect::split_per_unit),
// each with its own answer, evaluation and clocks, and the unit is the lead unit of its item.
// Merged items (并案) stay separate items and are answered separately.
//
// Failures: an actor outside the item's parties gets not_found (the item is not theirs to
// know of); an action the state does not allow gets failed_precondition naming the state
// ("当前状态为“已交办/待签收”，不能答复"); a party whose relation has no row for the action
// in this state gets permission_denied; a failed guard gets failed_precondition (or
// invalid_argument with field errors when the action's own data is missing or wrong).
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/clock.hpp"
#include "base/enum_table.hpp"
#include "base/result.hpp"
#include "domain/calendar/calendar.hpp"
#include "domain/suggestions/deadlines.hpp"
#include "domain/suggestions/rules.hpp"

namespace daibiao::suggestions {

enum class State {
  none,              // （新建）not yet created: where create and enter_on_behalf start
  draft,             // 草稿: the lead deputy is writing it
  cosigning,         // 联名征集中: co-signers invited, waiting for their answers
  submitted,         // 已提交/待初审: awaiting initial review (乡镇人大或代表团)
  initial_reviewed,  // 待复审: initial review passed, awaiting the committee's re-review
  returned,          // 退回修改: back with the deputy for revision, with reasons
  not_accepted,      // 不作为建议: not treated as a suggestion, with a reason (final)
  accepted,          // 已立案/待交办: accepted and numbered, awaiting assignment
  assigned,          // 已交办/待签收: assigned, awaiting the lead unit's sign-for
  handling,          // 办理中: the lead unit handles it (contact, co-opinions, answer)
  reassignment_requested,  // 申请改办: the lead unit asked to be re-assigned
  answer_drafted,          // 答复待签发: the answer awaits the unit head's sign-off
  answered,                // 已答复/待评价: answered, awaiting the lead deputy's evaluation
  rehandling,              // 重新办理: handled again after 不满意 or a commitment not done
  follow_up,               // 跟踪落实: commitments open; progress reports until done
  closed,                  // 办结: closed (a look-back may still reopen it)
  withdrawn,               // 已撤回: withdrawn by the lead deputy in writing (final)
};

inline constexpr auto kStateNames = std::to_array<EnumEntry<State>>({
    {State::none, "none", "新建"},
    {State::draft, "draft", "草稿"},
    {State::cosigning, "cosigning", "联名征集中"},
    {State::submitted, "submitted", "已提交/待初审"},
    {State::initial_reviewed, "initial_reviewed", "待复审"},
    {State::returned, "returned", "退回修改"},
    {State::not_accepted, "not_accepted", "不作为建议"},
    {State::accepted, "accepted", "已立案/待交办"},
    {State::assigned, "assigned", "已交办/待签收"},
    {State::handling, "handling", "办理中"},
    {State::reassignment_requested, "reassignment_requested", "申请改办"},
    {State::answer_drafted, "answer_drafted", "答复待签发"},
    {State::answered, "answered", "已答复/待评价"},
    {State::rehandling, "rehandling", "重新办理"},
    {State::follow_up, "follow_up", "跟踪落实"},
    {State::closed, "closed", "办结"},
    {State::withdrawn, "withdrawn", "已撤回"},
});
static_assert(enum_table_ok(kStateNames));
constexpr const auto& enum_table(State) { return kStateNames; }

enum class Action {
  create,                 // 新建建议: a deputy starts a draft and becomes its lead deputy
  invite_cosigners,       // 邀请联名: invite co-signers (联名/附议代表)
  cosigner_confirm,       // 确认联名: an invited co-signer confirms
  cosigner_decline,       // 拒绝联名: an invited co-signer declines
  submit,                 // 提交: the lead deputy submits it for review
  enter_on_behalf,        // 代录: staff enter a paper suggestion on a deputy's behalf
  initial_review_pass,    // 初审通过: the initial reviewer passes it to the committee
  re_review_accept,       // 复审立案: the committee accepts and numbers it (第N号)
  return_for_revision,    // 退回修改: returned to the deputy with reasons
  reject_not_suggestion,  // 不作为建议处理: not treated as a suggestion (reason from a list)
  classify,               // 确定星级和类别: set the star level and category
  merge,                  // 并案: handle with same-substance items (answered separately)
  assign,                 // 交办: to a lead unit and co-units, or to several units (分办)
  sign_for,               // 签收: a unit signs for it, which starts its clocks
  request_reassignment,   // 申请改办: a unit asks to be re-assigned, with reasons
  approve_reassignment,   // 同意改办: the committee re-assigns
  reject_reassignment,    // 不同意改办: the committee keeps the assignment
  request_extension,      // 申请延期: the lead unit asks for a later answer deadline
  approve_extension,      // 批准延期: the committee extends the answer deadline
  reject_extension,       // 不批准延期: the committee refuses the extension
  log_contact,            // 登记沟通: contact with the deputy (phone, visit, meeting)
  submit_co_opinion,      // 提交协办意见: a co-unit's written opinion to the lead unit
  draft_answer,           // 答复: the lead unit drafts the answer (class, commitments)
  sign_off_answer,        // 签发答复: the unit head signs it off and it goes out
  send_back_answer,  // 退回答复: the unit head or the committee sends it back for redrafting
  evaluate,  // 评价: the lead deputy rates it 满意 / 基本满意 / 不满意 (co-signers
             // may rate too; only the lead deputy's rating moves the item)
  close,     // 办结: closing after the evaluation window lapsed unevaluated
  report_progress,  // 报告进展: progress on a commitment, possibly done
  look_back,        // 回头看: the deputy says whether a due commitment was done
  withdraw,         // 撤回: the lead deputy withdraws it in writing
  edit,  // 修改内容: the lead deputy edits the text of a draft or a returned item (PATCH)
  supervise_rehandling,  // 督办重办: the committee orders an answered item handled again (a
                         // sampling review scored it below the pass mark; a leader asked)
};

inline constexpr auto kActionNames = std::to_array<EnumEntry<Action>>({
    {Action::create, "create", "新建建议"},
    {Action::invite_cosigners, "invite_cosigners", "邀请联名"},
    {Action::cosigner_confirm, "cosigner_confirm", "确认联名"},
    {Action::cosigner_decline, "cosigner_decline", "拒绝联名"},
    {Action::submit, "submit", "提交"},
    {Action::enter_on_behalf, "enter_on_behalf", "代录"},
    {Action::initial_review_pass, "initial_review_pass", "初审通过"},
    {Action::re_review_accept, "re_review_accept", "复审立案"},
    {Action::return_for_revision, "return_for_revision", "退回修改"},
    {Action::reject_not_suggestion, "reject_not_suggestion", "不作为建议处理"},
    {Action::classify, "classify", "确定星级和类别"},
    {Action::merge, "merge", "并案"},
    {Action::assign, "assign", "交办"},
    {Action::sign_for, "sign_for", "签收"},
    {Action::request_reassignment, "request_reassignment", "申请改办"},
    {Action::approve_reassignment, "approve_reassignment", "同意改办"},
    {Action::reject_reassignment, "reject_reassignment", "不同意改办"},
    {Action::request_extension, "request_extension", "申请延期"},
    {Action::approve_extension, "approve_extension", "批准延期"},
    {Action::reject_extension, "reject_extension", "不批准延期"},
    {Action::log_contact, "log_contact", "登记沟通"},
    {Action::submit_co_opinion, "submit_co_opinion", "提交协办意见"},
    {Action::draft_answer, "draft_answer", "答复"},
    {Action::sign_off_answer, "sign_off_answer", "签发答复"},
    {Action::send_back_answer, "send_back_answer", "退回答复"},
    {Action::evaluate, "evaluate", "评价"},
    {Action::close, "close", "办结"},
    {Action::report_progress, "report_progress", "报告进展"},
    {Action::look_back, "look_back", "回头看"},
    {Action::withdraw, "withdraw", "撤回"},
    {Action::edit, "edit", "修改内容"},
    {Action::supervise_rehandling, "supervise_rehandling", "督办重办"},
});
static_assert(enum_table_ok(kActionNames));
constexpr const auto& enum_table(Action) { return kActionNames; }

// How the acting person relates to the item; the app computes it from the principal and the
// item's parties. A person may hold several (see acting_relation).
enum class Actor {
  lead_deputy,        // 领衔代表
  cosigner,           // 联名代表 (invited co-signer)
  liaison_staff,      // 联工委工作人员: the committee that reviews, assigns and supervises
  township_reviewer,  // 初审单位: the township congress (乡镇人大主席团) or the delegation
  lead_unit_officer,  // 主办单位经办人 (with 分办: each unit's officer on its own item)
  co_unit_officer,    // 协办单位经办人
  unit_head,          // 承办单位负责人: the answering unit's head, signs answers off
  leader,             // 督办领导: the supervising leader; reads and is told, acts elsewhere
  other,              // none of the above: the item does not exist for them
};

inline constexpr auto kActorNames = std::to_array<EnumEntry<Actor>>({
    {Actor::lead_deputy, "lead_deputy", "领衔代表"},
    {Actor::cosigner, "cosigner", "联名代表"},
    {Actor::liaison_staff, "liaison_staff", "联工委工作人员"},
    {Actor::township_reviewer, "township_reviewer", "初审单位"},
    {Actor::lead_unit_officer, "lead_unit_officer", "主办单位经办人"},
    {Actor::co_unit_officer, "co_unit_officer", "协办单位经办人"},
    {Actor::unit_head, "unit_head", "承办单位负责人"},
    {Actor::leader, "leader", "督办领导"},
    {Actor::other, "other", "其他人员"},
});
static_assert(enum_table_ok(kActorNames));
constexpr const auto& enum_table(Actor) { return kActorNames; }

// Named predicates over the facts; a row holds when all its guards hold. Each is of one kind
// (guard_kind): about the action's own data, or about the item — and those, whether the
// action applies at all or has to wait.
enum class Guard {
  always,                         // no condition (pads the guard list)
  reason_given,                   // the action states its reason (理由)
  invitees_given,                 // at least one co-signer is invited
  actor_invited,                  // the acting co-signer has an open invitation
  all_cosigners_confirmed,        // every remaining co-signer confirmed (none pending)
  reason_from_list,               // the not-a-suggestion reason is one of Rules' list
  classification_given,           // a configured star level and a category
  merge_partner_given,            // at least one other item to merge with
  classified,                     // the item has a star level
  assignment_well_formed,         // one lead unit (主办/协办), or at least two units (分办)
  actor_unit_not_signed,          // the acting unit has not signed for it yet
  actor_unit_signed,              // the acting unit has signed for it
  actor_opinion_pending,          // the acting co-unit has not sent its opinion yet
  actor_not_rated,                // the acting co-signer has not rated this answer yet
  actor_no_request_pending,       // the acting unit has no re-assignment request pending
  within_reassignment_window,     // unsigned, or within the window after the unit's sign-for
  co_unit_request_pending,        // a co-unit's re-assignment request awaits the committee
  lead_unit_signed,               // the lead unit has signed for it
  lead_unit_not_signed,           // the lead unit has not signed for it
  contact_method_given,           // the contact's method is given
  note_given,                     // the text the action carries (opinion, progress report)
  extension_not_pending,          // no extension request awaits the committee
  extension_pending,              // an extension request awaits the committee
  extension_within_cap,           // the new deadline is later and within Rules::max_answer
  contact_logged,                 // the lead unit contacted the deputy in this round
  answer_class_valid,             // the answer's class is one of Rules' classes
  commitments_as_required,        // commitments well-formed; present when the class needs them
  co_opinions_in,                 // every co-unit's opinion is in, or their time is up
  first_round,                    // the first handling (not a re-handling)
  in_rehandling,                  // a re-handling round
  evaluation_window_open,         // today is within the evaluation window
  evaluation_window_lapsed,       // the evaluation window has passed
  rating_given,                   // the evaluation carries a rating
  dissatisfied_round_left,        // 不满意 and a re-handling round is left
  settled_with_open_commitments,  // the evaluation settles it; commitments still open
  settled_without_open_commitments,  // the evaluation settles it; no commitment open
  has_open_commitments,              // some commitment is open
  no_open_commitments,               // no commitment is open
  progress_settles_last,             // the report marks the last open commitment done
  progress_keeps_open,               // commitments stay open after the report
  look_back_due,                     // the looked-back commitment's date has passed
  look_back_given,                   // the look-back carries a result
  look_back_not_done,                // result: 未落实
  look_back_partly,                  // result: 部分落实
  look_back_done,                    // result: 已落实
  look_back_settles_last,            // 已落实, and no other commitment stays open
  look_back_keeps_open,              // 部分落实, or 已落实 with other commitments open
  extension_room_left,               // the answer deadline is short of the extension cap
  answer_has_commitments,            // the current answer carries commitments (or names one)
  any_commitment_due,                // a commitment's date has passed (the named one, or any)
};

inline constexpr auto kGuardNames = std::to_array<EnumEntry<Guard>>({
    {Guard::always, "always", ""},
    {Guard::reason_given, "reason_given", ""},
    {Guard::invitees_given, "invitees_given", ""},
    {Guard::actor_invited, "actor_invited", ""},
    {Guard::all_cosigners_confirmed, "all_cosigners_confirmed", ""},
    {Guard::reason_from_list, "reason_from_list", ""},
    {Guard::classification_given, "classification_given", ""},
    {Guard::merge_partner_given, "merge_partner_given", ""},
    {Guard::classified, "classified", ""},
    {Guard::assignment_well_formed, "assignment_well_formed", ""},
    {Guard::actor_unit_not_signed, "actor_unit_not_signed", ""},
    {Guard::actor_unit_signed, "actor_unit_signed", ""},
    {Guard::actor_opinion_pending, "actor_opinion_pending", ""},
    {Guard::actor_not_rated, "actor_not_rated", ""},
    {Guard::actor_no_request_pending, "actor_no_request_pending", ""},
    {Guard::within_reassignment_window, "within_reassignment_window", ""},
    {Guard::co_unit_request_pending, "co_unit_request_pending", ""},
    {Guard::lead_unit_signed, "lead_unit_signed", ""},
    {Guard::lead_unit_not_signed, "lead_unit_not_signed", ""},
    {Guard::contact_method_given, "contact_method_given", ""},
    {Guard::note_given, "note_given", ""},
    {Guard::extension_not_pending, "extension_not_pending", ""},
    {Guard::extension_pending, "extension_pending", ""},
    {Guard::extension_within_cap, "extension_within_cap", ""},
    {Guard::contact_logged, "contact_logged", ""},
    {Guard::answer_class_valid, "answer_class_valid", ""},
    {Guard::commitments_as_required, "commitments_as_required", ""},
    {Guard::co_opinions_in, "co_opinions_in", ""},
    {Guard::first_round, "first_round", ""},
    {Guard::in_rehandling, "in_rehandling", ""},
    {Guard::evaluation_window_open, "evaluation_window_open", ""},
    {Guard::evaluation_window_lapsed, "evaluation_window_lapsed", ""},
    {Guard::rating_given, "rating_given", ""},
    {Guard::dissatisfied_round_left, "dissatisfied_round_left", ""},
    {Guard::settled_with_open_commitments, "settled_with_open_commitments", ""},
    {Guard::settled_without_open_commitments, "settled_without_open_commitments", ""},
    {Guard::has_open_commitments, "has_open_commitments", ""},
    {Guard::no_open_commitments, "no_open_commitments", ""},
    {Guard::progress_settles_last, "progress_settles_last", ""},
    {Guard::progress_keeps_open, "progress_keeps_open", ""},
    {Guard::look_back_due, "look_back_due", ""},
    {Guard::look_back_given, "look_back_given", ""},
    {Guard::look_back_not_done, "look_back_not_done", ""},
    {Guard::look_back_partly, "look_back_partly", ""},
    {Guard::look_back_done, "look_back_done", ""},
    {Guard::look_back_settles_last, "look_back_settles_last", ""},
    {Guard::look_back_keeps_open, "look_back_keeps_open", ""},
    {Guard::extension_room_left, "extension_room_left", ""},
    {Guard::answer_has_commitments, "answer_has_commitments", ""},
    {Guard::any_commitment_due, "any_commitment_due", ""},
});
static_assert(enum_table_ok(kGuardNames));
constexpr const auto& enum_table(Guard) { return kGuardNames; }

enum class GuardKind {
  input,    // about the action's own data (its form): checked when acting
  applies,  // about the item: whether the action applies at all; not offered when false
  waits,    // about the item: something still to happen; offered disabled, with the reason
};
GuardKind guard_kind(Guard g);

// One bit per Actor: who is told when a row fires.
using Recipients = std::uint16_t;
template <typename... A>
constexpr Recipients notify(A... who) {
  return static_cast<Recipients>((0u | ... | (1u << static_cast<unsigned>(who))));
}

struct Transition {
  State from;
  Action action;
  Actor actor;
  State to;                     // == from: the item stays where it is
  std::array<Guard, 5> guards;  // all must hold, checked in order; Guard::always pads
  Recipients recipients = 0;    // who is told (see notify())

  constexpr bool stays() const { return to == from; }
  constexpr bool notifies(Actor a) const { return (recipients >> static_cast<unsigned>(a)) & 1u; }
};

// The whole workflow, in order. Rows for the same (from, action, actor) have mutually
// exclusive guards; the first row whose guards hold applies.
std::span<const Transition> transitions();

enum class Rating { satisfied, basically_satisfied, dissatisfied };  // 满意 基本满意 不满意
enum class LookBack { done, partly_done, not_done };  // 已落实 部分落实 未落实
enum class AssignMode { joint, split };  // 主办+协办 (one answer) / 分办 (each unit answers)
enum class ContactMethod { phone, visit, meeting, other };  // 电话 走访 座谈见面 其他

// A commitment of an answer (承诺): what will be done, by when.
struct Commitment {
  std::string what;
  std::optional<Date> due;
};

// What the action brings with it (the request's payload, already parsed).
struct ActionInput {
  std::string reason;              // return, withdraw, re-assignment, extension, send back
  std::string reason_code;         // reject_not_suggestion: one of Rules::not_suggestion_reasons
  std::string note;                // co-opinion text, progress report
  int invitees = 0;                // invite_cosigners: how many are invited
  std::optional<int> star_level;   // classify
  std::string category;            // classify
  int merge_with = 0;              // merge: how many other items
  std::optional<AssignMode> mode;  // assign, approve_reassignment
  int lead_units = 0;              // joint: must be 1
  int co_units = 0;                // joint: any
  int split_units = 0;             // split: at least 2
  std::optional<ContactMethod> contact_method;  // log_contact
  std::string answer_class;                     // draft_answer: "A" … "D"
  std::vector<Commitment> commitments;          // draft_answer
  std::optional<Rating> rating;                 // evaluate
  std::optional<Date> extension_until;          // request/approve_extension
  bool commitment_done = false;                 // report_progress: its commitment is done
  std::optional<LookBack> look_back;            // look_back: the deputy's answer
  std::optional<Date> look_back_due;            // look_back: the commitment's date
  bool look_back_commitment_open = false;       // look_back: that commitment is still open
};

// The acting unit's own standing on the item (lead unit or the acting co-unit).
struct ActingUnit {
  std::optional<Date> assigned_on;    // its assignment (交办) date: its clocks count from it
  std::optional<Date> signed_on;      // its sign-for date
  bool opinion_sent = false;          // co-unit: its opinion reached the lead unit
  bool reassignment_pending = false;  // its re-assignment request awaits the committee
};

// What decide() needs to know about an item, gathered by the app. Counts and dates only:
// the facts are small so that every guard is a one-line predicate.
struct SuggestionFacts {
  int cosigners_pending = 0;              // invited, neither confirmed nor declined
  bool actor_invitation_pending = false;  // the acting co-signer's invitation is open
  bool actor_rated = false;               // the acting co-signer rated the current answer
  bool classified = false;                // star level set
  ActingUnit acting_unit;                 // when the actor is a unit's officer
  std::optional<Date> lead_unit_signed_on;
  std::optional<Date> lead_unit_assigned_on;  // the answer period counts from it (交办)
  bool co_unit_reassignment_pending = false;  // some co-unit's request awaits the committee
  int co_opinions_pending = 0;                // co-units whose opinion is not in yet
  // The latest co-opinion due date among those co-units (1 month from their assignment), so
  // a silent co-unit cannot hold the answer back for ever.
  std::optional<Date> co_opinions_due;
  bool contact_logged = false;                 // lead unit contacted the deputy this round
  bool extension_requested = false;            // an extension request awaits the committee
  std::optional<Date> answer_due_extended_to;  // the approved extension, if any
  bool in_rehandling = false;                  // the current round is a re-handling
  std::optional<Date> rehandling_started_on;   // start of the current re-handling round
  int dissatisfied_rounds = 0;                 // re-handling rounds 不满意 already caused
  std::optional<Date> answered_on;             // sign-off date of the current answer
  int open_commitments = 0;                    // commitments of the answer not yet done
  int answer_commitments = 0;                  // commitments of the answer, done or not
  std::optional<Date> first_commitment_due;    // the earliest date among them
  ActionInput input;                           // the action's own data
};

enum class ClockOp {
  start,   // a new clock, due on `due` (commitments: each on its own date)
  stop,    // the obligation is met or moot
  resume,  // a stopped clock runs again with its old due date (an answer sent back)
  extend,  // the running clock's due date moves to `due` (延期)
};

struct ClockChange {
  ClockOp op = ClockOp::start;
  ClockKind kind = ClockKind::answer;
  // Whose clock: lead_unit_officer (the lead unit), co_unit_officer (the co-unit acting or
  // concerned), lead_deputy (evaluation). nullopt: every clock of this kind on the item.
  std::optional<Actor> party;
  Date on;                  // the day of the change (today)
  std::optional<Date> due;  // start and extend; nullopt for commitments (their own dates)
};

// What applying a decision writes besides the state and the clocks, one change each, in the
// order to apply them. The app switches on these (app/suggestions/suggestion_effects.cpp).
enum class Effect {
  invite_cosigners,            // 邀请联名: the chosen deputies are invited (pending)
  confirm_cosigner,            // the acting co-signer confirms
  decline_cosigner,            // the acting co-signer declines
  mark_submitted,              // submitted now; an earlier return reason no longer stands
  number_in_session,           // 立案编号: give the item its session's next number (第N号)
  record_return_reason,        // 退回修改: why it went back to the deputy
  record_not_accepted_reason,  // 不作为建议: the reason from the list, and the note
  set_classification,          // the star level and the category
  link_merged,                 // 并案: link with the chosen items; each is answered separately
  assign_units,                // 交办: the lead unit and co-units join the item
  split_per_unit,              // 分办: one item per unit, each `assigned` with its own clocks
  sign_for_unit,               // the acting unit's sign-for date
  request_reassignment,        // the acting unit's re-assignment request awaits the committee
  replace_assignment,          // 改办: the committee's new units replace the old ones
  release_co_unit,             // the co-unit whose re-assignment was approved leaves the item
  refuse_reassignment,         // pending re-assignment requests are dropped
  request_extension,           // an extension request (date, reason) awaits the committee
  grant_extension,             // the answer deadline moves to the requested date
  refuse_extension,            // the extension request is dropped
  record_contact,              // the unit's contact with the deputy, in this round
  record_co_opinion,           // the acting co-unit's written opinion
  draft_answer,                // a new draft answer (replacing an unsigned one) and commitments
  publish_answer,              // the draft is signed off and goes out today
  void_answer,                 // the current answer no longer counts (sent back)
  rate_item,                   // the lead deputy's rating becomes the item's
  count_dissatisfied_round,    // one more re-handling round caused by 不满意
  start_rehandling_round,      // a new handling round begins today
  record_evaluation,           // the acting deputy's rating of the answer
  record_progress,             // progress on the named commitment
  close_commitment,            // the reported or looked-back commitment is done
  reopen_commitment,           // the looked-back commitment is open again
  record_look_back,            // the deputy's look-back result
};

// Everyone holding `recipient`'s relation (every co-signer, every co-unit) is told that
// `action` moved the item to `state`; the messaging layer picks the words and channel.
struct Notification {
  Actor recipient;
  Action action;
  State state;
};

struct Decision {
  State from;
  State to;
  Action action;
  Actor actor;
  TimeMs at = 0;
  std::vector<ClockChange> clocks;
  std::vector<Effect> effects;
  std::vector<Notification> notifications;
};

// Applies the table: the first row for (state, action, actor) whose guards hold. Errors as
// described at the top of this file. `now` gives today's Shanghai date for the windows.
Result<Decision> decide(const SuggestionFacts& facts, State state, Action action, Actor actor,
                        TimeMs now, const Rules& rules);

// The relation a person holding `held` acts in: the first with a row for (state, action),
// else the first held (so the error names the right state), else Actor::other.
Actor acting_relation(State state, Action action, std::span<const Actor> held);

// The actions decide() would accept now with the facts' own input.
std::vector<Action> available_actions(const SuggestionFacts& facts, State state, Actor actor,
                                      TimeMs now, const Rules& rules);

// An action as the UI offers it: enabled, or disabled with the reason.
struct Offer {
  Action action;
  std::string blocked;  // empty: enabled; else why it cannot be taken yet
  bool enabled() const { return blocked.empty(); }
};
// What someone acting as `actor` is offered on an item in `state` (for the UI's buttons), in
// action order. Only the guards about the item count (guard_kind applies/waits; the action's
// own data is the form's to supply): an action is enabled when some row's item guards all
// hold — so an enabled action succeeds once its form is filled in validly — and disabled with
// the first failing guard's reason when each row fails only on `waits` guards. Actions that
// do not apply (an `applies` guard fails in every row) are not offered.
std::vector<Offer> offers(const SuggestionFacts& facts, State state, Actor actor, TimeMs now,
                          const Rules& rules);

inline std::span<const State> all_states() { return values_of<State>(); }
inline std::span<const Action> all_actions() { return values_of<Action>(); }
inline std::span<const Actor> all_actors() { return values_of<Actor>(); }
inline std::span<const Guard> all_guards() { return values_of<Guard>(); }
inline std::string_view state_name(State s) { return name_of(s); }         // "assigned"
inline std::string_view state_title_zh(State s) { return title_of(s); }    // "已交办/待签收"
inline std::string_view action_name(Action a) { return name_of(a); }       // "draft_answer"
inline std::string_view action_title_zh(Action a) { return title_of(a); }  // "答复"
inline std::string_view actor_name(Actor a) { return name_of(a); }         // "lead_unit_officer"
inline std::string_view actor_title_zh(Actor a) { return title_of(a); }  // "主办单位经办人"
inline std::string_view guard_name(Guard g) { return name_of(g); }       // "contact_logged"
inline std::optional<State> parse_state(std::string_view name) { return parse<State>(name); }
inline std::optional<Action> parse_action(std::string_view name) { return parse<Action>(name); }

// The state diagram as Mermaid, generated from the table (docs/domain/suggestion-workflow.md
// embeds it; a test keeps the two equal).
std::string workflow_mermaid();

}  // namespace daibiao::suggestions
