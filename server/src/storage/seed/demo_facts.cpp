#include "storage/seed/demo_facts.hpp"

namespace daibiao::seed {

Result<DemoFacts> demo_facts(storage::Connection& c, std::int64_t term_id) {
  DemoFacts f;
  DAIBIAO_TRY(
      auto p,
      c.query("SELECT m.person_id, p.name FROM mandates m JOIN persons p ON p.id = m.person_id "
              "WHERE m.term_id = ? AND m.status = 'serving' ORDER BY m.id LIMIT 2",
              {term_id}));
  for (const auto& r : p) {
    f.persons.push_back(r.i64(0));
    f.names.push_back(r.text(1));
  }
  DAIBIAO_TRY(
      auto s,
      c.query_one("SELECT id FROM congress_sessions WHERE term_id = ? ORDER BY number DESC LIMIT 1",
                  {term_id}));
  f.session_id = s.i64(0);
  DAIBIAO_TRY(auto u, c.query("SELECT id, username, COALESCE(unit_id, 0) FROM users ORDER BY id"));
  for (const auto& r : u) {
    f.users[r.text(1)] = r.i64(0);
    f.user_units[r.text(1)] = r.i64(2);
  }
  return f;
}

Result<std::int64_t> root_node_id(storage::Connection& c) {
  DAIBIAO_TRY(auto row,
              c.query_one("SELECT id FROM org_nodes WHERE parent_id IS NULL ORDER BY id LIMIT 1"));
  return row.i64(0);
}

}  // namespace daibiao::seed
