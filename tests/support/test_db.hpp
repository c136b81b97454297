// Real databases for tests: a fresh SQLite file per test, and — when DAIBIAO_TEST_PG_URL
// names a PostgreSQL server (make test starts one) — a fresh PostgreSQL database per
// test, dropped afterwards. Both are migrated.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "storage/db.hpp"

namespace daibiao::testing {

// "sqlite", plus "postgres" when DAIBIAO_TEST_PG_URL is set.
std::vector<std::string> test_backends();

class TestDatabase {
 public:
  explicit TestDatabase(const std::string& backend, bool migrated = true);
  ~TestDatabase();
  storage::Database& db() { return *db_; }
  const std::string& url() const { return url_; }

 private:
  std::string backend_, url_, dir_, pg_name_;
  std::unique_ptr<storage::Database> db_;
};

}  // namespace daibiao::testing
