// Benchmark data written straight through the storage layer (not through the API), so
// large tables fill in seconds. The records are real: hash-chained and verifiable.
#pragma once

#include <cstdint>

#include "base/clock.hpp"
#include "storage/db.hpp"

namespace daibiao::bench {

// Appends `count` audit records spread over the last year, in transactions of 1,000,
// printing progress to stderr.
Status append_audit_records(storage::Database& db, std::int64_t count, TimeMs now);

}  // namespace daibiao::bench
