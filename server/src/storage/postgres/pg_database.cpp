#include "storage/postgres/pg_database.hpp"

#include <libpq-fe.h>

#include <condition_variable>
#include <mutex>
#include <unordered_map>
#include <vector>
#include "base/text.hpp"

namespace daibiao::storage {

std::string renumber_placeholders(std::string_view sql) {
  std::string out;
  out.reserve(sql.size() + 16);
  int n = 0;
  char quote = 0;
  for (char c : sql) {
    if (quote) {
      if (c == quote) quote = 0;
      out.push_back(c);
    } else if (c == '\'' || c == '"') {
      quote = c;
      out.push_back(c);
    } else if (c == '?') {
      out += '$' + std::to_string(++n);
    } else {
      out.push_back(c);
    }
  }
  return out;
}

namespace {

Error pg_error(PGconn* conn, PGresult* res, std::string_view sql) {
  const char* state = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : nullptr;
  std::string detail =
      std::string(PQerrorMessage(conn)) + " in: " + std::string(sql.substr(0, 200));
  const std::string code = state ? state : "";
  if (code == "23505") {
    // DETAIL: Key (code)=(U1) already exists. / Key (term_id, number)=(1, 2) already exists.
    std::vector<std::string> columns;
    const char* d = res ? PQresultErrorField(res, PG_DIAG_MESSAGE_DETAIL) : nullptr;
    const std::string text = d ? d : "";
    const auto open = text.find("Key ("), close = text.find(")=");
    if (open != std::string::npos && close != std::string::npos && close > open + 5) {
      const std::string list = text.substr(open + 5, close - open - 5);
      for (std::size_t start = 0; start < list.size();) {
        auto comma = std::min(list.find(", ", start), list.size());
        columns.push_back(list.substr(start, comma - start));
        start = comma + 2;
      }
    }
    return duplicate_error(columns, detail);
  }
  if (code == "23503")
    return Error{ErrorCode::invalid_argument, "引用的记录不存在或仍被引用", {}, detail};
  if (code.starts_with("23"))
    return Error{ErrorCode::invalid_argument, "数据不满足约束", {}, detail};
  return Error{ErrorCode::internal, "数据库错误", {}, detail};
}

class PgConnection final : public Connection {
 public:
  explicit PgConnection(PGconn* conn) : conn_(conn) {}
  ~PgConnection() override { PQfinish(conn_); }

  Result<Rows> query(std::string_view sql, const std::vector<Value>& params) override {
    const std::string& text = translated(sql);
    std::vector<std::string> storage(params.size());
    std::vector<const char*> values(params.size(), nullptr);
    for (std::size_t i = 0; i < params.size(); ++i) {
      const Value& v = params[i];
      if (std::holds_alternative<std::nullptr_t>(v)) continue;
      if (auto p = std::get_if<std::int64_t>(&v))
        storage[i] = std::to_string(*p);
      else if (auto p = std::get_if<double>(&v))
        storage[i] = std::to_string(*p);
      else
        storage[i] = std::get<std::string>(v);
      values[i] = storage[i].c_str();
    }
    PGresult* res = PQexecParams(conn_, text.c_str(), static_cast<int>(params.size()), nullptr,
                                 values.data(), nullptr, nullptr, 0);
    const auto status = PQresultStatus(res);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
      Error e = pg_error(conn_, res, sql);
      PQclear(res);
      return std::unexpected(std::move(e));
    }
    Rows rows;
    const int nrows = PQntuples(res), ncols = PQnfields(res);
    rows.reserve(nrows);
    for (int r = 0; r < nrows; ++r) {
      std::vector<Value> row;
      row.reserve(ncols);
      for (int c = 0; c < ncols; ++c) {
        if (PQgetisnull(res, r, c))
          row.emplace_back(nullptr);
        else
          row.emplace_back(std::string(PQgetvalue(res, r, c), PQgetlength(res, r, c)));
      }
      rows.emplace_back(std::move(row));
    }
    const char* affected = PQcmdTuples(res);
    changes_ = (affected && *affected) ? parse_int(affected).value_or(0) : 0;
    PQclear(res);
    return rows;
  }

  std::int64_t changes() override { return changes_; }

  Status exec_script(std::string_view sql) override {
    const std::string text(sql);
    PGresult* res = PQexec(conn_, text.c_str());
    const auto status = PQresultStatus(res);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
      Error e = pg_error(conn_, res, sql);
      PQclear(res);
      return std::unexpected(std::move(e));
    }
    PQclear(res);
    return {};
  }

  Dialect dialect() const override { return Dialect::postgres; }

  bool healthy() const { return PQstatus(conn_) == CONNECTION_OK; }
  void reset() {
    PQreset(conn_);
    cache_.clear();
  }

 private:
  const std::string& translated(std::string_view sql) {
    std::string key(sql);
    auto it = cache_.find(key);
    if (it == cache_.end()) it = cache_.emplace(key, renumber_placeholders(sql)).first;
    return it->second;
  }

  PGconn* conn_;
  std::unordered_map<std::string, std::string> cache_;
  std::int64_t changes_ = 0;
};

Result<std::unique_ptr<PgConnection>> connect(const std::string& url) {
  PGconn* conn = PQconnectdb(url.c_str());
  if (PQstatus(conn) != CONNECTION_OK) {
    Error e{ErrorCode::internal, "无法连接数据库", {}, PQerrorMessage(conn)};
    PQfinish(conn);
    return std::unexpected(std::move(e));
  }
  auto c = std::make_unique<PgConnection>(conn);
  // Timestamps are integers; keep the server quiet about notices in our logs.
  if (auto st = c->exec_script("SET client_min_messages = warning"); !st)
    return std::unexpected(st.error());
  return c;
}

class PgDatabase final : public Database {
 public:
  PgDatabase(std::string url, int pool_size) : url_(std::move(url)), max_(std::max(1, pool_size)) {}

  Status write(const std::function<Status(Connection&)>& fn) override {
    return with_transaction("BEGIN", fn);
  }
  Status read(const std::function<Status(Connection&)>& fn) override {
    return with_transaction("BEGIN READ ONLY", fn);
  }
  Dialect dialect() const override { return Dialect::postgres; }

  PoolStats stats() const override {
    std::lock_guard lock(mu_);
    return PoolStats{opened_, opened_ - static_cast<int>(free_.size()), waits_};
  }

  bool ping() override {
    return read([](Connection& c) -> Status { return c.exec("SELECT 1"); }).has_value();
  }

  Status open_first() {
    DAIBIAO_TRY(auto c, connect(url_));
    std::lock_guard lock(mu_);
    ++opened_;
    free_.push_back(std::move(c));
    return {};
  }

 private:
  Status with_transaction(const char* begin, const std::function<Status(Connection&)>& fn) {
    DAIBIAO_TRY(auto conn, acquire());
    PgConnection& c = *conn;
    Status result = c.exec(begin);
    if (result) {
      result = fn(c);
      if (result) {
        if (auto st = c.exec("COMMIT"); !st) result = st;
      } else {
        (void)c.exec("ROLLBACK");
      }
    }
    release(std::move(conn));
    return result;
  }

  Result<std::unique_ptr<PgConnection>> acquire() {
    std::unique_lock lock(mu_);
    if (free_.empty() && opened_ < max_) {
      ++opened_;
      lock.unlock();
      auto c = connect(url_);
      if (!c) {
        std::lock_guard relock(mu_);
        --opened_;
        cv_.notify_one();
      }
      return c;
    }
    if (free_.empty()) ++waits_;
    cv_.wait(lock, [&] { return !free_.empty(); });
    auto c = std::move(free_.back());
    free_.pop_back();
    return c;
  }

  void release(std::unique_ptr<PgConnection> c) {
    // A connection lost mid-request is reset before anyone else gets it.
    if (!c->healthy()) c->reset();
    {
      std::lock_guard lock(mu_);
      free_.push_back(std::move(c));
    }
    cv_.notify_one();
  }

  std::string url_;
  int max_;
  mutable std::mutex mu_;
  std::condition_variable cv_;
  std::vector<std::unique_ptr<PgConnection>> free_;
  int opened_ = 0;
  std::int64_t waits_ = 0;
};

}  // namespace

Result<std::unique_ptr<Database>> open_postgres(const std::string& url, int pool_size) {
  auto db = std::make_unique<PgDatabase>(url, pool_size);
  if (auto st = db->open_first(); !st) return std::unexpected(st.error());
  return db;
}

}  // namespace daibiao::storage
