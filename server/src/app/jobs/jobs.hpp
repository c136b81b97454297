// Background jobs that must run on one node at a time (deadline reminders), coordinated by
// database leases (storage/jobs/lease_store.hpp): whoever holds the lease runs the job and
// renews it; a dead node's lease expires after `ttl` and another node takes over.
#pragma once

#include <chrono>
#include <functional>
#include <string>

#include "app/use_case.hpp"

namespace daibiao::app {

struct JobRun {
  bool ran = false;  // this node held the lease and ran the job
  int written = 0;   // what the job reported (reminders written)
};

// Runs `job` when `holder` can take or renew the lease `name` for `ttl`.
Result<JobRun> run_as_leaseholder(Env& env, const std::string& name, const std::string& holder,
                                  std::chrono::milliseconds ttl,
                                  const std::function<Result<int>(Env&)>& job);

// Gives up `holder`'s lease on `name` (on a clean shutdown).
Status release_job_lease(Env& env, const std::string& name, const std::string& holder);

// "host:pid:random": names this process as a lease holder.
std::string node_identity(RandomSource& random);

}  // namespace daibiao::app
