// Test support for the workflow table (included by the *_test.cpp beside it): witnesses,
// facts and input that make one guard hold or fail, and the witness of a whole row.
#pragma once

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>

#include "domain/suggestions/workflow.hpp"

namespace daibiao::suggestions::witnesses {

// Shorthands of the workflow tests: dates, noon of a day, the default rules, and what a
// decision holds.
inline Date d(std::string_view iso) { return parse_date(iso).value(); }
inline TimeMs noon(Date day) { return china_day_start(day) + 12 * kHourMs; }

inline const Rules& rules() {
  static const Rules r = default_rules();
  return r;
}

inline bool has_clock(const Decision& dec, ClockOp op, ClockKind kind) {
  return std::any_of(dec.clocks.begin(), dec.clocks.end(),
                     [&](const ClockChange& c) { return c.op == op && c.kind == kind; });
}

inline std::optional<Date> clock_due(const Decision& dec, ClockOp op, ClockKind kind) {
  for (const auto& c : dec.clocks)
    if (c.op == op && c.kind == kind) return c.due;
  return std::nullopt;
}

inline bool notifies(const Decision& dec, Actor who) {
  return std::any_of(dec.notifications.begin(), dec.notifications.end(),
                     [&](const Notification& n) { return n.recipient == who; });
}

inline bool has_effect(const Decision& dec, Effect e) {
  return std::find(dec.effects.begin(), dec.effects.end(), e) != dec.effects.end();
}

inline std::string describe(State s, Action a, Actor who) {
  return std::string(state_name(s)) + " × " + std::string(action_name(a)) + " × " +
         std::string(actor_name(who));
}

inline const Rules& witness_rules() {
  static const Rules r = default_rules();
  return r;
}

inline void satisfy(Guard g, SuggestionFacts& f, Date today) {
  auto& in = f.input;
  switch (g) {
    case Guard::always:
      break;
    case Guard::reason_given:
      in.reason = "书面理由";
      break;
    case Guard::invitees_given:
      in.invitees = 2;
      break;
    case Guard::actor_invited:
      f.actor_invitation_pending = true;
      break;
    case Guard::all_cosigners_confirmed:
      f.cosigners_pending = 0;
      break;
    case Guard::reason_from_list:
      in.reason_code = witness_rules().not_suggestion_reasons.front();
      break;
    case Guard::classification_given:
      in.star_level = 2;
      in.category = "交通";
      break;
    case Guard::merge_partner_given:
      in.merge_with = 1;
      break;
    case Guard::classified:
      f.classified = true;
      break;
    case Guard::assignment_well_formed:
      in.mode = AssignMode::joint;
      in.lead_units = 1;
      break;
    case Guard::actor_unit_not_signed:
      f.acting_unit.signed_on.reset();
      break;
    case Guard::actor_unit_signed:
      f.acting_unit.signed_on = today;
      break;
    case Guard::actor_opinion_pending:
      f.acting_unit.opinion_sent = false;
      break;
    case Guard::actor_not_rated:
      f.actor_rated = false;
      break;
    case Guard::actor_no_request_pending:
      f.acting_unit.reassignment_pending = false;
      break;
    case Guard::within_reassignment_window:
      f.acting_unit.assigned_on = today;
      f.acting_unit.opinion_sent = false;
      break;
    case Guard::co_unit_request_pending:
      f.co_unit_reassignment_pending = true;
      break;
    case Guard::lead_unit_signed:
      f.lead_unit_signed_on = today;
      break;
    case Guard::lead_unit_not_signed:
      f.lead_unit_signed_on.reset();
      break;
    case Guard::contact_method_given:
      in.contact_method = ContactMethod::visit;
      break;
    case Guard::note_given:
      in.note = "内容";
      break;
    case Guard::extension_not_pending:
      f.extension_requested = false;
      break;
    case Guard::extension_pending:
      f.extension_requested = true;
      break;
    case Guard::extension_within_cap:
      f.lead_unit_signed_on = today;
      f.lead_unit_assigned_on = today;
      in.extension_until = add_months(today, 4);
      break;
    case Guard::contact_logged:
      f.contact_logged = true;
      break;
    case Guard::answer_class_valid:
      in.answer_class = "A";
      break;
    case Guard::commitments_as_required:
      break;  // class A needs none
    case Guard::co_opinions_in:
      f.co_opinions_pending = 0;
      break;
    case Guard::first_round:
      f.in_rehandling = false;
      break;
    case Guard::in_rehandling:
      f.in_rehandling = true;
      break;
    case Guard::evaluation_window_open:
      f.answered_on = today;
      break;
    case Guard::evaluation_window_lapsed:
      f.answered_on = add_days(today, -60);
      break;
    case Guard::rating_given:
      if (!in.rating) in.rating = Rating::satisfied;
      break;
    case Guard::dissatisfied_round_left:
      in.rating = Rating::dissatisfied;
      f.dissatisfied_rounds = 0;
      break;
    case Guard::settled_with_open_commitments:
      in.rating = Rating::basically_satisfied;
      f.open_commitments = 1;
      break;
    case Guard::settled_without_open_commitments:
      in.rating = Rating::satisfied;
      f.open_commitments = 0;
      break;
    case Guard::has_open_commitments:
      f.open_commitments = 1;
      break;
    case Guard::no_open_commitments:
      f.open_commitments = 0;
      break;
    case Guard::progress_settles_last:
      in.commitment_done = true;
      f.open_commitments = 1;
      break;
    case Guard::progress_keeps_open:
      in.commitment_done = false;
      f.open_commitments = 1;
      break;
    case Guard::look_back_due:
      in.look_back_due = add_days(today, -1);
      break;
    case Guard::look_back_given:
      if (!in.look_back) in.look_back = LookBack::done;
      break;
    case Guard::look_back_not_done:
      in.look_back = LookBack::not_done;
      break;
    case Guard::look_back_partly:
      in.look_back = LookBack::partly_done;
      break;
    case Guard::look_back_done:
      in.look_back = LookBack::done;
      break;
    case Guard::look_back_settles_last:
      in.look_back = LookBack::done;
      in.look_back_commitment_open = true;
      f.open_commitments = 1;
      break;
    case Guard::look_back_keeps_open:
      in.look_back = LookBack::partly_done;
      f.open_commitments = 1;
      break;
    case Guard::extension_room_left:
      if (!f.lead_unit_signed_on) f.lead_unit_signed_on = today;
      break;
    case Guard::answer_has_commitments:
      f.answer_commitments = std::max(f.answer_commitments, 1);
      break;
    case Guard::any_commitment_due:
      f.answer_commitments = std::max(f.answer_commitments, 1);
      f.first_commitment_due = add_days(today, -1);
      break;
  }
}

inline void violate(Guard g, SuggestionFacts& f, Date today) {
  auto& in = f.input;
  switch (g) {
    case Guard::always:
      break;
    case Guard::reason_given:
      in.reason = " ";
      break;
    case Guard::invitees_given:
      in.invitees = 0;
      break;
    case Guard::actor_invited:
      f.actor_invitation_pending = false;
      break;
    case Guard::all_cosigners_confirmed:
      f.cosigners_pending = 1;
      break;
    case Guard::reason_from_list:
      in.reason_code = "不在列表中";
      break;
    case Guard::classification_given:
      in.star_level = 9;
      break;
    case Guard::merge_partner_given:
      in.merge_with = 0;
      break;
    case Guard::classified:
      f.classified = false;
      break;
    case Guard::assignment_well_formed:
      in.lead_units = 2;
      break;
    case Guard::actor_unit_not_signed:
      f.acting_unit.signed_on = today;
      break;
    case Guard::actor_unit_signed:
      f.acting_unit.signed_on.reset();
      break;
    case Guard::actor_opinion_pending:
      f.acting_unit.opinion_sent = true;
      break;
    case Guard::actor_not_rated:
      f.actor_rated = true;
      break;
    case Guard::actor_no_request_pending:
      f.acting_unit.reassignment_pending = true;
      break;
    case Guard::within_reassignment_window:
      f.acting_unit.assigned_on = add_days(today, -30);
      break;
    case Guard::co_unit_request_pending:
      f.co_unit_reassignment_pending = false;
      break;
    case Guard::lead_unit_signed:
      f.lead_unit_signed_on.reset();
      break;
    case Guard::lead_unit_not_signed:
      f.lead_unit_signed_on = today;
      break;
    case Guard::contact_method_given:
      in.contact_method.reset();
      break;
    case Guard::note_given:
      in.note.clear();
      break;
    case Guard::extension_not_pending:
      f.extension_requested = true;
      break;
    case Guard::extension_pending:
      f.extension_requested = false;
      break;
    case Guard::extension_within_cap:
      in.extension_until = add_months(*f.lead_unit_assigned_on, 7);
      break;
    case Guard::contact_logged:
      f.contact_logged = false;
      break;
    case Guard::answer_class_valid:
      in.answer_class = "Z";
      break;
    case Guard::commitments_as_required:
      in.answer_class = "B";
      in.commitments.clear();
      break;
    case Guard::co_opinions_in:
      f.co_opinions_pending = 1;
      f.co_opinions_due = add_days(today, 5);
      break;
    case Guard::first_round:
      f.in_rehandling = true;
      break;
    case Guard::in_rehandling:
      f.in_rehandling = false;
      break;
    case Guard::evaluation_window_open:
      f.answered_on = add_days(today, -60);
      break;
    case Guard::evaluation_window_lapsed:
      f.answered_on = today;
      break;
    case Guard::rating_given:
      in.rating.reset();
      break;
    case Guard::dissatisfied_round_left:
      in.rating = Rating::satisfied;
      break;
    case Guard::settled_with_open_commitments:
      f.open_commitments = 0;
      break;
    case Guard::settled_without_open_commitments:
      f.open_commitments = 1;
      break;
    case Guard::has_open_commitments:
      f.open_commitments = 0;
      break;
    case Guard::no_open_commitments:
      f.open_commitments = 1;
      break;
    case Guard::progress_settles_last:
      in.commitment_done = false;
      break;
    case Guard::progress_keeps_open:
      in.commitment_done = true;
      f.open_commitments = 1;
      break;
    case Guard::look_back_due:
      in.look_back_due = today;
      break;
    case Guard::look_back_given:
      in.look_back.reset();
      break;
    case Guard::look_back_not_done:
      in.look_back = LookBack::partly_done;
      break;
    case Guard::look_back_partly:
      in.look_back = LookBack::done;
      break;
    case Guard::look_back_done:
      in.look_back = LookBack::not_done;
      break;
    case Guard::look_back_settles_last:
      in.look_back = LookBack::partly_done;
      break;
    case Guard::look_back_keeps_open:
      in.look_back = LookBack::done;
      in.look_back_commitment_open = true;
      f.open_commitments = 1;
      break;
    case Guard::extension_room_left:
      if (!f.lead_unit_signed_on) f.lead_unit_signed_on = today;
      if (!f.lead_unit_assigned_on) f.lead_unit_assigned_on = f.lead_unit_signed_on;
      f.answer_due_extended_to = extension_cap(*f.lead_unit_assigned_on, witness_rules());
      break;
    case Guard::answer_has_commitments:
      f.answer_commitments = 0;
      in.look_back_due.reset();
      break;
    case Guard::any_commitment_due:
      f.first_commitment_due = today;
      in.look_back_due = today;
      break;
  }
}

inline SuggestionFacts witness(const Transition& t, Date today) {
  SuggestionFacts f;
  for (Guard g : t.guards) satisfy(g, f, today);
  return f;
}

}  // namespace daibiao::suggestions::witnesses
