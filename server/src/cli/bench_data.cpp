#include "cli/bench_data.hpp"

#include <array>
#include <cstdio>

#include "storage/audit/audit_store.hpp"

namespace daibiao::bench {

Status append_audit_records(storage::Database& db, std::int64_t count, TimeMs now) {
  static constexpr std::array<const char*, 6> kActions{"auth.login",      "org.node.update",
                                                       "org.unit.create", "user.update",
                                                       "role.grant",      "org.term.create"};
  static constexpr std::array<const char*, 5> kNames{"staff.wang", "staff.li", "sysadmin",
                                                     "secadmin", "head.chen"};
  constexpr std::int64_t kBatch = 1000;
  const TimeMs start = now - 365 * kDayMs;
  for (std::int64_t done = 0; done < count;) {
    const std::int64_t n = std::min(kBatch, count - done);
    auto st = db.write([&](storage::Connection& c) -> Status {
      for (std::int64_t i = 0; i < n; ++i) {
        const std::int64_t k = done + i;
        audit::Record r;
        r.at = start + k * (365 * kDayMs / std::max<std::int64_t>(count, 1));
        r.actor.name = kNames[k % kNames.size()];
        r.actor.role = "liaison_staff";
        r.actor.ip = "10.0." + std::to_string(k % 250) + ".1";
        r.actor.request_id = "bench" + std::to_string(k);
        r.action = kActions[k % kActions.size()];
        r.object_type = "org_node";
        r.object_id = std::to_string(k % 43 + 1);
        r.outcome = "success";
        r.changes = audit::changes_json(
            {{"name", "旧名称" + std::to_string(k), "新名称" + std::to_string(k)}});
        if (auto a = storage::append_audit(c, std::move(r)); !a) return std::unexpected(a.error());
      }
      return {};
    });
    if (!st) return st;
    done += n;
    if (done % 20000 == 0 || done == count)
      std::fprintf(stderr, "\r  audit records: %lld / %lld", static_cast<long long>(done),
                   static_cast<long long>(count));
  }
  std::fprintf(stderr, "\n");
  return {};
}

}  // namespace daibiao::bench
