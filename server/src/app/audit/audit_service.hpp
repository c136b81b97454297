// The audit admin's view of the audit log: search and export. Nobody else reads it.
#pragma once

#include <functional>
#include <optional>
#include <string_view>
#include <vector>

#include "app/listing.hpp"
#include "app/use_case.hpp"

namespace daibiao::app {

Result<ListResult<audit::Record>> search_audit(Env&, const Caller&, const storage::ListRequest&);

// Streams every record matching the filters (no paging), oldest first, to `sink`, in
// batches; the export itself is audited.
Status export_audit(Env&, const Caller&, const storage::ListRequest& filters,
                    const std::function<void(const audit::Record&)>& sink);

// Retention: purges the records older than `retention_days` (at least
// audit::kMinRetentionDays) from the front of the chain, in batches of audit::kPurgeBatch.
// Each batch is one transaction that moves the retention base, deletes the records up to it
// and appends an audit.purge record naming the new base (object_id), the range and the count
// — so the purge audits itself and verify continues the chain from the base. With
// `archive_dir`, each batch is first written there as JSON lines (audit-<from>-<to>.jsonl,
// fsync'd, never overwritten) and its purge record names the file.
struct PurgeReport {
  std::int64_t records = 0;   // records purged
  std::int64_t base_seq = 0;  // the retention base afterwards
  std::vector<std::string> archives;
};
Result<PurgeReport> purge_audit_log(Env&, int retention_days, const std::string& archive_dir = {});

// A signed anchor of the chain head, written outside the database (a file on other storage,
// or a remote log) every few minutes: a later verify proves that the records up to `seq`
// still hash to `hash`, so even someone holding the database and the chain key cannot
// rewrite history before an anchor without also forging the anchors kept elsewhere.
// One line of text: "daibiao-anchor-v1\t<seq>\t<hash>\t<at ms>\t<hex HMAC>".
struct Anchor {
  std::int64_t seq = 0;
  std::string hash;
  TimeMs at = 0;
  std::string sig;
};

// The current head, signed with the anchor key (failed_precondition without a key file).
Result<Anchor> make_anchor(Env&);
std::string anchor_line(const Anchor&);
std::optional<Anchor> parse_anchor_line(std::string_view line);
// held when the signature holds and record `seq` still has `hash`; purged when that record
// lies before the retention base (gone by the audited purge: nothing left to compare);
// otherwise failed_precondition saying why (forged anchor, changed record, records deleted
// after the anchor).
enum class AnchorCheck { held, purged };
Result<AnchorCheck> check_anchor(Env&, const Anchor&);

}  // namespace daibiao::app
