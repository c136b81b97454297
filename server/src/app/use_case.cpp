#include "app/use_case.hpp"

#include "storage/audit/audit_store.hpp"

namespace daibiao::app {

AuditEntry attempt(std::string action, std::string object_type, std::int64_t object_id) {
  return AuditEntry{.action = std::move(action),
                    .object_type = std::move(object_type),
                    .object_id = object_id ? std::to_string(object_id) : std::string()};
}

audit::Actor actor_of(const Caller& caller, const AuditEntry& e) {
  audit::Actor a;
  if (caller.principal.user_id) a.user_id = caller.principal.user_id;
  a.name = caller.principal.username;
  a.role = e.role;
  a.org_node_id = e.org_node_id;
  a.ip = caller.ip;
  a.request_id = caller.request_id;
  return a;
}

Status Tx::audit(AuditEntry e) {
  audit::Record r;
  r.at = now_;
  r.actor = actor_of(caller_, e);
  r.action = std::move(e.action);
  r.object_type = std::move(e.object_type);
  r.object_id = std::move(e.object_id);
  r.outcome = name_of(e.outcome);
  r.changes = audit::changes_json(e.changes);
  auto appended = storage::append_audit(c_, std::move(r), audit_key_);
  if (!appended) {
    // Whatever the store said (even a constraint), a lost audit record is the server's
    // failure, never the client's: 500, and the whole change rolls back (fail-closed).
    Error e = appended.error();
    e.log_detail = "audit append failed: " + e.message + " " + e.log_detail;
    e.code = ErrorCode::internal;
    e.message = "审计记录写入失败，操作未执行";
    e.fields.clear();
    return std::unexpected(std::move(e));
  }
  return {};
}

Status write_tx(Env& env, const Caller& caller, const std::function<Status(Tx&)>& fn,
                const AuditEntry& denied) {
  // The time is read once the transaction holds the writer, so audit times follow the
  // chain order.
  TimeMs now = 0;
  Status st = env.db.write([&](storage::Connection& c) -> Status {
    now = env.clock.now_ms();
    Tx tx(c, caller, now, env.cipher);
    return fn(tx);
  });
  if (!st && st.error().code == ErrorCode::permission_denied && !denied.action.empty()) {
    AuditEntry entry = denied;
    entry.outcome = audit::Outcome::denied;
    (void)env.db.write([&](storage::Connection& c) -> Status {
      Tx tx(c, caller, env.clock.now_ms(), env.cipher);
      return tx.audit(entry);
    });
  }
  return st;
}

Status authorize(const access::Principal& who, access::Permission p, const std::string& path) {
  if (who.can(p, path)) return {};
  // Without the permission anywhere the answer does not depend on the object: say so.
  if (!who.can_somewhere(p)) return fail(ErrorCode::permission_denied, "没有权限执行此操作");
  if (!who.can(access::Permission::org_read, path) && !who.can(access::Permission::user_read, path))
    return fail(ErrorCode::not_found, "记录不存在");
  return fail(ErrorCode::permission_denied, "没有权限执行此操作");
}

Status authorize_anywhere(const access::Principal& who, access::Permission p) {
  if (who.can_somewhere(p)) return {};
  return fail(ErrorCode::permission_denied, "没有权限执行此操作");
}

void note_change(std::vector<audit::FieldChange>& out, std::string field, const std::string& before,
                 const std::string& after, bool personal) {
  if (before != after) out.push_back({std::move(field), before, after, personal});
}

}  // namespace daibiao::app
