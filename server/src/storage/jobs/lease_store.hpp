// Leases of background jobs: one row per job, naming the node that runs it until a time.
#pragma once

#include <string>

#include "storage/db.hpp"

namespace daibiao::storage {

// Takes or renews the lease of `job` for `holder` until `now + ttl_ms` when it is free,
// expired or already held by `holder`, in one statement (safe across nodes). True when
// `holder` holds it afterwards.
Result<bool> acquire_lease(Connection& c, const std::string& job, const std::string& holder,
                           std::int64_t now, std::int64_t ttl_ms);
// Counts a finished run of `job` by `holder` (no-op when the lease moved meanwhile).
Status record_lease_run(Connection& c, const std::string& job, const std::string& holder,
                        std::int64_t now);
// Gives the lease up (clean shutdown), so another node need not wait for it to expire.
Status release_lease(Connection& c, const std::string& job, const std::string& holder);

}  // namespace daibiao::storage
