#include "storage/migrate.hpp"

#include "platform/crypto.hpp"

namespace daibiao::storage {
namespace {

constexpr const char* kCreateTable =
    "CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY, name TEXT NOT NULL, "
    "applied_at BIGINT NOT NULL)";

Result<int> read_version(Connection& c) {
  if (auto st = c.exec(kCreateTable); !st) return std::unexpected(st.error());
  auto row = c.query_one("SELECT COALESCE(MAX(version), 0) FROM schema_migrations");
  if (!row) return std::unexpected(row.error());
  return static_cast<int>(row->i64(0));
}

Status newer_than_binary(int db_version, int latest) {
  return fail(ErrorCode::failed_precondition, "数据库结构版本 " + std::to_string(db_version) +
                                                  " 比本程序支持的版本 " + std::to_string(latest) +
                                                  " 新：请使用更新的 daibiao，拒绝继续");
}

}  // namespace

int latest_schema_version(Dialect dialect) {
  const auto& all = migrations_for(dialect);
  return all.empty() ? 0 : all.back().number;
}

Result<int> current_schema_version(Database& db) {
  int version = 0;
  auto st = db.write([&](Connection& c) -> Status {
    // Concurrent first runs on PostgreSQL would race on CREATE TABLE IF NOT EXISTS.
    if (c.dialect() == Dialect::postgres)
      if (auto lock = c.exec("SELECT pg_advisory_xact_lock(4242001)"); !lock) return lock;
    auto v = read_version(c);
    if (!v) return std::unexpected(v.error());
    version = *v;
    return {};
  });
  if (!st) return std::unexpected(st.error());
  return version;
}

Result<MigrateReport> migrate(Database& db) {
  MigrateReport report;
  const int latest = latest_schema_version(db.dialect());
  auto before = current_schema_version(db);
  if (!before) return std::unexpected(before.error());
  if (*before > latest) return std::unexpected(newer_than_binary(*before, latest).error());
  report.from_version = report.to_version = *before;
  platform::SystemClock clock;
  for (const Migration& m : migrations_for(db.dialect())) {
    if (m.number <= report.to_version) continue;
    bool applied = false;
    auto st = db.write([&](Connection& c) -> Status {
      // Several nodes may run `migrate` at once on PostgreSQL: serialise them and re-check.
      if (c.dialect() == Dialect::postgres)
        if (auto lock = c.exec("SELECT pg_advisory_xact_lock(4242001)"); !lock) return lock;
      auto version = read_version(c);
      if (!version) return std::unexpected(version.error());
      if (*version >= m.number) return {};
      if (auto s = c.exec_script(m.sql); !s) {
        Error e = s.error();
        e.log_detail = std::string("migration ") + m.name + ": " + e.log_detail;
        return std::unexpected(e);
      }
      applied = true;
      return c.exec("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                    {std::int64_t{m.number}, std::string(m.name), clock.now_ms()});
    });
    if (!st) return std::unexpected(st.error());
    if (applied) report.applied.emplace_back(m.name);
    report.to_version = m.number;
  }
  return report;
}

Status check_schema_current(Database& db) {
  auto v = current_schema_version(db);
  if (!v) return std::unexpected(v.error());
  const int latest = latest_schema_version(db.dialect());
  if (*v > latest) return newer_than_binary(*v, latest);
  if (*v < latest)
    return fail(ErrorCode::failed_precondition, "数据库结构版本 " + std::to_string(*v) +
                                                    " 旧于程序版本 " + std::to_string(latest) +
                                                    "：请先运行 daibiao migrate");
  return {};
}

}  // namespace daibiao::storage
