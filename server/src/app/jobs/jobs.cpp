#include "app/jobs/jobs.hpp"

#include "platform/process.hpp"

#include "storage/jobs/lease_store.hpp"

namespace daibiao::app {

Result<JobRun> run_as_leaseholder(Env& env, const std::string& name, const std::string& holder,
                                  std::chrono::milliseconds ttl,
                                  const std::function<Result<int>(Env&)>& job) {
  bool held = false;
  auto st = env.db.write([&](storage::Connection& c) -> Status {
    DAIBIAO_TRY(held, storage::acquire_lease(c, name, holder, env.clock.now_ms(), ttl.count()));
    return {};
  });
  if (!st) return std::unexpected(st.error());
  if (!held) return JobRun{};
  DAIBIAO_TRY(auto written, job(env));
  st = env.db.write([&](storage::Connection& c) {
    return storage::record_lease_run(c, name, holder, env.clock.now_ms());
  });
  if (!st) return std::unexpected(st.error());
  return JobRun{true, written};
}

Status release_job_lease(Env& env, const std::string& name, const std::string& holder) {
  return env.db.write(
      [&](storage::Connection& c) { return storage::release_lease(c, name, holder); });
}

std::string node_identity(RandomSource& random) {
  return platform::host_and_pid() + ":" + random.hex_token(4);
}

}  // namespace daibiao::app
