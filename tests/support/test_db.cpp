#include "support/test_db.hpp"

#include <libpq-fe.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <stdexcept>

#include "storage/migrate.hpp"

namespace daibiao::testing {
namespace {

std::string pg_admin_url() {
  const char* url = std::getenv("DAIBIAO_TEST_PG_URL");
  return url ? url : "";
}

void pg_admin(const std::string& sql) {
  PGconn* c = PQconnectdb(pg_admin_url().c_str());
  if (PQstatus(c) != CONNECTION_OK) {
    std::string err = PQerrorMessage(c);
    PQfinish(c);
    throw std::runtime_error("cannot reach test PostgreSQL: " + err);
  }
  PGresult* r = PQexec(c, sql.c_str());
  const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
  std::string err = PQerrorMessage(c);
  PQclear(r);
  PQfinish(c);
  if (!ok) throw std::runtime_error(sql + ": " + err);
}

// postgresql://user@host:port/db → same with another db name.
std::string with_database(const std::string& url, const std::string& name) {
  auto slash = url.rfind('/');
  auto q = url.find('?', slash);
  return url.substr(0, slash + 1) + name + (q == std::string::npos ? "" : url.substr(q));
}

std::atomic<int> counter{0};

}  // namespace

std::vector<std::string> test_backends() {
  std::vector<std::string> out{"sqlite"};
  if (!pg_admin_url().empty()) out.push_back("postgres");
  return out;
}

TestDatabase::TestDatabase(const std::string& backend, bool migrated) : backend_(backend) {
  const std::string unique = std::to_string(::getpid()) + "_" + std::to_string(counter++);
  if (backend == "sqlite") {
    dir_ = (std::filesystem::temp_directory_path() / ("daibiao_test_" + unique)).string();
    std::filesystem::create_directories(dir_);
    url_ = "sqlite://" + dir_ + "/test.db";
  } else {
    pg_name_ = "daibiao_test_" + unique;
    pg_admin("CREATE DATABASE " + pg_name_);
    url_ = with_database(pg_admin_url(), pg_name_);
  }
  auto db = storage::open_database(url_, 4);
  if (!db) throw std::runtime_error("open " + url_ + ": " + db.error().log_detail);
  db_ = std::move(*db);
  if (migrated) {
    auto m = storage::migrate(*db_);
    if (!m) throw std::runtime_error("migrate: " + m.error().message + " " + m.error().log_detail);
  }
}

TestDatabase::~TestDatabase() {
  db_.reset();
  if (!dir_.empty()) std::filesystem::remove_all(dir_);
  if (!pg_name_.empty()) {
    try {
      pg_admin("DROP DATABASE IF EXISTS " + pg_name_ + " WITH (FORCE)");
    } catch (...) {
    }
  }
}

}  // namespace daibiao::testing
