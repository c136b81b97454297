// The list/search query parser (storage::build_list, fetch_page, scope_clause,
// parse_iso_time): every list in the API turns page, page_size, sort, q and filters into
// SQL against a ListSpec. Here the spec is the suggestion board's, with a boolean and
// since/until filters added. Input lines: page, page_size, sort, q, then filters as
// name=value and scope paths as @path. Contracts:
//  - nothing throws or crashes;
//  - a refusal is invalid_argument with field errors; an accepted request has a page >= 1, a
//    page size in 1..100 and only declared filters;
//  - no request text reaches the SQL: the built WHERE/ORDER hold no quote (besides the fixed
//    ESCAPE '\'), no ';' and no comment, and the '?' placeholders number the parameters —
//    in build_list, in scope_clause and in both statements fetch_page runs;
//  - q becomes a LIKE pattern with %, _ and \ escaped;
//  - parse_iso_time accepts only what it returns a time for within the named day (the
//    strict part: FUZZ_STRICT=1, see docs/fuzzing.md).
#include <algorithm>
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "fuzz_check.hpp"
#include "storage/db.hpp"
#include "storage/list_query.hpp"
#include "storage/suggestions/suggestion_store.hpp"

namespace st = daibiao::storage;

namespace {

// The board's own spec, so the fuzzer reads what the API runs, with since/until added.
const st::ListSpec& spec() {
  static const st::ListSpec s = [] {
    st::ListSpec with_times = st::suggestion_list_spec();
    with_times.filterable.insert({"since", {"s.updated_at", st::FilterKind::since}});
    with_times.filterable.insert({"until", {"s.updated_at", st::FilterKind::until}});
    return with_times;
  }();
  return s;
}

std::size_t placeholders(std::string_view sql) {
  return static_cast<std::size_t>(std::count(sql.begin(), sql.end(), '?'));
}

void no_injection(std::string sql) {
  for (std::size_t at; (at = sql.find(" ESCAPE '\\'")) != std::string::npos;) sql.erase(at, 11);
  FUZZ_CHECK(sql.find('\'') == std::string::npos);
  FUZZ_CHECK(sql.find('"') == std::string::npos);
  FUZZ_CHECK(sql.find(';') == std::string::npos);
  FUZZ_CHECK(sql.find("--") == std::string::npos);
  FUZZ_CHECK(sql.find("/*") == std::string::npos);
}

// Answers every statement with one row holding a count, checking its placeholders first.
class CheckingConnection : public st::Connection {
 public:
  explicit CheckingConnection(std::int64_t count) : count_(count) {}
  daibiao::Result<st::Rows> query(std::string_view sql,
                                  const std::vector<st::Value>& params) override {
    FUZZ_CHECK(placeholders(sql) == params.size());
    ++statements;
    return st::Rows{st::Row({count_})};
  }
  std::int64_t changes() override { return 0; }
  daibiao::Status exec_script(std::string_view) override { return {}; }
  st::Dialect dialect() const override { return st::Dialect::sqlite; }
  int statements = 0;

 private:
  std::int64_t count_;
};

int to_int(std::string_view s, int fallback) {
  int v = fallback;
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}

void check_iso(std::string_view s, bool end_of_day) {
  const auto ms = st::parse_iso_time(s, end_of_day);
  if (!ms || !daibiao::fuzz::strict()) return;
  // Strict: the time lies within the date written at the front, and the text has the form.
  const auto date = st::parse_iso_time(s.substr(0, 10), false);
  FUZZ_CHECK(date.has_value());
  FUZZ_CHECK(*ms >= *date && *ms < *date + 86'400'000LL);
  for (std::size_t i = 0; i < s.size(); ++i) {
    const bool sep = i == 4 || i == 7 || i == 10 || i == 13 || i == 16 || i == 19;
    if (!sep) FUZZ_CHECK(s[i] >= '0' && s[i] <= '9');
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  daibiao::fuzz::Input in(data, size);
  st::ListRequest req;
  req.page = to_int(in.line(), 1);
  req.page_size = to_int(in.line(), 20);
  req.sort = std::string(in.line());
  req.q = std::string(in.line());
  std::vector<std::string> paths;
  while (!in.empty()) {
    const std::string_view l = in.line();
    if (l.starts_with('@')) {
      paths.emplace_back(l.substr(1));
      continue;
    }
    const auto eq = l.find('=');
    req.filters[std::string(l.substr(0, eq))] =
        eq == std::string_view::npos ? "" : std::string(l.substr(eq + 1));
  }
  try {
    std::vector<st::Value> scope_params;
    const std::string scope =
        paths.empty() ? std::string() : st::scope_clause("s.org_path", paths, scope_params);
    FUZZ_CHECK(placeholders(scope) == scope_params.size());
    no_injection(scope);

    for (const auto& [name, value] : req.filters) {
      check_iso(value, false);
      check_iso(value, true);
    }

    auto built = st::build_list(spec(), req, scope, scope_params);
    if (!built) {
      FUZZ_CHECK(built.error().code == daibiao::ErrorCode::invalid_argument);
      FUZZ_CHECK(!built.error().fields.empty());
      return 0;
    }
    FUZZ_CHECK(req.page >= 1);
    FUZZ_CHECK(req.page_size >= 1 && req.page_size <= st::kMaxPageSize);
    for (const auto& [name, value] : req.filters) FUZZ_CHECK(spec().filterable.contains(name));
    FUZZ_CHECK(req.q.size() <= 100);
    FUZZ_CHECK(placeholders(built->where) == built->params.size());
    FUZZ_CHECK(placeholders(built->order) == 0);
    FUZZ_CHECK(built->order.starts_with(" ORDER BY "));
    FUZZ_CHECK(built->order.ends_with(", s.id"));
    FUZZ_CHECK(built->where.empty() || built->where.starts_with(" WHERE "));
    no_injection(built->where);
    no_injection(built->order);
    if (!req.q.empty()) {
      const std::string pattern = st::like_contains(req.q);
      FUZZ_CHECK(pattern.size() >= 2 && pattern.front() == '%' && pattern.back() == '%');
      for (std::size_t i = 1; i + 1 < pattern.size(); ++i) {
        const char c = pattern[i];
        FUZZ_CHECK(c != '%' && c != '_');  // only escaped ones, skipped below
        if (c == '\\') ++i;                // an escape and what it escapes
      }
      FUZZ_CHECK(std::count(built->params.begin(), built->params.end(), st::Value(pattern)) ==
                 static_cast<std::ptrdiff_t>(spec().text_columns.size()));
    }
    CheckingConnection c(static_cast<std::int64_t>(size) * 37);
    auto page = st::fetch_page(c, spec(), req, *built, "s.id, s.title");
    FUZZ_CHECK(page.has_value());
    FUZZ_CHECK(c.statements == 2);
    FUZZ_CHECK(page->total >= 0 && page->total <= st::kCountCap);
    FUZZ_CHECK(page->total_capped == (static_cast<std::int64_t>(size) * 37 > st::kCountCap));
  } catch (const std::exception& e) {
    std::fprintf(stderr, "fuzz contract broken: exception %s\n", e.what());
    std::abort();
  }
  return 0;
}
