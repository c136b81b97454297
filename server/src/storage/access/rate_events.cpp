#include "storage/access/rate_events.hpp"

namespace daibiao::storage {

Status record_rate_event(Connection& c, const std::string& key, std::int64_t at) {
  return c.exec("INSERT INTO rate_events (key, at) VALUES (?, ?)", {key, at});
}

Result<std::pair<int, std::int64_t>> count_rate_events(Connection& c, const std::string& key,
                                                       std::int64_t since) {
  DAIBIAO_TRY(auto row,
              c.query_one("SELECT count(*), min(at) FROM rate_events WHERE key = ? AND at > ?",
                          {key, since}));
  return std::pair{static_cast<int>(row.i64(0)), row.i64(1)};
}

Status purge_rate_events(Connection& c, std::int64_t before) {
  return c.exec("DELETE FROM rate_events WHERE at <= ?", {before});
}

}  // namespace daibiao::storage
