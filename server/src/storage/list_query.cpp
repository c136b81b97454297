#include "storage/list_query.hpp"

#include <charconv>
#include <chrono>
#include <cstdio>
#include <sstream>

namespace daibiao::storage {

namespace {

std::optional<std::int64_t> time_of(int y, int mo, int d, int h, int mi, int sec, bool end_of_day) {
  using namespace std::chrono;
  const year_month_day ymd{year(y), month(static_cast<unsigned>(mo)),
                           day(static_cast<unsigned>(d))};
  if (!ymd.ok() || h < 0 || h > 23 || mi < 0 || mi > 59 || sec < 0 || sec > 59) return std::nullopt;
  const std::int64_t days_ms = sys_days(ymd).time_since_epoch().count() * 86'400'000LL;
  const std::int64_t in_day = ((h * 60LL + mi) * 60 + sec) * 1000;
  return days_ms + (end_of_day ? 86'400'000LL - 1 : in_day);
}

}  // namespace

std::optional<std::int64_t> parse_iso_time(std::string_view s, bool end_of_day) {
  // Fixed-width digit fields only: no sign, space or other character sscanf would accept.
  auto digits = [&](std::size_t at, std::size_t n) -> std::optional<int> {
    int v = 0;
    for (std::size_t i = at; i < at + n; ++i) {
      if (i >= s.size() || s[i] < '0' || s[i] > '9') return std::nullopt;
      v = v * 10 + (s[i] - '0');
    }
    return v;
  };
  const bool date_only = s.size() == 10;
  const bool date_time =
      s.size() == 20 && s[10] == 'T' && s[13] == ':' && s[16] == ':' && s[19] == 'Z';
  if ((!date_only && !date_time) || s[4] != '-' || s[7] != '-') return std::nullopt;
  const auto y = digits(0, 4), mo = digits(5, 2), d = digits(8, 2);
  const auto h = date_time ? digits(11, 2) : std::optional(0);
  const auto mi = date_time ? digits(14, 2) : std::optional(0);
  const auto sec = date_time ? digits(17, 2) : std::optional(0);
  if (!y || !mo || !d || !h || !mi || !sec) return std::nullopt;
  if (date_time) end_of_day = false;
  return time_of(*y, *mo, *d, *h, *mi, *sec, end_of_day);
}

Result<BuiltList> build_list(const ListSpec& spec, const ListRequest& req,
                             const std::string& scope_sql, const std::vector<Value>& scope_params) {
  std::vector<FieldError> errors;
  BuiltList out;
  std::vector<std::string> conditions;
  if (!scope_sql.empty()) {
    conditions.push_back(scope_sql);
    out.params = scope_params;
  }
  for (const auto& [name, raw] : req.filters) {
    auto it = spec.filterable.find(name);
    if (it == spec.filterable.end()) {
      errors.push_back({name, "不支持按此字段筛选"});
      continue;
    }
    const auto& [column, kind] = it->second;
    if (kind == FilterKind::boolean) {
      if (raw != "true" && raw != "false" && raw != "1" && raw != "0") {
        errors.push_back({name, "应为 true 或 false"});
        continue;
      }
      out.params.emplace_back(std::int64_t{raw == "true" || raw == "1"});
      conditions.push_back(column + " = ?");
      continue;
    }
    if (kind == FilterKind::since || kind == FilterKind::until) {
      auto ms = parse_iso_time(raw, kind == FilterKind::until);
      if (!ms) {
        errors.push_back({name, "应为日期 YYYY-MM-DD 或时间 YYYY-MM-DDTHH:MM:SSZ"});
        continue;
      }
      out.params.emplace_back(*ms);
      conditions.push_back(column + (kind == FilterKind::since ? " >= ?" : " <= ?"));
      continue;
    }
    if (kind == FilterKind::integer) {
      std::int64_t v = 0;
      auto [ptr, ec] = std::from_chars(raw.data(), raw.data() + raw.size(), v);
      if (ec != std::errc() || ptr != raw.data() + raw.size()) {
        errors.push_back({name, "应为整数"});
        continue;
      }
      out.params.emplace_back(v);
    } else {
      out.params.emplace_back(raw);
    }
    conditions.push_back(column + " = ?");
  }
  if (!req.q.empty()) {
    if (spec.text_columns.empty()) errors.push_back({"q", "此列表不支持文本搜索"});
    if (req.q.size() > 100) errors.push_back({"q", "搜索词不能超过 100 字节"});
    std::string any;
    for (const auto& col : spec.text_columns) {
      if (!any.empty()) any += " OR ";
      any += col + " LIKE ? ESCAPE '\\'";
      out.params.emplace_back(like_contains(req.q));
    }
    if (!any.empty()) conditions.push_back("(" + any + ")");
  }
  if (req.page < 1) errors.push_back({"page", "页码从 1 开始"});
  if (req.page_size < 1 || req.page_size > kMaxPageSize)
    errors.push_back({"page_size", "每页条数应在 1 到 100 之间"});

  std::string order;
  if (!req.sort.empty()) {
    std::stringstream ss(req.sort);
    std::string item;
    while (std::getline(ss, item, ',')) {
      const bool desc = item.starts_with('-');
      const std::string name = desc ? item.substr(1) : item;
      auto it = spec.sortable.find(name);
      if (it == spec.sortable.end()) {
        errors.push_back({"sort", "不支持按“" + name + "”排序"});
        continue;
      }
      order += order.empty() ? "" : ", ";
      order += it->second + (desc ? " DESC" : " ASC");
    }
  }
  if (!errors.empty()) return fail_fields(std::move(errors), "查询参数有误");
  if (order.empty()) order = spec.default_order;
  if (!spec.tie_breaker.empty()) order += ", " + spec.tie_breaker;
  out.order = " ORDER BY " + order;
  for (std::size_t i = 0; i < conditions.size(); ++i)
    out.where += (i == 0 ? " WHERE " : " AND ") + conditions[i];
  return out;
}

Result<Page> fetch_page(Connection& c, const ListSpec& spec, const ListRequest& req,
                        const BuiltList& built, const std::string& columns) {
  Page page;
  std::vector<Value> params = built.params;
  params.emplace_back(static_cast<std::int64_t>(req.page_size));
  params.emplace_back(static_cast<std::int64_t>(req.page - 1) * req.page_size);
  auto rows = c.query(
      "SELECT " + columns + " FROM " + spec.from + built.where + built.order + " LIMIT ? OFFSET ?",
      params);
  if (!rows) return std::unexpected(rows.error());
  page.rows = std::move(*rows);
  // Counting is capped: an exact count of a large table costs more than the page itself.
  std::vector<Value> count_params = built.params;
  count_params.emplace_back(kCountCap + 1);
  DAIBIAO_TRY(auto count, c.query_one("SELECT count(*) FROM (SELECT 1 FROM " + spec.from +
                                          built.where + " LIMIT ?) capped",
                                      count_params));
  page.total = count.i64(0);
  if (page.total > kCountCap) {
    page.total = kCountCap;
    page.total_capped = true;
  }
  return page;
}

std::string scope_clause(const std::string& path_column, const std::vector<std::string>& paths,
                         std::vector<Value>& params) {
  if (paths.empty()) return "1 = 0";
  std::string sql = "(";
  for (std::size_t i = 0; i < paths.size(); ++i) {
    if (i) sql += " OR ";
    sql += path_column + " LIKE ?";
    params.emplace_back(paths[i] + "%");
  }
  return sql + ")";
}

}  // namespace daibiao::storage
