#include "domain/suggestions/workflow.hpp"
#include "domain/suggestions/workflow_witnesses.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <tuple>

namespace daibiao::suggestions {
namespace {

using namespace witnesses;

struct Item {
  State state = State::none;
  SuggestionFacts facts;
  Date today = d("2025-03-05");

  Result<Decision> act(Action a, Actor who, ActionInput in = {}) {
    facts.input = std::move(in);
    auto r = decide(facts, state, a, who, noon(today), rules());
    if (r) state = r->to;
    facts.input = {};
    return r;
  }
};

#define ASSERT_OK(expr)                                     \
  do {                                                      \
    auto _r = (expr);                                       \
    ASSERT_TRUE(_r) << #expr << ": " << _r.error().message; \
  } while (0)

TEST(SuggestionWorkflow, JointSuggestionWithLeadAndCoUnitRunsToClosed) {
  Item item;
  ASSERT_OK(item.act(Action::create, Actor::lead_deputy));
  EXPECT_EQ(item.state, State::draft);
  ASSERT_OK(item.act(Action::invite_cosigners, Actor::lead_deputy, {.invitees = 2}));
  EXPECT_EQ(item.state, State::cosigning);
  item.facts.cosigners_pending = 2;

  auto early = item.act(Action::submit, Actor::lead_deputy);
  ASSERT_FALSE(early);
  EXPECT_EQ(early.error().code, ErrorCode::failed_precondition);
  EXPECT_EQ(early.error().message, "还有2位联名代表未确认，不能提交");

  item.facts.actor_invitation_pending = true;
  ASSERT_OK(item.act(Action::cosigner_confirm, Actor::cosigner));
  ASSERT_OK(item.act(Action::cosigner_decline, Actor::cosigner));  // the second one declines
  item.facts.cosigners_pending = 0;
  item.facts.actor_invitation_pending = false;
  auto submitted = item.act(Action::submit, Actor::lead_deputy);
  ASSERT_OK(submitted);
  EXPECT_EQ(item.state, State::submitted);
  EXPECT_TRUE(notifies(*submitted, Actor::township_reviewer));

  ASSERT_OK(item.act(Action::initial_review_pass, Actor::township_reviewer));
  auto accepted = item.act(Action::re_review_accept, Actor::liaison_staff);
  ASSERT_OK(accepted);
  EXPECT_EQ(item.state, State::accepted);
  EXPECT_TRUE(has_effect(*accepted, Effect::number_in_session));

  const ActionInput joint{.mode = AssignMode::joint, .lead_units = 1, .co_units = 1};
  auto unclassified = item.act(Action::assign, Actor::liaison_staff, joint);
  ASSERT_FALSE(unclassified);
  EXPECT_EQ(unclassified.error().message, "尚未确定星级，不能交办");
  ASSERT_OK(
      item.act(Action::classify, Actor::liaison_staff, {.star_level = 2, .category = "交通运输"}));
  item.facts.classified = true;
  // Assigned on Monday 03-10: every clock of the handling counts from today (交办), not
  // from the units' sign-for — the answer three months on, sign-for 3 working days, the
  // re-assignment window 7 working days, the co-unit's opinion a month.
  item.today = d("2025-03-10");
  auto assigned = item.act(Action::assign, Actor::liaison_staff, joint);
  ASSERT_OK(assigned);
  EXPECT_EQ(item.state, State::assigned);
  EXPECT_TRUE(notifies(*assigned, Actor::lead_unit_officer));
  EXPECT_TRUE(notifies(*assigned, Actor::co_unit_officer));
  EXPECT_FALSE(has_effect(*assigned, Effect::split_per_unit));
  EXPECT_EQ(clock_due(*assigned, ClockOp::start, ClockKind::answer), d("2025-06-10"));
  EXPECT_EQ(clock_due(*assigned, ClockOp::start, ClockKind::sign_for), d("2025-03-13"));
  EXPECT_EQ(clock_due(*assigned, ClockOp::start, ClockKind::reassignment_window), d("2025-03-19"));
  EXPECT_EQ(clock_due(*assigned, ClockOp::start, ClockKind::co_opinion), d("2025-04-10"));
  item.facts.lead_unit_assigned_on = item.today;

  // The lead unit signs two days later: that stops its sign-for clock and starts nothing.
  item.today = d("2025-03-12");
  auto signed_for = item.act(Action::sign_for, Actor::lead_unit_officer);
  ASSERT_OK(signed_for);
  EXPECT_EQ(item.state, State::handling);
  EXPECT_TRUE(has_clock(*signed_for, ClockOp::stop, ClockKind::sign_for));
  EXPECT_FALSE(has_clock(*signed_for, ClockOp::start, ClockKind::answer));
  item.facts.lead_unit_signed_on = item.today;

  // The co-unit signs too; its opinion stays due a month after the assignment.
  auto co_signed = item.act(Action::sign_for, Actor::co_unit_officer);
  ASSERT_OK(co_signed);
  EXPECT_EQ(item.state, State::handling);
  EXPECT_TRUE(has_clock(*co_signed, ClockOp::stop, ClockKind::sign_for));
  EXPECT_FALSE(has_clock(*co_signed, ClockOp::start, ClockKind::co_opinion));
  item.facts.co_opinions_pending = 1;
  item.facts.co_opinions_due = d("2025-04-10");

  const ActionInput answer_b{.answer_class = "B",
                             .commitments = {{"2025年底前完成县道改造", d("2025-12-31")}}};
  ASSERT_FALSE(item.act(Action::draft_answer, Actor::lead_unit_officer, answer_b));  // no contact
  ASSERT_OK(item.act(Action::log_contact, Actor::lead_unit_officer,
                     {.contact_method = ContactMethod::visit}));
  item.facts.contact_logged = true;

  auto waiting = item.act(Action::draft_answer, Actor::lead_unit_officer, answer_b);
  ASSERT_FALSE(waiting);
  EXPECT_EQ(waiting.error().message,
            "还有1个协办单位未提交意见（协办意见期限2025-04-10），暂不能答复");

  item.today = d("2025-04-02");
  item.facts.acting_unit.signed_on = d("2025-03-10");  // the co-unit acting
  auto opinion = item.act(Action::submit_co_opinion, Actor::co_unit_officer,
                          {.note = "同意主办单位意见，配合落实资金"});
  ASSERT_OK(opinion);
  EXPECT_TRUE(has_clock(*opinion, ClockOp::stop, ClockKind::co_opinion));
  // Its part is done: its re-assignment window closes with it.
  EXPECT_TRUE(has_clock(*opinion, ClockOp::stop, ClockKind::reassignment_window));
  EXPECT_TRUE(notifies(*opinion, Actor::lead_unit_officer));
  item.facts.acting_unit = {};
  item.facts.co_opinions_pending = 0;

  auto no_commitments =
      item.act(Action::draft_answer, Actor::lead_unit_officer, {.answer_class = "B"});
  ASSERT_FALSE(no_commitments);
  EXPECT_EQ(no_commitments.error().code, ErrorCode::invalid_argument);
  EXPECT_EQ(no_commitments.error().fields.at(0).field, "commitments");

  ASSERT_OK(item.act(Action::draft_answer, Actor::lead_unit_officer, answer_b));
  EXPECT_EQ(item.state, State::answer_drafted);
  item.facts.open_commitments = 1;

  item.today = d("2025-05-20");
  auto out = item.act(Action::sign_off_answer, Actor::unit_head);
  ASSERT_OK(out);
  EXPECT_EQ(item.state, State::answered);
  EXPECT_TRUE(has_clock(*out, ClockOp::stop, ClockKind::answer));
  // The answer is out: the windows close instead of staying open (and flagged) for ever.
  EXPECT_TRUE(has_clock(*out, ClockOp::stop, ClockKind::reassignment_window));
  EXPECT_EQ(clock_due(*out, ClockOp::start, ClockKind::evaluation), d("2025-05-30"));
  EXPECT_TRUE(has_clock(*out, ClockOp::start, ClockKind::commitment));
  EXPECT_TRUE(notifies(*out, Actor::lead_deputy));
  EXPECT_TRUE(notifies(*out, Actor::cosigner));  // 一人一函
  item.facts.answered_on = item.today;

  item.today = d("2025-05-26");
  ASSERT_OK(item.act(Action::evaluate, Actor::lead_deputy, {.rating = Rating::satisfied}));
  EXPECT_EQ(item.state, State::follow_up);  // a B commitment is still open

  item.today = d("2025-09-01");
  ASSERT_OK(item.act(Action::report_progress, Actor::lead_unit_officer,
                     {.note = "已完成招标，开工建设"}));
  EXPECT_EQ(item.state, State::follow_up);
  item.today = d("2025-12-20");
  auto done = item.act(Action::report_progress, Actor::lead_unit_officer,
                       {.note = "改造完成并通过验收", .commitment_done = true});
  ASSERT_OK(done);
  EXPECT_EQ(item.state, State::closed);
  EXPECT_TRUE(has_effect(*done, Effect::close_commitment));
}

TEST(SuggestionWorkflow, DissatisfiedSendsItBackForASecondAnswer) {
  Item item;
  item.state = State::answered;
  item.today = d("2025-06-20");
  item.facts.lead_unit_signed_on = d("2025-03-10");
  item.facts.answered_on = d("2025-06-16");
  item.facts.contact_logged = true;

  auto back = item.act(Action::evaluate, Actor::lead_deputy, {.rating = Rating::dissatisfied});
  ASSERT_OK(back);
  EXPECT_EQ(item.state, State::rehandling);
  EXPECT_TRUE(has_effect(*back, Effect::count_dissatisfied_round));
  EXPECT_TRUE(has_clock(*back, ClockOp::stop, ClockKind::evaluation));
  EXPECT_EQ(clock_due(*back, ClockOp::start, ClockKind::rehandling),
            d("2025-07-21"));  // 07-20 is a Sunday
  EXPECT_TRUE(notifies(*back, Actor::lead_unit_officer));

  // A new round: the unit must talk to the deputy again before answering again.
  item.facts.in_rehandling = true;
  item.facts.dissatisfied_rounds = 1;
  item.facts.rehandling_started_on = item.today;
  item.facts.contact_logged = false;
  item.facts.answered_on.reset();
  auto refused = item.act(Action::draft_answer, Actor::lead_unit_officer, {.answer_class = "A"});
  ASSERT_FALSE(refused);
  EXPECT_NE(refused.error().message.find("尚未与代表沟通"), std::string::npos);
  ASSERT_OK(item.act(Action::log_contact, Actor::lead_unit_officer,
                     {.contact_method = ContactMethod::meeting}));
  item.facts.contact_logged = true;
  ASSERT_OK(item.act(Action::draft_answer, Actor::lead_unit_officer, {.answer_class = "A"}));
  item.today = d("2025-07-10");
  auto second = item.act(Action::sign_off_answer, Actor::unit_head);
  ASSERT_OK(second);
  EXPECT_EQ(item.state, State::answered);
  EXPECT_TRUE(has_clock(*second, ClockOp::stop, ClockKind::rehandling));
  EXPECT_FALSE(has_clock(*second, ClockOp::stop, ClockKind::answer));
  item.facts.answered_on = item.today;

  // No re-handling round is left: a second 不满意 is recorded and the item closes.
  auto final_rating =
      item.act(Action::evaluate, Actor::lead_deputy, {.rating = Rating::dissatisfied});
  ASSERT_OK(final_rating);
  EXPECT_EQ(item.state, State::closed);
  EXPECT_FALSE(has_effect(*final_rating, Effect::count_dissatisfied_round));
}

TEST(SuggestionWorkflow, CoSignersRateTheAnswerOnceWithoutMovingTheItem) {
  Item item;
  item.state = State::answered;
  item.today = d("2025-06-20");
  item.facts.answered_on = d("2025-06-16");
  auto rated = item.act(Action::evaluate, Actor::cosigner, {.rating = Rating::dissatisfied});
  ASSERT_OK(rated);
  EXPECT_EQ(item.state, State::answered);  // only the lead deputy's rating moves it
  EXPECT_FALSE(has_effect(*rated, Effect::count_dissatisfied_round));
  EXPECT_TRUE(rated->clocks.empty());
  EXPECT_TRUE(notifies(*rated, Actor::lead_unit_officer));

  item.facts.actor_rated = true;
  auto again = item.act(Action::evaluate, Actor::cosigner, {.rating = Rating::satisfied});
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, ErrorCode::failed_precondition);

  // After the lead deputy settled it, a co-signer who has not rated may still, in the window.
  item.facts.actor_rated = false;
  ASSERT_OK(item.act(Action::evaluate, Actor::lead_deputy, {.rating = Rating::satisfied}));
  EXPECT_EQ(item.state, State::closed);
  ASSERT_OK(item.act(Action::evaluate, Actor::cosigner, {.rating = Rating::satisfied}));
  EXPECT_EQ(item.state, State::closed);
  item.today = d("2025-06-27");  // the 10-day window ended on 06-26
  EXPECT_FALSE(item.act(Action::evaluate, Actor::cosigner, {.rating = Rating::satisfied}));
}

TEST(SuggestionWorkflow, CommitteeSendsAnAnswerBackForRedrafting) {
  Item item;
  item.state = State::answered;
  item.today = d("2025-06-18");
  item.facts.answered_on = d("2025-06-16");
  ASSERT_FALSE(item.act(Action::send_back_answer, Actor::liaison_staff));  // needs reasons
  auto back = item.act(Action::send_back_answer, Actor::liaison_staff,
                       {.reason = "答复内容空泛，未回应具体建议"});
  ASSERT_OK(back);
  EXPECT_EQ(item.state, State::handling);
  EXPECT_TRUE(has_effect(*back, Effect::void_answer));
  EXPECT_TRUE(has_clock(*back, ClockOp::resume, ClockKind::answer));
  EXPECT_TRUE(has_clock(*back, ClockOp::stop, ClockKind::evaluation));
}

TEST(SuggestionWorkflow, SlippedCommitmentLookBackNotDoneReopens) {
  Item item;
  item.state = State::follow_up;
  item.facts.open_commitments = 1;
  const ActionInput not_done{.look_back = LookBack::not_done,
                             .look_back_due = d("2025-09-30"),
                             .look_back_commitment_open = true};

  item.today = d("2025-09-30");  // the commitment's own day: not passed yet
  auto early = item.act(Action::look_back, Actor::lead_deputy, not_done);
  ASSERT_FALSE(early);
  EXPECT_EQ(early.error().code, ErrorCode::failed_precondition);

  item.today = d("2025-10-09");
  auto reopened = item.act(Action::look_back, Actor::lead_deputy, not_done);
  ASSERT_OK(reopened);
  EXPECT_EQ(item.state, State::rehandling);
  // 10-09 + 1 month = Sunday 11-09: the re-handling is due Monday 11-10.
  EXPECT_EQ(clock_due(*reopened, ClockOp::start, ClockKind::rehandling), d("2025-11-10"));
  EXPECT_TRUE(notifies(*reopened, Actor::liaison_staff));
  EXPECT_TRUE(notifies(*reopened, Actor::unit_head));
}

TEST(SuggestionWorkflow, LookBackOnAClosedItem) {
  Item item;
  item.state = State::closed;
  item.today = d("2026-01-05");
  ActionInput partly{.look_back = LookBack::partly_done, .look_back_due = d("2025-12-31")};
  auto again = item.act(Action::look_back, Actor::lead_deputy, partly);
  ASSERT_OK(again);
  EXPECT_EQ(item.state, State::follow_up);
  EXPECT_TRUE(has_effect(*again, Effect::reopen_commitment));
  EXPECT_TRUE(has_clock(*again, ClockOp::resume, ClockKind::commitment));

  item.state = State::closed;
  ASSERT_OK(item.act(Action::look_back, Actor::lead_deputy,
                     {.look_back = LookBack::done, .look_back_due = d("2025-12-31")}));
  EXPECT_EQ(item.state, State::closed);
}

TEST(SuggestionWorkflow, CommitteeOrdersAnAnsweredItemHandledAgain) {
  for (State from : {State::answered, State::follow_up, State::closed}) {
    Item item;
    item.state = from;
    item.today = d("2025-10-09");
    EXPECT_FALSE(item.act(Action::supervise_rehandling, Actor::liaison_staff)) << "needs a reason";
    EXPECT_FALSE(item.act(Action::supervise_rehandling, Actor::lead_unit_officer, {.reason = "x"}))
        << "only the committee";
    auto again = item.act(Action::supervise_rehandling, Actor::liaison_staff,
                          {.reason = "随机抽样点评测评 52.5 分，低于 60 分"});
    ASSERT_OK(again);
    EXPECT_EQ(item.state, State::rehandling);
    EXPECT_TRUE(has_effect(*again, Effect::start_rehandling_round));
    // 10-09 + 1 month = Sunday 11-09: due Monday 11-10, as after a look-back.
    EXPECT_EQ(clock_due(*again, ClockOp::start, ClockKind::rehandling), d("2025-11-10"));
    EXPECT_TRUE(has_clock(*again, ClockOp::stop, ClockKind::evaluation));
    EXPECT_TRUE(has_clock(*again, ClockOp::stop, ClockKind::commitment));
    for (Actor who : {Actor::lead_unit_officer, Actor::unit_head, Actor::lead_deputy})
      EXPECT_TRUE(notifies(*again, who));
  }
  for (State before : {State::handling, State::answer_drafted, State::rehandling}) {
    Item item;
    item.state = before;
    EXPECT_FALSE(item.act(Action::supervise_rehandling, Actor::liaison_staff, {.reason = "x"}))
        << state_name(before) << ": not answered yet";
  }
}

TEST(SuggestionWorkflow, LeadDeputyMayWithdrawBeforeClosed) {
  const std::set<State> cannot{State::none, State::not_accepted, State::closed, State::withdrawn};
  for (State s : all_states()) {
    Item item;
    item.state = s;
    auto r =
        item.act(Action::withdraw, Actor::lead_deputy, {.reason = "问题已由当地解决，书面撤回"});
    EXPECT_EQ(r.has_value(), !cannot.contains(s)) << state_name(s);
    if (r) {
      EXPECT_EQ(r->to, State::withdrawn);
    }
  }
}

TEST(SuggestionWorkflow, WithdrawalStopsHandlingAndTellsTheUnits) {
  Item item;
  item.state = State::handling;
  auto unwritten = item.act(Action::withdraw, Actor::lead_deputy);
  ASSERT_FALSE(unwritten);
  EXPECT_EQ(unwritten.error().code, ErrorCode::invalid_argument);
  EXPECT_EQ(unwritten.error().fields.at(0).field, "reason");

  auto w = item.act(Action::withdraw, Actor::lead_deputy, {.reason = "书面申请撤回"});
  ASSERT_OK(w);
  for (ClockKind k : all_clock_kinds()) EXPECT_TRUE(has_clock(*w, ClockOp::stop, k));
  EXPECT_TRUE(notifies(*w, Actor::lead_unit_officer));
  EXPECT_TRUE(notifies(*w, Actor::co_unit_officer));

  // Handling has stopped: nothing more happens to it.
  auto after = item.act(Action::draft_answer, Actor::lead_unit_officer, {.answer_class = "A"});
  ASSERT_FALSE(after);
  EXPECT_EQ(after.error().message, "当前状态为“已撤回”，不能答复");

  Item draft;
  draft.state = State::draft;
  ASSERT_OK(draft.act(Action::withdraw, Actor::lead_deputy));  // a draft needs no reason

  Item closed;
  closed.state = State::closed;
  auto late = closed.act(Action::withdraw, Actor::lead_deputy, {.reason = "理由"});
  ASSERT_FALSE(late);
  EXPECT_EQ(late.error().message, "当前状态为“办结”，不能撤回");
}

TEST(SuggestionWorkflow, UnitCannotAnswerBeforeContact) {
  Item item;
  item.state = State::handling;
  item.facts.lead_unit_signed_on = d("2025-03-10");
  auto r = item.act(Action::draft_answer, Actor::lead_unit_officer, {.answer_class = "A"});
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::failed_precondition);
  EXPECT_EQ(r.error().message, "尚未与代表沟通，不能答复：请先登记沟通情况（电话、走访或见面）");
  EXPECT_EQ(item.state, State::handling);
}

TEST(SuggestionWorkflow, ActionOutOfOrderNamesTheState) {
  auto r = decide(SuggestionFacts{}, State::assigned, Action::draft_answer,
                  Actor::lead_unit_officer, noon(d("2025-03-10")), rules());
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::failed_precondition);
  EXPECT_EQ(r.error().message, "当前状态为“已交办/待签收”，不能答复");
}

TEST(SuggestionWorkflow, OutsidersGetNotFoundAndWrongPartiesPermissionDenied) {
  auto outsider = decide(SuggestionFacts{}, State::assigned, Action::sign_for, Actor::other,
                         noon(d("2025-03-10")), rules());
  ASSERT_FALSE(outsider);
  EXPECT_EQ(outsider.error().code, ErrorCode::not_found);
  auto cosigner = decide(SuggestionFacts{}, State::assigned, Action::sign_for, Actor::cosigner,
                         noon(d("2025-03-10")), rules());
  ASSERT_FALSE(cosigner);
  EXPECT_EQ(cosigner.error().code, ErrorCode::permission_denied);
  EXPECT_EQ(cosigner.error().message, "联名代表无权签收");
}

TEST(SuggestionWorkflow, ReassignmentWindowIsSevenWorkingDaysFromAssignmentAcrossNationalDay) {
  // Assigned Tuesday 09-30 and signed for a week later: the window counts from the
  // assignment. 10-01…10-08 are off, Saturday 10-11 is worked: 10-09, 10, 11, 13, 14, 15, 16.
  Item item;
  item.state = State::handling;
  item.facts.lead_unit_assigned_on = d("2025-09-30");
  item.facts.lead_unit_signed_on = d("2025-10-09");
  item.facts.acting_unit.assigned_on = d("2025-09-30");
  item.facts.acting_unit.signed_on = d("2025-10-09");
  const ActionInput why{.reason = "该事项属于市住建局职责"};

  item.today = d("2025-10-17");
  auto late = item.act(Action::request_reassignment, Actor::lead_unit_officer, why);
  ASSERT_FALSE(late);
  EXPECT_EQ(late.error().code, ErrorCode::failed_precondition);
  EXPECT_EQ(late.error().message,
            "申请改办须在交办后7个工作日内提出（截至2025-10-16），期满后交办即为确定");

  item.today = d("2025-10-16");
  auto asked = item.act(Action::request_reassignment, Actor::lead_unit_officer, why);
  ASSERT_OK(asked);
  EXPECT_EQ(item.state, State::reassignment_requested);
  EXPECT_TRUE(notifies(*asked, Actor::liaison_staff));

  // The committee refuses: handling goes on with the original clock.
  auto kept = item.act(Action::reject_reassignment, Actor::liaison_staff);
  ASSERT_OK(kept);
  EXPECT_EQ(item.state, State::handling);
  EXPECT_TRUE(kept->clocks.empty());

  // Asked again and approved: the new unit starts from 已交办/待签收.
  item.state = State::reassignment_requested;
  auto moved = item.act(Action::approve_reassignment, Actor::liaison_staff,
                        {.mode = AssignMode::joint, .lead_units = 1});
  ASSERT_OK(moved);
  EXPECT_EQ(item.state, State::assigned);
  EXPECT_TRUE(has_effect(*moved, Effect::replace_assignment));
  EXPECT_TRUE(has_clock(*moved, ClockOp::stop, ClockKind::answer));
}

TEST(SuggestionWorkflow, UnsignedUnitMayDeclineWithoutAWindow) {
  Item item;
  item.state = State::assigned;
  item.today = d("2025-12-01");
  ASSERT_OK(item.act(Action::request_reassignment, Actor::lead_unit_officer,
                     {.reason = "不属于本单位职责"}));
  EXPECT_EQ(item.state, State::reassignment_requested);
  ASSERT_OK(item.act(Action::reject_reassignment, Actor::liaison_staff));
  EXPECT_EQ(item.state, State::assigned);  // it still has to sign for it
}

TEST(SuggestionWorkflow, CoUnitReassignmentLeavesTheLeadHandling) {
  Item item;
  item.state = State::handling;
  item.today = d("2025-03-12");
  item.facts.acting_unit.signed_on = d("2025-03-10");
  ASSERT_OK(item.act(Action::request_reassignment, Actor::co_unit_officer,
                     {.reason = "本单位不涉及该事项"}));
  EXPECT_EQ(item.state, State::handling);
  item.facts.co_unit_reassignment_pending = true;
  auto approved = item.act(Action::approve_reassignment, Actor::liaison_staff);
  ASSERT_OK(approved);
  EXPECT_EQ(item.state, State::handling);
  EXPECT_TRUE(has_effect(*approved, Effect::release_co_unit));
  EXPECT_TRUE(has_clock(*approved, ClockOp::stop, ClockKind::co_opinion));
}

TEST(SuggestionWorkflow, ExtensionCapCountsFromTheAssignmentNotTheSignFor) {
  // Assigned 03-10, signed for a month later: the cap is 6 months after the assignment
  // (09-10), not after the sign-for (10-10).
  Item item;
  item.state = State::handling;
  item.today = d("2025-05-20");
  item.facts.lead_unit_assigned_on = d("2025-03-10");
  item.facts.lead_unit_signed_on = d("2025-04-10");
  auto late = item.act(Action::request_extension, Actor::lead_unit_officer,
                       {.reason = "需省级立项", .extension_until = d("2025-09-20")});
  ASSERT_FALSE(late);
  EXPECT_EQ(late.error().fields.at(0).field, "until");
  EXPECT_NE(late.error().fields.at(0).message.find("交办后6个月"), std::string::npos);
  ASSERT_OK(item.act(Action::request_extension, Actor::lead_unit_officer,
                     {.reason = "需省级立项", .extension_until = d("2025-09-10")}));
}

TEST(SuggestionWorkflow, ExtensionNeedsReasonApprovalAndStaysWithinSixMonths) {
  Item item;
  item.state = State::handling;
  item.today = d("2025-05-20");
  item.facts.lead_unit_signed_on = d("2025-03-10");

  auto too_far = item.act(Action::request_extension, Actor::lead_unit_officer,
                          {.reason = "需省级立项", .extension_until = d("2025-09-11")});
  ASSERT_FALSE(too_far);
  EXPECT_EQ(too_far.error().code, ErrorCode::invalid_argument);
  EXPECT_EQ(too_far.error().fields.at(0).field, "until");

  auto no_reason = item.act(Action::request_extension, Actor::lead_unit_officer,
                            {.extension_until = d("2025-08-10")});
  ASSERT_FALSE(no_reason);
  EXPECT_EQ(no_reason.error().fields.at(0).field, "reason");

  ASSERT_OK(item.act(Action::request_extension, Actor::lead_unit_officer,
                     {.reason = "需省级立项", .extension_until = d("2025-09-10")}));
  auto unit_cannot = item.act(Action::approve_extension, Actor::lead_unit_officer,
                              {.extension_until = d("2025-09-10")});
  ASSERT_FALSE(unit_cannot);
  EXPECT_EQ(unit_cannot.error().code, ErrorCode::permission_denied);

  item.facts.extension_requested = true;
  auto approved = item.act(Action::approve_extension, Actor::liaison_staff,
                           {.extension_until = d("2025-08-10")});
  ASSERT_OK(approved);
  EXPECT_EQ(clock_due(*approved, ClockOp::extend, ClockKind::answer), d("2025-08-10"));
  EXPECT_TRUE(notifies(*approved, Actor::lead_deputy));
}

TEST(SuggestionWorkflow, EvaluationWindowLapsesThenStaffClose) {
  Item item;
  item.state = State::answered;
  item.facts.answered_on = d("2025-06-16");  // window ends 06-26
  item.today = d("2025-06-26");
  auto too_soon = item.act(Action::close, Actor::liaison_staff);
  ASSERT_FALSE(too_soon);
  EXPECT_EQ(too_soon.error().message, "代表评价期限尚未届满（截至2025-06-26），不能办结");
  item.today = d("2025-06-27");
  auto late = item.act(Action::evaluate, Actor::lead_deputy, {.rating = Rating::satisfied});
  ASSERT_FALSE(late);
  EXPECT_EQ(late.error().message, "评价期限已过（截至2025-06-26）");
  ASSERT_OK(item.act(Action::close, Actor::liaison_staff));
  EXPECT_EQ(item.state, State::closed);
}

TEST(SuggestionWorkflow, NotASuggestionNeedsAReasonFromTheList) {
  Item item;
  item.state = State::initial_reviewed;
  auto free_text =
      item.act(Action::reject_not_suggestion, Actor::liaison_staff, {.reason_code = "我不喜欢"});
  ASSERT_FALSE(free_text);
  EXPECT_EQ(free_text.error().fields.at(0).field, "reason_code");
  auto r = item.act(Action::reject_not_suggestion, Actor::liaison_staff,
                    {.reason_code = "代转他人来信"});
  ASSERT_OK(r);
  EXPECT_EQ(item.state, State::not_accepted);
  EXPECT_TRUE(notifies(*r, Actor::lead_deputy));
}

TEST(SuggestionWorkflow, StaffEnterPaperSuggestionsOnBehalf) {
  Item item;
  auto r = item.act(Action::enter_on_behalf, Actor::liaison_staff);
  ASSERT_OK(r);
  EXPECT_EQ(item.state, State::submitted);
  EXPECT_TRUE(notifies(*r, Actor::lead_deputy));
}

TEST(SuggestionWorkflow, SplitAssignmentMakesOneItemPerUnit) {
  Item item;
  item.state = State::accepted;
  item.facts.classified = true;
  auto one =
      item.act(Action::assign, Actor::liaison_staff, {.mode = AssignMode::split, .split_units = 1});
  ASSERT_FALSE(one);
  EXPECT_EQ(one.error().fields.at(0).field, "units");
  auto r =
      item.act(Action::assign, Actor::liaison_staff, {.mode = AssignMode::split, .split_units = 3});
  ASSERT_OK(r);
  EXPECT_TRUE(has_effect(*r, Effect::split_per_unit));
}

TEST(SuggestionWorkflow, SignForClockRunsUnlessTheCongressSetsNone) {
  SuggestionFacts f;
  f.classified = true;
  f.input = {.mode = AssignMode::joint, .lead_units = 1};
  // 3 working days from Tuesday 09-30: 10-09, 10-10, then Saturday 10-11 (调休上班).
  auto r = decide(f, State::accepted, Action::assign, Actor::liaison_staff, noon(d("2025-09-30")),
                  rules());
  ASSERT_OK(r);
  EXPECT_EQ(clock_due(*r, ClockOp::start, ClockKind::sign_for), d("2025-10-11"));
  Rules none = rules();
  none.sign_for.reset();
  auto plain =
      decide(f, State::accepted, Action::assign, Actor::liaison_staff, noon(d("2025-09-30")), none);
  ASSERT_OK(plain);
  EXPECT_FALSE(has_clock(*plain, ClockOp::start, ClockKind::sign_for));
  EXPECT_TRUE(has_clock(*plain, ClockOp::start, ClockKind::answer));  // the answer still runs
}

TEST(SuggestionWorkflow, ACoUnitWhoseOpinionIsInCannotAskToBeReassigned) {
  Item item;
  item.state = State::handling;
  item.today = d("2025-03-12");
  item.facts.acting_unit.assigned_on = d("2025-03-10");
  item.facts.acting_unit.signed_on = d("2025-03-10");
  item.facts.acting_unit.opinion_sent = true;
  auto r =
      item.act(Action::request_reassignment, Actor::co_unit_officer, {.reason = "非本单位职责"});
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().message, "本单位已提交协办意见，交办已确定，不能再申请改办");
}

TEST(SuggestionWorkflow, ActingRelationPicksTheOneWithARow) {
  const std::vector<Actor> staff_and_leader{Actor::leader, Actor::liaison_staff};
  EXPECT_EQ(acting_relation(State::accepted, Action::assign, staff_and_leader),
            Actor::liaison_staff);
  EXPECT_EQ(acting_relation(State::draft, Action::assign, staff_and_leader), Actor::leader);
  EXPECT_EQ(acting_relation(State::draft, Action::assign, {}), Actor::other);
}

TEST(SuggestionWorkflow, AvailableActionsFollowTheFacts) {
  const TimeMs now = noon(d("2025-03-12"));
  EXPECT_EQ(available_actions(SuggestionFacts{}, State::none, Actor::lead_deputy, now, rules()),
            std::vector<Action>{Action::create});
  SuggestionFacts f;
  f.input = {.contact_method = ContactMethod::phone, .answer_class = "A"};
  auto before = available_actions(f, State::handling, Actor::lead_unit_officer, now, rules());
  EXPECT_EQ(std::count(before.begin(), before.end(), Action::draft_answer), 0);
  EXPECT_EQ(std::count(before.begin(), before.end(), Action::log_contact), 1);
  f.contact_logged = true;
  auto after = available_actions(f, State::handling, Actor::lead_unit_officer, now, rules());
  EXPECT_EQ(std::count(after.begin(), after.end(), Action::draft_answer), 1);
}

}  // namespace
}  // namespace daibiao::suggestions
