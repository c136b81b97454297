// Numbered schema migrations per backend (server/migrations/<backend>/NNNN_name.sql),
// compiled into the binary. Applied in order, each in its own transaction, recorded in
// `schema_migrations`. A database newer than this binary is refused, never touched.
#pragma once

#include <string>
#include <vector>

#include "storage/db.hpp"

namespace daibiao::storage {

struct Migration {
  int number;
  const char* name;
  const char* sql;
};

// The migrations compiled in for `dialect`, ascending.
const std::vector<Migration>& migrations_for(Dialect dialect);
int latest_schema_version(Dialect dialect);

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
