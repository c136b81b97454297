#include "storage/people/sealed_values.hpp"

namespace daibiao::storage {
namespace {

struct SealedColumns {
  const char* table;
  std::vector<const char*> columns;
};

// The only tables and columns holding sealed values (names are never taken from input).
Result<SealedColumns> columns_of(const std::string& table) {
  if (table == "persons") return SealedColumns{"persons", {"id_sealed", "phone_sealed"}};
  if (table == "users") return SealedColumns{"users", {"totp_secret", "totp_pending"}};
  return fail(ErrorCode::invalid_argument, "unknown sealed table " + table);
}

// "(col <> '' AND col NOT LIKE ?) OR …" with one parameter per column.
std::string stale_condition(const SealedColumns& t, const std::string& prefix,
                            std::vector<Value>& params) {
  std::string where;
  for (const char* col : t.columns) {
    if (!where.empty()) where += " OR ";
    where += std::string("(COALESCE(") + col + ", '') <> '' AND " + col + " NOT LIKE ?)";
    params.emplace_back(prefix + "%");
  }
  return "(" + where + ")";
}

}  // namespace

Result<std::vector<SealedRow>> rows_sealed_under_older_keys(Connection& c, const std::string& table,
                                                            const std::string& current_prefix,
                                                            std::int64_t after_id, int limit) {
  DAIBIAO_TRY(auto t, columns_of(table));
  std::vector<Value> params;
  std::string cols;
  for (const char* col : t.columns) cols += std::string(", COALESCE(") + col + ", '')";
  const std::string where = stale_condition(t, current_prefix, params);
  params.emplace_back(after_id);
  params.emplace_back(static_cast<std::int64_t>(limit));
  DAIBIAO_TRY(auto rows, c.query(std::string("SELECT id") + cols + " FROM " + t.table + " WHERE " +
                                     where + " AND id > ? ORDER BY id LIMIT ?",
                                 params));
  std::vector<SealedRow> out;
  for (const Row& r : rows) {
    SealedRow s{table, r.i64(0), {}};
    for (std::size_t i = 0; i < t.columns.size(); ++i) s.values.push_back(r.text(i + 1));
    out.push_back(std::move(s));
  }
  return out;
}

Result<bool> reseal_row(Connection& c, const SealedRow& old_values,
                        const std::vector<std::string>& new_values, const std::string& id_hash) {
  DAIBIAO_TRY(auto t, columns_of(old_values.table));
  std::string set, same;
  std::vector<Value> params;
  for (std::size_t i = 0; i < t.columns.size(); ++i) {
    const std::string col = t.columns[i];
    if (!set.empty()) set += ", ";
    // NULL stays NULL (users' optional secrets); '' stays ''.
    set += col + " = CASE WHEN " + col + " IS NULL THEN NULL ELSE ? END";
    params.emplace_back(new_values.at(i));
  }
  if (old_values.table == "persons") {
    set += ", id_hash = ?";
    params.emplace_back(id_hash);
  }
  params.emplace_back(old_values.id);
  for (std::size_t i = 0; i < t.columns.size(); ++i) {
    same += std::string(" AND COALESCE(") + t.columns[i] + ", '') = ?";
    params.emplace_back(old_values.values.at(i));
  }
  auto rows = c.query(
      std::string("UPDATE ") + t.table + " SET " + set + " WHERE id = ?" + same + " RETURNING id",
      params);
  if (!rows) return std::unexpected(rows.error());
  return !rows->empty();
}

Result<std::int64_t> count_sealed_under_older_keys(Connection& c, const std::string& table,
                                                   const std::string& current_prefix) {
  DAIBIAO_TRY(auto t, columns_of(table));
  std::vector<Value> params;
  const std::string where = stale_condition(t, current_prefix, params);
  auto row =
      c.query_one(std::string("SELECT COUNT(*) FROM ") + t.table + " WHERE " + where, params);
  if (!row) return std::unexpected(row.error());
  return row->i64(0);
}

}  // namespace daibiao::storage
