// Numbered schema migrations (server/migrations/NNNN_name.sql), one source for both databases,
// compiled into the binary and rendered for the database at hand (render_migration). Applied
// in order, each in its own transaction, recorded in `schema_migrations`. A database newer
// than this binary is refused, never touched.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "storage/db.hpp"

namespace daibiao::storage {

// A migration as written: the SQL in the portable form render_migration reads.
struct MigrationSource {
  int number;
  const char* name;  // "0001_foundation"
  const char* sql;
};

// The sources compiled in, ascending (generated from server/migrations/ by CMake).
const std::vector<MigrationSource>& migration_sources();

// Renders a portable migration for `dialect`. The source is written in SQLite's dialect, and
// for PostgreSQL `INTEGER PRIMARY KEY AUTOINCREMENT` becomes an identity column and every other
// word INTEGER becomes BIGINT (SQLite's INTEGER is 64-bit). Where the databases need different
// statements, a line `-- @sqlite` or `-- @postgres` (indented or not) starts text kept,
// verbatim, for that database only, and a line `-- @both` ends it. invalid_argument on an
// unknown `-- @` marker, a section left open at the end, or `-- @both` outside a section.
Result<std::string> render_migration(std::string_view source, Dialect dialect);

// The number of the newest migration compiled in.
int latest_schema_version();

struct MigrateReport {
  int from_version = 0;
  int to_version = 0;
  std::vector<std::string> applied;  // "0001_foundation"
};

// Applies missing migrations. failed_precondition when the database is newer.
Result<MigrateReport> migrate(Database& db);

// The version recorded in the database (0 when never migrated).
Result<int> current_schema_version(Database& db);

// ok when the schema is exactly the binary's; used by `serve` at start-up.
Status check_schema_current(Database& db);

}  // namespace daibiao::storage
