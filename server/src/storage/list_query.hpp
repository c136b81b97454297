// One style for every list in the API: `page` (from 1), `page_size` (1..100, default 20),
// `sort` (a field name, `-` in front for descending, several comma-separated), equality
// filters by field name and `q` for a text match. Each resource declares which fields may
// be sorted and filtered; anything else is a field error, never passed to SQL.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/result.hpp"
#include "storage/db.hpp"

namespace daibiao::storage {

struct ListRequest {
  int page = 1;
  int page_size = 20;
  std::string sort;                            // raw `sort` parameter
  std::map<std::string, std::string> filters;  // raw filter parameters
  std::string q;                               // text search
};

// integer/text: column = value; boolean: true/false (or 1/0) against a 0/1 column;
// since/until: a timestamp column >= / <= an ISO 8601 date or time (UTC), e.g.
// 2026-01-31 or 2026-01-31T08:00:00Z ("until" a bare date includes that whole day).
enum class FilterKind { integer, text, boolean, since, until };

struct ListSpec {
  std::string from;                             // "org_nodes n"
  std::map<std::string, std::string> sortable;  // api field → SQL expression
  std::map<std::string, std::pair<std::string, FilterKind>> filterable;
  std::vector<std::string> text_columns;  // matched by `q` (LIKE %q%)
  std::string default_order;              // SQL, e.g. "n.id"
  std::string tie_breaker;                // unique column appended to ORDER BY
};

// The WHERE/ORDER parts built from a request; `where` includes caller-supplied scope.
struct BuiltList {
  std::string where;  // "" or " WHERE ..."
  std::string order;  // " ORDER BY ..."
  std::vector<Value> params;
};

constexpr int kMaxPageSize = 100;
// Totals above this are reported as the cap with total_capped (the UI shows "1000+"):
// counting every match of a broad filter over a large table costs more than the page.
constexpr std::int64_t kCountCap = 1000;

// "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM:SSZ" → ms since the epoch (UTC). With end_of_day a bare
// date means its last millisecond.
std::optional<std::int64_t> parse_iso_time(std::string_view s, bool end_of_day);

// Validates the request against the spec. `scope_sql`/`scope_params` are ANDed in (the
// policy filter every list must carry).
Result<BuiltList> build_list(const ListSpec& spec, const ListRequest& req,
                             const std::string& scope_sql, const std::vector<Value>& scope_params);

struct Page {
  Rows rows;
  std::int64_t total = 0;
  bool total_capped = false;  // more than kCountCap matched; `total` is the cap
};

// Runs `SELECT <columns> FROM <spec.from> <where> <order> LIMIT/OFFSET` and the capped count.
Result<Page> fetch_page(Connection& c, const ListSpec& spec, const ListRequest& req,
                        const BuiltList& built, const std::string& columns);

// `(col LIKE ? OR col LIKE ? ...)` over the given org paths: the scope filter.
std::string scope_clause(const std::string& path_column, const std::vector<std::string>& paths,
                         std::vector<Value>& params);

}  // namespace daibiao::storage
