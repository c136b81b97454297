#include "app/audit_service.hpp"

#include "base/text.hpp"

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

namespace {

constexpr std::string_view kAnchorTag = "daibiao-anchor-v1";

std::string anchor_payload(std::int64_t seq, const std::string& hash, TimeMs at) {
  return std::string(kAnchorTag) + "\n" + std::to_string(seq) + "\n" + hash + "\n" +
         std::to_string(at);
}

}  // namespace

Result<Anchor> make_anchor(Env& env) {
  if (!env.cipher) return fail(ErrorCode::failed_precondition, "写入审计锚点需要 --key-file");
  auto head = read<std::pair<std::int64_t, std::string>>(
      env, [](storage::Connection& c) { return storage::audit_head(c); });
  if (!head) return std::unexpected(head.error());
  Anchor a{head->first, head->second, env.clock.now_ms(), {}};
  a.sig = env.cipher->anchor_mac(anchor_payload(a.seq, a.hash, a.at));
  return a;
}

std::string anchor_line(const Anchor& a) {
  return std::string(kAnchorTag) + "\t" + std::to_string(a.seq) + "\t" + a.hash + "\t" +
         std::to_string(a.at) + "\t" + a.sig;
}

std::optional<Anchor> parse_anchor_line(std::string_view line) {
  std::vector<std::string_view> parts;
  while (true) {
    const auto tab = line.find('\t');
    parts.push_back(line.substr(0, tab));
    if (tab == std::string_view::npos) break;
    line.remove_prefix(tab + 1);
  }
  if (parts.size() != 5 || parts[0] != kAnchorTag) return std::nullopt;
  auto seq = parse_int(parts[1]);
  auto at = parse_int(parts[3]);
  if (!seq || !at) return std::nullopt;
  return Anchor{*seq, std::string(parts[2]), *at, std::string(parts[4])};
}

Status check_anchor(Env& env, const Anchor& a) {
  if (!env.cipher) return fail(ErrorCode::failed_precondition, "验证审计锚点需要 --key-file");
  if (env.cipher->anchor_mac(anchor_payload(a.seq, a.hash, a.at)) != a.sig)
    return fail(ErrorCode::failed_precondition,
                "第 " + std::to_string(a.seq) + " 条的锚点签名无效（锚点被伪造或密钥不同）");
  if (a.seq == 0) return {};
  auto hash = read<std::string>(
      env, [&](storage::Connection& c) { return storage::audit_hash_at(c, a.seq); });
  if (!hash) return std::unexpected(hash.error());
  if (hash->empty())
    return fail(ErrorCode::failed_precondition,
                "锚点记录到第 " + std::to_string(a.seq) + " 条，但日志中已没有这条记录（被删除）");
  if (*hash != a.hash)
    return fail(ErrorCode::failed_precondition,
                "第 " + std::to_string(a.seq) + " 条记录的哈希与锚点不符（链被重算或篡改）");
  return {};
}

}  // namespace daibiao::app
