// Optimistic concurrency, written once: every mutable row carries `version`; an update or
// delete names the version it read. Zero rows changed means stale (conflict) or gone.
#pragma once

#include <string>
#include <vector>

#include "storage/db.hpp"

namespace daibiao::storage {

// Runs `INSERT INTO <table> (<columns>, created_at, updated_at) VALUES (…) RETURNING id`
// with `values` for <columns> and `now` for both times. Returns the new id.
Result<std::int64_t> insert_versioned(Connection& c, const std::string& table,
                                      const std::string& columns, std::vector<Value> values,
                                      std::int64_t now);

// insert_versioned, then `obj` stamped as stored: its id, version 1, created and updated now.
template <typename T>
Result<T> insert_stamped(Connection& c, const std::string& table, const std::string& columns,
                         std::vector<Value> values, T obj, std::int64_t now) {
  auto id = insert_versioned(c, table, columns, std::move(values), now);
  if (!id) return std::unexpected(id.error());
  obj.id = *id;
  obj.version = 1;
  obj.created_at = obj.updated_at = now;
  return obj;
}

// Runs `UPDATE <table> SET <set_sql>, version = version + 1, updated_at = ? WHERE id = ? AND
// version = ?`. Returns the new version.
Result<std::int64_t> update_versioned(Connection& c, const std::string& table, std::int64_t id,
                                      std::int64_t expected_version, const std::string& set_sql,
                                      std::vector<Value> params, std::int64_t now);

// Deletes the row when its version matches.
Status delete_versioned(Connection& c, const std::string& table, std::int64_t id,
                        std::int64_t expected_version);

}  // namespace daibiao::storage
