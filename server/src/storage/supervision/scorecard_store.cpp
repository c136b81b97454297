#include "storage/supervision/scorecard_store.hpp"

namespace daibiao::storage {

namespace sv = supervision;

Result<std::optional<sv::ScoreWeights>> find_weights(Connection& c, std::int64_t org_node_id,
                                                     int year) {
  DAIBIAO_TRY(auto rows, c.query("SELECT component, weight FROM scorecard_weights WHERE "
                                 "org_node_id = ? AND year = ?",
                                 {org_node_id, std::int64_t{year}}));
  if (rows.empty()) return std::optional<sv::ScoreWeights>();
  sv::ScoreWeights w{};
  for (const auto& r : rows)
    if (auto component = parse<sv::ScoreComponent>(r.text(0)))
      w[static_cast<std::size_t>(*component)] = static_cast<int>(r.i64(1));
  return std::optional(w);
}

Status save_weights(Connection& c, std::int64_t org_node_id, int year, const sv::ScoreWeights& w,
                    std::int64_t by, std::int64_t now) {
  if (auto st = c.exec("DELETE FROM scorecard_weights WHERE org_node_id = ? AND year = ?",
                       {org_node_id, std::int64_t{year}});
      !st)
    return st;
  for (const auto& e : sv::kScoreComponents)
    if (auto st = c.exec(
            "INSERT INTO scorecard_weights (org_node_id, year, component, weight, updated_by, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?)",
            {org_node_id, std::int64_t{year}, std::string(e.name),
             std::int64_t{w[static_cast<std::size_t>(e.value)]}, by, now});
        !st)
      return st;
  return {};
}

Result<std::map<std::int64_t, SamplingTotal>> sampling_by_unit(Connection& c,
                                                               const std::string& path, int year) {
  DAIBIAO_TRY(auto rows,
              c.query("SELECT s.lead_unit_id, SUM(i.score_centi), COUNT(*) FROM sampling_items i "
                      "JOIN sampling_draws d ON d.id = i.draw_id JOIN suggestions s ON s.id = "
                      "i.suggestion_id WHERE d.status = 'published' AND i.score_centi IS NOT NULL "
                      "AND s.lead_unit_id IS NOT NULL AND s.org_path LIKE ? AND s.session_year = ? "
                      "GROUP BY s.lead_unit_id",
                      {path + "%", std::int64_t{year}}));
  std::map<std::int64_t, SamplingTotal> out;
  for (const auto& r : rows) out[r.i64(0)] = {r.i64(1), r.i64(2)};
  return out;
}

}  // namespace daibiao::storage
