#include "storage/supervision/leader_store.hpp"

#include "storage/values.hpp"

namespace daibiao::storage {

namespace sv = supervision;
namespace sg = suggestions;

namespace {

// The rule's leader for `s`: its category's rule first, then the rule for any category.
const char* const kRuleLeader =
    "(SELECT lr.user_id FROM supervision_leader_rules lr WHERE lr.org_node_id = s.org_node_id "
    "AND lr.star_level = s.star_level AND lr.category IN (s.category, '') ORDER BY lr.category "
    "DESC LIMIT 1)";
const char* const kNamedLeader =
    "(SELECT ss.user_id FROM suggestion_supervisors ss WHERE ss.suggestion_id = s.id)";
// The leader of the active key topic that holds `s` (the latest, should there be several).
const char* const kTopicLeader =
    "(SELECT kt.leader_user_id FROM key_topic_items ki JOIN key_topics kt ON kt.id = "
    "ki.topic_id WHERE ki.suggestion_id = s.id AND kt.status = 'active' AND kt.leader_user_id "
    "IS NOT NULL ORDER BY kt.id DESC LIMIT 1)";

// "('accepted', …, 'closed')": the states that need a leader, from the domain.
const std::string& needing_states() {
  static const std::string list = [] {
    std::string out;
    for (auto s : sg::all_states())
      if (sv::needs_leader(s))
        out += (out.empty() ? "('" : ", '") + std::string(sg::state_name(s)) + "'";
    return out + ")";
  }();
  return list;
}

}  // namespace

std::string unsupervised_sql() {
  return "s.state IN " + needing_states() + " AND " + supervising_leader_sql() + " IS NULL";
}

std::string supervising_leader_sql() {
  return std::string("COALESCE(") + kNamedLeader + ", " + kTopicLeader + ", " + kRuleLeader + ")";
}

Result<std::optional<SupervisingLeader>> supervising_leader_of(Connection& c,
                                                               std::int64_t suggestion_id) {
  DAIBIAO_TRY(auto rows, c.query(std::string("SELECT ") + kNamedLeader + ", " + kTopicLeader +
                                     ", " + kRuleLeader + " FROM suggestions s WHERE s.id = ?",
                                 {suggestion_id}));
  if (rows.empty()) return std::optional<SupervisingLeader>();
  SupervisingLeader out;
  if (auto named = rows[0].opt_i64(0)) {
    out = {*named, "", sv::LeaderSource::named};
  } else if (auto topic = rows[0].opt_i64(1)) {
    out = {*topic, "", sv::LeaderSource::key_topic};
  } else if (auto ruled = rows[0].opt_i64(2)) {
    out = {*ruled, "", sv::LeaderSource::rule};
  } else {
    return std::optional<SupervisingLeader>();
  }
  DAIBIAO_TRY(auto name, c.query_one("SELECT display_name FROM users WHERE id = ?", {out.user_id}));
  out.name = name.text(0);
  return std::optional(out);
}

Status name_leader(Connection& c, std::int64_t suggestion_id, std::optional<std::int64_t> user_id,
                   std::int64_t named_by, std::int64_t now) {
  if (auto st =
          c.exec("DELETE FROM suggestion_supervisors WHERE suggestion_id = ?", {suggestion_id});
      !st || !user_id)
    return st;
  return c.exec(
      "INSERT INTO suggestion_supervisors (suggestion_id, user_id, named_by, named_at) VALUES (?, "
      "?, ?, ?)",
      {suggestion_id, *user_id, named_by, now});
}

Result<std::vector<sv::LeaderRule>> list_leader_rules(Connection& c, std::int64_t org_node_id) {
  DAIBIAO_TRY(auto rows,
              c.query("SELECT r.star_level, r.category, r.user_id, u.display_name FROM "
                      "supervision_leader_rules r JOIN users u ON u.id = r.user_id WHERE "
                      "r.org_node_id = ? ORDER BY r.star_level DESC, r.category",
                      {org_node_id}));
  std::vector<sv::LeaderRule> out;
  out.reserve(rows.size());
  for (const auto& r : rows)
    out.push_back({static_cast<int>(r.i64(0)), r.text(1), r.i64(2), r.text(3)});
  return out;
}

Status replace_leader_rules(Connection& c, std::int64_t org_node_id,
                            const std::vector<sv::LeaderRule>& rules, std::int64_t now) {
  if (auto st = c.exec("DELETE FROM supervision_leader_rules WHERE org_node_id = ?", {org_node_id});
      !st)
    return st;
  for (const auto& r : rules)
    if (auto st = c.exec(
            "INSERT INTO supervision_leader_rules (org_node_id, star_level, category, user_id, "
            "created_at) VALUES (?, ?, ?, ?, ?)",
            {org_node_id, std::int64_t{r.star_level}, r.category, r.user_id, now});
        !st)
      return st;
  return {};
}

Result<std::vector<LeaderAccount>> eligible_leaders(Connection& c, const std::string& path) {
  DAIBIAO_TRY(auto rows,
              c.query("SELECT DISTINCT u.id, u.display_name FROM users u JOIN grants g ON "
                      "g.user_id = u.id JOIN org_nodes n ON n.id = g.org_node_id WHERE g.role = "
                      "'leader' AND u.active = 1 AND ? LIKE n.path || '%' ORDER BY "
                      "u.display_name, u.id",
                      {path}));
  std::vector<LeaderAccount> out;
  out.reserve(rows.size());
  for (const auto& r : rows) out.push_back({r.i64(0), r.text(1)});
  return out;
}

Result<sv::LeaderCoverage> leader_coverage(Connection& c, const ClearingScope& scope) {
  std::vector<Value> params{std::int64_t{scope.year}};
  std::string where = "s.session_year = ? AND s.state IN " + needing_states();
  if (!scope.whole_tree) {
    where += " AND s.org_path LIKE ?";
    params.emplace_back(scope.path + "%");
  }
  // Each item counts under the first source that gives it a leader.
  const std::string sql =
      std::string("SELECT COUNT(*), COUNT(") + kNamedLeader + "), COUNT(CASE WHEN " + kNamedLeader +
      " IS NULL THEN " + kTopicLeader + " END), COUNT(CASE WHEN " + kNamedLeader + " IS NULL AND " +
      kTopicLeader + " IS NULL THEN " + kRuleLeader + " END) FROM suggestions s WHERE " + where;
  DAIBIAO_TRY(auto row, c.query_one(sql, params));
  return sv::LeaderCoverage{
      .items = row.i64(0), .named = row.i64(1), .by_key_topic = row.i64(2), .by_rule = row.i64(3)};
}

}  // namespace daibiao::storage
