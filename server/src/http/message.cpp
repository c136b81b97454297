#include "http/message.hpp"

#include <boost/url/parse.hpp>

namespace daibiao::http {

std::optional<std::string> Request::header(std::string_view name) const {
  for (const auto& [k, v] : headers)
    if (k == name) return v;
  return std::nullopt;
}

std::optional<std::string> Request::cookie(std::string_view name) const {
  auto all = header("cookie");
  if (!all) return std::nullopt;
  std::string_view rest = *all;
  while (!rest.empty()) {
    auto semi = rest.find(';');
    std::string_view part = rest.substr(0, semi);
    rest = semi == std::string_view::npos ? std::string_view{} : rest.substr(semi + 1);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    auto eq = part.find('=');
    if (eq != std::string_view::npos && part.substr(0, eq) == name)
      return std::string(part.substr(eq + 1));
  }
  return std::nullopt;
}

std::optional<std::string> Request::query_param(std::string_view name) const {
  auto it = query.find(std::string(name));
  if (it == query.end()) return std::nullopt;
  return it->second;
}

bool parse_target(std::string_view target, std::string& path,
                  std::multimap<std::string, std::string>& query) {
  auto parsed = boost::urls::parse_origin_form(target);
  if (!parsed) return false;
  path = std::string(parsed->path());  // decoded
  for (auto param : parsed->params()) query.emplace(param.key, param.has_value ? param.value : "");
  return true;
}

}  // namespace daibiao::http
