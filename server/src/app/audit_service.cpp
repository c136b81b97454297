#include "app/audit_service.hpp"

#include "storage/audit/audit_store.hpp"

namespace daibiao::app {

using access::Permission;

namespace {
// Reading the audit log is itself a security event: a refused attempt is recorded.
Status authorize_audit(Env& env, const Caller& caller, Permission p, const char* action) {
  if (auto st = authorize_anywhere(caller.principal, p); !st) {
    (void)write_tx(
        env, caller,
        [&](Tx& tx) {
          return tx.audit({.action = action, .object_type = "audit_log", .outcome = "denied"});
        },
        {});
    return st;
  }
  return {};
}
}  // namespace

Result<ListResult<audit::Record>> search_audit(Env& env, const Caller& caller,
                                               const storage::ListRequest& req) {
  if (auto st = authorize_audit(env, caller, Permission::audit_read, "audit.search"); !st)
    return std::unexpected(st.error());
  return read<ListResult<audit::Record>>(env, [&](storage::Connection& c) {
    return list_rows<audit::Record>(c, storage::audit_list_spec(), req, "", {},
                                    storage::kAuditColumns, storage::audit_record_from_row);
  });
}

Status export_audit(Env& env, const Caller& caller, const storage::ListRequest& filters,
                    const std::function<void(const audit::Record&)>& sink) {
  if (auto st = authorize_audit(env, caller, Permission::audit_export, "audit.export"); !st)
    return st;
  storage::ListRequest req = filters;
  req.page = 1;
  req.page_size = 1;
  req.sort.clear();
  auto built = storage::build_list(storage::audit_list_spec(), req, "", {});
  if (!built) return std::unexpected(built.error());
  std::int64_t after = 0, count = 0;
  for (;;) {
    auto batch = read<std::vector<audit::Record>>(
        env, [&](storage::Connection& c) { return storage::audit_batch(c, after, 1000, *built); });
    if (!batch) return std::unexpected(batch.error());
    for (const auto& r : *batch) sink(r);
    count += static_cast<std::int64_t>(batch->size());
    if (batch->size() < 1000) break;
    after = batch->back().seq;
  }
  return write_tx(
      env, caller,
      [&](Tx& tx) -> Status {
        return tx.audit({.action = "audit.export",
                         .object_type = "audit_log",
                         .role = "audit_admin",
                         .changes = {{"records", std::nullopt, std::to_string(count)}}});
      },
      {});
}

}  // namespace daibiao::app
