// Org tree rows: congresses (nodes), handling units, terms and sessions.
#pragma once

#include "domain/org/org.hpp"
#include "storage/db.hpp"
#include "storage/list_page.hpp"

namespace daibiao::storage {

Result<org::Node> insert_node(Connection& c, org::Node n, const std::string& parent_path,
                              std::int64_t now);
Result<org::Node> find_node(Connection& c, std::int64_t id);
Result<org::Node> find_node_by_code(Connection& c, const std::string& code);
Result<std::int64_t> count_nodes(Connection& c);
Result<org::Node> update_node(Connection& c, const org::Node& n, std::int64_t now);
Status delete_node(Connection& c, std::int64_t id, std::int64_t version);
const ListSpec& node_list_spec();
Result<std::vector<org::Node>> nodes_from(const Rows& rows);
extern const char* const kNodeColumns;

Result<org::Unit> insert_unit(Connection& c, org::Unit u, std::int64_t now);
Result<org::Unit> find_unit(Connection& c, std::int64_t id);
Result<org::Unit> update_unit(Connection& c, const org::Unit& u, std::int64_t now);
Status delete_unit(Connection& c, std::int64_t id, std::int64_t version);
const ListSpec& unit_list_spec();
org::Unit unit_from(const Row& row);
extern const char* const kUnitColumns;

Result<org::Term> insert_term(Connection& c, org::Term t, std::int64_t now);
Result<org::Term> find_term(Connection& c, std::int64_t id);
Result<org::Term> update_term(Connection& c, const org::Term& t, std::int64_t now);
Status delete_term(Connection& c, std::int64_t id, std::int64_t version);
const ListSpec& term_list_spec();
org::Term term_from(const Row& row);
extern const char* const kTermColumns;

Result<org::Session> insert_session(Connection& c, org::Session s, std::int64_t now);
Result<org::Session> find_session(Connection& c, std::int64_t id);
Result<org::Session> update_session(Connection& c, const org::Session& s, std::int64_t now);
Status delete_session(Connection& c, std::int64_t id, std::int64_t version);
const ListSpec& session_list_spec();
org::Session session_from(const Row& row);
extern const char* const kSessionColumns;

// Lists as `req` asks, of the rows whose congress lies under one of `scope_paths` (the
// caller's org.read scope; none: an empty page).
Result<ListPage<org::Node>> list_nodes(Connection& c, const ListRequest& req,
                                       const std::vector<std::string>& scope_paths);
Result<ListPage<org::Unit>> list_units(Connection& c, const ListRequest& req,
                                       const std::vector<std::string>& scope_paths);
Result<ListPage<org::Term>> list_terms(Connection& c, const ListRequest& req,
                                       const std::vector<std::string>& scope_paths);
Result<ListPage<org::Session>> list_congress_sessions(Connection& c, const ListRequest& req,
                                                      const std::vector<std::string>& scope_paths);

}  // namespace daibiao::storage
