#include "storage/sqlite/sqlite_database.hpp"

#include <sqlite3.h>

#include <condition_variable>
#include <mutex>
#include <unordered_map>
#include <vector>

namespace daibiao::storage {
namespace {

Error sqlite_error(sqlite3* db, int rc, std::string_view sql) {
  const int ext = db ? sqlite3_extended_errcode(db) : rc;
  std::string detail = std::string(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc)) +
                       " in: " + std::string(sql.substr(0, 200));
  if (ext == SQLITE_CONSTRAINT_UNIQUE || ext == SQLITE_CONSTRAINT_PRIMARYKEY) {
    // "UNIQUE constraint failed: handling_units.code[, t.col]" → the column names.
    std::vector<std::string> columns;
    const std::string msg = db ? sqlite3_errmsg(db) : "";
    if (auto colon = msg.find(": "); colon != std::string::npos) {
      std::string rest = msg.substr(colon + 2);
      for (std::size_t start = 0; start < rest.size();) {
        auto comma = std::min(rest.find(", ", start), rest.size());
        const std::string item = rest.substr(start, comma - start);
        columns.push_back(item.substr(item.find('.') + 1));
        start = comma + 2;
      }
    }
    return duplicate_error(columns, detail);
  }
  if (ext == SQLITE_CONSTRAINT_FOREIGNKEY)
    return Error{ErrorCode::invalid_argument, "引用的记录不存在或仍被引用", {}, detail};
  if ((rc & 0xff) == SQLITE_CONSTRAINT)
    return Error{ErrorCode::invalid_argument, "数据不满足约束", {}, detail};
  return Error{ErrorCode::internal, "数据库错误", {}, detail};
}

class SqliteConnection final : public Connection {
 public:
  explicit SqliteConnection(sqlite3* db) : db_(db) {}
  ~SqliteConnection() override {
    for (auto& [sql, stmt] : cache_) sqlite3_finalize(stmt);
    sqlite3_close_v2(db_);
  }

  Result<Rows> query(std::string_view sql, const std::vector<Value>& params) override {
    DAIBIAO_TRY(auto stmt, prepare(sql));
    sqlite3_stmt* s = stmt;
    for (std::size_t i = 0; i < params.size(); ++i) {
      const int idx = static_cast<int>(i + 1);
      const Value& v = params[i];
      if (std::holds_alternative<std::nullptr_t>(v))
        sqlite3_bind_null(s, idx);
      else if (auto p = std::get_if<std::int64_t>(&v))
        sqlite3_bind_int64(s, idx, *p);
      else if (auto p = std::get_if<double>(&v))
        sqlite3_bind_double(s, idx, *p);
      else {
        const auto& str = std::get<std::string>(v);
        sqlite3_bind_text(s, idx, str.data(), static_cast<int>(str.size()), SQLITE_TRANSIENT);
      }
    }
    Rows rows;
    const int ncol = sqlite3_column_count(s);
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
      std::vector<Value> values;
      values.reserve(ncol);
      for (int c = 0; c < ncol; ++c) {
        switch (sqlite3_column_type(s, c)) {
          case SQLITE_NULL:
            values.emplace_back(nullptr);
            break;
          case SQLITE_INTEGER:
            values.emplace_back(static_cast<std::int64_t>(sqlite3_column_int64(s, c)));
            break;
          case SQLITE_FLOAT:
            values.emplace_back(sqlite3_column_double(s, c));
            break;
          default: {
            const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(s, c));
            values.emplace_back(std::string(text, sqlite3_column_bytes(s, c)));
          }
        }
      }
      rows.emplace_back(std::move(values));
    }
    if (rc != SQLITE_DONE) {
      Error e = sqlite_error(db_, rc, sql);
      sqlite3_reset(s);
      sqlite3_clear_bindings(s);
      return std::unexpected(std::move(e));
    }
    changes_ = sqlite3_changes64(db_);
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    return rows;
  }

  std::int64_t changes() override { return changes_; }

  Status exec_script(std::string_view sql) override {
    char* err = nullptr;
    const std::string text(sql);
    const int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
      Error e = sqlite_error(db_, rc, sql);
      if (err) {
        e.log_detail = err;
        sqlite3_free(err);
      }
      return std::unexpected(std::move(e));
    }
    return {};
  }

  Dialect dialect() const override { return Dialect::sqlite; }

 private:
  // Statements are prepared once per connection and reused: most requests run the same
  // handful of queries, and preparing dominates the cost of a one-row read.
  Result<sqlite3_stmt*> prepare(std::string_view sql) {
    std::string key(sql);
    if (auto it = cache_.find(key); it != cache_.end()) return it->second;
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v3(db_, key.data(), static_cast<int>(key.size()),
                                      SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK) return std::unexpected(sqlite_error(db_, rc, sql));
    cache_.emplace(std::move(key), stmt);
    return stmt;
  }

  sqlite3* db_;
  std::unordered_map<std::string, sqlite3_stmt*> cache_;
  std::int64_t changes_ = 0;
};

Result<std::unique_ptr<SqliteConnection>> open_connection(const std::string& path, bool reader) {
  sqlite3* db = nullptr;
  const int flags = (reader ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) |
                    SQLITE_OPEN_NOMUTEX;
  const int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  if (rc != SQLITE_OK) {
    Error e{
        ErrorCode::internal, "无法打开数据库", {}, std::string(sqlite3_errstr(rc)) + ": " + path};
    sqlite3_close_v2(db);
    return std::unexpected(std::move(e));
  }
  auto conn = std::make_unique<SqliteConnection>(db);
  sqlite3_busy_timeout(db, 10000);
  std::string pragmas =
      "PRAGMA foreign_keys=ON; PRAGMA synchronous=FULL; PRAGMA temp_store=MEMORY;"
      "PRAGMA cache_size=-16000;";
  if (!reader)
    pragmas = "PRAGMA journal_mode=WAL;" + pragmas;
  else
    pragmas += "PRAGMA query_only=1;";
  if (auto st = conn->exec_script(pragmas); !st) return std::unexpected(st.error());
  return conn;
}

class SqliteDatabase final : public Database {
 public:
  SqliteDatabase(std::unique_ptr<SqliteConnection> writer,
                 std::vector<std::unique_ptr<SqliteConnection>> readers)
      : writer_(std::move(writer)), readers_(std::move(readers)) {
    for (auto& r : readers_) free_.push_back(r.get());
  }

  Status write(const std::function<Status(Connection&)>& fn) override {
    std::lock_guard lock(write_mu_);
    return run_in_transaction(*writer_, "BEGIN IMMEDIATE", fn);
  }

  Status read(const std::function<Status(Connection&)>& fn) override {
    SqliteConnection* conn = acquire();
    Status st = run_in_transaction(*conn, "BEGIN", fn);
    release(conn);
    return st;
  }

  Dialect dialect() const override { return Dialect::sqlite; }

  PoolStats stats() const override {
    std::lock_guard lock(pool_mu_);
    return PoolStats{static_cast<int>(readers_.size()) + 1,
                     static_cast<int>(readers_.size() - free_.size()), waits_};
  }

  bool ping() override {
    return read([](Connection& c) -> Status {
             auto r = c.query("SELECT 1");
             if (!r) return std::unexpected(r.error());
             return {};
           })
        .has_value();
  }

 private:
  static Status run_in_transaction(SqliteConnection& conn, const char* begin,
                                   const std::function<Status(Connection&)>& fn) {
    if (auto st = conn.exec(begin); !st) return st;
    Status result = fn(conn);
    if (result) {
      if (auto st = conn.exec("COMMIT"); !st) {
        (void)conn.exec("ROLLBACK");
        return st;
      }
      return result;
    }
    (void)conn.exec("ROLLBACK");
    return result;
  }

  SqliteConnection* acquire() {
    std::unique_lock lock(pool_mu_);
    if (free_.empty()) ++waits_;
    pool_cv_.wait(lock, [&] { return !free_.empty(); });
    SqliteConnection* c = free_.back();
    free_.pop_back();
    return c;
  }

  void release(SqliteConnection* c) {
    {
      std::lock_guard lock(pool_mu_);
      free_.push_back(c);
    }
    pool_cv_.notify_one();
  }

  std::mutex write_mu_;
  std::unique_ptr<SqliteConnection> writer_;
  std::vector<std::unique_ptr<SqliteConnection>> readers_;
  mutable std::mutex pool_mu_;
  std::condition_variable pool_cv_;
  std::vector<SqliteConnection*> free_;
  std::int64_t waits_ = 0;
};

}  // namespace

Result<std::unique_ptr<Database>> open_sqlite(const std::string& path, int readers) {
  DAIBIAO_TRY(auto writer, open_connection(path, false));
  std::vector<std::unique_ptr<SqliteConnection>> pool;
  for (int i = 0; i < std::max(1, readers); ++i) {
    DAIBIAO_TRY(auto r, open_connection(path, true));
    pool.push_back(std::move(r));
  }
  return std::make_unique<SqliteDatabase>(std::move(writer), std::move(pool));
}

}  // namespace daibiao::storage
