// Use cases of the org area: congresses (nodes), handling units, terms, sessions.
// Scope: a caller sees a node and everything under it when one of their grants sits at or
// above it; everything else answers not_found.
#pragma once

#include <optional>

#include "app/listing.hpp"
#include "app/use_case.hpp"
#include "base/id.hpp"
#include "domain/org/org.hpp"

namespace daibiao::app {

struct NodeInput {
  std::string code, name, level, committee_name;
  std::optional<std::int64_t> parent_id;
};
struct NodePatch {
  std::int64_t version = 0;
  std::optional<std::string> code, name, committee_name;
};
Result<ListResult<org::Node>> list_nodes(Env&, const Caller&, const storage::ListRequest&);
Result<org::Node> get_node(Env&, const Caller&, OrgNodeId id);
Result<org::Node> create_node(Env&, const Caller&, const NodeInput&);
Result<org::Node> update_node(Env&, const Caller&, OrgNodeId id, const NodePatch&);
Status delete_node(Env&, const Caller&, OrgNodeId id, std::int64_t version);

// Creates the root of the tree when it is empty (first start-up, `daibiao admin create`).
Result<org::Node> create_root_node(Env&, const Caller&, const NodeInput&);

struct UnitInput {
  std::int64_t org_node_id = 0;
  std::string code, name, kind = "government";
};
struct UnitPatch {
  std::int64_t version = 0;
  std::optional<std::string> code, name, kind;
  std::optional<bool> active;
};
Result<ListResult<org::Unit>> list_units(Env&, const Caller&, const storage::ListRequest&);
Result<org::Unit> get_unit(Env&, const Caller&, UnitId id);
Result<org::Unit> create_unit(Env&, const Caller&, const UnitInput&);
Result<org::Unit> update_unit(Env&, const Caller&, UnitId id, const UnitPatch&);
Status delete_unit(Env&, const Caller&, UnitId id, std::int64_t version);

struct TermInput {
  std::int64_t org_node_id = 0;
  int number = 0;
  std::string start_date, end_date;
};
struct TermPatch {
  std::int64_t version = 0;
  std::optional<int> number;
  std::optional<std::string> start_date, end_date;
};
Result<ListResult<org::Term>> list_terms(Env&, const Caller&, const storage::ListRequest&);
Result<org::Term> get_term(Env&, const Caller&, TermId id);
Result<org::Term> create_term(Env&, const Caller&, const TermInput&);
Result<org::Term> update_term(Env&, const Caller&, TermId id, const TermPatch&);
Status delete_term(Env&, const Caller&, TermId id, std::int64_t version);

struct SessionInput {
  std::int64_t term_id = 0;
  int number = 0;
  std::string opens_on;
};
struct SessionPatch {
  std::int64_t version = 0;
  std::optional<int> number;
  std::optional<std::string> opens_on;
};
Result<ListResult<org::Session>> list_sessions(Env&, const Caller&, const storage::ListRequest&);
Result<org::Session> get_session(Env&, const Caller&, SessionId id);
Result<org::Session> create_session(Env&, const Caller&, const SessionInput&);
Result<org::Session> update_session(Env&, const Caller&, SessionId id, const SessionPatch&);
Status delete_session(Env&, const Caller&, SessionId id, std::int64_t version);

}  // namespace daibiao::app
