// A page of results in the one list shape every list route returns.
#pragma once

#include <vector>

#include "storage/list_query.hpp"

namespace daibiao::app {

template <typename T>
struct ListResult {
  std::vector<T> items;
  std::int64_t total = 0;
  bool total_capped = false;
  int page = 1;
  int page_size = 20;
};

// Runs a scoped list query and maps rows with `from`.
template <typename T, typename F>
Result<ListResult<T>> list_rows(storage::Connection& c, const storage::ListSpec& spec,
                                const storage::ListRequest& req, const std::string& scope_sql,
                                const std::vector<storage::Value>& scope_params,
                                const std::string& columns, F from) {
  auto built = storage::build_list(spec, req, scope_sql, scope_params);
  if (!built) return std::unexpected(built.error());
  auto page = storage::fetch_page(c, spec, req, *built, columns);
  if (!page) return std::unexpected(page.error());
  ListResult<T> out;
  out.total = page->total;
  out.total_capped = page->total_capped;
  out.page = req.page;
  out.page_size = req.page_size;
  out.items.reserve(page->rows.size());
  for (const auto& row : page->rows) out.items.push_back(from(row));
  return out;
}

}  // namespace daibiao::app
