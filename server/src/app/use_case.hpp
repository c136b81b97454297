// The one use-case pipeline. Every use case is written as:
//   validate input → load → authorise → decide (pure domain) → save + audit in one
//   transaction → (notify after commit).
// `write()` owns the transaction and the audit trail: records added through Tx are part
// of the same commit, and an attempt refused for lack of permission is itself audited
// (outcome "denied") in a transaction of its own, since the refused one rolled back.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "base/clock.hpp"
#include "base/random.hpp"
#include "domain/access/account_policy.hpp"
#include "domain/access/permissions.hpp"
#include "domain/audit/audit.hpp"
#include "platform/field_cipher.hpp"
#include "platform/file_store.hpp"
#include "storage/db.hpp"

namespace daibiao::app {

struct Config {
  access::PasswordPolicy password;
  access::LoginThrottlePolicy throttle;
  // 等保: administrators must sign in with a second factor (serve --admin-totp).
  bool admin_totp_required = true;
  access::SessionPolicy session;
  // Where suggestion attachments are stored (outside the web root); main opens a
  // platform::DirectoryFileStore on it for Env::files.
  std::string files_dir;
  // Audit retention (serve --audit-retention-days): 0 keeps every record; otherwise the
  // leaseholder purges records older than this many days (at least 180), archiving them to
  // audit_archive_dir first when it is set.
  int audit_retention_days = 0;
  std::string audit_archive_dir;
};

// What every use case may use. Built once at start-up.
struct Env {
  storage::Database& db;
  const Clock& clock;
  RandomSource& random;
  Config config;
  // Seals personal data at rest; null when no key is configured (the registry then refuses
  // to store or reveal personal data).
  const platform::FieldCipher* cipher = nullptr;
  // Keeps attachments by key; null when no place is configured (uploads are then refused).
  platform::FileStore* files = nullptr;
};

// Who is calling, from where. Built per request by the transport.
struct Caller {
  access::Principal principal;
  std::string ip;
  std::string request_id;
};

// What a use case records about one change.
struct AuditEntry {
  std::string action;       // "org.node.update"
  std::string object_type;  // "org_node"
  std::string object_id;
  std::optional<std::int64_t> org_node_id;
  std::string role;  // the acting role that justified it
  std::vector<audit::FieldChange> changes;
  audit::Outcome outcome = audit::Outcome::success;
};

// What a refused attempt is recorded as: the action and, when known, the object.
AuditEntry attempt(std::string action, std::string object_type = {}, std::int64_t object_id = 0);

class Tx {
 public:
  Tx(storage::Connection& c, const Caller& caller, TimeMs now,
     const platform::FieldCipher* audit_key = nullptr)
      : c_(c), caller_(caller), now_(now), audit_key_(audit_key) {}
  storage::Connection& db() { return c_; }
  TimeMs now() const { return now_; }
  const Caller& caller() const { return caller_; }
  // Appends to the hash-chained audit log in this transaction.
  Status audit(AuditEntry entry);

 private:
  storage::Connection& c_;
  const Caller& caller_;
  TimeMs now_;
  const platform::FieldCipher* audit_key_;  // keys the audit chain when configured
};

audit::Actor actor_of(const Caller& caller, const AuditEntry& e);

// Runs `fn` in a write transaction. See the header comment for the audit contract;
// `denied` describes the attempt for the denial record.
Status write_tx(Env& env, const Caller& caller, const std::function<Status(Tx&)>& fn,
                const AuditEntry& denied);

template <typename T>
Result<T> write(Env& env, const Caller& caller, const AuditEntry& denied,
                const std::function<Result<T>(Tx&)>& fn) {
  std::optional<T> out;
  auto st = write_tx(
      env, caller,
      [&](Tx& tx) -> Status {
        DAIBIAO_TRY(out, fn(tx));
        return {};
      },
      denied);
  if (!st) return std::unexpected(st.error());
  return std::move(*out);
}

template <typename T>
Result<T> read(Env& env, const std::function<Result<T>(storage::Connection&)>& fn) {
  std::optional<T> out;
  auto st = env.db.read([&](storage::Connection& c) -> Status {
    DAIBIAO_TRY(out, fn(c));
    return {};
  });
  if (!st) return std::unexpected(st.error());
  return std::move(*out);
}

// The scope rule for one object at `path`: a caller without `p` anywhere is refused
// (permission_denied, which says nothing about the object); outside the caller's read scope
// the object does not exist for them (not_found, no hint); visible but without `p` at that
// node it is permission_denied.
Status authorize(const access::Principal& who, access::Permission p, const std::string& path);

// For writes that are not tied to one org node (e.g. the audit log).
Status authorize_anywhere(const access::Principal& who, access::Permission p);

// A field change for the audit trail, only when the value actually changed.
void note_change(std::vector<audit::FieldChange>& out, std::string field, const std::string& before,
                 const std::string& after, bool personal = false);

}  // namespace daibiao::app
