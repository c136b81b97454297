// The audit record (审计记录) and the rules that make the log trustworthy: personal data
// is masked before it is written, and each record's hash covers the previous record's
// hash, so any edit or deletion breaks the chain at that record.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/clock.hpp"
#include "base/enum_table.hpp"

namespace daibiao::audit {

struct FieldChange {
  std::string field;
  std::optional<std::string> before;  // nullopt: the field did not exist (create)
  std::optional<std::string> after;   // nullopt: the field no longer exists (delete)
  bool personal = false;              // masked when written (ID numbers, phones, passwords)
};

// Who did it and where; filled from the request by the app layer.
struct Actor {
  std::optional<std::int64_t> user_id;
  std::string name;
  std::string role;
  std::optional<std::int64_t> org_node_id;
  std::string ip;
  std::string request_id;
};

// How the attempt ended: done, refused (no permission, a limit) or failed.
enum class Outcome { success, denied, failure };
inline constexpr auto kOutcomeNames = std::to_array<EnumEntry<Outcome>>({
    {Outcome::success, "success", "成功"},
    {Outcome::denied, "denied", "拒绝"},
    {Outcome::failure, "failure", "失败"},
});
static_assert(enum_table_ok(kOutcomeNames));
constexpr const auto& enum_table(Outcome) { return kOutcomeNames; }

struct Record {
  std::int64_t seq = 0;
  TimeMs at = 0;
  Actor actor;
  std::string action;       // "org.node.create", "auth.login", ...
  std::string object_type;  // "org_node"
  std::string object_id;
  std::string outcome;  // an Outcome's name, as stored (the hash covers these bytes)
  std::string changes;  // JSON array of {field,before,after}, masked
  std::string prev_hash;
  std::string hash;
};

// Keeps the first and last characters and stars the middle: "430102********1234" style
// for long values, "1****8" for short; passwords become "******".
std::string mask_personal(std::string_view value);

// The JSON array stored in `changes`, personal fields masked.
std::string changes_json(const std::vector<FieldChange>& changes);

// The exact bytes hashed for a record: every field but `hash`, in a fixed order, each
// length-prefixed so no two records share a serialisation.
std::string canonical_bytes(const Record& r);

// Retention (等保: audit records kept at least six months). Records older than the retention
// period may be purged from the front of the chain; migration 0008 makes the database refuse
// anything younger than kMinRetentionDays whatever the caller asks.
inline constexpr int kMinRetentionDays = 180;
// Records purged per transaction (and per audit.purge record).
inline constexpr std::int64_t kPurgeBatch = 50'000;
// The instant before which records may go under a retention of `days`; nullopt when `days`
// is below the minimum.
std::optional<TimeMs> retention_cutoff(TimeMs now, int days);

}  // namespace daibiao::audit
