// Re-encryption after a key rotation: every sealed value (ID numbers, phones, second-factor
// secrets) is opened under its own key version and sealed again under the current one,
// with the ID numbers' lookup hashes recomputed. Runs online, next to serving nodes: each
// batch is one short write transaction, and a row edited meanwhile is left to that edit
// (which sealed it under the current key). The run is audited (keys.reencrypt).
#pragma once

#include <cstdint>
#include <functional>

#include "app/use_case.hpp"

namespace daibiao::app {

struct ReencryptReport {
  std::int64_t persons = 0;  // rows rewritten
  std::int64_t users = 0;
  std::int64_t remaining = 0;  // rows still under an older key afterwards (0 when done)
};

// Rewrites up to `batch` rows per transaction until none is left under an older key;
// `progress(done so far)` is called after each batch.
Result<ReencryptReport> reencrypt_sealed_values(
    Env& env, int batch, const std::function<void(const ReencryptReport&)>& progress = {});

// Rows still sealed under an older key version (persons + users).
Result<std::int64_t> count_stale_sealed_values(Env& env);

}  // namespace daibiao::app
