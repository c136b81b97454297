#include "storage/supervision/funding_store.hpp"

#include "storage/list_query.hpp"
#include "storage/suggestions/suggestion_board.hpp"
#include "storage/values.hpp"
#include "storage/versioned.hpp"

namespace daibiao::storage {

namespace sv = supervision;

namespace {

const char* const kPoolColumns =
    "p.id, p.org_node_id, p.org_path, n.name, p.year, p.name, p.source, p.budget_line, p.note, "
    "p.total_fen, p.granted_fen, p.spent_fen, p.status, (SELECT COUNT(*) FROM funding_requests r "
    "WHERE r.pool_id = p.id), p.version, p.created_at, p.updated_at";
const char* const kPoolFrom = "fund_pools p JOIN org_nodes n ON n.id = p.org_node_id";

FundPoolRow pool_from(const Row& r) {
  return {.id = r.i64(0),
          .org_node_id = r.i64(1),
          .org_path = r.text(2),
          .org_name = r.text(3),
          .year = static_cast<int>(r.i64(4)),
          .name = r.text(5),
          .source = parse<sv::FundSource>(r.text(6)).value_or(sv::FundSource::special_fund),
          .budget_line = r.text(7),
          .note = r.text(8),
          .balance = {.total_fen = r.i64(9), .granted_fen = r.i64(10), .spent_fen = r.i64(11)},
          .status = parse<sv::PoolStatus>(r.text(12)).value_or(sv::PoolStatus::open),
          .requests = r.i64(13),
          .version = r.i64(14),
          .created_at = r.i64(15),
          .updated_at = r.i64(16)};
}

const char* const kRequestColumns =
    "r.id, r.suggestion_id, s.number, s.title, s.state, r.org_node_id, r.org_path, r.unit_id, "
    "u.name, r.asked_fen, r.purpose, r.status, r.pool_id, p.name, r.granted_fen, r.spent_fen, "
    "r.decision_note, r.asked_by_name, r.decided_by_name, r.decided_at, r.version, r.created_at, "
    "r.updated_at";
const char* const kRequestFrom =
    "funding_requests r JOIN suggestions s ON s.id = r.suggestion_id LEFT JOIN handling_units u "
    "ON u.id = r.unit_id LEFT JOIN fund_pools p ON p.id = r.pool_id";

FundingRequestRow request_from(const Row& r) {
  return {.id = r.i64(0),
          .suggestion_id = r.i64(1),
          .suggestion_number = r.opt_i64(2),
          .suggestion_title = r.text(3),
          .suggestion_state = r.text(4),
          .org_node_id = r.i64(5),
          .org_path = r.text(6),
          .unit_id = r.opt_i64(7),
          .unit_name = r.text(8),
          .asked_fen = r.i64(9),
          .purpose = r.text(10),
          .status = parse<sv::RequestStatus>(r.text(11)).value_or(sv::RequestStatus::asked),
          .pool_id = r.opt_i64(12),
          .pool_name = r.text(13),
          .granted_fen = r.i64(14),
          .spent_fen = r.i64(15),
          .decision_note = r.text(16),
          .asked_by_name = r.text(17),
          .decided_by_name = r.text(18),
          .decided_at = r.opt_i64(19),
          .spends = {},
          .version = r.i64(20),
          .created_at = r.i64(21),
          .updated_at = r.i64(22)};
}

Status fill_spends(Connection& c, FundingRequestRow& r) {
  DAIBIAO_TRY(auto rows, c.query("SELECT id, amount_fen, spent_on, note, created_by_name, "
                                 "created_at FROM funding_spends WHERE request_id = ? ORDER BY id",
                                 {r.id}));
  for (const auto& s : rows)
    r.spends.push_back({s.i64(0), s.i64(1), s.text(2), s.text(3), s.text(4), s.i64(5)});
  return {};
}

// The congress already has a pool of that name that year.
std::unexpected<Error> duplicate_name() {
  return std::unexpected(
      Error{ErrorCode::conflict, "本年度已有同名资金", {{"name", "本年度已有同名资金"}}, {}});
}

// "/1/4/9/" → "/1/", "/1/4/", "/1/4/9/": the path itself and its ancestors'.
std::vector<std::string> paths_on(const std::string& path) {
  std::vector<std::string> out;
  for (std::size_t i = 1; i < path.size(); ++i)
    if (path[i] == '/') out.push_back(path.substr(0, i + 1));
  return out;
}

}  // namespace

Result<std::int64_t> insert_pool(Connection& c, const FundPoolRow& p, std::int64_t created_by,
                                 std::int64_t now) {
  auto id = insert_versioned(
      c, "fund_pools",
      "org_node_id, org_path, year, name, source, budget_line, total_fen, note, status, "
      "created_by",
      {p.org_node_id, p.org_path, std::int64_t{p.year}, p.name, std::string(name_of(p.source)),
       p.budget_line, p.balance.total_fen, p.note, std::string(name_of(sv::PoolStatus::open)),
       created_by},
      now);
  if (!id && id.error().code == ErrorCode::conflict) return duplicate_name();
  return id;
}

Result<FundPoolRow> find_pool(Connection& c, std::int64_t id) {
  auto row = c.query_one(
      std::string("SELECT ") + kPoolColumns + " FROM " + kPoolFrom + " WHERE p.id = ?", {id});
  if (!row) {
    if (row.error().code == ErrorCode::not_found) return fail(ErrorCode::not_found, "资金不存在");
    return std::unexpected(row.error());
  }
  return pool_from(*row);
}

Result<ListPage<FundPoolRow>> list_pools(Connection& c, const ListRequest& req,
                                         const std::vector<std::string>& scope_paths) {
  static const ListSpec spec{.from = kPoolFrom,
                             .sortable = {{"year", "p.year"},
                                          {"name", "p.name"},
                                          {"available_fen", "(p.total_fen - p.granted_fen)"},
                                          {"total_fen", "p.total_fen"}},
                             .filterable = {{"org_node_id", {"p.org_node_id", FilterKind::integer}},
                                            {"year", {"p.year", FilterKind::integer}},
                                            {"status", {"p.status", FilterKind::text}},
                                            {"source", {"p.source", FilterKind::text}}},
                             .text_columns = {"p.name", "p.budget_line"},
                             .default_order = "p.year DESC, p.name",
                             .tie_breaker = "p.id"};
  std::vector<Value> params;
  const std::string scope = scope_clause("p.org_path", scope_paths, params);
  return list_rows<FundPoolRow>(c, spec, req, scope, params, kPoolColumns, pool_from);
}

Result<std::vector<FundPoolRow>> pools_for_item(Connection& c, const std::string& path) {
  const auto paths = paths_on(path);
  if (paths.empty()) return std::vector<FundPoolRow>{};
  std::vector<Value> params(paths.begin(), paths.end());
  DAIBIAO_TRY(auto rows, c.query(std::string("SELECT ") + kPoolColumns + " FROM " + kPoolFrom +
                                     " WHERE p.org_path IN (" + placeholders(paths.size()) +
                                     ") AND p.status = 'open' ORDER BY p.year DESC, p.name, p.id",
                                 params));
  std::vector<FundPoolRow> out;
  out.reserve(rows.size());
  for (const auto& r : rows) out.push_back(pool_from(r));
  return out;
}

Status update_pool(Connection& c, std::int64_t id, std::int64_t version, const sv::CheckedPool& p,
                   sv::PoolStatus status, std::int64_t now) {
  auto v =
      update_versioned(c, "fund_pools", id, version,
                       "name = ?, source = ?, budget_line = ?, total_fen = ?, note = ?, status = ?",
                       {p.name, std::string(name_of(p.source)), p.budget_line, p.total_fen, p.note,
                        std::string(name_of(status))},
                       now);
  if (!v) {
    if (v.error().code == ErrorCode::conflict && !v.error().fields.empty()) return duplicate_name();
    if (v.error().code == ErrorCode::invalid_argument)  // the CHECK: granted meanwhile
      return fail_fields({{"total_fen", "资金总额不能低于已核定的金额"}});
    return std::unexpected(v.error());
  }
  return {};
}

Result<std::int64_t> insert_request(Connection& c, const FundingRequestRow& r,
                                    std::int64_t created_by, std::int64_t now) {
  return insert_versioned(
      c, "funding_requests",
      "suggestion_id, org_node_id, org_path, unit_id, asked_fen, purpose, status, asked_by_name, "
      "created_by",
      {r.suggestion_id, r.org_node_id, r.org_path, or_null(r.unit_id), r.asked_fen, r.purpose,
       std::string(name_of(sv::RequestStatus::asked)), r.asked_by_name, created_by},
      now);
}

Result<FundingRequestRow> find_request(Connection& c, std::int64_t id) {
  auto row = c.query_one(
      std::string("SELECT ") + kRequestColumns + " FROM " + kRequestFrom + " WHERE r.id = ?", {id});
  if (!row) {
    if (row.error().code == ErrorCode::not_found)
      return fail(ErrorCode::not_found, "经费申请不存在");
    return std::unexpected(row.error());
  }
  FundingRequestRow r = request_from(*row);
  if (auto st = fill_spends(c, r); !st) return std::unexpected(st.error());
  return r;
}

Result<std::vector<FundingRequestRow>> item_requests(Connection& c, std::int64_t suggestion_id) {
  DAIBIAO_TRY(auto rows, c.query(std::string("SELECT ") + kRequestColumns + " FROM " +
                                     kRequestFrom + " WHERE r.suggestion_id = ? ORDER BY r.id",
                                 {suggestion_id}));
  std::vector<FundingRequestRow> out;
  out.reserve(rows.size());
  for (const auto& row : rows) {
    out.push_back(request_from(row));
    if (auto st = fill_spends(c, out.back()); !st) return std::unexpected(st.error());
  }
  return out;
}

Result<ListPage<FundingRequestRow>> list_requests(Connection& c,
                                                  const suggestions::Visibility& visibility,
                                                  const ListRequest& req) {
  static const ListSpec spec{
      .from = kRequestFrom,
      .sortable = {{"created_at", "r.created_at"},
                   {"asked_fen", "r.asked_fen"},
                   {"granted_fen", "r.granted_fen"}},
      .filterable = {{"suggestion_id", {"r.suggestion_id", FilterKind::integer}},
                     {"status", {"r.status", FilterKind::text}},
                     {"pool_id", {"r.pool_id", FilterKind::integer}},
                     {"unit_id", {"r.unit_id", FilterKind::integer}}},
      .text_columns = {"s.title", "r.purpose"},
      .default_order = "r.created_at DESC",
      .tie_breaker = "r.id"};
  std::vector<Value> params;
  const std::string scope = visibility_sql(visibility, params);
  return list_rows<FundingRequestRow>(c, spec, req, scope, params, kRequestColumns, request_from);
}

Status save_grant(Connection& c, std::int64_t id, std::int64_t version, std::int64_t pool_id,
                  std::int64_t granted_fen, const std::string& note, const std::string& by_name,
                  std::int64_t now) {
  auto v = update_versioned(
      c, "funding_requests", id, version,
      "status = ?, pool_id = ?, granted_fen = ?, decision_note = ?, decided_by_name = ?, "
      "decided_at = ?",
      {std::string(name_of(sv::RequestStatus::granted)), pool_id, granted_fen, note, by_name, now},
      now);
  if (!v) return std::unexpected(v.error());
  DAIBIAO_TRY(auto ignored,
              c.query("UPDATE fund_pools SET granted_fen = granted_fen + ? WHERE id = ? AND "
                      "status = 'open' AND granted_fen + ? <= total_fen",
                      {granted_fen, pool_id, granted_fen}));
  (void)ignored;
  if (c.changes() != 1)
    return fail(ErrorCode::failed_precondition, "资金余额已不足或资金已关闭，请刷新后重试");
  return {};
}

Status save_refusal(Connection& c, std::int64_t id, std::int64_t version, const std::string& note,
                    const std::string& by_name, std::int64_t now) {
  auto v =
      update_versioned(c, "funding_requests", id, version,
                       "status = ?, decision_note = ?, decided_by_name = ?, decided_at = ?",
                       {std::string(name_of(sv::RequestStatus::refused)), note, by_name, now}, now);
  if (!v) return std::unexpected(v.error());
  return {};
}

Status add_spend(Connection& c, const FundingRequestRow& r, const sv::CheckedSpend& s,
                 const std::string& by_name, std::int64_t now) {
  DAIBIAO_TRY(auto ignored, c.query("UPDATE funding_requests SET spent_fen = spent_fen + ?, "
                                    "version = version + 1, updated_at = ? WHERE id = ? AND "
                                    "status = 'granted' AND spent_fen + ? <= granted_fen",
                                    {s.amount_fen, now, r.id, s.amount_fen}));
  (void)ignored;
  if (c.changes() != 1)
    return fail(ErrorCode::failed_precondition, "累计支出将超过核定金额，请刷新后重试");
  if (auto st = c.exec("UPDATE fund_pools SET spent_fen = spent_fen + ? WHERE id = ?",
                       {s.amount_fen, r.pool_id.value_or(0)});
      !st)
    return st;
  return c.exec(
      "INSERT INTO funding_spends (request_id, amount_fen, spent_on, note, created_by_name, "
      "created_at) VALUES (?, ?, ?, ?, ?, ?)",
      {r.id, s.amount_fen, format_date(s.spent_on), s.note, by_name, now});
}

}  // namespace daibiao::storage
