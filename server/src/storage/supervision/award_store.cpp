#include "storage/supervision/award_store.hpp"

#include "storage/list_query.hpp"
#include "storage/values.hpp"
#include "storage/versioned.hpp"

namespace daibiao::storage {

namespace sv = supervision;

namespace {

const char* const kRoundColumns =
    "r.id, r.org_node_id, r.org_path, n.name, r.year, r.kind, r.title, r.quota, r.note, r.status, "
    "r.published_at, (SELECT COUNT(*) FROM award_nominations an WHERE an.round_id = r.id), "
    "r.version, r.created_at, r.updated_at";
const char* const kRoundFrom = "award_rounds r JOIN org_nodes n ON n.id = r.org_node_id";

AwardRoundRow round_from(const Row& r) {
  return {.id = r.i64(0),
          .org_node_id = r.i64(1),
          .org_path = r.text(2),
          .org_name = r.text(3),
          .year = static_cast<int>(r.i64(4)),
          .kind = parse<sv::AwardKind>(r.text(5)).value_or(sv::AwardKind::suggestion),
          .title = r.text(6),
          .quota = static_cast<int>(r.i64(7)),
          .note = r.text(8),
          .status = parse<sv::RoundStatus>(r.text(9)).value_or(sv::RoundStatus::nominating),
          .published_at = r.opt_i64(10),
          .criteria = {},
          .nominations = r.i64(11),
          .version = r.i64(12),
          .created_at = r.i64(13),
          .updated_at = r.i64(14)};
}

std::optional<int> opt_int(const Row& r, std::size_t i) {
  auto v = r.opt_i64(i);
  if (!v) return std::nullopt;
  return static_cast<int>(*v);
}

}  // namespace

Result<std::int64_t> insert_round(Connection& c, const AwardRoundRow& r, std::int64_t created_by,
                                  std::int64_t now) {
  DAIBIAO_TRY(auto id, insert_versioned(
                           c, "award_rounds",
                           "org_node_id, org_path, year, kind, title, quota, note, "
                           "status, created_by",
                           {r.org_node_id, r.org_path, std::int64_t{r.year},
                            std::string(name_of(r.kind)), r.title, std::int64_t{r.quota}, r.note,
                            std::string(name_of(sv::RoundStatus::nominating)), created_by},
                           now));
  for (std::size_t i = 0; i < r.criteria.size(); ++i)
    if (auto st = c.exec(
            "INSERT INTO award_criteria (round_id, ordinal, name, weight) VALUES (?, ?, ?, ?)",
            {id, static_cast<std::int64_t>(i), r.criteria[i].name,
             std::int64_t{r.criteria[i].weight}});
        !st)
      return std::unexpected(st.error());
  return id;
}

Result<AwardRoundRow> find_round(Connection& c, std::int64_t id) {
  auto row = c.query_one(
      std::string("SELECT ") + kRoundColumns + " FROM " + kRoundFrom + " WHERE r.id = ?", {id});
  if (!row) {
    if (row.error().code == ErrorCode::not_found) return fail(ErrorCode::not_found, "评选不存在");
    return std::unexpected(row.error());
  }
  AwardRoundRow out = round_from(*row);
  DAIBIAO_TRY(
      auto criteria,
      c.query("SELECT name, weight FROM award_criteria WHERE round_id = ? ORDER BY ordinal", {id}));
  for (const auto& cr : criteria) out.criteria.push_back({cr.text(0), static_cast<int>(cr.i64(1))});
  return out;
}

Result<ListPage<AwardRoundRow>> list_rounds(Connection& c, const ListRequest& req,
                                            const std::vector<std::string>& scope_paths) {
  static const ListSpec spec{
      .from = kRoundFrom,
      .sortable = {{"year", "r.year"}, {"title", "r.title"}, {"created_at", "r.created_at"}},
      .filterable = {{"org_node_id", {"r.org_node_id", FilterKind::integer}},
                     {"year", {"r.year", FilterKind::integer}},
                     {"kind", {"r.kind", FilterKind::text}},
                     {"status", {"r.status", FilterKind::text}}},
      .text_columns = {"r.title"},
      .default_order = "r.year DESC, r.created_at DESC",
      .tie_breaker = "r.id"};
  std::vector<Value> params;
  const std::string scope = scope_clause("r.org_path", scope_paths, params);
  return list_rows<AwardRoundRow>(c, spec, req, scope, params, kRoundColumns, round_from);
}

Status set_round_status(Connection& c, std::int64_t id, std::int64_t version,
                        sv::RoundStatus status, std::int64_t now) {
  const bool published = status == sv::RoundStatus::published;
  auto v = update_versioned(c, "award_rounds", id, version, "status = ?, published_at = ?",
                            {std::string(name_of(status)), published ? Value(now) : Value(nullptr)},
                            now);
  if (!v) return std::unexpected(v.error());
  return {};
}

Result<std::optional<AwardTargetRow>> find_target(Connection& c, sv::AwardKind kind,
                                                  std::int64_t id, const std::string& path) {
  const std::string under = path + "%";
  Result<Rows> rows = Rows{};
  switch (kind) {
    case sv::AwardKind::suggestion:
      rows = c.query(
          "SELECT s.title, s.state, s.session_year, 1 FROM suggestions s WHERE s.id = ? AND "
          "s.org_path LIKE ?",
          {id, under});
      break;
    case sv::AwardKind::unit:
      rows = c.query(
          "SELECT u.name, '', 0, u.active FROM handling_units u JOIN org_nodes n ON n.id = "
          "u.org_node_id WHERE u.id = ? AND n.path LIKE ?",
          {id, under});
      break;
    case sv::AwardKind::deputy:
      rows = c.query(
          "SELECT p.name, '', 0, 1 FROM persons p WHERE p.id = ? AND EXISTS (SELECT 1 FROM "
          "mandates m JOIN org_nodes n ON n.id = m.org_node_id WHERE m.person_id = p.id AND "
          "m.status = 'serving' AND n.path LIKE ?)",
          {id, under});
      break;
  }
  if (!rows) return std::unexpected(rows.error());
  if (rows->empty()) return std::optional<AwardTargetRow>();
  const auto& r = rows->front();
  return std::optional<AwardTargetRow>(AwardTargetRow{.name = r.text(0),
                                                      .state = r.text(1),
                                                      .year = static_cast<int>(r.i64(2)),
                                                      .active = r.boolean(3)});
}

Result<std::int64_t> insert_nomination(Connection& c, std::int64_t round_id,
                                       const AwardNominationRow& n, std::int64_t now) {
  auto rows = c.query(
      "INSERT INTO award_nominations (round_id, target_id, target_name, reason, "
      "nominated_by_name, created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
      {round_id, n.target_id, n.target_name, n.reason, n.nominated_by_name, now});
  if (!rows) {
    if (rows.error().code == ErrorCode::conflict)
      return std::unexpected(
          Error{ErrorCode::conflict, "已经提名过", {{"target_id", "本次评选已提名过"}}, {}});
    return std::unexpected(rows.error());
  }
  return rows->front().i64(0);
}

Status delete_nomination(Connection& c, std::int64_t round_id, std::int64_t nomination_id) {
  DAIBIAO_TRY(auto found, c.query("SELECT 1 FROM award_nominations WHERE id = ? AND round_id = ?",
                                  {nomination_id, round_id}));
  if (found.empty()) return fail(ErrorCode::not_found, "提名不存在");
  if (auto st = c.exec("DELETE FROM award_sheets WHERE nomination_id = ?", {nomination_id}); !st)
    return st;
  return c.exec("DELETE FROM award_nominations WHERE id = ?", {nomination_id});
}

Result<std::vector<AwardNominationRow>> round_nominations(Connection& c, std::int64_t round_id) {
  DAIBIAO_TRY(auto rows,
              c.query("SELECT id, round_id, target_id, target_name, reason, nominated_by_name, "
                      "score_centi, rank_no, awarded, created_at FROM award_nominations WHERE "
                      "round_id = ? ORDER BY CASE WHEN rank_no IS NULL THEN 1 ELSE 0 END, rank_no, "
                      "id",
                      {round_id}));
  std::vector<AwardNominationRow> out;
  out.reserve(rows.size());
  for (const auto& r : rows)
    out.push_back({.id = r.i64(0),
                   .round_id = r.i64(1),
                   .target_id = r.i64(2),
                   .target_name = r.text(3),
                   .reason = r.text(4),
                   .nominated_by_name = r.text(5),
                   .score_centi = opt_int(r, 6),
                   .rank = opt_int(r, 7),
                   .awarded = r.boolean(8),
                   .created_at = r.i64(9)});
  return out;
}

Result<std::vector<AwardSheetRow>> round_sheets(Connection& c, std::int64_t round_id) {
  DAIBIAO_TRY(auto rows,
              c.query("SELECT s.nomination_id, s.user_id, s.user_name, s.scores, s.total_centi "
                      "FROM award_sheets s JOIN award_nominations n ON n.id = s.nomination_id "
                      "WHERE n.round_id = ? ORDER BY s.nomination_id, s.user_id",
                      {round_id}));
  std::vector<AwardSheetRow> out;
  out.reserve(rows.size());
  for (const auto& r : rows)
    out.push_back(
        {r.i64(0), r.i64(1), r.text(2), sv::split_scores(r.text(3)), static_cast<int>(r.i64(4))});
  return out;
}

Status save_sheet(Connection& c, const AwardSheetRow& s, std::int64_t now) {
  if (auto st = c.exec("DELETE FROM award_sheets WHERE nomination_id = ? AND user_id = ?",
                       {s.nomination_id, s.user_id});
      !st)
    return st;
  return c.exec(
      "INSERT INTO award_sheets (nomination_id, user_id, user_name, scores, total_centi, "
      "updated_at) VALUES (?, ?, ?, ?, ?, ?)",
      {s.nomination_id, s.user_id, s.user_name, sv::join_scores(s.scores),
       std::int64_t{s.total_centi}, now});
}

Status save_results(Connection& c, const std::vector<sv::Ranked>& ranked) {
  for (const auto& r : ranked)
    if (auto st = c.exec(
            "UPDATE award_nominations SET score_centi = ?, rank_no = ?, awarded = ? WHERE id = ?",
            {std::int64_t{r.score_centi}, std::int64_t{r.rank}, std::int64_t{r.awarded}, r.id});
        !st)
      return st;
  return {};
}

Result<std::vector<AwardHonourRow>> honours_of(Connection& c, sv::AwardKind kind,
                                               std::int64_t target_id) {
  DAIBIAO_TRY(auto rows,
              c.query("SELECT r.id, r.title, o.name, r.year, an.id, an.target_name, "
                      "an.score_centi, an.rank_no, r.published_at FROM award_nominations an "
                      "JOIN award_rounds r ON r.id = an.round_id JOIN org_nodes o ON o.id = "
                      "r.org_node_id WHERE an.target_id = ? AND an.awarded = 1 AND r.kind = ? AND "
                      "r.status = 'published' ORDER BY r.year DESC, r.id DESC",
                      {target_id, std::string(name_of(kind))}));
  std::vector<AwardHonourRow> out;
  out.reserve(rows.size());
  for (const auto& r : rows)
    out.push_back({.round_id = r.i64(0),
                   .round_title = r.text(1),
                   .org_name = r.text(2),
                   .year = static_cast<int>(r.i64(3)),
                   .nomination_id = r.i64(4),
                   .target_name = r.text(5),
                   .score_centi = static_cast<int>(r.i64(6)),
                   .rank = static_cast<int>(r.i64(7)),
                   .published_at = r.opt_i64(8)});
  return out;
}

}  // namespace daibiao::storage
