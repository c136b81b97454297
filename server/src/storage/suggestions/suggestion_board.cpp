#include "storage/suggestions/suggestion_board.hpp"

#include "domain/suggestions/deadlines.hpp"

namespace daibiao::storage {

namespace sg = suggestions;

namespace {

// "s.state NOT IN ('draft', 'cosigning')": the states the domain keeps private.
std::string submitted_sql() {
  std::string list;
  for (sg::State s : sg::all_states())
    if (sg::is_private_draft(s))
      list += (list.empty() ? "'" : ", '") + std::string(sg::state_name(s)) + "'";
  return "s.state NOT IN (" + list + ")";
}

}  // namespace

std::string visibility_sql(const sg::Visibility& v, std::vector<Value>& params) {
  const std::string submitted = submitted_sql();
  std::vector<std::string> parts;
  if (v.every_submitted) {
    // No path test per row, so the board's count can use its index alone.
    parts.push_back(submitted);
  } else {
    if (!v.congress_paths.empty())
      parts.push_back("(" + submitted + " AND " +
                      scope_clause("s.org_path", v.congress_paths, params) + ")");
    if (!v.review_paths.empty())
      parts.push_back("(" + submitted + " AND " +
                      scope_clause("s.review_path", v.review_paths, params) + ")");
  }
  if (v.person_id) {
    parts.emplace_back("s.lead_person_id = ?");
    params.emplace_back(*v.person_id);
    // IN over an uncorrelated subquery: built once from the person's index, where a
    // correlated EXISTS would be re-run for every candidate row.
    parts.emplace_back(
        "s.id IN (SELECT sc.suggestion_id FROM suggestion_cosigners sc WHERE sc.person_id = ?)");
    params.emplace_back(*v.person_id);
  }
  if (v.unit_id && !v.every_submitted) {
    parts.push_back("(" + submitted +
                    " AND s.id IN (SELECT su.suggestion_id FROM suggestion_units su WHERE "
                    "su.unit_id = ? AND su.released = 0))");
    params.emplace_back(*v.unit_id);
  }
  if (parts.empty()) return "1 = 0";
  std::string sql;
  for (const auto& part : parts) sql += (sql.empty() ? "(" : " OR ") + part;
  return sql + ")";
}

namespace {

// The running obligations of one unit on the item `s`, as a WHERE body over clocks `k`.
// The unit id is an integer of the caller's own account, written as a literal so the
// expression can stand in the select list as well as in the filters.
std::string unit_clocks_sql(std::int64_t unit) {
  // The obligations' names as an SQL list, built once.
  static const std::string kinds = [] {
    std::string out;
    for (auto kind : sg::all_clock_kinds())
      if (sg::is_obligation(kind))
        out +=
            std::string(out.empty() ? "'" : ", '") + std::string(sg::clock_kind_name(kind)) + "'";
    return out;
  }();
  return "k.suggestion_id = s.id AND k.unit_id = " + std::to_string(unit) +
         " AND k.stopped_on IS NULL AND k.kind IN (" + kinds + ")";
}

// What "the next deadline" means on this board: the item's, or the viewing unit's own.
std::string due_sql(const BoardFilter& f) {
  if (!f.deadline_unit) return "s.next_due_on";
  return "(SELECT MIN(k.due_on) FROM suggestion_clocks k WHERE " +
         unit_clocks_sql(*f.deadline_unit) + ")";
}

std::string filter_sql(const BoardFilter& f, std::vector<Value>& params) {
  if (f.nothing) return " AND 1 = 0";
  std::string sql;
  const std::string due = due_sql(f);
  if (f.unit_id) {
    sql +=
        " AND s.id IN (SELECT fu.suggestion_id FROM suggestion_units fu WHERE fu.unit_id = ? "
        "AND fu.released = 0)";
    params.emplace_back(*f.unit_id);
  }
  if (f.due_before) {
    sql += " AND " + due + " < ?";
    params.emplace_back(*f.due_before);
  }
  if (f.due_from && f.due_to) {
    sql += " AND " + due + " >= ? AND " + due + " <= ?";
    params.emplace_back(*f.due_from);
    params.emplace_back(*f.due_to);
  }
  if (f.party_person) {
    sql +=
        " AND (s.lead_person_id = ? OR s.id IN (SELECT mc.suggestion_id FROM "
        "suggestion_cosigners mc WHERE mc.person_id = ?))";
    params.emplace_back(*f.party_person);
    params.emplace_back(*f.party_person);
  }
  if (f.party_unit) {
    sql +=
        " AND s.id IN (SELECT mu.suggestion_id FROM suggestion_units mu WHERE mu.unit_id = ? "
        "AND mu.released = 0)";
    params.emplace_back(*f.party_unit);
  }
  if (f.clearing)
    sql += " AND " + clearing_condition(f.clearing->scope, f.clearing->reason, params);
  if (f.no_lead_unit) sql += " AND s.lead_unit_id IS NULL";
  if (f.supervised_by) {
    sql += " AND " + supervising_leader_sql() + " = ?";
    params.emplace_back(*f.supervised_by);
  }
  if (f.unsupervised) sql += " AND " + unsupervised_sql();
  if (f.review_box) {
    std::string part;
    if (!f.review_paths.empty())
      part += "(s.state = 'submitted' AND " +
              scope_clause("s.review_path", f.review_paths, params) + ")";
    if (!f.manage_paths.empty())
      part += std::string(part.empty() ? "" : " OR ") +
              "(s.state IN ('initial_reviewed', 'accepted', 'reassignment_requested') AND " +
              scope_clause("s.org_path", f.manage_paths, params) + ")";
    sql += part.empty() ? " AND 1 = 0" : " AND (" + part + ")";
  }
  return sql;
}

}  // namespace

Result<ListPage<SuggestionRow>> list_board(Connection& c, const sg::Visibility& visibility,
                                           const BoardFilter& filter, const ListRequest& req) {
  std::vector<Value> params;
  std::string scope = visibility_sql(visibility, params);
  scope += filter_sql(filter, params);
  if (!filter.deadline_unit)
    return list_rows<SuggestionRow>(c, suggestion_list_spec(), req, scope, params,
                                    kSuggestionColumns, suggestion_from);
  // The unit's own next deadline in place of the item's, in the columns and the sort.
  const std::string due = due_sql(filter);
  const std::string kind = "(SELECT k.kind FROM suggestion_clocks k WHERE " +
                           unit_clocks_sql(*filter.deadline_unit) +
                           " ORDER BY k.due_on, k.id LIMIT 1)";
  std::string columns = kSuggestionColumns;
  const std::string item_due = "s.next_due_on, s.next_due_kind";
  columns.replace(columns.find(item_due), item_due.size(), due + ", " + kind);
  ListSpec spec = suggestion_list_spec();
  spec.sortable["next_due_on"] = due;
  return list_rows<SuggestionRow>(c, spec, req, scope, params, columns, suggestion_from);
}

}  // namespace daibiao::storage
