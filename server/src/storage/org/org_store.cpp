#include "storage/org/org_store.hpp"

#include "storage/versioned.hpp"

namespace daibiao::storage {

const char* const kNodeColumns =
    "n.id, n.code, n.name, n.level, n.parent_id, n.path, n.committee_name, n.version, "
    "n.created_at, n.updated_at";
const char* const kUnitColumns =
    "u.id, u.org_node_id, u.code, u.name, u.kind, u.active, u.version, u.created_at, u.updated_at";
const char* const kTermColumns =
    "t.id, t.org_node_id, t.number, t.start_date, t.end_date, t.version, t.created_at, "
    "t.updated_at";
const char* const kSessionColumns =
    "s.id, s.term_id, s.number, s.opens_on, s.version, s.created_at, s.updated_at";

namespace {

org::Node node_from(const Row& r) {
  org::Node n;
  n.id = r.i64(0);
  n.code = r.text(1);
  n.name = r.text(2);
  n.level = org::parse_level(r.text(3)).value_or(org::Level::province);
  n.parent_id = r.opt_i64(4);
  n.path = r.text(5);
  n.committee_name = r.text(6);
  n.version = r.i64(7);
  n.created_at = r.i64(8);
  n.updated_at = r.i64(9);
  return n;
}

template <typename T, typename F>
Result<T> one(Connection& c, const std::string& sql, std::vector<Value> params, F from) {
  DAIBIAO_TRY(auto row, c.query_one(sql, params));
  return from(row);
}

}  // namespace

Result<std::vector<org::Node>> nodes_from(const Rows& rows) {
  std::vector<org::Node> out;
  for (const Row& r : rows) out.push_back(node_from(r));
  return out;
}

Result<org::Node> insert_node(Connection& c, org::Node n, const std::string& parent_path,
                              std::int64_t now) {
  auto id = c.query_one(
      "INSERT INTO org_nodes (code, name, level, parent_id, path, committee_name, created_at, "
      "updated_at) VALUES (?, ?, ?, ?, '', ?, ?, ?) RETURNING id",
      {n.code, n.name, std::string(org::level_name(n.level)),
       n.parent_id ? Value(*n.parent_id) : Value(nullptr), n.committee_name, now, now});
  if (!id) return std::unexpected(id.error());
  n.id = id->i64(0);
  n.path = org::child_path(parent_path, n.id);
  if (auto st = c.exec("UPDATE org_nodes SET path = ? WHERE id = ?", {n.path, n.id}); !st)
    return std::unexpected(st.error());
  n.version = 1;
  n.created_at = n.updated_at = now;
  return n;
}

Result<org::Node> find_node(Connection& c, std::int64_t id) {
  return one<org::Node>(c,
                        std::string("SELECT ") + kNodeColumns + " FROM org_nodes n WHERE n.id = ?",
                        {id}, node_from);
}

Result<org::Node> find_node_by_code(Connection& c, const std::string& code) {
  return one<org::Node>(
      c, std::string("SELECT ") + kNodeColumns + " FROM org_nodes n WHERE n.code = ?", {code},
      node_from);
}

Result<std::int64_t> count_nodes(Connection& c) {
  DAIBIAO_TRY(auto row, c.query_one("SELECT count(*) FROM org_nodes"));
  return row.i64(0);
}

Result<org::Node> update_node(Connection& c, const org::Node& n, std::int64_t now) {
  auto v =
      update_versioned(c, "org_nodes", n.id, n.version, "code = ?, name = ?, committee_name = ?",
                       {n.code, n.name, n.committee_name}, now);
  if (!v) return std::unexpected(v.error());
  return find_node(c, n.id);
}

Status delete_node(Connection& c, std::int64_t id, std::int64_t version) {
  return delete_versioned(c, "org_nodes", id, version);
}

const ListSpec& node_list_spec() {
  static const ListSpec spec{.from = "org_nodes n",
                             .sortable = {{"id", "n.id"},
                                          {"code", "n.code"},
                                          {"name", "n.name"},
                                          {"level", "n.level"},
                                          {"path", "n.path"}},
                             .filterable = {{"level", {"n.level", FilterKind::text}},
                                            {"parent_id", {"n.parent_id", FilterKind::integer}},
                                            {"code", {"n.code", FilterKind::text}}},
                             .text_columns = {"n.name", "n.code"},
                             .default_order = "n.path",
                             .tie_breaker = "n.id"};
  return spec;
}

org::Unit unit_from(const Row& r) {
  org::Unit u;
  u.id = r.i64(0);
  u.org_node_id = r.i64(1);
  u.code = r.text(2);
  u.name = r.text(3);
  u.kind = r.text(4);
  u.active = r.boolean(5);
  u.version = r.i64(6);
  u.created_at = r.i64(7);
  u.updated_at = r.i64(8);
  return u;
}

Result<org::Unit> insert_unit(Connection& c, org::Unit u, std::int64_t now) {
  std::vector<Value> values{u.org_node_id, u.code, u.name, u.kind, std::int64_t{u.active}};
  return insert_stamped(c, "handling_units", "org_node_id, code, name, kind, active",
                        std::move(values), std::move(u), now);
}

Result<org::Unit> find_unit(Connection& c, std::int64_t id) {
  return one<org::Unit>(
      c, std::string("SELECT ") + kUnitColumns + " FROM handling_units u WHERE u.id = ?", {id},
      unit_from);
}

Result<org::Unit> update_unit(Connection& c, const org::Unit& u, std::int64_t now) {
  auto v = update_versioned(c, "handling_units", u.id, u.version,
                            "code = ?, name = ?, kind = ?, active = ?",
                            {u.code, u.name, u.kind, std::int64_t{u.active}}, now);
  if (!v) return std::unexpected(v.error());
  return find_unit(c, u.id);
}

Status delete_unit(Connection& c, std::int64_t id, std::int64_t version) {
  return delete_versioned(c, "handling_units", id, version);
}

const ListSpec& unit_list_spec() {
  static const ListSpec spec{
      .from = "handling_units u JOIN org_nodes n ON n.id = u.org_node_id",
      .sortable = {{"id", "u.id"}, {"code", "u.code"}, {"name", "u.name"}, {"kind", "u.kind"}},
      .filterable = {{"org_node_id", {"u.org_node_id", FilterKind::integer}},
                     {"kind", {"u.kind", FilterKind::text}},
                     {"active", {"u.active", FilterKind::boolean}}},
      .text_columns = {"u.name", "u.code"},
      .default_order = "u.code",
      .tie_breaker = "u.id"};
  return spec;
}

org::Term term_from(const Row& r) {
  org::Term t;
  t.id = r.i64(0);
  t.org_node_id = r.i64(1);
  t.number = static_cast<int>(r.i64(2));
  t.start_date = r.text(3);
  t.end_date = r.text(4);
  t.version = r.i64(5);
  t.created_at = r.i64(6);
  t.updated_at = r.i64(7);
  return t;
}

Result<org::Term> insert_term(Connection& c, org::Term t, std::int64_t now) {
  std::vector<Value> values{t.org_node_id, std::int64_t{t.number}, t.start_date, t.end_date};
  return insert_stamped(c, "terms", "org_node_id, number, start_date, end_date", std::move(values),
                        std::move(t), now);
}

Result<org::Term> find_term(Connection& c, std::int64_t id) {
  return one<org::Term>(c, std::string("SELECT ") + kTermColumns + " FROM terms t WHERE t.id = ?",
                        {id}, term_from);
}

Result<org::Term> update_term(Connection& c, const org::Term& t, std::int64_t now) {
  auto v = update_versioned(c, "terms", t.id, t.version, "number = ?, start_date = ?, end_date = ?",
                            {std::int64_t{t.number}, t.start_date, t.end_date}, now);
  if (!v) return std::unexpected(v.error());
  return find_term(c, t.id);
}

Status delete_term(Connection& c, std::int64_t id, std::int64_t version) {
  return delete_versioned(c, "terms", id, version);
}

const ListSpec& term_list_spec() {
  static const ListSpec spec{
      .from = "terms t JOIN org_nodes n ON n.id = t.org_node_id",
      .sortable = {{"id", "t.id"}, {"number", "t.number"}, {"start_date", "t.start_date"}},
      .filterable = {{"org_node_id", {"t.org_node_id", FilterKind::integer}}},
      .text_columns = {},
      .default_order = "t.number DESC",
      .tie_breaker = "t.id"};
  return spec;
}

org::Session session_from(const Row& r) {
  org::Session s;
  s.id = r.i64(0);
  s.term_id = r.i64(1);
  s.number = static_cast<int>(r.i64(2));
  s.opens_on = r.text(3);
  s.version = r.i64(4);
  s.created_at = r.i64(5);
  s.updated_at = r.i64(6);
  return s;
}

Result<org::Session> insert_session(Connection& c, org::Session s, std::int64_t now) {
  std::vector<Value> values{s.term_id, std::int64_t{s.number}, s.opens_on};
  return insert_stamped(c, "congress_sessions", "term_id, number, opens_on", std::move(values),
                        std::move(s), now);
}

Result<org::Session> find_session(Connection& c, std::int64_t id) {
  return one<org::Session>(
      c, std::string("SELECT ") + kSessionColumns + " FROM congress_sessions s WHERE s.id = ?",
      {id}, session_from);
}

Result<org::Session> update_session(Connection& c, const org::Session& s, std::int64_t now) {
  auto v = update_versioned(c, "congress_sessions", s.id, s.version, "number = ?, opens_on = ?",
                            {std::int64_t{s.number}, s.opens_on}, now);
  if (!v) return std::unexpected(v.error());
  // The session's items carry its year (migration 0013): a new date may move them.
  if (auto st =
          c.exec("UPDATE suggestions SET session_year = (SELECT CAST(substr(cs.opens_on, 1, 4) AS "
                 "INTEGER) FROM congress_sessions cs WHERE cs.id = ?) WHERE session_id = ?",
                 {s.id, s.id});
      !st)
    return std::unexpected(st.error());
  return find_session(c, s.id);
}

Status delete_session(Connection& c, std::int64_t id, std::int64_t version) {
  return delete_versioned(c, "congress_sessions", id, version);
}

const ListSpec& session_list_spec() {
  static const ListSpec spec{
      .from =
          "congress_sessions s JOIN terms t ON t.id = s.term_id JOIN org_nodes n ON n.id = "
          "t.org_node_id",
      .sortable = {{"id", "s.id"}, {"number", "s.number"}, {"opens_on", "s.opens_on"}},
      .filterable = {{"term_id", {"s.term_id", FilterKind::integer}},
                     {"org_node_id", {"t.org_node_id", FilterKind::integer}}},
      .text_columns = {},
      .default_order = "s.opens_on DESC",
      .tie_breaker = "s.id"};
  return spec;
}

namespace {
// The rows under the scope paths: every org list joins its congress as `n`.
template <typename T, typename F>
Result<ListPage<T>> list_in_scope(Connection& c, const ListSpec& spec, const ListRequest& req,
                                  const std::vector<std::string>& scope_paths, const char* columns,
                                  F from) {
  std::vector<Value> params;
  const std::string scope = scope_clause("n.path", scope_paths, params);
  return list_rows<T>(c, spec, req, scope, params, columns, from);
}
}  // namespace

Result<ListPage<org::Node>> list_nodes(Connection& c, const ListRequest& req,
                                       const std::vector<std::string>& scope_paths) {
  return list_in_scope<org::Node>(c, node_list_spec(), req, scope_paths, kNodeColumns,
                                  [](const Row& r) { return nodes_from(Rows{r})->front(); });
}

Result<ListPage<org::Unit>> list_units(Connection& c, const ListRequest& req,
                                       const std::vector<std::string>& scope_paths) {
  return list_in_scope<org::Unit>(c, unit_list_spec(), req, scope_paths, kUnitColumns, unit_from);
}

Result<ListPage<org::Term>> list_terms(Connection& c, const ListRequest& req,
                                       const std::vector<std::string>& scope_paths) {
  return list_in_scope<org::Term>(c, term_list_spec(), req, scope_paths, kTermColumns, term_from);
}

Result<ListPage<org::Session>> list_congress_sessions(Connection& c, const ListRequest& req,
                                                      const std::vector<std::string>& scope_paths) {
  return list_in_scope<org::Session>(c, session_list_spec(), req, scope_paths, kSessionColumns,
                                     session_from);
}

}  // namespace daibiao::storage
