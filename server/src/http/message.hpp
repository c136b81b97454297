// Transport-neutral request and response. Only server.cpp converts these to and from
// Beast types, so handlers and middleware compile without Beast.
#pragma once

#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace daibiao::http {

struct Request {
  std::string method;  // "GET"
  std::string target;  // raw target with query
  std::string path;    // decoded path, no query
  std::multimap<std::string, std::string> query;
  std::vector<std::pair<std::string, std::string>> headers;  // names lower-cased
  std::string body;
  std::string client_ip;
  bool keep_alive = true;

  // First header with this lower-case name.
  std::optional<std::string> header(std::string_view name) const;
  std::optional<std::string> cookie(std::string_view name) const;
  std::optional<std::string> query_param(std::string_view name) const;
};

struct Response {
  int status = 200;
  std::string content_type = "application/json; charset=utf-8";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;
  // Set by the pipeline for the access log and metrics.
  std::string route;
};

// Splits and percent-decodes a target into path and query parameters.
// Returns false when the target is malformed.
bool parse_target(std::string_view target, std::string& path,
                  std::multimap<std::string, std::string>& query);

}  // namespace daibiao::http
