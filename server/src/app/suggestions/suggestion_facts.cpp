#include "app/suggestions/suggestion_facts.hpp"

#include <algorithm>

#include "app/suggestions/suggestion_parties.hpp"

namespace daibiao::app {

namespace sg = suggestions;
using sg::Actor;

sg::State state_of(const storage::SuggestionRow& s) {
  return sg::parse_state(s.state).value_or(sg::State::none);
}

std::optional<Date> opt_date(const std::string& s) {
  if (s.empty()) return std::nullopt;
  return parse_date(s);
}

const storage::AnswerRow* current_answer(const storage::SuggestionRecord& rec) {
  for (auto it = rec.answers.rbegin(); it != rec.answers.rend(); ++it)
    if (it->status != "void") return &*it;
  return nullptr;
}

const storage::CommitmentRow* find_commitment(const storage::SuggestionRecord& rec,
                                              std::optional<std::int64_t> id) {
  if (!id) return nullptr;
  for (const auto& c : rec.commitments)
    if (c.id == *id) return &c;
  return nullptr;
}

const storage::UnitRow* acting_unit_row(const storage::SuggestionRecord& rec, Actor actor,
                                        const access::Principal& p) {
  for (const auto* u : active_units(rec)) {
    if (actor == Actor::lead_unit_officer || actor == Actor::unit_head) {
      if (u->role == "lead") return u;
    } else if (actor == Actor::co_unit_officer) {
      if (u->role == "co" && p.unit_id && *p.unit_id == u->unit_id) return u;
    }
  }
  return nullptr;
}

namespace {

// The current answer's commitments: how many are open, how many in all, the earliest date.
void commitment_facts(const storage::SuggestionRecord& rec, sg::SuggestionFacts& f) {
  const auto* answer = current_answer(rec);
  if (!answer) return;
  for (const auto& c : rec.commitments) {
    if (c.answer_id != answer->id) continue;
    ++f.answer_commitments;
    if (c.status == "open") ++f.open_commitments;
    if (auto due = parse_date(c.due_on))
      if (!f.first_commitment_due || *due < *f.first_commitment_due) f.first_commitment_due = *due;
  }
}

}  // namespace

sg::SuggestionFacts facts_of(const storage::SuggestionRecord& rec, Actor actor,
                             const access::Principal& p, const sg::ActionInput& in,
                             const sg::Rules& rules) {
  const auto& s = rec.row;
  sg::SuggestionFacts f;
  for (const auto& c : rec.cosigners) {
    if (c.status == "invited") ++f.cosigners_pending;
    if (p.person_id && c.person_id == *p.person_id && c.status == "invited")
      f.actor_invitation_pending = true;
  }
  if (const auto* answer = current_answer(rec); answer && p.person_id)
    f.actor_rated = std::any_of(rec.evaluations.begin(), rec.evaluations.end(), [&](const auto& e) {
      return e.kind == "evaluation" && e.person_id == *p.person_id && e.answer_id == answer->id;
    });
  f.classified = s.star_level.has_value();
  if (const auto* u = acting_unit_row(rec, actor, p)) {
    f.acting_unit.assigned_on = china_date(static_cast<TimeMs>(u->assigned_at));
    f.acting_unit.signed_on = opt_date(u->signed_on);
    f.acting_unit.opinion_sent = u->opinion_at.has_value();
    f.acting_unit.reassignment_pending = u->reassignment_pending;
  }
  for (const auto* u : active_units(rec)) {
    if (u->role == "lead") {
      f.lead_unit_signed_on = opt_date(u->signed_on);
      f.lead_unit_assigned_on = china_date(static_cast<TimeMs>(u->assigned_at));
      continue;
    }
    if (u->reassignment_pending) f.co_unit_reassignment_pending = true;
    if (u->opinion_at) continue;
    ++f.co_opinions_pending;
    const Date from = china_date(static_cast<TimeMs>(u->assigned_at));
    if (auto due = sg::due_date(sg::ClockKind::co_opinion, from, rules))
      if (!f.co_opinions_due || *due > *f.co_opinions_due) f.co_opinions_due = *due;
  }
  if (s.lead_unit_id)
    f.contact_logged = std::any_of(rec.contacts.begin(), rec.contacts.end(), [&](const auto& c) {
      return c.unit_id == *s.lead_unit_id && c.round == s.round;
    });
  f.extension_requested = s.extension_requested;
  f.answer_due_extended_to = opt_date(s.extended_to);
  f.in_rehandling = s.in_rehandling;
  f.rehandling_started_on = opt_date(s.rehandling_started_on);
  f.dissatisfied_rounds = static_cast<int>(s.dissatisfied_rounds);
  f.answered_on = opt_date(s.answered_on);
  commitment_facts(rec, f);
  f.input = in;
  return f;
}

}  // namespace daibiao::app
