// Benchmark data written straight through the storage layer (not through the API), so
// large tables fill in seconds. The records are real: hash-chained and verifiable.
#pragma once

#include <cstdint>
#include <string>

#include "base/clock.hpp"
#include "platform/field_cipher.hpp"
#include "storage/db.hpp"

namespace daibiao::bench {

// Appends `count` audit records spread over the year that ends `until_days_ago` days before
// `now`, in transactions of 1,000, printing progress to stderr. With `key` the links are
// keyed, as a server with --key-file writes them.
Status append_audit_records(storage::Database& db, std::int64_t count, TimeMs now,
                            const platform::FieldCipher* key = nullptr, int until_days_ago = 0);

}  // namespace daibiao::bench

namespace daibiao::bench {

// Inserts `count` suggestions spread over the demo tree's handling units, states, star
// levels, categories and due dates (roughly half of the open ones overdue), each with its
// lead-unit row and one timeline event, in transactions of 2,000. Needs the demo data with
// deputies (`daibiao demo --key-file`). Prints progress to stderr.
Status insert_suggestions(storage::Database& db, std::int64_t count, TimeMs now);

}  // namespace daibiao::bench
