// The audit log table: append inside the caller's transaction, verify the chain, search.
#pragma once

#include <optional>

#include "domain/audit/audit.hpp"
#include "platform/field_cipher.hpp"
#include "storage/db.hpp"
#include "storage/list_page.hpp"

namespace daibiao::storage {

// The chain's link for one record: with a key "k<version>:" + HMAC (SHA-256, or SM3 in the
// 商密 profile) under the current audit-chain key
// (platform::FieldCipher::audit_mac), which nobody holding only the database can recompute;
// without one, plain SHA-256 hex (detects edits, not a re-chaining by someone with write
// access). A deployment with a key file writes keyed links only.
std::string audit_link(const audit::Record& r, const platform::FieldCipher* key);

// Appends `r` (seq, prev_hash and hash are assigned here) in the caller's transaction.
// Locks the chain head row, so concurrent appends on PostgreSQL queue up behind it.
Result<audit::Record> append_audit(Connection& c, audit::Record r,
                                   const platform::FieldCipher* key = nullptr);

struct ChainCheck {
  bool ok = true;
  std::int64_t records = 0;
  std::int64_t first_bad_seq = 0;  // when !ok
  std::string reason;              // when !ok
};

// Recomputes every hash from the first record kept (after the retention base: the chain
// continues from the base's hash), in batches. A base without an audit.purge record naming it
// means records were removed without the audited purge. Reads only. With `key`, every
// record must carry a keyed link (an unkeyed one means the chain was recomputed without the
// key); without it, keyed records cannot be checked and the check fails saying so.
Result<ChainCheck> verify_audit_chain(Database& db, const platform::FieldCipher* key = nullptr);

// The chain head (seq, hash) and the hash of record `seq` ("" when absent).
Result<std::pair<std::int64_t, std::string>> audit_head(Connection& c);
Result<std::string> audit_hash_at(Connection& c, std::int64_t seq);

// The retention base: records up to `seq` were purged; `hash` was the last one's hash.
struct RetentionBase {
  std::int64_t seq = 0;
  std::string hash;
  std::int64_t purged_at = 0;
};
Result<RetentionBase> audit_retention_base(Connection& c);
// The new base for purging records older than `cutoff`: the last record of the unbroken run
// from the current base whose records all lie before `cutoff`, at most `max_rows` past the
// current base, and never the head (the purge's own record follows it). Equal to the
// current base when nothing is to be purged.
Result<std::int64_t> audit_purge_point(Connection& c, TimeMs cutoff, std::int64_t max_rows);
// Moves the base to `seq` and deletes the records up to it (the database refuses unless that
// record is older than 180 days). Returns the number deleted.
Result<std::int64_t> purge_audit_through(Connection& c, std::int64_t seq, TimeMs now);

audit::Record audit_record_from_row(const Row& row);
extern const char* const kAuditColumns;
const ListSpec& audit_list_spec();

// The search route's page (every record: the audit administrator's scope is the whole log).
Result<ListPage<audit::Record>> list_audit_records(Connection& c, const ListRequest& req);
// Records with seq in (after_seq, ...] that match the filters of `filters` (as the search
// takes them; its page and sort are ignored), ascending, at most `limit` (export and verify).
// invalid_argument when a filter is not one the search declares.
Result<std::vector<audit::Record>> audit_batch(Connection& c, std::int64_t after_seq, int limit,
                                               const ListRequest& filters = {});

}  // namespace daibiao::storage
