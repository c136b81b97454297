#include "app/figures/figure_service.hpp"

#include "app/calendar/calendar_service.hpp"
#include "app/supervision/supervision_scope.hpp"
#include "domain/supervision/clearing.hpp"
#include "storage/org/org_store.hpp"

namespace daibiao::app {

namespace fg = figures;
using storage::Connection;

namespace {

constexpr int kMaxDrillPage = 100;

// The congress, year and session of a query, and the facts of its items.
struct Population {
  org::Node congress;
  std::optional<std::int64_t> unit_id;
  int year = 0;
  Date today;
  std::vector<fg::ItemFacts> items;
};

Result<Population> population_of(Connection& c, const Caller& caller, const FigureQuery& q,
                                 Date today) {
  Population out{.today = today};
  const auto& p = caller.principal;
  if (!p.can_somewhere(access::Permission::suggestion_read) &&
      !p.can_somewhere(access::Permission::supervision_manage) && p.unit_id &&
      (p.can_somewhere(access::Permission::suggestion_handle) ||
       p.can_somewhere(access::Permission::suggestion_sign_off))) {
    // A unit's own figures, in its congress (another congress does not exist for it).
    DAIBIAO_TRY(auto unit, storage::find_unit(c, *p.unit_id));
    if (q.org_node_id && *q.org_node_id != unit.org_node_id)
      return fail(ErrorCode::not_found, "机构不存在");
    DAIBIAO_TRY(out.congress, storage::find_node(c, unit.org_node_id));
    out.unit_id = unit.id;
  } else {
    DAIBIAO_TRY(out.congress, readable_congress(c, p, q.org_node_id));
  }
  out.year = q.year.value_or(today.year);
  if (q.session_id) {
    auto session = storage::find_session(c, *q.session_id);
    if (!session) {
      if (session.error().code == ErrorCode::not_found)
        return fail(ErrorCode::not_found, "会议不存在");
      return std::unexpected(session.error());
    }
    if (auto opened = parse_date(session->opens_on)) out.year = opened->year;
  }
  DAIBIAO_TRY(out.items, storage::item_facts(c, {.path = out.congress.path,
                                                 .year = out.year,
                                                 .session_id = q.session_id,
                                                 .lead_unit_id = out.unit_id}));
  return out;
}

}  // namespace

Result<FigureReport> suggestion_figures(Env& env, const Caller& caller, const FigureQuery& q) {
  if (auto st = supervision::check_year(q.year); !st) return std::unexpected(st.error());
  const Date today = china_date(env.clock.now_ms());
  return read<FigureReport>(env, [&](Connection& c) -> Result<FigureReport> {
    DAIBIAO_TRY(auto pop, population_of(c, caller, q, today));
    DAIBIAO_TRY(auto cal, calendar_in_force(c, pop.congress.id));
    FigureReport out{.congress = pop.congress,
                     .unit_id = pop.unit_id,
                     .year = pop.year,
                     .session_id = q.session_id,
                     .group_by = q.group_by,
                     .today = today};
    out.table = fg::tabulate(pop.items, q.group_by, today, cal);
    return out;
  });
}

Result<FigureReport> export_figures(Env& env, const Caller& caller, const FigureQuery& q) {
  DAIBIAO_TRY(auto report, suggestion_figures(env, caller, q));
  auto audited = write_tx(
      env, caller,
      [&](Tx& tx) {
        return tx.audit(
            {.action = "figures.export",
             .object_type = "org_node",
             .object_id = std::to_string(report.congress.id),
             .org_node_id = report.congress.id,
             .changes = {{"year", "", std::to_string(report.year), false},
                         {"group_by", "", std::string(name_of(q.group_by)), false},
                         {"rows", "", std::to_string(report.table.rows.size()), false}}});
      },
      attempt("figures.export", "org_node", report.congress.id));
  if (!audited) return std::unexpected(audited.error());
  return report;
}

Result<DrillResult> figure_items(Env& env, const Caller& caller, const DrillQuery& q) {
  if (auto st = supervision::check_year(q.figures.year); !st) return std::unexpected(st.error());
  if (q.page < 1 || q.page_size < 1 || q.page_size > kMaxDrillPage)
    return fail_fields({{"page_size", "每页条数应为 1 至 100"}});
  const Date today = china_date(env.clock.now_ms());
  const auto visibility = suggestions::visibility_of(caller.principal);
  return read<DrillResult>(env, [&](Connection& c) -> Result<DrillResult> {
    DAIBIAO_TRY(auto pop, population_of(c, caller, q.figures, today));
    std::vector<std::int64_t> ids;
    for (const auto& i : pop.items)
      if (fg::group_of(i, q.figures.group_by).key == q.key &&
          fg::counts(i, q.measure, q.part, today))
        ids.push_back(i.id);
    DrillResult out{.counted = static_cast<std::int64_t>(ids.size())};
    const auto from = static_cast<std::size_t>(q.page - 1) * static_cast<std::size_t>(q.page_size);
    if (from >= ids.size()) return out;
    const std::vector<std::int64_t> page(
        ids.begin() + static_cast<std::ptrdiff_t>(from),
        ids.begin() + static_cast<std::ptrdiff_t>(
                          std::min(ids.size(), from + static_cast<std::size_t>(q.page_size))));
    DAIBIAO_TRY(out.items, storage::figure_items(c, page, visibility));
    out.hidden = static_cast<std::int64_t>(page.size() - out.items.size());
    return out;
  });
}

}  // namespace daibiao::app
