// A page of a list in the one list shape every list route returns, and the one way a store
// runs a list query (storage/list_query.hpp) and maps its rows.
#pragma once

#include <string>
#include <vector>

#include "storage/list_query.hpp"

namespace daibiao::storage {

template <typename T>
struct ListPage {
  std::vector<T> items;
  std::int64_t total = 0;
  bool total_capped = false;
  int page = 1;
  int page_size = 20;
};

// Runs `spec` for `req` within `scope_sql` (ANDed in; the caller's policy filter) and maps
// each row with `from`.
template <typename T, typename F>
Result<ListPage<T>> list_rows(Connection& c, const ListSpec& spec, const ListRequest& req,
                              const std::string& scope_sql, const std::vector<Value>& scope_params,
                              const std::string& columns, F from) {
  DAIBIAO_TRY(auto built, build_list(spec, req, scope_sql, scope_params));
  auto page = fetch_page(c, spec, req, built, columns);
  if (!page) return std::unexpected(page.error());
  ListPage<T> out;
  out.total = page->total;
  out.total_capped = page->total_capped;
  out.page = req.page;
  out.page_size = req.page_size;
  out.items.reserve(page->rows.size());
  for (const auto& row : page->rows) out.items.push_back(from(row));
  return out;
}

}  // namespace daibiao::storage
