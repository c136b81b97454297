// Optimistic concurrency, written once: every mutable row carries `version`; an update or
// delete names the version it read. Zero rows changed means stale (conflict) or gone.
#pragma once

#include <string>
#include <vector>

#include "storage/db.hpp"

namespace daibiao::storage {

// Runs `UPDATE <table> SET <set_sql>, version = version + 1, updated_at = ? WHERE id = ? AND
// version = ?`. Returns the new version.
Result<std::int64_t> update_versioned(Connection& c, const std::string& table, std::int64_t id,
                                      std::int64_t expected_version, const std::string& set_sql,
                                      std::vector<Value> params, std::int64_t now);

// Deletes the row when its version matches.
Status delete_versioned(Connection& c, const std::string& table, std::int64_t id,
                        std::int64_t expected_version);

}  // namespace daibiao::storage
