#include "storage/suggestions/suggestion_lookups.hpp"

#include "storage/list_query.hpp"

namespace daibiao::storage {
namespace {

constexpr const char* kSessionColumns =
    "SELECT cs.id, n.id, n.name, t.number, cs.number FROM congress_sessions cs JOIN terms t "
    "ON t.id = cs.term_id JOIN org_nodes n ON n.id = t.org_node_id ";

Result<std::vector<SessionChoice>> sessions_of(Result<Rows> rows) {
  if (!rows) return std::unexpected(rows.error());
  std::vector<SessionChoice> out;
  for (const Row& r : *rows) out.push_back({r.i64(0), r.i64(1), r.text(2), r.i64(3), r.i64(4)});
  return out;
}

}  // namespace

Result<std::optional<SessionPlace>> find_session_place(Connection& c, std::int64_t session_id) {
  DAIBIAO_TRY(
      auto r,
      c.query("SELECT cs.id, t.id, n.id, n.path FROM congress_sessions cs JOIN terms t ON t.id = "
              "cs.term_id JOIN org_nodes n ON n.id = t.org_node_id WHERE cs.id = ?",
              {session_id}));
  if (r.empty()) return std::optional<SessionPlace>();
  const Row& row = r.front();
  return std::optional<SessionPlace>(SessionPlace{row.i64(0), row.i64(1), row.i64(2), row.text(3)});
}

Result<std::vector<SessionChoice>> sessions_of_deputy(Connection& c, std::int64_t person_id) {
  return sessions_of(c.query(std::string(kSessionColumns) +
                                 "JOIN mandates m ON m.term_id = t.id WHERE m.person_id = ? AND "
                                 "m.status = 'serving' ORDER BY cs.opens_on DESC",
                             {person_id}));
}

Result<std::vector<SessionChoice>> sessions_under(Connection& c,
                                                  const std::vector<std::string>& paths) {
  std::vector<Value> params;
  const auto scope = scope_clause("n.path", paths, params);
  return sessions_of(c.query(
      std::string(kSessionColumns) + "WHERE " + scope + " ORDER BY n.path, cs.opens_on DESC",
      params));
}

Result<ServingDeputy> find_serving_deputy(Connection& c, std::int64_t person_id,
                                          std::int64_t term_id) {
  DAIBIAO_TRY(
      auto r,
      c.query(
          "SELECT p.id, p.name, m.delegation FROM mandates m JOIN persons p ON p.id = m.person_id "
          "WHERE m.person_id = ? AND m.term_id = ? AND m.status = 'serving'",
          {person_id, term_id}));
  if (r.empty()) return fail(ErrorCode::not_found, "该代表不是本届在任代表");
  return ServingDeputy{r.front().i64(0), r.front().text(1), r.front().text(2)};
}

Result<std::vector<ServingDeputy>> serving_deputies(Connection& c, std::int64_t term_id,
                                                    const std::string& q, int limit) {
  std::vector<Value> params{term_id};
  std::string sql =
      "SELECT p.id, p.name, m.delegation FROM mandates m JOIN persons p ON p.id = "
      "m.person_id WHERE m.term_id = ? AND m.status = 'serving'";
  if (!q.empty()) {
    sql += " AND p.name LIKE ? ESCAPE '\\'";
    params.emplace_back(like_contains(q));
  }
  sql += " ORDER BY p.name_sort, p.id LIMIT ?";
  params.emplace_back(std::int64_t{limit});
  DAIBIAO_TRY(auto rows, c.query(sql, params));
  std::vector<ServingDeputy> out;
  out.reserve(rows.size());
  for (const Row& r : rows) out.push_back({r.i64(0), r.text(1), r.text(2)});
  return out;
}

Result<NodeRef> person_home(Connection& c, std::int64_t person_id) {
  DAIBIAO_TRY(
      auto r,
      c.query_one(
          "SELECT n.id, n.path FROM persons p JOIN org_nodes n ON n.id = p.org_node_id WHERE "
          "p.id = ?",
          {person_id}));
  return NodeRef{r.i64(0), r.text(1)};
}

Result<HandlingUnitRef> find_handling_unit(Connection& c, std::int64_t unit_id) {
  DAIBIAO_TRY(auto r, c.query("SELECT hu.id, hu.name, n.path, hu.active FROM handling_units hu "
                              "JOIN org_nodes n ON n.id "
                              "= hu.org_node_id WHERE hu.id = ?",
                              {unit_id}));
  if (r.empty()) return fail(ErrorCode::not_found, "承办单位不存在或已停用");
  const Row& row = r.front();
  return HandlingUnitRef{row.i64(0), row.text(1), row.text(2), row.boolean(3)};
}

Result<std::vector<HandlingUnitRef>> units_under(Connection& c,
                                                 const std::vector<std::string>& paths) {
  std::vector<Value> params;
  const auto scope = scope_clause("n.path", paths, params);
  DAIBIAO_TRY(auto rows, c.query("SELECT hu.id, hu.name, n.path, hu.active FROM handling_units hu "
                                 "JOIN org_nodes n ON n.id "
                                 "= hu.org_node_id WHERE hu.active = 1 AND " +
                                     scope + " ORDER BY n.path, hu.code",
                                 params));
  std::vector<HandlingUnitRef> out;
  out.reserve(rows.size());
  for (const Row& r : rows) out.push_back({r.i64(0), r.text(1), r.text(2), r.boolean(3)});
  return out;
}

}  // namespace daibiao::storage
