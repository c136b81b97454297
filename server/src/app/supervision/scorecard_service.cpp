#include "app/supervision/scorecard_service.hpp"

#include <algorithm>

#include "app/calendar/calendar_service.hpp"
#include "app/supervision/supervision_scope.hpp"
#include "domain/figures/ranking.hpp"
#include "domain/figures/suggestion_figures.hpp"
#include "domain/supervision/clearing.hpp"
#include "storage/figures/figure_store.hpp"

namespace daibiao::app {

namespace sv = supervision;
namespace fg = figures;
using access::Permission;
using storage::Connection;

namespace {

// The figures that feed the rate components, in ScoreComponent order.
constexpr std::array<fg::Measure, sv::kComponentCount - 1> kRateMeasures{
    fg::Measure::on_time, fg::Measure::contact, fg::Measure::resolution,
    fg::Measure::implementation, fg::Measure::satisfaction};

Result<ScorecardView> view_of(Connection& c, const Caller& caller, org::Node congress, int year,
                              Date today) {
  ScorecardView out{.congress = std::move(congress), .year = year};
  DAIBIAO_TRY(auto stored, storage::find_weights(c, out.congress.id, year));
  out.default_weights = !stored;
  out.weights = stored.value_or(sv::default_weights());
  out.can_manage = caller.principal.can(Permission::supervision_manage, out.congress.path);
  DAIBIAO_TRY(auto items, storage::item_facts(c, {.path = out.congress.path, .year = year}));
  DAIBIAO_TRY(auto cal, calendar_in_force(c, out.congress.id));
  DAIBIAO_TRY(auto sampling, storage::sampling_by_unit(c, out.congress.path, year));
  const auto table = fg::tabulate(items, fg::GroupBy::unit, today, cal);
  for (const auto& row : table.rows) {
    if (row.group.key.empty()) continue;  // not yet assigned: no unit to score
    UnitScore u{.unit_id = std::stoll(row.group.key), .unit_name = row.group.title};
    sv::ComponentValues values;
    for (std::size_t k = 0; k < kRateMeasures.size(); ++k) {
      u.rates[k] = row.figures[kRateMeasures[k]];
      values[k] = u.rates[k].rate_bp();
    }
    if (auto s = sampling.find(u.unit_id); s != sampling.end() && s->second.items > 0) {
      u.sampling = s->second;
      values[static_cast<std::size_t>(sv::ScoreComponent::sampling)] =
          static_cast<int>((s->second.sum_centi + s->second.items / 2) / s->second.items);
    }
    u.card = sv::score_unit(values, out.weights);
    out.units.push_back(std::move(u));
  }
  std::ranges::sort(out.units, [](const UnitScore& a, const UnitScore& b) {
    if (a.card.score_centi.has_value() != b.card.score_centi.has_value())
      return a.card.score_centi.has_value();
    if (a.card.score_centi != b.card.score_centi) return a.card.score_centi > b.card.score_centi;
    return a.unit_name < b.unit_name;
  });
  std::vector<int> scores;
  for (const auto& u : out.units)
    if (u.card.score_centi) scores.push_back(*u.card.score_centi);
  const auto ranks = fg::competition_ranks(scores);
  for (std::size_t k = 0; k < ranks.size(); ++k) out.units[k].rank = ranks[k];
  return out;
}

}  // namespace

Result<ScorecardView> scorecards(Env& env, const Caller& caller,
                                 std::optional<std::int64_t> org_node_id, std::optional<int> year) {
  if (auto st = sv::check_year(year); !st) return std::unexpected(st.error());
  const Date today = china_date(env.clock.now_ms());
  return read<ScorecardView>(env, [&](Connection& c) -> Result<ScorecardView> {
    DAIBIAO_TRY(auto node, readable_congress(c, caller.principal, org_node_id));
    return view_of(c, caller, std::move(node), year.value_or(today.year), today);
  });
}

Result<ScorecardView> set_score_weights(Env& env, const Caller& caller,
                                        std::optional<std::int64_t> org_node_id,
                                        std::optional<int> year, const sv::ScoreWeights& weights) {
  if (auto st = sv::check_year(year); !st) return std::unexpected(st.error());
  if (auto st = sv::check_weights(weights); !st) return std::unexpected(st.error());
  const Date today = china_date(env.clock.now_ms());
  const int for_year = year.value_or(today.year);
  return write<ScorecardView>(
      env, caller, attempt("supervision.scorecard.weights", "org_node", org_node_id.value_or(0)),
      [&](Tx& tx) -> Result<ScorecardView> {
        auto& c = tx.db();
        DAIBIAO_TRY(auto node, managed_congress(c, caller.principal, org_node_id));
        DAIBIAO_TRY(auto before, storage::find_weights(c, node.id, for_year));
        const auto old = before.value_or(sv::default_weights());
        if (auto st = storage::save_weights(c, node.id, for_year, weights, caller.principal.user_id,
                                            tx.now());
            !st)
          return std::unexpected(st.error());
        std::vector<audit::FieldChange> changes{{"year", std::nullopt, std::to_string(for_year)}};
        for (const auto& e : sv::kScoreComponents) {
          const auto k = static_cast<std::size_t>(e.value);
          note_change(changes, std::string(e.name), std::to_string(old[k]),
                      std::to_string(weights[k]));
        }
        if (auto st = tx.audit(
                {.action = "supervision.scorecard.weights",
                 .object_type = "org_node",
                 .object_id = std::to_string(node.id),
                 .org_node_id = node.id,
                 .role = caller.principal.acting_role(Permission::supervision_manage, node.path),
                 .changes = std::move(changes)});
            !st)
          return std::unexpected(st.error());
        return view_of(c, caller, std::move(node), for_year, today);
      });
}

}  // namespace daibiao::app
