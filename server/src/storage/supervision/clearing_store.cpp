#include "storage/supervision/clearing_store.hpp"

#include <map>

#include "base/text.hpp"
#include "storage/values.hpp"

namespace daibiao::storage {

namespace sv = supervision;
namespace sg = suggestions;

namespace {

// "('submitted', 'accepted', …)": names from the domain's table, never from a request.
std::string state_list(const std::vector<sg::State>& states) {
  std::string out;
  for (auto s : states) out += (out.empty() ? "('" : ", '") + std::string(sg::state_name(s)) + "'";
  return out + ")";
}

// The scope as a condition on `s`: the year, the subtree, still remaining.
std::string scope_condition(const ClearingScope& s, std::vector<Value>& params) {
  static const std::string remaining = state_list(sv::remaining_states());
  params.emplace_back(std::int64_t{s.year});
  std::string sql = "s.session_year = ? AND s.state IN " + remaining;
  if (!s.whole_tree) {
    sql += " AND s.org_path LIKE ?";
    params.emplace_back(s.path + "%");
  }
  return sql;
}

// Items with a commitment open past `today`, as a condition on `s`.
std::string slipped_condition(Date today, std::vector<Value>& params) {
  params.emplace_back(format_date(today));
  return "s.id IN (SELECT oc.suggestion_id FROM suggestion_commitments oc WHERE oc.status = "
         "'open' AND oc.due_on < ?)";
}

// The stage of a state name read back from the database (a remaining state by the query).
sv::ClearingStage stage_from(const std::string& state) {
  auto s = sg::parse_state(state);
  return s ? sv::clearing_stage(*s).value_or(sv::ClearingStage::unanswered)
           : sv::ClearingStage::unanswered;
}

Result<std::map<std::int64_t, std::string>> unit_names(Connection& c,
                                                       const std::vector<std::int64_t>& ids) {
  std::map<std::int64_t, std::string> out;
  constexpr std::size_t kChunk = 500;
  for (std::size_t from = 0; from < ids.size(); from += kChunk) {
    std::string sql = "SELECT id, name FROM handling_units WHERE id IN (";
    std::vector<Value> params;
    for (std::size_t i = from; i < ids.size() && i < from + kChunk; ++i) {
      sql += i == from ? "?" : ", ?";
      params.emplace_back(ids[i]);
    }
    DAIBIAO_TRY(auto rows, c.query(sql + ")", params));
    for (const auto& r : rows) out[r.i64(0)] = r.text(1);
  }
  return out;
}

// Columns: id, lead unit, (state), slipped, overdue, number, title, state now, lead deputy,
// unit name, next deadline.
ClearingItemRow item_row_from(const Row& r, sv::ClearingStage stage) {
  return {.item = {.suggestion_id = r.i64(0),
                   .unit_id = r.opt_i64(1),
                   .stage = stage,
                   .overdue = r.boolean(4),
                   .slipped = r.boolean(3)},
          .number = r.opt_i64(5),
          .title = r.text(6),
          .state = r.text(7),
          .lead_name = r.text(8),
          .unit_name = r.text(9),
          .next_due_on = r.text(10)};
}

}  // namespace

Result<std::vector<sv::UnitTally>> tally_remaining(Connection& c, const ClearingScope& s) {
  // The year's items in one state are one range of suggestions_clearing (session_year, state,
  // lead_unit_id, next_due_on, org_path), already in unit order: SQLite counts each group as
  // it reads it, with no sort (a province's year is ~90,000 remaining items at scale 1).
  std::vector<Value> counted{format_date(s.today)};
  const std::string where = scope_condition(s, counted);
  DAIBIAO_TRY(auto rows, c.query("SELECT s.lead_unit_id, s.state, COUNT(*), COUNT(CASE WHEN "
                                 "s.next_due_on < ? THEN 1 END) FROM suggestions s WHERE " +
                                     where + " GROUP BY s.state, s.lead_unit_id",
                                 counted));
  std::map<std::int64_t, sv::ClearingTally> by_unit;  // 0: no unit yet
  for (const auto& r : rows) by_unit[r.i64(0)].add(stage_from(r.text(1)), r.i64(2), r.i64(3));
  // From the few open commitments past their date to their items (CROSS JOIN keeps that
  // order in SQLite), not from the year's items to their commitments.
  std::vector<Value> params{format_date(s.today)};
  const std::string slipped_where = scope_condition(s, params);
  DAIBIAO_TRY(auto slipped,
              c.query("SELECT s.lead_unit_id, COUNT(DISTINCT s.id) FROM suggestion_commitments oc "
                      "CROSS JOIN suggestions s WHERE s.id = oc.suggestion_id AND oc.status = "
                      "'open' AND oc.due_on < ? AND " +
                          slipped_where + " GROUP BY s.lead_unit_id",
                      params));
  for (const auto& r : slipped) by_unit[r.i64(0)].slipped = r.i64(1);
  std::vector<std::int64_t> ids;
  for (const auto& [id, _] : by_unit)
    if (id) ids.push_back(id);
  DAIBIAO_TRY(auto names, unit_names(c, ids));
  std::vector<sv::UnitTally> out;
  out.reserve(by_unit.size());
  for (auto& [id, tally] : by_unit)
    out.push_back({id ? std::optional(id) : std::nullopt, id ? names[id] : std::string(), tally});
  return out;
}

Result<std::vector<ClearingItemRow>> list_remaining(Connection& c, const ClearingScope& s) {
  // The select list's two tests take their parameters before the scope's.
  std::vector<Value> params;
  const std::string slipped = slipped_condition(s.today, params);
  params.emplace_back(format_date(s.today));
  const std::string where = scope_condition(s, params);
  DAIBIAO_TRY(auto rows,
              c.query("SELECT s.id, s.lead_unit_id, s.state, CASE WHEN " + slipped +
                          " THEN 1 ELSE 0 END, CASE WHEN s.next_due_on < ? THEN 1 ELSE 0 END, "
                          "s.number, s.title, s.state, s.lead_name, u.name, s.next_due_on FROM "
                          "suggestions s LEFT JOIN handling_units u ON u.id = s.lead_unit_id "
                          "WHERE " +
                          where + " ORDER BY u.name IS NULL, u.name, s.id",
                      params));
  std::vector<ClearingItemRow> out;
  out.reserve(rows.size());
  for (const auto& r : rows) out.push_back(item_row_from(r, stage_from(r.text(2))));
  return out;
}

std::string clearing_condition(const ClearingScope& s, sv::ClearingReason reason,
                               std::vector<Value>& params) {
  std::string sql = scope_condition(s, params);
  if (auto stage = sv::stage_of(reason))
    return sql + " AND s.state IN " + state_list(sv::states_of(*stage));
  if (reason == sv::ClearingReason::overdue) {
    params.emplace_back(format_date(s.today));
    return sql + " AND s.next_due_on < ?";
  }
  if (reason == sv::ClearingReason::slipped)
    return sql + " AND " + slipped_condition(s.today, params);
  return sql;
}

namespace {

const char* const kPlanColumns =
    "p.id, p.org_node_id, p.org_path, n.name, p.year, p.title, p.due_on, p.note, p.item_count, "
    "p.created_by, p.created_by_name, p.created_at";
const char* const kPlanFrom = "clearing_plans p JOIN org_nodes n ON n.id = p.org_node_id";

ClearingPlan plan_from(const Row& r) {
  return {.id = r.i64(0),
          .org_node_id = r.i64(1),
          .org_path = r.text(2),
          .org_name = r.text(3),
          .year = static_cast<int>(r.i64(4)),
          .title = r.text(5),
          .due_on = r.text(6),
          .note = r.text(7),
          .item_count = r.i64(8),
          .created_by = r.i64(9),
          .created_by_name = r.text(10),
          .created_at = r.i64(11)};
}

}  // namespace

Result<std::int64_t> insert_plan(Connection& c, const ClearingPlan& p,
                                 const std::vector<ClearingItemRow>& items) {
  auto row = c.query_one(
      "INSERT INTO clearing_plans (org_node_id, org_path, year, title, due_on, note, item_count, "
      "created_by, created_by_name, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {p.org_node_id, p.org_path, std::int64_t{p.year}, p.title, p.due_on, p.note,
       static_cast<std::int64_t>(items.size()), p.created_by, p.created_by_name, p.created_at});
  if (!row) {
    if (row.error().code == ErrorCode::conflict)
      return fail(ErrorCode::conflict, "该年度已结转，每个年度只能结转一次");
    return std::unexpected(row.error());
  }
  const std::int64_t id = row->i64(0);
  for (const auto& carried : items) {
    const auto& item = carried.item;
    if (auto st = c.exec(
            "INSERT INTO clearing_plan_items (plan_id, suggestion_id, unit_id, stage, overdue, "
            "slipped) VALUES (?, ?, ?, ?, ?, ?)",
            {id, item.suggestion_id, or_null(item.unit_id), std::string(name_of(item.stage)),
             std::int64_t{item.overdue}, std::int64_t{item.slipped}});
        !st)
      return std::unexpected(st.error());
  }
  return id;
}

Result<ClearingPlan> find_plan(Connection& c, std::int64_t id) {
  auto row = c.query_one(
      std::string("SELECT ") + kPlanColumns + " FROM " + kPlanFrom + " WHERE p.id = ?", {id});
  if (!row) {
    if (row.error().code == ErrorCode::not_found)
      return fail(ErrorCode::not_found, "结转计划不存在");
    return std::unexpected(row.error());
  }
  return plan_from(*row);
}

Result<std::optional<ClearingPlan>> find_plan_for(Connection& c, std::int64_t org_node_id,
                                                  int year) {
  DAIBIAO_TRY(auto rows, c.query(std::string("SELECT ") + kPlanColumns + " FROM " + kPlanFrom +
                                     " WHERE p.org_node_id = ? AND p.year = ?",
                                 {org_node_id, std::int64_t{year}}));
  if (rows.empty()) return std::optional<ClearingPlan>();
  return std::optional(plan_from(rows.front()));
}

Result<std::vector<ClearingItemRow>> load_plan_items(Connection& c, std::int64_t plan_id) {
  DAIBIAO_TRY(auto rows,
              c.query("SELECT i.suggestion_id, i.unit_id, i.stage, i.slipped, i.overdue, s.number, "
                      "s.title, s.state, s.lead_name, u.name, s.next_due_on FROM "
                      "clearing_plan_items i JOIN suggestions s ON s.id = i.suggestion_id LEFT "
                      "JOIN handling_units u ON u.id = i.unit_id WHERE i.plan_id = ? ORDER BY "
                      "u.name IS NULL, u.name, i.suggestion_id",
                      {plan_id}));
  std::vector<ClearingItemRow> out;
  out.reserve(rows.size());
  for (const auto& r : rows)
    out.push_back(item_row_from(
        r, parse<sv::ClearingStage>(r.text(2)).value_or(sv::ClearingStage::unanswered)));
  return out;
}

Result<std::vector<int>> session_years(Connection& c, const std::string& path, bool whole_tree) {
  DAIBIAO_TRY(auto rows,
              whole_tree ? c.query("SELECT DISTINCT substr(opens_on, 1, 4) FROM congress_sessions "
                                   "ORDER BY 1 DESC")
                         : c.query("SELECT DISTINCT substr(cs.opens_on, 1, 4) FROM "
                                   "congress_sessions cs JOIN terms t ON t.id = cs.term_id JOIN "
                                   "org_nodes n ON n.id = t.org_node_id WHERE n.path LIKE ? ORDER "
                                   "BY 1 DESC",
                                   {path + "%"}));
  std::vector<int> out;
  for (const auto& r : rows)
    if (auto y = parse_int(r.text(0))) out.push_back(static_cast<int>(*y));
  return out;
}

}  // namespace daibiao::storage
