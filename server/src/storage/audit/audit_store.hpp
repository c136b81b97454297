// The audit log table: append inside the caller's transaction, verify the chain, search.
#pragma once

#include <optional>

#include "domain/audit/audit.hpp"
#include "storage/db.hpp"
#include "storage/list_query.hpp"

namespace daibiao::storage {

// Appends `r` (seq, prev_hash and hash are assigned here) in the caller's transaction.
// Locks the chain head row, so concurrent appends on PostgreSQL queue up behind it.
Result<audit::Record> append_audit(Connection& c, audit::Record r);

struct ChainCheck {
  bool ok = true;
  std::int64_t records = 0;
  std::int64_t first_bad_seq = 0;  // when !ok
  std::string reason;              // when !ok
};

// Recomputes every hash from the first record, in batches. Reads only.
Result<ChainCheck> verify_audit_chain(Database& db);

audit::Record audit_record_from_row(const Row& row);
extern const char* const kAuditColumns;
const ListSpec& audit_list_spec();

// Records with seq in (after_seq, ...], ascending, at most `limit` (export and verify).
Result<std::vector<audit::Record>> audit_batch(Connection& c, std::int64_t after_seq, int limit,
                                               const BuiltList& filter);

}  // namespace daibiao::storage
