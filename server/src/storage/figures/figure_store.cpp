#include "storage/figures/figure_store.hpp"

#include <algorithm>
#include <unordered_map>

#include "storage/suggestions/suggestion_board.hpp"
#include "storage/values.hpp"

namespace daibiao::storage {

namespace {

// The accepted states, as an SQL list: the population of every figure.
const std::string& counted_states() {
  static const std::string list =
      "('accepted', 'assigned', 'handling', 'reassignment_requested', 'answer_drafted', "
      "'answered', 'rehandling', 'follow_up', 'closed')";
  return list;
}

// " s.org_path LIKE ? AND s.session_year = ? AND s.state IN (…)" with its parameters.
std::string population(const FigureScope& scope, std::vector<Value>& params) {
  params.emplace_back(scope.path + "%");
  std::string where = "s.org_path LIKE ? AND ";
  if (scope.session_id) {
    where += "s.session_id = ?";
    params.emplace_back(*scope.session_id);
  } else {
    where += "s.session_year = ?";
    params.emplace_back(std::int64_t{scope.year});
  }
  if (scope.lead_unit_id) {
    where += " AND s.lead_unit_id = ?";
    params.emplace_back(*scope.lead_unit_id);
  }
  return where + " AND s.state IN " + counted_states();
}

std::optional<Date> opt_date(const Row& r, std::size_t i) {
  auto t = r.opt_text(i);
  if (!t) return std::nullopt;
  return parse_date(*t);
}

}  // namespace

Result<std::vector<figures::ItemFacts>> item_facts(Connection& c, const FigureScope& scope) {
  std::vector<Value> params;
  const std::string where = population(scope, params);
  DAIBIAO_TRY(
      auto rows,
      c.query("SELECT s.id, s.lead_unit_id, hu.name, s.category, n.level, s.org_node_id, n.name, "
              "s.star_level, k.started_on, k.due_on, (SELECT MIN(a.signed_at) FROM "
              "suggestion_answers a WHERE a.suggestion_id = s.id AND a.status = 'signed'), "
              "(SELECT MIN(ct.contact_on) FROM suggestion_contacts ct WHERE ct.suggestion_id = "
              "s.id), s.answer_class, s.rating, s.round FROM suggestions s JOIN org_nodes n ON "
              "n.id = s.org_node_id LEFT JOIN handling_units hu ON hu.id = s.lead_unit_id LEFT "
              "JOIN suggestion_clocks k ON k.id = (SELECT MAX(k2.id) FROM suggestion_clocks k2 "
              "WHERE k2.suggestion_id = s.id AND k2.kind = 'answer') WHERE " +
                  where + " ORDER BY s.id",
              params));
  std::vector<figures::ItemFacts> out;
  out.reserve(rows.size());
  std::unordered_map<std::int64_t, std::size_t> at;
  at.reserve(rows.size());
  for (const auto& r : rows) {
    figures::ItemFacts f;
    f.id = r.i64(0);
    f.unit_id = r.opt_i64(1);
    f.unit_name = r.text(2);
    f.category = r.text(3);
    f.level = r.text(4);
    f.org_node_id = r.i64(5);
    f.org_name = r.text(6);
    if (auto star = r.opt_i64(7)) f.star = static_cast<int>(*star);
    f.assigned_on = opt_date(r, 8);
    f.answer_due = opt_date(r, 9);
    if (auto signed_at = r.opt_i64(10)) f.answered_on = china_date(*signed_at);
    f.first_contact_on = opt_date(r, 11);
    f.answer_class = r.text(12);
    f.rating = r.text(13);
    f.round = static_cast<int>(r.i64(14));
    at.emplace(f.id, out.size());
    out.push_back(std::move(f));
  }
  // Commitments of signed answers.
  std::vector<Value> cparams;
  const std::string cwhere = population(scope, cparams);
  DAIBIAO_TRY(auto commitments,
              c.query("SELECT cm.suggestion_id, cm.due_on, cm.done_on FROM suggestion_commitments "
                      "cm JOIN suggestion_answers a ON a.id = cm.answer_id AND a.status = "
                      "'signed' JOIN suggestions s ON s.id = cm.suggestion_id WHERE " +
                          cwhere + " ORDER BY cm.id",
                      cparams));
  for (const auto& r : commitments) {
    auto it = at.find(r.i64(0));
    auto due = opt_date(r, 1);
    if (it == at.end() || !due) continue;
    out[it->second].commitments.push_back({*due, opt_date(r, 2)});
  }
  // The co-signers' latest evaluations.
  std::vector<Value> eparams;
  const std::string ewhere = population(scope, eparams);
  DAIBIAO_TRY(auto ratings,
              c.query("SELECT e.suggestion_id, e.rating FROM suggestion_evaluations e JOIN "
                      "suggestions s ON s.id = e.suggestion_id WHERE e.kind = 'evaluation' AND "
                      "e.person_id <> s.lead_person_id AND e.id = (SELECT MAX(e2.id) FROM "
                      "suggestion_evaluations e2 WHERE e2.suggestion_id = e.suggestion_id AND "
                      "e2.person_id = e.person_id AND e2.kind = 'evaluation') AND " +
                          ewhere,
                      eparams));
  for (const auto& r : ratings) {
    auto it = at.find(r.i64(0));
    if (it == at.end()) continue;
    auto& f = out[it->second];
    ++f.cosigner_ratings;
    const std::string rating = r.text(1);
    if (rating == "satisfied" || rating == "basically_satisfied") ++f.cosigner_satisfied;
  }
  return out;
}

Result<std::vector<FigureItemRow>> figure_items(Connection& c, const std::vector<std::int64_t>& ids,
                                                const suggestions::Visibility& visibility) {
  if (ids.empty()) return std::vector<FigureItemRow>{};
  std::vector<Value> params(ids.begin(), ids.end());
  const std::string scope = visibility_sql(visibility, params);
  DAIBIAO_TRY(auto rows,
              c.query("SELECT s.id, s.number, s.title, s.state, s.lead_name, hu.name, n.name, "
                      "s.answer_class, s.rating, s.answered_on FROM suggestions s JOIN org_nodes n "
                      "ON n.id = s.org_node_id LEFT JOIN handling_units hu ON hu.id = "
                      "s.lead_unit_id WHERE s.id IN (" +
                          placeholders(ids.size()) + ")" + (scope.empty() ? "" : " AND " + scope),
                      params));
  std::vector<FigureItemRow> out;
  out.reserve(rows.size());
  for (const auto& r : rows)
    out.push_back({.id = r.i64(0),
                   .number = r.opt_i64(1),
                   .title = r.text(2),
                   .state = r.text(3),
                   .lead_name = r.text(4),
                   .unit_name = r.text(5),
                   .org_name = r.text(6),
                   .answer_class = r.text(7),
                   .rating = r.text(8),
                   .answered_on = r.opt_text(9)});
  std::ranges::sort(out, [&](const FigureItemRow& a, const FigureItemRow& b) {
    return std::ranges::find(ids, a.id) < std::ranges::find(ids, b.id);
  });
  return out;
}

}  // namespace daibiao::storage
