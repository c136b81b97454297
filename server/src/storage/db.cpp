#include "storage/db.hpp"

#include <charconv>

#include "storage/postgres/pg_database.hpp"
#include "storage/sqlite/sqlite_database.hpp"

namespace daibiao::storage {

bool Row::is_null(std::size_t i) const {
  return std::holds_alternative<std::nullptr_t>(values_.at(i));
}

std::int64_t Row::i64(std::size_t i) const {
  const Value& v = values_.at(i);
  if (auto p = std::get_if<std::int64_t>(&v)) return *p;
  if (auto p = std::get_if<double>(&v)) return static_cast<std::int64_t>(*p);
  if (auto p = std::get_if<std::string>(&v)) {
    std::int64_t out = 0;
    std::from_chars(p->data(), p->data() + p->size(), out);
    return out;
  }
  return 0;
}

std::string Row::text(std::size_t i) const {
  const Value& v = values_.at(i);
  if (auto p = std::get_if<std::string>(&v)) return *p;
  if (auto p = std::get_if<std::int64_t>(&v)) return std::to_string(*p);
  if (auto p = std::get_if<double>(&v)) return std::to_string(*p);
  return {};
}

std::optional<std::int64_t> Row::opt_i64(std::size_t i) const {
  if (is_null(i)) return std::nullopt;
  return i64(i);
}

std::optional<std::string> Row::opt_text(std::size_t i) const {
  if (is_null(i)) return std::nullopt;
  return text(i);
}

Result<Row> Connection::query_one(std::string_view sql, const std::vector<Value>& params) {
  DAIBIAO_TRY(auto rows, query(sql, params));
  if (rows.empty()) return fail(ErrorCode::not_found, "记录不存在");
  return std::move(rows.front());
}

Status Connection::exec(std::string_view sql, const std::vector<Value>& params) {
  auto rows = query(sql, params);
  if (!rows) return std::unexpected(rows.error());
  return {};
}

Result<std::unique_ptr<Database>> open_database(const std::string& url, int pool_size) {
  constexpr std::string_view kSqlite = "sqlite://";
  if (url.starts_with(kSqlite)) {
    std::string path = url.substr(kSqlite.size());
    if (path.empty() || path.front() != '/')
      return fail(ErrorCode::invalid_argument, "SQLite 地址须为 sqlite:///绝对路径.db");
    return open_sqlite(path, pool_size);
  }
  if (url.starts_with("postgresql://") || url.starts_with("postgres://")) {
    return open_postgres(url, pool_size);
  }
  return fail(ErrorCode::invalid_argument,
              "不支持的数据库地址：应为 sqlite:///path.db 或 postgresql://user@host:port/db");
}

Error duplicate_error(const std::vector<std::string>& columns, std::string log_detail) {
  Error e{ErrorCode::conflict, "记录重复：已存在相同的记录", {}, std::move(log_detail)};
  for (const auto& c : columns)
    e.fields.push_back({c, c == "code"       ? "该编码已被使用"
                           : c == "username" ? "用户名已被使用"
                                             : "已存在相同的值"});
  return e;
}

std::string like_contains(std::string_view needle) {
  std::string out = "%";
  for (char c : needle) {
    if (c == '%' || c == '_' || c == '\\') out.push_back('\\');
    out.push_back(c);
  }
  out.push_back('%');
  return out;
}

}  // namespace daibiao::storage
