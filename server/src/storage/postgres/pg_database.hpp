// PostgreSQL backend via libpq: a pool of connections opened on demand; every call runs
// in its own transaction. `?` placeholders are renumbered to $n once per statement text.
#pragma once

#include <memory>
#include <string>

#include "storage/db.hpp"

namespace daibiao::storage {

Result<std::unique_ptr<Database>> open_postgres(const std::string& url, int pool_size);

// Renumbers `?` placeholders to `$1..$n`, leaving quoted strings alone.
std::string renumber_placeholders(std::string_view sql);

}  // namespace daibiao::storage
