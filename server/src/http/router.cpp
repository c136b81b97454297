#include "http/router.hpp"

#include <stdexcept>

namespace daibiao::http {
namespace {

std::vector<std::string> split_path(std::string_view path) {
  std::vector<std::string> out;
  std::size_t start = 1;
  while (start <= path.size()) {
    auto slash = path.find('/', start);
    if (slash == std::string_view::npos) slash = path.size();
    out.emplace_back(path.substr(start, slash - start));
    start = slash + 1;
  }
  return out;
}

}  // namespace

void Router::add(std::string method, std::string pattern, Access access, Handler handler,
                 Runs runs) {
  auto segments = split_path(pattern);
  routes_.push_back({std::move(method), std::move(pattern), access, std::move(handler),
                     std::move(segments), runs});
}

const Route* Router::match(const std::string& method, const std::string& path,
                           std::map<std::string, std::string>& params, bool& path_known) const {
  path_known = false;
  if (path.empty() || path.front() != '/') return nullptr;
  const auto parts = split_path(path);
  for (const Route& r : routes_) {
    if (r.segments.size() != parts.size()) continue;
    std::map<std::string, std::string> found;
    bool ok = true;
    for (std::size_t i = 0; i < parts.size() && ok; ++i) {
      const std::string& seg = r.segments[i];
      if (seg.size() > 2 && seg.front() == '{' && seg.back() == '}') {
        if (parts[i].empty())
          ok = false;
        else
          found[seg.substr(1, seg.size() - 2)] = parts[i];
      } else {
        ok = seg == parts[i];
      }
    }
    if (!ok) continue;
    path_known = true;
    if (r.method != method) continue;
    params = std::move(found);
    return &r;
  }
  return nullptr;
}

std::string Router::allowed_methods(const std::string& path) const {
  std::string out;
  for (const Route& r : routes_) {
    std::map<std::string, std::string> params;
    bool known = false;
    if (match(r.method, path, params, known) == &r) out += (out.empty() ? "" : ", ") + r.method;
  }
  return out;
}

void Router::accept_raw_body(const std::string& method, const std::string& pattern) {
  for (auto& r : routes_)
    if (r.method == method && r.pattern == pattern) {
      r.raw_body = true;
      return;
    }
  throw std::logic_error("accept_raw_body: no route " + method + " " + pattern);
}

}  // namespace daibiao::http
