// Rate limits kept in the database, so every node of a cluster counts the same events.
#pragma once

#include <string>

#include "storage/db.hpp"

namespace daibiao::storage {

Status record_rate_event(Connection& c, const std::string& key, std::int64_t at);
// Events of `key` after `since`, and the oldest of them (0 when none).
Result<std::pair<int, std::int64_t>> count_rate_events(Connection& c, const std::string& key,
                                                       std::int64_t since);
Status purge_rate_events(Connection& c, std::int64_t before);

}  // namespace daibiao::storage
