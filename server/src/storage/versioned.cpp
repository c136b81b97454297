#include "storage/versioned.hpp"

namespace daibiao::storage {
namespace {

Status stale_or_missing(Connection& c, const std::string& table, std::int64_t id) {
  DAIBIAO_TRY(auto exists, c.query("SELECT version FROM " + table + " WHERE id = ?", {id}));
  if (exists.empty()) return fail(ErrorCode::not_found, "记录不存在");
  return fail(ErrorCode::conflict,
              "该记录已被他人修改，请刷新后重试（当前版本 " + exists.front().text(0) + "）");
}

}  // namespace

Result<std::int64_t> insert_versioned(Connection& c, const std::string& table,
                                      const std::string& columns, std::vector<Value> values,
                                      std::int64_t now) {
  std::string marks;
  for (std::size_t i = 0; i < values.size() + 2; ++i) marks += i == 0 ? "?" : ", ?";
  values.emplace_back(now);
  values.emplace_back(now);
  DAIBIAO_TRY(auto row,
              c.query_one("INSERT INTO " + table + " (" + columns +
                              ", created_at, updated_at) VALUES (" + marks + ") RETURNING id",
                          values));
  return row.i64(0);
}

Result<std::int64_t> update_versioned(Connection& c, const std::string& table, std::int64_t id,
                                      std::int64_t expected_version, const std::string& set_sql,
                                      std::vector<Value> params, std::int64_t now) {
  params.emplace_back(now);
  params.emplace_back(id);
  params.emplace_back(expected_version);
  DAIBIAO_TRY(auto rows,
              c.query("UPDATE " + table + " SET " + set_sql +
                          ", version = version + 1, updated_at = ? WHERE id = ? AND version = ? "
                          "RETURNING version",
                      params));
  if (rows.empty()) {
    auto st = stale_or_missing(c, table, id);
    return std::unexpected(st.error());
  }
  return rows.front().i64(0);
}

Status delete_versioned(Connection& c, const std::string& table, std::int64_t id,
                        std::int64_t expected_version) {
  auto st =
      c.exec("DELETE FROM " + table + " WHERE id = ? AND version = ?", {id, expected_version});
  if (!st) {
    if (st.error().code == ErrorCode::invalid_argument)  // a foreign key still points here
      return fail(ErrorCode::failed_precondition, "仍有其他记录引用它，不能删除",
                  st.error().log_detail);
    return st;
  }
  if (c.changes() == 0) return stale_or_missing(c, table, id);
  return {};
}

}  // namespace daibiao::storage
