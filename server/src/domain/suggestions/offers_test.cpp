// What the UI is offered (offers()): an offered action succeeds once its form is filled in
// validly; one blocked by a guard about the item is shown disabled with the reason that the
// action itself would answer; one that does not apply is not shown.
#include <gtest/gtest.h>

#include <algorithm>

#include "domain/suggestions/workflow.hpp"
#include "domain/suggestions/workflow_witnesses.hpp"

namespace daibiao::suggestions {
namespace {

using witnesses::violate;
using witnesses::witness;

Date d(std::string_view iso) { return parse_date(iso).value(); }
TimeMs noon(Date day) { return china_day_start(day) + 12 * kHourMs; }
const Rules& rules() { return witnesses::witness_rules(); }

std::optional<Offer> offer_of(const std::vector<Offer>& all, Action a) {
  for (const auto& o : all)
    if (o.action == a) return o;
  return std::nullopt;
}

std::string describe(const Transition& t) {
  return std::string(state_name(t.from)) + " × " + std::string(action_name(t.action)) + " × " +
         std::string(actor_name(t.actor)) + " → " + std::string(state_name(t.to));
}

// Every row: with the facts its witness gives, the action is offered enabled, and with the
// witness's form it succeeds. With one guard about the item broken, an action still offered
// enabled succeeds through some row, and one offered disabled names a reason and fails.
TEST(SuggestionOffers, OfferedActionsSucceedAndBlockedOnesSayWhy) {
  const Date today = d("2025-06-16");
  for (const auto& t : transitions()) {
    if (t.actor == Actor::other) continue;
    const auto f = witness(t, today);
    auto offered = offer_of(offers(f, t.from, t.actor, noon(today), rules()), t.action);
    ASSERT_TRUE(offered) << describe(t);
    EXPECT_TRUE(offered->enabled()) << describe(t) << ": " << offered->blocked;
    ASSERT_TRUE(decide(f, t.from, t.action, t.actor, noon(today), rules())) << describe(t);

    for (Guard g : t.guards) {
      if (guard_kind(g) == GuardKind::input) continue;
      auto broken = witness(t, today);
      violate(g, broken, today);
      auto o = offer_of(offers(broken, t.from, t.actor, noon(today), rules()), t.action);
      if (!o) continue;  // does not apply: not shown
      if (o->enabled()) {
        bool some_row = false;
        for (const auto& r : transitions()) {
          if (r.from != t.from || r.action != t.action || r.actor != t.actor) continue;
          auto attempt = broken;
          attempt.input = witness(r, today).input;
          some_row = some_row || decide(attempt, t.from, t.action, t.actor, noon(today), rules());
        }
        EXPECT_TRUE(some_row) << describe(t) << " offered without " << guard_name(g);
      } else {
        EXPECT_EQ(guard_kind(g), GuardKind::waits) << describe(t) << " " << guard_name(g);
        EXPECT_FALSE(decide(broken, t.from, t.action, t.actor, noon(today), rules()))
            << describe(t) << " blocked by " << guard_name(g) << " yet succeeds";
      }
    }
  }
}

TEST(SuggestionOffers, EveryGuardHasAKind) {
  int facts = 0;
  for (Guard g : all_guards()) facts += guard_kind(g) != GuardKind::input;
  EXPECT_GT(facts, 10);
  EXPECT_EQ(guard_kind(Guard::co_opinions_in), GuardKind::waits);
  EXPECT_EQ(guard_kind(Guard::answer_class_valid), GuardKind::input);
  EXPECT_EQ(guard_kind(Guard::within_reassignment_window), GuardKind::applies);
}

// co_opinions_in: the lead unit is not offered 答复 while a co-unit's opinion is pending
// and its time is not up; the disabled button says until when, as the refusal does.
TEST(SuggestionOffers, AnswerWaitsForTheCoUnitsOpinionUntilItsDeadline) {
  SuggestionFacts f;
  f.contact_logged = true;
  f.co_opinions_pending = 1;
  f.co_opinions_due = d("2025-06-20");
  const ActionInput answer{.answer_class = "A"};
  const TimeMs before = noon(d("2025-06-16")), after = noon(d("2025-06-21"));

  auto o = offer_of(offers(f, State::handling, Actor::lead_unit_officer, before, rules()),
                    Action::draft_answer);
  ASSERT_TRUE(o);
  EXPECT_FALSE(o->enabled());
  EXPECT_NE(o->blocked.find("协办"), std::string::npos) << o->blocked;
  EXPECT_NE(o->blocked.find("2025-06-20"), std::string::npos) << o->blocked;
  f.input = answer;
  auto refused =
      decide(f, State::handling, Action::draft_answer, Actor::lead_unit_officer, before, rules());
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, ErrorCode::failed_precondition);
  EXPECT_EQ(refused.error().message, o->blocked);
  // Others in the same state are unaffected: contact is still offered.
  EXPECT_TRUE(offer_of(offers(f, State::handling, Actor::lead_unit_officer, before, rules()),
                       Action::log_contact)
                  ->enabled());

  auto later = offer_of(offers(f, State::handling, Actor::lead_unit_officer, after, rules()),
                        Action::draft_answer);
  ASSERT_TRUE(later);
  EXPECT_TRUE(later->enabled());
  EXPECT_TRUE(
      decide(f, State::handling, Action::draft_answer, Actor::lead_unit_officer, after, rules()));
}

// answer_has_commitments, any_commitment_due: 回头看 is offered on an answer with
// commitments, disabled until the first one's date has passed.
TEST(SuggestionOffers, LookBackWaitsForACommitmentsDate) {
  SuggestionFacts f;
  f.open_commitments = 1;
  f.answer_commitments = 1;
  f.first_commitment_due = d("2025-09-30");
  const TimeMs early = noon(d("2025-09-30")), late = noon(d("2025-10-01"));

  auto o =
      offer_of(offers(f, State::follow_up, Actor::lead_deputy, early, rules()), Action::look_back);
  ASSERT_TRUE(o);
  EXPECT_FALSE(o->enabled());
  EXPECT_NE(o->blocked.find("2025-09-30"), std::string::npos) << o->blocked;
  f.input = {.look_back = LookBack::partly_done,
             .look_back_due = d("2025-09-30"),
             .look_back_commitment_open = true};
  EXPECT_FALSE(decide(f, State::follow_up, Action::look_back, Actor::lead_deputy, early, rules()));

  o = offer_of(offers(f, State::follow_up, Actor::lead_deputy, late, rules()), Action::look_back);
  ASSERT_TRUE(o);
  EXPECT_TRUE(o->enabled());
  EXPECT_TRUE(decide(f, State::follow_up, Action::look_back, Actor::lead_deputy, late, rules()));

  // An answer without commitments (an A answer, closed on evaluation) has nothing to look
  // back on: not offered at all.
  SuggestionFacts none;
  EXPECT_FALSE(
      offer_of(offers(none, State::closed, Actor::lead_deputy, late, rules()), Action::look_back));
}

// extension_room_left: with the answer deadline at the cap, 申请延期 is not offered — no date
// could be approved; while a request is pending it is shown disabled with that reason.
TEST(SuggestionOffers, ExtensionIsOfferedOnlyWithRoomLeft) {
  SuggestionFacts f;
  f.lead_unit_signed_on = d("2025-03-03");
  const TimeMs now = noon(d("2025-04-01"));
  auto o = offer_of(offers(f, State::handling, Actor::lead_unit_officer, now, rules()),
                    Action::request_extension);
  ASSERT_TRUE(o);
  EXPECT_TRUE(o->enabled());
  f.input = {.reason = "需跨年度安排资金", .extension_until = d("2025-07-31")};
  EXPECT_TRUE(decide(f, State::handling, Action::request_extension, Actor::lead_unit_officer, now,
                     rules()));

  f.extension_requested = true;
  o = offer_of(offers(f, State::handling, Actor::lead_unit_officer, now, rules()),
               Action::request_extension);
  ASSERT_TRUE(o);
  EXPECT_EQ(o->blocked, "已有延期申请等待审批");

  f.extension_requested = false;
  f.answer_due_extended_to = extension_cap(*f.lead_unit_signed_on, rules());
  EXPECT_FALSE(offer_of(offers(f, State::handling, Actor::lead_unit_officer, now, rules()),
                        Action::request_extension));
  f.input.extension_until = add_days(*f.answer_due_extended_to, 1);
  EXPECT_FALSE(decide(f, State::handling, Action::request_extension, Actor::lead_unit_officer, now,
                      rules()));
}

// Editing the text is a row of the table: the lead deputy, while a draft or returned.
TEST(SuggestionOffers, EditingIsARowForTheLeadDeputyWhileDraftOrReturned) {
  const TimeMs now = noon(d("2025-06-16"));
  for (State s : all_states()) {
    const bool editable = s == State::draft || s == State::cosigning || s == State::returned;
    auto o = offer_of(offers({}, s, Actor::lead_deputy, now, rules()), Action::edit);
    EXPECT_EQ(o.has_value(), editable) << state_name(s);
    auto r = decide({}, s, Action::edit, Actor::lead_deputy, now, rules());
    EXPECT_EQ(r.has_value(), editable) << state_name(s);
    if (editable) {
      EXPECT_EQ(r->to, s);
      EXPECT_TRUE(r->notifications.empty());
    } else {
      EXPECT_EQ(r.error().code, ErrorCode::failed_precondition);
    }
  }
  auto cosigner = decide({}, State::cosigning, Action::edit, Actor::cosigner, now, rules());
  ASSERT_FALSE(cosigner);
  EXPECT_EQ(cosigner.error().code, ErrorCode::permission_denied);
  EXPECT_FALSE(offer_of(offers({}, State::cosigning, Actor::cosigner, now, rules()), Action::edit));
}

}  // namespace
}  // namespace daibiao::suggestions
