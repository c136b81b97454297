#include "storage/supervision/sampling_store.hpp"

#include <map>

#include "domain/org/org.hpp"
#include "storage/values.hpp"
#include "storage/versioned.hpp"

namespace daibiao::storage {

namespace sv = supervision;

namespace {

const char* const kDrawColumns =
    "d.id, d.org_node_id, d.org_path, n.name, d.title, d.session_id, t.number, cs.number, "
    "d.stage, d.filter_unit_id, fu.name, d.filter_category, d.filter_star_level, d.strata, "
    "d.sample_size, d.seed_source, d.seed, d.status, d.population_size, d.population_hash, "
    "d.announced_by, au.display_name, d.seeded_at, d.drawn_at, d.drawn_by, du.display_name, "
    "d.version, d.created_at, d.updated_at, d.pass_score, d.published_at";

const char* const kDrawFrom =
    "sampling_draws d JOIN org_nodes n ON n.id = d.org_node_id "
    "JOIN congress_sessions cs ON cs.id = d.session_id JOIN terms t ON t.id = cs.term_id "
    "LEFT JOIN handling_units fu ON fu.id = d.filter_unit_id "
    "JOIN users au ON au.id = d.announced_by LEFT JOIN users du ON du.id = d.drawn_by";

sv::Draw draw_from(const Row& r) {
  sv::Draw d;
  d.id = r.i64(0);
  d.org_node_id = r.i64(1);
  d.org_path = r.text(2);
  d.org_name = r.text(3);
  d.title = r.text(4);
  d.session_id = r.i64(5);
  d.session_title = org::session_title(static_cast<int>(r.i64(6)), static_cast<int>(r.i64(7)));
  d.stage = parse<sv::Stage>(r.text(8)).value_or(sv::Stage::assigned);
  d.filter_unit_id = r.opt_i64(9);
  d.filter_unit_name = r.text(10);
  d.filter_category = r.text(11);
  if (auto star = r.opt_i64(12)) d.filter_star_level = static_cast<int>(*star);
  d.strata = parse<sv::Strata>(r.text(13)).value_or(sv::Strata::none);
  d.sample_size = static_cast<int>(r.i64(14));
  d.seed_source = r.text(15);
  d.seed = r.opt_text(16);
  d.status = parse<sv::DrawStatus>(r.text(17)).value_or(sv::DrawStatus::announced);
  d.population_size = static_cast<int>(r.i64(18));
  d.population_hash = r.text(19);
  d.announced_by = r.i64(20);
  d.announced_by_name = r.text(21);
  d.seeded_at = r.opt_i64(22);
  d.drawn_at = r.opt_i64(23);
  d.drawn_by = r.opt_i64(24);
  d.drawn_by_name = r.text(25);
  d.version = r.i64(26);
  d.created_at = r.i64(27);
  d.updated_at = r.i64(28);
  d.pass_score = static_cast<int>(r.i64(29));
  d.published_at = r.opt_i64(30);
  return d;
}

const ListSpec& draw_list_spec() {
  static const ListSpec spec{
      .from = kDrawFrom,
      .sortable = {{"id", "d.id"},
                   {"created_at", "d.created_at"},
                   {"title", "d.title"},
                   {"status", "d.status"}},
      .filterable = {{"status", {"d.status", FilterKind::text}},
                     {"session_id", {"d.session_id", FilterKind::integer}},
                     {"org_node_id", {"d.org_node_id", FilterKind::integer}}},
      .text_columns = {"d.title"},
      .default_order = "d.created_at DESC",
      .tie_breaker = "d.id"};
  return spec;
}

}  // namespace

Result<std::vector<sv::PopulationMember>> select_population(Connection& c,
                                                            const PopulationQuery& q) {
  std::string states;
  for (auto s : sv::stage_states(q.stage))
    states += std::string(states.empty() ? "'" : ", '") + std::string(name_of(s)) + "'";
  // Merged items (parent_id set) are handled through the item they were merged into.
  std::string sql =
      "SELECT s.id, s.lead_unit_id, s.category, s.answer_class FROM suggestions s "
      "WHERE s.session_id = ? AND s.parent_id IS NULL AND s.state IN (" +
      states + ")";
  std::vector<Value> params{q.session_id};
  if (q.unit_id) {
    sql += " AND s.lead_unit_id = ?";
    params.emplace_back(*q.unit_id);
  }
  if (!q.category.empty()) {
    sql += " AND s.category = ?";
    params.emplace_back(q.category);
  }
  if (q.star_level) {
    sql += " AND s.star_level = ?";
    params.emplace_back(std::int64_t{*q.star_level});
  }
  DAIBIAO_TRY(auto rows, c.query(sql + " ORDER BY s.id", params));
  std::vector<sv::PopulationMember> out;
  out.reserve(rows.size());
  for (const auto& r : rows)
    out.push_back({r.i64(0), sv::stratum_value(q.strata, r.opt_i64(1), r.text(2), r.text(3))});
  return out;
}

Result<std::int64_t> insert_draw(Connection& c, const sv::Draw& d,
                                 const std::vector<sv::PopulationMember>& population,
                                 std::int64_t now) {
  DAIBIAO_TRY(
      auto id,
      insert_versioned(
          c, "sampling_draws",
          "org_node_id, org_path, title, session_id, stage, filter_unit_id, filter_category, "
          "filter_star_level, strata, sample_size, seed_source, seed, seeded_at, status, "
          "population_size, population_hash, announced_by, pass_score",
          {d.org_node_id, d.org_path, d.title, d.session_id, std::string(name_of(d.stage)),
           or_null(d.filter_unit_id),
           d.filter_category.empty() ? Value(nullptr) : Value(d.filter_category),
           d.filter_star_level ? Value(std::int64_t{*d.filter_star_level}) : Value(nullptr),
           std::string(name_of(d.strata)), std::int64_t{d.sample_size}, d.seed_source,
           or_null(d.seed), d.seed ? Value(now) : Value(nullptr), std::string(name_of(d.status)),
           std::int64_t{d.population_size}, d.population_hash, d.announced_by,
           std::int64_t{d.pass_score}},
          now));
  for (std::size_t i = 0; i < d.criteria.size(); ++i)
    if (auto st = c.exec(
            "INSERT INTO sampling_criteria (draw_id, ordinal, name, weight) VALUES (?, ?, ?, ?)",
            {id, static_cast<std::int64_t>(i + 1), d.criteria[i].name,
             std::int64_t{d.criteria[i].weight}});
        !st)
      return std::unexpected(st.error());
  for (const auto& m : population)
    if (auto st = c.exec(
            "INSERT INTO sampling_population (draw_id, suggestion_id, stratum) VALUES (?, ?, ?)",
            {id, m.suggestion_id, m.stratum});
        !st)
      return std::unexpected(st.error());
  return id;
}

Result<sv::Draw> find_draw(Connection& c, std::int64_t id) {
  DAIBIAO_TRY(auto row, c.query_one(std::string("SELECT ") + kDrawColumns + " FROM " + kDrawFrom +
                                        " WHERE d.id = ?",
                                    {id}));
  auto d = draw_from(row);
  DAIBIAO_TRY(auto criteria, c.query("SELECT name, weight FROM sampling_criteria WHERE draw_id = ? "
                                     "ORDER BY ordinal",
                                     {id}));
  for (const auto& r : criteria) d.criteria.push_back({r.text(0), static_cast<int>(r.i64(1))});
  return d;
}

Result<std::vector<sv::PopulationMember>> load_population(Connection& c, std::int64_t draw_id) {
  DAIBIAO_TRY(auto rows, c.query("SELECT suggestion_id, stratum FROM sampling_population "
                                 "WHERE draw_id = ? ORDER BY suggestion_id",
                                 {draw_id}));
  std::vector<sv::PopulationMember> out;
  out.reserve(rows.size());
  for (const auto& r : rows) out.push_back({r.i64(0), r.text(1)});
  return out;
}

Status save_seed(Connection& c, std::int64_t id, std::int64_t version, const std::string& seed,
                 std::int64_t now) {
  auto v = update_versioned(c, "sampling_draws", id, version, "seed = ?, seeded_at = ?",
                            {seed, now}, now);
  if (!v) return std::unexpected(v.error());
  return {};
}

Status save_drawn(Connection& c, std::int64_t id, std::int64_t version,
                  const std::vector<sv::DrawnItem>& items, std::int64_t user_id, std::int64_t now) {
  auto v =
      update_versioned(c, "sampling_draws", id, version, "status = ?, drawn_at = ?, drawn_by = ?",
                       {std::string(name_of(sv::DrawStatus::drawn)), now, user_id}, now);
  if (!v) return std::unexpected(v.error());
  for (const auto& item : items)
    if (auto st = c.exec(
            "INSERT INTO sampling_items (draw_id, suggestion_id, stratum, ordinal, draw_key) "
            "VALUES (?, ?, ?, ?, ?)",
            {id, item.suggestion_id, item.stratum, std::int64_t{item.rank}, item.key});
        !st)
      return std::unexpected(st.error());
  return {};
}

Result<std::vector<DrawnItemRow>> load_drawn_items(Connection& c, std::int64_t draw_id) {
  DAIBIAO_TRY(auto rows,
              c.query("SELECT i.suggestion_id, i.stratum, i.draw_key, i.ordinal, s.number, "
                      "s.title, s.state, hu.name, s.lead_name, s.lead_unit_id, i.report, "
                      "i.reported_at, i.score_centi, i.outcome, i.rehandling "
                      "FROM sampling_items i JOIN suggestions s ON s.id = i.suggestion_id "
                      "LEFT JOIN handling_units hu ON hu.id = s.lead_unit_id "
                      "WHERE i.draw_id = ? ORDER BY i.ordinal",
                      {draw_id}));
  std::vector<DrawnItemRow> out;
  out.reserve(rows.size());
  std::map<std::int64_t, std::size_t> at;  // suggestion id → index in out
  for (const auto& r : rows) {
    DrawnItemRow row;
    row.item = {r.i64(0), r.text(1), r.text(2), static_cast<int>(r.i64(3))};
    if (auto number = r.opt_i64(4)) row.number = std::to_string(*number);
    row.title = r.text(5);
    row.state = r.text(6);
    row.lead_unit_name = r.text(7);
    row.lead_name = r.text(8);
    row.lead_unit_id = r.i64(9);
    row.report = r.text(10);
    row.reported_at = r.opt_i64(11);
    if (auto score = r.opt_i64(12)) row.score_centi = static_cast<int>(*score);
    row.outcome = r.text(13);
    row.rehandling = r.boolean(14);
    at[row.item.suggestion_id] = out.size();
    out.push_back(std::move(row));
  }
  DAIBIAO_TRY(auto comments, c.query("SELECT suggestion_id, id, member_name, body, created_at "
                                     "FROM sampling_comments WHERE draw_id = ? ORDER BY id",
                                     {draw_id}));
  for (const auto& r : comments)
    if (auto it = at.find(r.i64(0)); it != at.end())
      out[it->second].comments.push_back({r.i64(1), r.text(2), r.text(3), r.i64(4)});
  DAIBIAO_TRY(auto sheets,
              c.query("SELECT suggestion_id, member_name, scores, total_centi, updated_at "
                      "FROM sampling_scores WHERE draw_id = ? ORDER BY member_name",
                      {draw_id}));
  for (const auto& r : sheets)
    if (auto it = at.find(r.i64(0)); it != at.end())
      out[it->second].sheets.push_back(
          {r.text(1), sv::split_scores(r.text(2)), static_cast<int>(r.i64(3)), r.i64(4)});
  return out;
}

namespace {

// The drawn item (draw_id, suggestion_id) exists, else not_found.
Status drawn_item_exists(Connection& c, std::int64_t draw_id, std::int64_t suggestion_id) {
  DAIBIAO_TRY(auto rows, c.query("SELECT 1 FROM sampling_items WHERE draw_id = ? AND "
                                 "suggestion_id = ?",
                                 {draw_id, suggestion_id}));
  if (rows.empty()) return fail(ErrorCode::not_found, "该建议不在本次抽取结果中");
  return {};
}

}  // namespace

Status save_report(Connection& c, std::int64_t draw_id, std::int64_t suggestion_id,
                   const std::string& body, std::int64_t user_id, std::int64_t now) {
  if (auto st = drawn_item_exists(c, draw_id, suggestion_id); !st) return st;
  return c.exec(
      "UPDATE sampling_items SET report = ?, reported_by = ?, reported_at = ? "
      "WHERE draw_id = ? AND suggestion_id = ?",
      {body, user_id, now, draw_id, suggestion_id});
}

Status insert_comment(Connection& c, std::int64_t draw_id, std::int64_t suggestion_id,
                      const std::string& member_name, const std::string& body, std::int64_t user_id,
                      std::int64_t now) {
  if (auto st = drawn_item_exists(c, draw_id, suggestion_id); !st) return st;
  return c.exec(
      "INSERT INTO sampling_comments (draw_id, suggestion_id, member_name, body, entered_by, "
      "created_at) VALUES (?, ?, ?, ?, ?, ?)",
      {draw_id, suggestion_id, member_name, body, user_id, now});
}

Status save_sheet(Connection& c, std::int64_t draw_id, std::int64_t suggestion_id,
                  const std::string& member_name, const std::vector<int>& scores, int total_centi,
                  std::int64_t user_id, std::int64_t now) {
  if (auto st = drawn_item_exists(c, draw_id, suggestion_id); !st) return st;
  if (auto st = c.exec("DELETE FROM sampling_scores WHERE draw_id = ? AND suggestion_id = ? AND "
                       "member_name = ?",
                       {draw_id, suggestion_id, member_name});
      !st)
    return st;
  return c.exec(
      "INSERT INTO sampling_scores (draw_id, suggestion_id, member_name, scores, total_centi, "
      "entered_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
      {draw_id, suggestion_id, member_name, sv::join_scores(scores), std::int64_t{total_centi},
       user_id, now});
}

Status save_outcome(Connection& c, std::int64_t draw_id, std::int64_t suggestion_id,
                    int score_centi, bool passed, bool rehandling) {
  return c.exec(
      "UPDATE sampling_items SET score_centi = ?, outcome = ?, rehandling = ? "
      "WHERE draw_id = ? AND suggestion_id = ?",
      {std::int64_t{score_centi}, std::string(passed ? "passed" : "below"),
       std::int64_t{rehandling}, draw_id, suggestion_id});
}

Status mark_published(Connection& c, std::int64_t id, std::int64_t version, std::int64_t user_id,
                      std::int64_t now) {
  auto v = update_versioned(c, "sampling_draws", id, version,
                            "status = ?, published_at = ?, published_by = ?",
                            {std::string(name_of(sv::DrawStatus::published)), now, user_id}, now);
  if (!v) return std::unexpected(v.error());
  return {};
}

Result<ListPage<sv::Draw>> list_draws(Connection& c, const ListRequest& req,
                                      const std::vector<std::string>& scope_paths) {
  std::vector<Value> params;
  const std::string scope = scope_clause("d.org_path", scope_paths, params);
  return list_rows<sv::Draw>(c, draw_list_spec(), req, scope, params, kDrawColumns, draw_from);
}

}  // namespace daibiao::storage
