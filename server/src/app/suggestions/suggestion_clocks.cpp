#include "app/suggestions/suggestion_clocks.hpp"

#include "app/suggestions/suggestion_facts.hpp"
#include "app/suggestions/suggestion_parties.hpp"

namespace daibiao::app {

namespace sg = suggestions;
using sg::Actor;
using sg::ClockKind;

namespace {

// Who a clock belongs to: party name and unit.
std::pair<std::string, std::optional<std::int64_t>> clock_owner(
    const storage::SuggestionRecord& rec, std::optional<Actor> party, const ClockScope& scope) {
  if (!party) return {"", std::nullopt};
  if (*party == Actor::lead_deputy) return {"deputy", std::nullopt};
  if (*party == Actor::co_unit_officer) return {"co_unit", scope.co_unit_id};
  return {"lead_unit", rec.row.lead_unit_id};
}

bool clock_matches(const storage::SuggestionRecord& rec, const storage::ClockRow& k,
                   const sg::ClockChange& ch, const ClockScope& scope) {
  if (k.kind != sg::clock_kind_name(ch.kind)) return false;
  if (ch.party) {
    auto [party, unit] = clock_owner(rec, ch.party, scope);
    if (k.party != party) return false;
    if (party == "co_unit" && unit && k.unit_id != unit) return false;
  }
  // A commitment the request names (progress, look-back): only its own clock; a change
  // for everyone's clocks (party unset) still reaches every commitment.
  if (ch.kind == ClockKind::commitment && ch.party && scope.commitment_id && k.commitment_id)
    return *k.commitment_id == *scope.commitment_id;
  return true;
}

std::optional<ClockKind> clock_kind(const std::string& name) {
  for (auto kind : sg::all_clock_kinds())
    if (sg::clock_kind_name(kind) == name) return kind;
  return std::nullopt;
}

}  // namespace

Status apply_clock(storage::Connection& c, storage::SuggestionRecord& rec,
                   const sg::ClockChange& ch, const ClockScope& scope) {
  auto& clocks = rec.clocks;
  const std::string on = format_date(ch.on);
  switch (ch.op) {
    case sg::ClockOp::start: {
      auto [party, unit] = clock_owner(rec, ch.party, scope);
      std::vector<storage::ClockRow> rows;
      if (ch.kind == ClockKind::commitment) {
        const auto* answer = current_answer(rec);
        for (const auto& k : rec.commitments)
          if (answer && k.answer_id == answer->id && k.status == "open")
            rows.push_back({.kind = "commitment",
                            .party = party,
                            .unit_id = unit,
                            .commitment_id = k.id,
                            .started_on = on,
                            .due_on = k.due_on});
      } else if (ch.due && party == "co_unit" && !unit) {
        // Every co-unit's own clock (交办 starts one for each).
        for (const auto* u : active_units(rec))
          if (u->role == "co")
            rows.push_back({.kind = std::string(sg::clock_kind_name(ch.kind)),
                            .party = party,
                            .unit_id = u->unit_id,
                            .started_on = on,
                            .due_on = format_date(*ch.due)});
      } else if (ch.due) {
        rows.push_back({.kind = std::string(sg::clock_kind_name(ch.kind)),
                        .party = party,
                        .unit_id = unit,
                        .started_on = on,
                        .due_on = format_date(*ch.due)});
      }
      for (auto& r : rows) {
        auto id = storage::insert_clock(c, rec.row.id, r);
        if (!id) return std::unexpected(id.error());
        r.id = *id;
        clocks.push_back(r);
      }
      return {};
    }
    case sg::ClockOp::stop:
      for (auto& k : clocks)
        if (k.stopped_on.empty() && clock_matches(rec, k, ch, scope)) {
          k.stopped_on = on;
          if (auto st = storage::save_clock(c, k); !st) return st;
        }
      return {};
    case sg::ClockOp::resume:
      // The last stopped clock of that kind runs again with its old due date.
      for (auto it = clocks.rbegin(); it != clocks.rend(); ++it)
        if (!it->stopped_on.empty() && clock_matches(rec, *it, ch, scope)) {
          it->stopped_on.clear();
          return storage::save_clock(c, *it);
        }
      return {};
    case sg::ClockOp::extend:
      for (auto& k : clocks)
        if (k.stopped_on.empty() && clock_matches(rec, k, ch, scope) && ch.due) {
          k.due_on = format_date(*ch.due);
          if (auto st = storage::save_clock(c, k); !st) return st;
        }
      return {};
  }
  return {};
}

std::optional<sg::ItemClock> item_clock(const storage::ClockRow& k) {
  auto kind = clock_kind(k.kind);
  auto started = parse_date(k.started_on);
  auto due = parse_date(k.due_on);
  if (!kind || !started || !due) return std::nullopt;
  return sg::ItemClock{*kind, *started, *due, opt_date(k.stopped_on)};
}

void refresh_next_due(storage::SuggestionRecord& rec, const sg::Rules& rules, Date today) {
  std::vector<sg::ItemClock> running;
  for (const auto& k : rec.clocks)
    if (auto c = item_clock(k)) running.push_back(*c);
  const auto flags = sg::item_flags(running, today, rules);
  rec.row.next_due_on = flags.next_due ? format_date(*flags.next_due) : "";
  rec.row.next_due_kind = flags.next_kind ? std::string(sg::clock_kind_name(*flags.next_kind)) : "";
}

}  // namespace daibiao::app
