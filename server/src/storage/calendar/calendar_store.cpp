#include "storage/calendar/calendar_store.hpp"

#include <algorithm>

#include "storage/values.hpp"

namespace daibiao::storage {
namespace {

std::vector<std::int64_t> path_ids(const std::string& path) {
  std::vector<std::int64_t> out;
  std::int64_t n = 0;
  bool digits = false;
  for (char ch : path) {
    if (ch >= '0' && ch <= '9') {
      n = n * 10 + (ch - '0');
      digits = true;
    } else {
      if (digits) out.push_back(n);
      n = 0;
      digits = false;
    }
  }
  if (digits) out.push_back(n);
  return out;
}
}  // namespace

Result<std::vector<CalendarOwner>> calendar_chain(Connection& c, std::int64_t org_node_id) {
  DAIBIAO_TRY(auto node, c.query("SELECT path FROM org_nodes WHERE id = ?", {org_node_id}));
  if (node.empty()) return fail(ErrorCode::not_found, "人大不存在");
  const auto ids = path_ids(node.front().text(0));
  std::vector<Value> params(ids.begin(), ids.end());
  auto rows =
      c.query("SELECT id, name, path FROM org_nodes WHERE id IN (" + placeholders(ids.size()) + ")",
              params);
  if (!rows) return std::unexpected(rows.error());
  std::vector<CalendarOwner> out;
  for (auto id : ids)
    for (const Row& r : *rows)
      if (r.i64(0) == id) out.push_back({id, r.text(1), r.text(2)});
  return out;
}

Result<std::optional<CalendarOwner>> calendar_root(Connection& c) {
  auto rows =
      c.query("SELECT id, name, path FROM org_nodes WHERE parent_id IS NULL ORDER BY id LIMIT 1");
  if (!rows) return std::unexpected(rows.error());
  if (rows->empty()) return std::optional<CalendarOwner>();
  const Row& r = rows->front();
  return std::optional<CalendarOwner>(CalendarOwner{r.i64(0), r.text(1), r.text(2)});
}

Result<std::vector<calendar::CalendarLayer>> load_calendar_layers(
    Connection& c, const std::vector<CalendarOwner>& chain, std::optional<int> year) {
  std::vector<Value> params;
  std::string sql =
      "SELECT org_node_id, day, kind, name FROM calendar_days WHERE (org_node_id IS NULL";
  if (!chain.empty()) {
    sql += " OR org_node_id IN (" + placeholders(chain.size()) + ")";
    for (const auto& o : chain) params.emplace_back(o.id);
  }
  sql += ")";
  if (year) {
    sql += " AND day >= ? AND day <= ?";
    params.emplace_back(std::to_string(*year) + "-01-01");
    params.emplace_back(std::to_string(*year) + "-12-31");
  }
  DAIBIAO_TRY(auto rows, c.query(sql + " ORDER BY day", params));
  std::vector<calendar::CalendarLayer> layers(chain.size() + 1);
  for (std::size_t i = 0; i < chain.size(); ++i) layers[i + 1].owner = chain[i].id;
  for (const Row& r : rows) {
    auto& layer = *std::find_if(layers.begin(), layers.end(),
                                [&](const auto& l) { return l.owner == r.opt_i64(0); });
    (r.text(2) == "holiday" ? layer.data.holidays : layer.data.makeup_workdays)
        .push_back({r.text(1), r.text(3)});
  }
  return layers;
}

Status replace_calendar_year(Connection& c, std::int64_t owner, bool with_base, int year,
                             const calendar::CalendarData& data) {
  const std::string y = std::to_string(year);
  if (auto st =
          c.exec(std::string("DELETE FROM calendar_days WHERE (org_node_id = ?") +
                     (with_base ? " OR org_node_id IS NULL" : "") + ") AND day >= ? AND day <= ?",
                 {owner, y + "-01-01", y + "-12-31"});
      !st)
    return st;
  // One row per day: a date listed twice keeps its last listing, as the calendar reads it.
  const calendar::CalendarLayer layer{owner, data};
  for (const auto& day : calendar::merge_calendar_layers(std::span(&layer, 1)))
    if (auto st =
            c.exec("INSERT INTO calendar_days (org_node_id, day, kind, name) VALUES (?, ?, ?, ?)",
                   {owner, day.date, std::string(day.holiday ? "holiday" : "makeup"), day.name});
        !st)
      return st;
  return {};
}

}  // namespace daibiao::storage
