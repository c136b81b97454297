#include "app/audit/audit_service.hpp"

#include "base/json_text.hpp"
#include "base/text.hpp"
#include "platform/files.hpp"

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
          return tx.audit(
              {.action = action, .object_type = "audit_log", .outcome = audit::Outcome::denied});
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
  return read<ListResult<audit::Record>>(
      env, [&](storage::Connection& c) { return storage::list_audit_records(c, req); });
}

Status export_audit(Env& env, const Caller& caller, const storage::ListRequest& filters,
                    const std::function<void(const audit::Record&)>& sink) {
  if (auto st = authorize_audit(env, caller, Permission::audit_export, "audit.export"); !st)
    return st;
  std::int64_t after = 0, count = 0;
  for (;;) {
    DAIBIAO_TRY(auto batch, read<std::vector<audit::Record>>(env, [&](storage::Connection& c) {
                  return storage::audit_batch(c, after, 1000, filters);
                }));
    for (const auto& r : batch) sink(r);
    count += static_cast<std::int64_t>(batch.size());
    if (batch.size() < 1000) break;
    after = batch.back().seq;
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
  DAIBIAO_TRY(auto head, read<std::pair<std::int64_t, std::string>>(
                             env, [](storage::Connection& c) { return storage::audit_head(c); }));
  Anchor a{head.first, head.second, env.clock.now_ms(), {}};
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

Result<AnchorCheck> check_anchor(Env& env, const Anchor& a) {
  if (!env.cipher) return fail(ErrorCode::failed_precondition, "验证审计锚点需要 --key-file");
  if (!env.cipher->anchor_mac_matches(anchor_payload(a.seq, a.hash, a.at), a.sig))
    return fail(ErrorCode::failed_precondition,
                "第 " + std::to_string(a.seq) + " 条的锚点签名无效（锚点被伪造或密钥不同）");
  if (a.seq == 0) return AnchorCheck::held;
  DAIBIAO_TRY(
      auto found,
      read<std::pair<storage::RetentionBase, std::string>>(
          env,
          [&](storage::Connection& c) -> Result<std::pair<storage::RetentionBase, std::string>> {
            DAIBIAO_TRY(auto base, storage::audit_retention_base(c));
            DAIBIAO_TRY(auto hash, storage::audit_hash_at(c, a.seq));
            return std::pair{base, hash};
          }));
  const auto& [base, hash] = found;
  if (a.seq < base.seq) return AnchorCheck::purged;
  const std::string& kept = a.seq == base.seq ? base.hash : hash;
  if (kept.empty())
    return fail(ErrorCode::failed_precondition,
                "锚点记录到第 " + std::to_string(a.seq) + " 条，但日志中已没有这条记录（被删除）");
  if (kept != a.hash)
    return fail(ErrorCode::failed_precondition,
                "第 " + std::to_string(a.seq) + " 条记录的哈希与锚点不符（链被重算或篡改）");
  return AnchorCheck::held;
}

namespace {

std::string archive_line(const audit::Record& r) {
  std::string out = "{\"seq\":" + std::to_string(r.seq) + ",\"at\":" + std::to_string(r.at);
  auto field = [&](const char* name, std::string_view v) {
    out += ",\"";
    out += name;
    out += "\":";
    append_json_string(out, v);
  };
  auto number = [&](const char* name, const std::optional<std::int64_t>& v) {
    out += ",\"";
    out += name;
    out += "\":" + (v ? std::to_string(*v) : std::string("null"));
  };
  number("actor_id", r.actor.user_id);
  field("actor_name", r.actor.name);
  field("role", r.actor.role);
  number("org_node_id", r.actor.org_node_id);
  field("ip", r.actor.ip);
  field("request_id", r.actor.request_id);
  field("action", r.action);
  field("object_type", r.object_type);
  field("object_id", r.object_id);
  field("outcome", r.outcome);
  out += ",\"changes\":" + (r.changes.empty() ? std::string("[]") : r.changes);
  field("prev_hash", r.prev_hash);
  field("hash", r.hash);
  return out + "}\n";
}

// Writes records (from, to] to a new file in `dir`; returns its name.
Result<std::string> archive_records(Env& env, const std::string& dir, std::int64_t from,
                                    std::int64_t to) {
  const std::string name =
      "audit-" + std::to_string(from + 1) + "-" + std::to_string(to) + ".jsonl";
  std::string text;
  for (std::int64_t after = from; after < to;) {
    DAIBIAO_TRY(auto batch, read<std::vector<audit::Record>>(env, [&](storage::Connection& c) {
                  return storage::audit_batch(c, after, 2000);
                }));
    if (batch.empty()) break;
    for (const auto& r : batch) {
      if (r.seq > to) break;
      text += archive_line(r);
      after = r.seq;
    }
    if (batch.back().seq >= to) break;
  }
  if (auto st = platform::write_file_durably(dir + "/" + name, text, 0600, true); !st)
    return std::unexpected(st.error());
  return name;
}

}  // namespace

Result<PurgeReport> purge_audit_log(Env& env, int retention_days, const std::string& archive_dir) {
  const auto cutoff = audit::retention_cutoff(env.clock.now_ms(), retention_days);
  if (!cutoff)
    return fail(ErrorCode::invalid_argument,
                "审计记录至少保留 " + std::to_string(audit::kMinRetentionDays) + " 天");
  Caller system;
  system.principal.username = "system";
  PurgeReport report;
  for (;;) {
    DAIBIAO_TRY(
        auto span,
        read<std::pair<std::int64_t, std::int64_t>>(
            env, [&](storage::Connection& c) -> Result<std::pair<std::int64_t, std::int64_t>> {
              DAIBIAO_TRY(auto base, storage::audit_retention_base(c));
              DAIBIAO_TRY(auto point, storage::audit_purge_point(c, *cutoff, audit::kPurgeBatch));
              return std::pair{base.seq, point};
            }));
    const auto [from, to] = span;
    report.base_seq = from;
    if (to <= from) return report;
    std::string archive;
    if (!archive_dir.empty()) {
      DAIBIAO_TRY(archive, archive_records(env, archive_dir, from, to));
      report.archives.push_back(archive);
    }
    std::int64_t purged = 0;
    auto st = write_tx(
        env, system,
        [&](Tx& tx) -> Status {
          DAIBIAO_TRY(purged, storage::purge_audit_through(tx.db(), to, tx.now()));
          std::vector<audit::FieldChange> changes{
              {"records", std::nullopt, std::to_string(purged)},
              {"from_seq", std::nullopt, std::to_string(from + 1)},
              {"to_seq", std::nullopt, std::to_string(to)},
              {"retention_days", std::nullopt, std::to_string(retention_days)}};
          if (!archive.empty()) changes.push_back({"archive", std::nullopt, archive});
          return tx.audit({.action = "audit.purge",
                           .object_type = "audit_log",
                           .object_id = std::to_string(to),
                           .role = "system",
                           .changes = std::move(changes)});
        },
        attempt("audit.purge", "audit_log"));
    if (!st) return std::unexpected(st.error());
    report.records += purged;
    report.base_seq = to;
  }
}

}  // namespace daibiao::app
