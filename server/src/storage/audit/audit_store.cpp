#include "storage/audit/audit_store.hpp"

#include "platform/crypto.hpp"

#include <algorithm>
#include <set>

namespace daibiao::storage {

const char* const kAuditColumns =
    "seq, at, actor_id, actor_name, role, org_node_id, ip, request_id, action, object_type, "
    "object_id, outcome, changes, prev_hash, hash";

audit::Record audit_record_from_row(const Row& row) {
  audit::Record r;
  r.seq = row.i64(0);
  r.at = row.i64(1);
  r.actor.user_id = row.opt_i64(2);
  r.actor.name = row.text(3);
  r.actor.role = row.text(4);
  r.actor.org_node_id = row.opt_i64(5);
  r.actor.ip = row.text(6);
  r.actor.request_id = row.text(7);
  r.action = row.text(8);
  r.object_type = row.text(9);
  r.object_id = row.text(10);
  r.outcome = row.text(11);
  r.changes = row.text(12);
  r.prev_hash = row.text(13);
  r.hash = row.text(14);
  return r;
}

std::string audit_link(const audit::Record& r, const platform::FieldCipher* key) {
  const std::string bytes = audit::canonical_bytes(r);
  return key ? key->audit_mac(bytes) : platform::sha256_hex(bytes);
}

Result<std::pair<std::int64_t, std::string>> audit_head(Connection& c) {
  DAIBIAO_TRY(auto head, c.query_one("SELECT seq, hash FROM audit_head WHERE id = 1"));
  return std::pair{head.i64(0), head.text(1)};
}

Result<std::string> audit_hash_at(Connection& c, std::int64_t seq) {
  DAIBIAO_TRY(auto rows, c.query("SELECT hash FROM audit_log WHERE seq = ?", {seq}));
  return rows.empty() ? std::string() : (rows)[0].text(0);
}

Result<audit::Record> append_audit(Connection& c, audit::Record r,
                                   const platform::FieldCipher* key) {
  // Taking the next number through UPDATE locks the head row until commit.
  DAIBIAO_TRY(auto head,
              c.query_one("UPDATE audit_head SET seq = seq + 1 WHERE id = 1 RETURNING seq, hash"));
  r.seq = head.i64(0);
  r.prev_hash = head.text(1);
  r.hash = audit_link(r, key);
  auto insert = c.exec(
      "INSERT INTO audit_log (seq, at, actor_id, actor_name, role, org_node_id, ip, request_id, "
      "action, object_type, object_id, outcome, changes, prev_hash, hash) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      {r.seq, r.at, r.actor.user_id ? Value(*r.actor.user_id) : Value(nullptr), r.actor.name,
       r.actor.role, r.actor.org_node_id ? Value(*r.actor.org_node_id) : Value(nullptr), r.actor.ip,
       r.actor.request_id, r.action, r.object_type, r.object_id, r.outcome, r.changes, r.prev_hash,
       r.hash});
  if (!insert) return std::unexpected(insert.error());
  auto update = c.exec("UPDATE audit_head SET hash = ? WHERE id = 1", {r.hash});
  if (!update) return std::unexpected(update.error());
  return r;
}

namespace {
Result<std::vector<audit::Record>> batch_where(Connection& c, std::int64_t after_seq, int limit,
                                               const BuiltList& filter) {
  std::vector<Value> params = filter.params;
  params.emplace_back(after_seq);
  params.emplace_back(static_cast<std::int64_t>(limit));
  const std::string where = filter.where.empty() ? " WHERE seq > ?" : filter.where + " AND seq > ?";
  DAIBIAO_TRY(auto rows, c.query(std::string("SELECT ") + kAuditColumns + " FROM audit_log" +
                                     where + " ORDER BY seq LIMIT ?",
                                 params));
  std::vector<audit::Record> out;
  out.reserve(rows.size());
  for (const Row& row : rows) out.push_back(audit_record_from_row(row));
  return out;
}
}  // namespace

Result<std::vector<audit::Record>> audit_batch(Connection& c, std::int64_t after_seq, int limit,
                                               const ListRequest& filters) {
  ListRequest req = filters;
  req.page = 1;
  req.page_size = 1;
  req.sort.clear();
  DAIBIAO_TRY(auto built, build_list(audit_list_spec(), req, "", {}));
  return batch_where(c, after_seq, limit, built);
}

Result<ListPage<audit::Record>> list_audit_records(Connection& c, const ListRequest& req) {
  return list_rows<audit::Record>(c, audit_list_spec(), req, "", {}, kAuditColumns,
                                  audit_record_from_row);
}

Result<ChainCheck> verify_audit_chain(Database& db, const platform::FieldCipher* key) {
  ChainCheck check;
  std::string expected_prev(64, '0');
  std::int64_t after = 0;
  RetentionBase base;
  std::set<std::string> purge_points;  // object ids of audit.purge records
  constexpr int kBatch = 2000;
  // The head is read first: records appended while we verify (a live system) lie beyond
  // it and are left for the next run; records missing below it were deleted.
  std::int64_t head_seq = 0;
  std::string head_hash;
  auto head_st = db.read([&](Connection& c) -> Status {
    DAIBIAO_TRY(base, audit_retention_base(c));
    DAIBIAO_TRY(auto head, c.query_one("SELECT seq, hash FROM audit_head WHERE id = 1"));
    head_seq = head.i64(0);
    head_hash = head.text(1);
    return {};
  });
  if (!head_st) return std::unexpected(head_st.error());
  after = base.seq;
  if (base.seq > 0) expected_prev = base.hash;
  for (bool done = false; !done;) {
    std::vector<audit::Record> batch;
    auto st = db.read([&](Connection& c) -> Status {
      DAIBIAO_TRY(batch, batch_where(c, after, kBatch, BuiltList{}));
      return {};
    });
    if (!st) return std::unexpected(st.error());
    for (const audit::Record& r : batch) {
      if (r.seq > head_seq) {
        done = true;
        break;
      }
      const bool keyed = r.hash.starts_with("k");
      auto bad = [&](std::string why) {
        check.ok = false;
        check.first_bad_seq = r.seq;
        check.reason = std::move(why);
      };
      if (r.seq != after + 1)
        bad("记录序号不连续：缺少第 " + std::to_string(after + 1) + " 条");
      else if (r.prev_hash != expected_prev)
        bad("prev_hash 与上一条记录的哈希不符");
      else if (keyed && !key)
        bad("记录使用密钥链，请用 --key-file 提供密钥后再验证");
      else if (key && !keyed)
        bad("记录未使用密钥链（哈希可能被无密钥者重算）");
      else if (keyed ? !key->audit_mac_matches(audit::canonical_bytes(r), r.hash)
                     : platform::sha256_hex(audit::canonical_bytes(r)) != r.hash)
        bad("记录内容与哈希不符（被修改，或其密钥版本不在密钥文件中）");
      if (!check.ok) return check;
      if (r.action == "audit.purge") purge_points.insert(r.object_id);
      expected_prev = r.hash;
      after = r.seq;
      ++check.records;
    }
    if (batch.size() < kBatch) done = true;
  }
  if (base.seq > 0 && !purge_points.contains(std::to_string(base.seq))) {
    check.ok = false;
    check.first_bad_seq = base.seq + 1;
    check.reason = "保留基点为第 " + std::to_string(base.seq) +
                   " 条，但日志中没有对应的清理记录（audit.purge）：记录被删除而未经审计";
    return check;
  }
  // The head must point at the last record, or records were removed from the end.
  if (head_seq != after || (after > 0 && head_hash != expected_prev)) {
    check.ok = false;
    check.first_bad_seq = after + 1;
    check.reason = "链头记录为第 " + std::to_string(head_seq) + " 条，但日志只到第 " +
                   std::to_string(after) + " 条（末尾记录被删除）";
  }
  return check;
}

Result<RetentionBase> audit_retention_base(Connection& c) {
  DAIBIAO_TRY(
      auto row,
      c.query_one("SELECT base_seq, base_hash, purged_at FROM audit_retention WHERE id = 1"));
  return RetentionBase{row.i64(0), row.text(1), row.i64(2)};
}

Result<std::int64_t> audit_purge_point(Connection& c, TimeMs cutoff, std::int64_t max_rows) {
  DAIBIAO_TRY(auto base, audit_retention_base(c));
  DAIBIAO_TRY(auto head, audit_head(c));
  // The first record at or after the cutoff stops the run; so does the head.
  DAIBIAO_TRY(auto row,
              c.query_one("SELECT COALESCE(MIN(seq), ?) FROM audit_log WHERE seq > ? AND at >= ?",
                          {head.first, base.seq, cutoff}));
  const std::int64_t stop = row.i64(0);
  std::int64_t point = std::min(stop - 1, base.seq + max_rows);
  return std::max(point, base.seq);
}

Result<std::int64_t> purge_audit_through(Connection& c, std::int64_t seq, TimeMs now) {
  DAIBIAO_TRY(auto base, audit_retention_base(c));
  DAIBIAO_TRY(auto hash, audit_hash_at(c, seq));
  auto moved =
      c.exec("UPDATE audit_retention SET base_seq = ?, base_hash = ?, purged_at = ? WHERE id = 1",
             {seq, hash, now});
  if (!moved) return std::unexpected(moved.error());
  auto deleted = c.exec("DELETE FROM audit_log WHERE seq > ? AND seq <= ?", {base.seq, seq});
  if (!deleted) return std::unexpected(deleted.error());
  return c.changes();
}

const ListSpec& audit_list_spec() {
  static const ListSpec spec{.from = "audit_log",
                             .sortable = {{"seq", "seq"}, {"at", "at"}, {"action", "action"}},
                             .filterable = {{"actor_id", {"actor_id", FilterKind::integer}},
                                            {"action", {"action", FilterKind::text}},
                                            {"object_type", {"object_type", FilterKind::text}},
                                            {"object_id", {"object_id", FilterKind::text}},
                                            {"outcome", {"outcome", FilterKind::text}},
                                            {"org_node_id", {"org_node_id", FilterKind::integer}},
                                            {"at_from", {"at", FilterKind::since}},
                                            {"at_to", {"at", FilterKind::until}}},
                             .text_columns = {"actor_name", "action", "object_id"},
                             .default_order = "seq DESC",
                             .tie_breaker = "seq"};
  return spec;
}

}  // namespace daibiao::storage
