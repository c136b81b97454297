// One item as one caller sees it: the record, the caller's relations, the buttons the table
// offers them (enabled, or disabled with the reason), and the deadline flags of today.
#include <map>

#include "app/suggestions/suggestion_facts.hpp"
#include "app/suggestions/suggestion_parties.hpp"
#include "app/suggestions/suggestion_service.hpp"

namespace daibiao::app {

namespace sg = suggestions;
using sg::Action;
using sg::Actor;
using storage::Connection;

namespace {

// What each relation the caller holds is offered, merged: enabled for any relation wins;
// otherwise the first reason.
std::vector<sg::Offer> offers_for(const storage::SuggestionRecord& rec,
                                  const std::vector<Actor>& held, const access::Principal& p,
                                  TimeMs now, const sg::Rules& rules) {
  std::map<Action, std::string> merged;  // action → reason ("" enabled)
  const sg::State state = state_of(rec.row);
  for (Actor a : held)
    for (auto& o : sg::offers(facts_of(rec, a, p, {}, rules), state, a, now, rules)) {
      auto [it, added] = merged.emplace(o.action, o.blocked);
      if (!added && o.enabled()) it->second.clear();
    }
  std::vector<sg::Offer> out;
  out.reserve(merged.size());
  for (auto& [action, reason] : merged) out.push_back({action, std::move(reason)});
  return out;
}

SuggestionView view_of(storage::SuggestionRecord rec, std::vector<Actor> held,
                       const access::Principal& p, TimeMs now, const sg::Rules& rules) {
  SuggestionView v;
  const auto today = china_date(now);
  v.offers = offers_for(rec, held, p, now, rules);
  for (const auto& k : rec.clocks) {
    sg::ItemClock c;
    for (auto kind : sg::all_clock_kinds())
      if (sg::clock_kind_name(kind) == k.kind) c.kind = kind;
    c.started_on = parse_date(k.started_on).value_or(today);
    c.due_on = parse_date(k.due_on).value_or(today);
    c.stopped_on = opt_date(k.stopped_on);
    auto flags = sg::clock_flags(c, today, rules);
    if (!sg::is_obligation(c.kind)) flags.overdue = flags.very_overdue = false;  // windows lapse
    v.clock_flags.push_back(flags);
  }
  if (auto due = opt_date(rec.row.next_due_on)) v.flags = sg::deadline_flags(*due, today, rules);
  v.record = std::move(rec);
  v.relations = std::move(held);
  return v;
}

}  // namespace

Result<SuggestionView> get_suggestion(Env& env, const Caller& caller, std::int64_t id) {
  return read<SuggestionView>(env, [&](Connection& c) -> Result<SuggestionView> {
    std::vector<Actor> held;
    DAIBIAO_TRY(auto rec, load_visible(c, caller.principal, id, held));
    DAIBIAO_TRY(auto rules, load_rules(c, rec.row.org_node_id));
    const ItemRules item_rules(rules, rec.row);
    return view_of(std::move(rec), std::move(held), caller.principal, env.clock.now_ms(),
                   item_rules.get());
  });
}

}  // namespace daibiao::app
