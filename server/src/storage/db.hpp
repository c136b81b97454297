// The portable SQL connection that both backends implement. Repositories are written
// once against it (see docs/adr/0002-portable-sql-repositories.md); only sqlite/ and
// postgres/ see the client libraries.
//
// SQL dialect used by repositories: `?` placeholders (PostgreSQL's driver renumbers them
// to $n), integer booleans, BIGINT millisecond timestamps, `RETURNING id` on inserts.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "base/result.hpp"

namespace daibiao::storage {

using Value = std::variant<std::nullptr_t, std::int64_t, double, std::string>;

// One result row. Accessors convert text (PostgreSQL) and native values (SQLite) alike.
class Row {
 public:
  explicit Row(std::vector<Value> values) : values_(std::move(values)) {}
  bool is_null(std::size_t i) const;
  std::int64_t i64(std::size_t i) const;  // 0 when NULL
  std::string text(std::size_t i) const;  // "" when NULL
  std::optional<std::int64_t> opt_i64(std::size_t i) const;
  std::optional<std::string> opt_text(std::size_t i) const;
  bool boolean(std::size_t i) const { return i64(i) != 0; }
  std::size_t size() const { return values_.size(); }

 private:
  std::vector<Value> values_;
};

using Rows = std::vector<Row>;

enum class Dialect { sqlite, postgres };

// A connection inside a transaction (or autocommit for reads). Not thread-safe; the
// Database hands each caller its own.
class Connection {
 public:
  virtual ~Connection() = default;
  // Runs a statement and returns its rows (empty for writes without RETURNING).
  // Constraint violations come back as conflict (unique) or invalid_argument (others).
  virtual Result<Rows> query(std::string_view sql, const std::vector<Value>& params = {}) = 0;
  // Rows changed by the last statement.
  virtual std::int64_t changes() = 0;
  // Runs a script of several statements without parameters (migrations).
  virtual Status exec_script(std::string_view sql) = 0;
  virtual Dialect dialect() const = 0;

  // Convenience: exactly one row or not_found.
  Result<Row> query_one(std::string_view sql, const std::vector<Value>& params = {});
  // Convenience: the statement must succeed; rows are ignored.
  Status exec(std::string_view sql, const std::vector<Value>& params = {});
};

struct PoolStats {
  int size = 0;            // connections opened
  int in_use = 0;          // checked out now
  std::int64_t waits = 0;  // times a caller had to wait for a connection
};

// A pool of connections to one database. Thread-safe.
class Database {
 public:
  virtual ~Database() = default;
  // Runs fn in a write transaction (SQLite: BEGIN IMMEDIATE on the one writer;
  // PostgreSQL: BEGIN on a pooled connection). Commits when fn returns a value,
  // rolls back on an error; the error is passed through.
  virtual Status write(const std::function<Status(Connection&)>& fn) = 0;
  // Runs fn on a read connection in a read-only transaction (a consistent snapshot).
  virtual Status read(const std::function<Status(Connection&)>& fn) = 0;
  virtual Dialect dialect() const = 0;
  virtual PoolStats stats() const = 0;
  // True when a trivial query succeeds (readiness probe).
  virtual bool ping() = 0;
};

// Opens `sqlite:///abs/path.db` or `postgresql://user@host:port/db`.
Result<std::unique_ptr<Database>> open_database(const std::string& url, int pool_size = 4);

// The error for a unique violation on `columns`: conflict, with a field error for each
// column so forms can show it where it belongs.
Error duplicate_error(const std::vector<std::string>& columns, std::string log_detail);

// Escapes % _ and \ for a LIKE pattern used with ESCAPE '\'.
std::string like_contains(std::string_view needle);

}  // namespace daibiao::storage
