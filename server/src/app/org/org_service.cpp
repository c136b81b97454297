#include "app/org/org_service.hpp"

#include "base/date.hpp"
#include "storage/org/org_store.hpp"

namespace daibiao::app {
namespace {

using access::Permission;
using storage::Connection;

// Loads the node an object hangs off and checks `p` there (not_found outside scope).
Result<org::Node> node_in_scope(Connection& c, const Caller& caller, std::int64_t node_id,
                                Permission p) {
  DAIBIAO_TRY(auto node, storage::find_node(c, node_id));
  if (auto st = authorize(caller.principal, p, node.path); !st) return std::unexpected(st.error());
  return node;
}

std::vector<std::string> read_scope(const Caller& caller) {
  return caller.principal.scope_paths(Permission::org_read);
}

std::string role_for(const Caller& caller, const std::string& path) {
  return caller.principal.acting_role(Permission::org_manage, path);
}

// Records a change to the registry: filed at `org_node_id`, under the role that justified it
// at `path` (the node's, or the parent's for a node created under it).
Status audit_org(Tx& tx, const std::string& path, std::optional<std::int64_t> org_node_id,
                 std::string action, std::string object_type, std::int64_t object_id,
                 std::vector<audit::FieldChange> changes) {
  return tx.audit({.action = std::move(action),
                   .object_type = std::move(object_type),
                   .object_id = std::to_string(object_id),
                   .org_node_id = org_node_id,
                   .role = role_for(tx.caller(), path),
                   .changes = std::move(changes)});
}

Status check_text(std::vector<FieldError>& errors, const char* field, const std::string& value,
                  std::size_t max_chars, bool required = true) {
  if (required && value.empty())
    errors.push_back({field, "必填"});
  else if (value.size() > max_chars * 3)
    errors.push_back({field, "过长"});
  return {};
}

Status validate_node_fields(const std::string& code, const std::string& name,
                            const std::string& committee) {
  std::vector<FieldError> errors;
  if (auto problem = org::code_problem(code)) errors.push_back({"code", *problem});
  check_text(errors, "name", name, 100);
  check_text(errors, "committee_name", committee, 100, false);
  if (!errors.empty()) return fail_fields(std::move(errors));
  return {};
}

}  // namespace

Result<ListResult<org::Node>> list_nodes(Env& env, const Caller& caller,
                                         const storage::ListRequest& req) {
  if (auto st = authorize_anywhere(caller.principal, Permission::org_read); !st)
    return std::unexpected(st.error());
  return read<ListResult<org::Node>>(
      env, [&](Connection& c) { return storage::list_nodes(c, req, read_scope(caller)); });
}

Result<org::Node> get_node(Env& env, const Caller& caller, OrgNodeId node) {
  const std::int64_t id = node.value();
  return read<org::Node>(
      env, [&](Connection& c) { return node_in_scope(c, caller, id, Permission::org_read); });
}

Result<org::Node> create_node(Env& env, const Caller& caller, const NodeInput& in) {
  auto level = org::parse_level(in.level);
  if (auto st = validate_node_fields(in.code, in.name, in.committee_name); !st)
    return std::unexpected(st.error());
  if (!level) return fail_fields({{"level", "层级应为 province、city、county 或 township"}});
  if (!in.parent_id) return fail_fields({{"parent_id", "必填：新机构须挂在上级机构下"}});
  return write<org::Node>(
      env, caller, attempt("org.node.create"), [&](Tx& tx) -> Result<org::Node> {
        auto parent = node_in_scope(tx.db(), caller, *in.parent_id, Permission::org_manage);
        if (!parent) return parent;
        if (auto st = org::check_child_level(parent->level, *level); !st)
          return std::unexpected(st.error());
        org::Node n{.code = in.code,
                    .name = in.name,
                    .level = *level,
                    .parent_id = parent->id,
                    .committee_name = in.committee_name};
        auto created = storage::insert_node(tx.db(), n, parent->path, tx.now());
        if (!created) return created;
        std::vector<audit::FieldChange> changes;
        note_change(changes, "code", "", created->code);
        note_change(changes, "name", "", created->name);
        note_change(changes, "level", "", in.level);
        if (auto st = audit_org(tx, parent->path, created->id, "org.node.create", "org_node",
                                created->id, changes);
            !st)
          return std::unexpected(st.error());
        return created;
      });
}

Result<org::Node> create_root_node(Env& env, const Caller& caller, const NodeInput& in) {
  auto level = org::parse_level(in.level);
  if (auto st = validate_node_fields(in.code, in.name, in.committee_name); !st)
    return std::unexpected(st.error());
  if (!level) return fail_fields({{"level", "层级应为 province、city、county 或 township"}});
  return write<org::Node>(env, caller, {}, [&](Tx& tx) -> Result<org::Node> {
    DAIBIAO_TRY(auto count, storage::count_nodes(tx.db()));
    if (count > 0) return fail(ErrorCode::failed_precondition, "组织机构树已有根节点");
    org::Node n{
        .code = in.code, .name = in.name, .level = *level, .committee_name = in.committee_name};
    auto created = storage::insert_node(tx.db(), n, "", tx.now());
    if (!created) return created;
    if (auto st = tx.audit({.action = "org.node.create",
                            .object_type = "org_node",
                            .object_id = std::to_string(created->id),
                            .org_node_id = created->id,
                            .role = "cli",
                            .changes = {{"code", std::nullopt, created->code}}});
        !st)
      return std::unexpected(st.error());
    return created;
  });
}

Result<org::Node> update_node(Env& env, const Caller& caller, OrgNodeId node, const NodePatch& p) {
  const std::int64_t id = node.value();
  return write<org::Node>(
      env, caller, attempt("org.node.update", "org_node", id), [&](Tx& tx) -> Result<org::Node> {
        auto node = node_in_scope(tx.db(), caller, id, Permission::org_manage);
        if (!node) return node;
        org::Node next = *node;
        next.version = p.version;
        if (p.code) next.code = *p.code;
        if (p.name) next.name = *p.name;
        if (p.committee_name) next.committee_name = *p.committee_name;
        if (auto st = validate_node_fields(next.code, next.name, next.committee_name); !st)
          return std::unexpected(st.error());
        auto saved = storage::update_node(tx.db(), next, tx.now());
        if (!saved) return saved;
        std::vector<audit::FieldChange> changes;
        note_change(changes, "code", node->code, saved->code);
        note_change(changes, "name", node->name, saved->name);
        note_change(changes, "committee_name", node->committee_name, saved->committee_name);
        if (auto st = audit_org(tx, node->path, id, "org.node.update", "org_node", id, changes);
            !st)
          return std::unexpected(st.error());
        return saved;
      });
}

Status delete_node(Env& env, const Caller& caller, OrgNodeId node, std::int64_t version) {
  const std::int64_t id = node.value();
  return write_tx(
      env, caller,
      [&](Tx& tx) -> Status {
        auto node = node_in_scope(tx.db(), caller, id, Permission::org_manage);
        if (!node) return std::unexpected(node.error());
        if (!node->parent_id) return fail(ErrorCode::failed_precondition, "不能删除根机构");
        if (auto st = storage::delete_node(tx.db(), id, version); !st) return st;
        return audit_org(tx, node->path, node->parent_id, "org.node.delete", "org_node", id,
                         {{"name", node->name, std::nullopt}});
      },
      attempt("org.node.delete", "org_node", id));
}

// ---- handling units -------------------------------------------------------------------

namespace {
Status validate_unit(const org::Unit& u) {
  std::vector<FieldError> errors;
  if (auto problem = org::code_problem(u.code)) errors.push_back({"code", *problem});
  check_text(errors, "name", u.name, 100);
  if (!org::is_unit_kind(u.kind))
    errors.push_back({"kind", "类型应为 government、court、procuratorate、enterprise 或 other"});
  if (!errors.empty()) return fail_fields(std::move(errors));
  return {};
}
}  // namespace

Result<ListResult<org::Unit>> list_units(Env& env, const Caller& caller,
                                         const storage::ListRequest& req) {
  if (auto st = authorize_anywhere(caller.principal, Permission::org_read); !st)
    return std::unexpected(st.error());
  return read<ListResult<org::Unit>>(
      env, [&](Connection& c) { return storage::list_units(c, req, read_scope(caller)); });
}

Result<org::Unit> get_unit(Env& env, const Caller& caller, UnitId unit) {
  const std::int64_t id = unit.value();
  return read<org::Unit>(env, [&](Connection& c) -> Result<org::Unit> {
    auto unit = storage::find_unit(c, id);
    if (!unit) return unit;
    if (auto node = node_in_scope(c, caller, unit->org_node_id, Permission::org_read); !node)
      return std::unexpected(node.error());
    return unit;
  });
}

Result<org::Unit> create_unit(Env& env, const Caller& caller, const UnitInput& in) {
  org::Unit u{.org_node_id = in.org_node_id, .code = in.code, .name = in.name, .kind = in.kind};
  if (auto st = validate_unit(u); !st) return std::unexpected(st.error());
  return write<org::Unit>(
      env, caller, attempt("org.unit.create"), [&](Tx& tx) -> Result<org::Unit> {
        DAIBIAO_TRY(auto node,
                    node_in_scope(tx.db(), caller, in.org_node_id, Permission::org_manage));
        auto created = storage::insert_unit(tx.db(), u, tx.now());
        if (!created) return created;
        if (auto st = audit_org(tx, node.path, node.id, "org.unit.create", "handling_unit",
                                created->id, {{"name", std::nullopt, created->name}});
            !st)
          return std::unexpected(st.error());
        return created;
      });
}

Result<org::Unit> update_unit(Env& env, const Caller& caller, UnitId unit, const UnitPatch& p) {
  const std::int64_t id = unit.value();
  return write<org::Unit>(
      env, caller, attempt("org.unit.update", "handling_unit", id),
      [&](Tx& tx) -> Result<org::Unit> {
        auto unit = storage::find_unit(tx.db(), id);
        if (!unit) return unit;
        DAIBIAO_TRY(auto node,
                    node_in_scope(tx.db(), caller, unit->org_node_id, Permission::org_manage));
        org::Unit next = *unit;
        next.version = p.version;
        if (p.code) next.code = *p.code;
        if (p.name) next.name = *p.name;
        if (p.kind) next.kind = *p.kind;
        if (p.active) next.active = *p.active;
        if (auto st = validate_unit(next); !st) return std::unexpected(st.error());
        auto saved = storage::update_unit(tx.db(), next, tx.now());
        if (!saved) return saved;
        std::vector<audit::FieldChange> changes;
        note_change(changes, "code", unit->code, saved->code);
        note_change(changes, "name", unit->name, saved->name);
        note_change(changes, "kind", unit->kind, saved->kind);
        note_change(changes, "active", unit->active ? "1" : "0", saved->active ? "1" : "0");
        if (auto st =
                audit_org(tx, node.path, node.id, "org.unit.update", "handling_unit", id, changes);
            !st)
          return std::unexpected(st.error());
        return saved;
      });
}

Status delete_unit(Env& env, const Caller& caller, UnitId unit, std::int64_t version) {
  const std::int64_t id = unit.value();
  return write_tx(
      env, caller,
      [&](Tx& tx) -> Status {
        DAIBIAO_TRY(auto unit, storage::find_unit(tx.db(), id));
        DAIBIAO_TRY(auto node,
                    node_in_scope(tx.db(), caller, unit.org_node_id, Permission::org_manage));
        if (auto st = storage::delete_unit(tx.db(), id, version); !st) return st;
        return audit_org(tx, node.path, node.id, "org.unit.delete", "handling_unit", id,
                         {{"name", unit.name, std::nullopt}});
      },
      attempt("org.unit.delete", "handling_unit", id));
}

// ---- terms ----------------------------------------------------------------------------

Result<ListResult<org::Term>> list_terms(Env& env, const Caller& caller,
                                         const storage::ListRequest& req) {
  if (auto st = authorize_anywhere(caller.principal, Permission::org_read); !st)
    return std::unexpected(st.error());
  return read<ListResult<org::Term>>(
      env, [&](Connection& c) { return storage::list_terms(c, req, read_scope(caller)); });
}

Result<org::Term> get_term(Env& env, const Caller& caller, TermId term) {
  const std::int64_t id = term.value();
  return read<org::Term>(env, [&](Connection& c) -> Result<org::Term> {
    auto term = storage::find_term(c, id);
    if (!term) return term;
    if (auto node = node_in_scope(c, caller, term->org_node_id, Permission::org_read); !node)
      return std::unexpected(node.error());
    return term;
  });
}

Result<org::Term> create_term(Env& env, const Caller& caller, const TermInput& in) {
  if (in.number < 1 || in.number > 99) return fail_fields({{"number", "届次应在 1 到 99 之间"}});
  if (auto st = org::check_term_dates(in.start_date, in.end_date); !st)
    return std::unexpected(st.error());
  return write<org::Term>(
      env, caller, attempt("org.term.create"), [&](Tx& tx) -> Result<org::Term> {
        DAIBIAO_TRY(auto node,
                    node_in_scope(tx.db(), caller, in.org_node_id, Permission::org_manage));
        org::Term t{.org_node_id = in.org_node_id,
                    .number = in.number,
                    .start_date = in.start_date,
                    .end_date = in.end_date};
        auto created = storage::insert_term(tx.db(), t, tx.now());
        if (!created) return created;
        if (auto st = audit_org(tx, node.path, node.id, "org.term.create", "term", created->id,
                                {{"number", std::nullopt, std::to_string(in.number)}});
            !st)
          return std::unexpected(st.error());
        return created;
      });
}

Result<org::Term> update_term(Env& env, const Caller& caller, TermId term, const TermPatch& p) {
  const std::int64_t id = term.value();
  return write<org::Term>(
      env, caller, attempt("org.term.update", "term", id), [&](Tx& tx) -> Result<org::Term> {
        auto term = storage::find_term(tx.db(), id);
        if (!term) return term;
        DAIBIAO_TRY(auto node,
                    node_in_scope(tx.db(), caller, term->org_node_id, Permission::org_manage));
        org::Term next = *term;
        next.version = p.version;
        if (p.number) next.number = *p.number;
        if (p.start_date) next.start_date = *p.start_date;
        if (p.end_date) next.end_date = *p.end_date;
        if (next.number < 1 || next.number > 99)
          return fail_fields({{"number", "届次应在 1 到 99 之间"}});
        if (auto st = org::check_term_dates(next.start_date, next.end_date); !st)
          return std::unexpected(st.error());
        auto saved = storage::update_term(tx.db(), next, tx.now());
        if (!saved) return saved;
        std::vector<audit::FieldChange> changes;
        note_change(changes, "number", std::to_string(term->number), std::to_string(saved->number));
        note_change(changes, "start_date", term->start_date, saved->start_date);
        note_change(changes, "end_date", term->end_date, saved->end_date);
        if (auto st = audit_org(tx, node.path, node.id, "org.term.update", "term", id, changes);
            !st)
          return std::unexpected(st.error());
        return saved;
      });
}

Status delete_term(Env& env, const Caller& caller, TermId term, std::int64_t version) {
  const std::int64_t id = term.value();
  return write_tx(
      env, caller,
      [&](Tx& tx) -> Status {
        DAIBIAO_TRY(auto term, storage::find_term(tx.db(), id));
        DAIBIAO_TRY(auto node,
                    node_in_scope(tx.db(), caller, term.org_node_id, Permission::org_manage));
        if (auto st = storage::delete_term(tx.db(), id, version); !st) return st;
        return audit_org(tx, node.path, node.id, "org.term.delete", "term", id,
                         {{"number", std::to_string(term.number), std::nullopt}});
      },
      attempt("org.term.delete", "term", id));
}

// ---- sessions -------------------------------------------------------------------------

Result<ListResult<org::Session>> list_sessions(Env& env, const Caller& caller,
                                               const storage::ListRequest& req) {
  if (auto st = authorize_anywhere(caller.principal, Permission::org_read); !st)
    return std::unexpected(st.error());
  return read<ListResult<org::Session>>(env, [&](Connection& c) {
    return storage::list_congress_sessions(c, req, read_scope(caller));
  });
}

namespace {
Result<org::Node> session_node(Connection& c, const Caller& caller, std::int64_t term_id,
                               Permission p) {
  DAIBIAO_TRY(auto term, storage::find_term(c, term_id));
  return node_in_scope(c, caller, term.org_node_id, p);
}
}  // namespace

Result<org::Session> get_session(Env& env, const Caller& caller, SessionId session) {
  const std::int64_t id = session.value();
  return read<org::Session>(env, [&](Connection& c) -> Result<org::Session> {
    auto s = storage::find_session(c, id);
    if (!s) return s;
    if (auto node = session_node(c, caller, s->term_id, Permission::org_read); !node)
      return std::unexpected(node.error());
    return s;
  });
}

Result<org::Session> create_session(Env& env, const Caller& caller, const SessionInput& in) {
  if (in.number < 1 || in.number > 20) return fail_fields({{"number", "会次应在 1 到 20 之间"}});
  if (!parse_date(in.opens_on)) return fail_fields({{"opens_on", "日期格式应为 YYYY-MM-DD"}});
  return write<org::Session>(
      env, caller, attempt("org.session.create"), [&](Tx& tx) -> Result<org::Session> {
        DAIBIAO_TRY(auto node, session_node(tx.db(), caller, in.term_id, Permission::org_manage));
        auto created = storage::insert_session(
            tx.db(), {.term_id = in.term_id, .number = in.number, .opens_on = in.opens_on},
            tx.now());
        if (!created) return created;
        if (auto st = audit_org(tx, node.path, node.id, "org.session.create", "congress_session",
                                created->id, {{"number", std::nullopt, std::to_string(in.number)}});
            !st)
          return std::unexpected(st.error());
        return created;
      });
}

Result<org::Session> update_session(Env& env, const Caller& caller, SessionId session,
                                    const SessionPatch& p) {
  const std::int64_t id = session.value();
  return write<org::Session>(
      env, caller, attempt("org.session.update", "congress_session", id),
      [&](Tx& tx) -> Result<org::Session> {
        auto s = storage::find_session(tx.db(), id);
        if (!s) return s;
        DAIBIAO_TRY(auto node, session_node(tx.db(), caller, s->term_id, Permission::org_manage));
        org::Session next = *s;
        next.version = p.version;
        if (p.number) next.number = *p.number;
        if (p.opens_on) next.opens_on = *p.opens_on;
        if (next.number < 1 || next.number > 20)
          return fail_fields({{"number", "会次应在 1 到 20 之间"}});
        if (!parse_date(next.opens_on))
          return fail_fields({{"opens_on", "日期格式应为 YYYY-MM-DD"}});
        auto saved = storage::update_session(tx.db(), next, tx.now());
        if (!saved) return saved;
        std::vector<audit::FieldChange> changes;
        note_change(changes, "number", std::to_string(s->number), std::to_string(saved->number));
        note_change(changes, "opens_on", s->opens_on, saved->opens_on);
        if (auto st = audit_org(tx, node.path, node.id, "org.session.update", "congress_session",
                                id, changes);
            !st)
          return std::unexpected(st.error());
        return saved;
      });
}

Status delete_session(Env& env, const Caller& caller, SessionId session, std::int64_t version) {
  const std::int64_t id = session.value();
  return write_tx(
      env, caller,
      [&](Tx& tx) -> Status {
        DAIBIAO_TRY(auto s, storage::find_session(tx.db(), id));
        DAIBIAO_TRY(auto node, session_node(tx.db(), caller, s.term_id, Permission::org_manage));
        if (auto st = storage::delete_session(tx.db(), id, version); !st) return st;
        return audit_org(tx, node.path, node.id, "org.session.delete", "congress_session", id,
                         {{"number", std::to_string(s.number), std::nullopt}});
      },
      attempt("org.session.delete", "congress_session", id));
}

}  // namespace daibiao::app
