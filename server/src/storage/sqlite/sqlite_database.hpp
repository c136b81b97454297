// SQLite backend: WAL, synchronous=FULL, foreign keys on, busy timeout; one writer
// connection (write transactions are serialised and start with BEGIN IMMEDIATE, see
// STACK-NOTES pitfall 4) and a pool of read-only connections.
#pragma once

#include <memory>
#include <string>

#include "storage/db.hpp"

namespace daibiao::storage {

Result<std::unique_ptr<Database>> open_sqlite(const std::string& path, int readers);

}  // namespace daibiao::storage
