#include "storage/jobs/lease_store.hpp"

namespace daibiao::storage {

Result<bool> acquire_lease(Connection& c, const std::string& job, const std::string& holder,
                           std::int64_t now, std::int64_t ttl_ms) {
  auto rows = c.query(
      "INSERT INTO job_leases (name, holder, expires_at) VALUES (?, ?, ?) "
      "ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at "
      "WHERE job_leases.holder = excluded.holder OR job_leases.expires_at < ? RETURNING holder",
      {job, holder, now + ttl_ms, now});
  if (!rows) return std::unexpected(rows.error());
  return !rows->empty() && rows->front().text(0) == holder;
}

Status record_lease_run(Connection& c, const std::string& job, const std::string& holder,
                        std::int64_t now) {
  return c.exec(
      "UPDATE job_leases SET runs = runs + 1, last_run_at = ? WHERE name = ? AND holder = ?",
      {now, job, holder});
}

Status release_lease(Connection& c, const std::string& job, const std::string& holder) {
  return c.exec("UPDATE job_leases SET expires_at = 0 WHERE name = ? AND holder = ?",
                {job, holder});
}

}  // namespace daibiao::storage
