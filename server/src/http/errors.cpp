#include "http/errors.hpp"

#include <algorithm>
#include <array>
#include <boost/json.hpp>
#include <cstdio>
#include <string>
#include <utility>

#include "base/json_text.hpp"

namespace daibiao::http {
namespace {

// The HTTP status of each error code, in the order of ErrorCode (checked below).
constexpr std::array<std::pair<ErrorCode, int>, kErrorCodeNames.size()> kStatuses{{
    {ErrorCode::invalid_argument, 400},
    {ErrorCode::unauthenticated, 401},
    {ErrorCode::permission_denied, 403},
    {ErrorCode::not_found, 404},
    {ErrorCode::failed_precondition, 409},
    {ErrorCode::conflict, 409},
    {ErrorCode::too_many_requests, 429},
    {ErrorCode::payload_too_large, 413},
    {ErrorCode::unsupported_media_type, 415},
    {ErrorCode::internal, 500},
}};

constexpr bool statuses_in_order() {
  for (std::size_t i = 0; i < kStatuses.size(); ++i)
    if (static_cast<std::size_t>(kStatuses[i].first) != i) return false;
  return true;
}
static_assert(statuses_in_order(), "kStatuses lists every ErrorCode once, in order");

Response body_of(int status, const boost::json::object& o) {
  Response r;
  r.status = status;
  r.content_type = "application/problem+json; charset=utf-8";
  r.body = boost::json::serialize(o);
  return r;
}

}  // namespace

int http_status(ErrorCode code) {
  const auto i = static_cast<std::size_t>(code);
  return i < kStatuses.size() ? kStatuses[i].second : 500;
}

Response problem(const Error& e, const std::string& request_id) {
  const int status = http_status(e.code);
  if (e.code == ErrorCode::internal) {
    // The cause goes to the log, tied to the request id the client sees.
    std::string line = "{\"level\":\"error\",\"request_id\":";
    append_json_string(line, request_id);
    line += ",\"message\":";
    append_json_string(line, e.message);
    line += ",\"detail\":";
    append_json_string(line, e.log_detail);
    line += "}\n";
    std::fwrite(line.data(), 1, line.size(), stderr);
  }
  boost::json::object o;
  o["type"] = "about:blank";
  o["code"] = error_code_name(e.code);
  const auto title = title_of(e.code);
  o["title"] = title.empty() ? title_of(ErrorCode::internal) : title;
  o["status"] = status;
  // Internal errors say nothing beyond the title: the cause is in the log.
  o["detail"] =
      e.code == ErrorCode::internal ? "请稍后重试；如持续出现，请将请求编号告知管理员" : e.message;
  o["request_id"] = request_id;
  if (!e.fields.empty()) {
    boost::json::array fields;
    for (const auto& f : e.fields) fields.push_back({{"field", f.field}, {"message", f.message}});
    o["errors"] = std::move(fields);
  }
  Response r = body_of(status, o);
  if (e.code == ErrorCode::too_many_requests)
    r.headers.emplace_back("Retry-After", std::to_string(std::max(1, e.retry_after_s)));
  return r;
}

Response problem_status(int status, const std::string& code, const std::string& title,
                        const std::string& request_id) {
  boost::json::object o;
  o["type"] = "about:blank";
  o["code"] = code;
  o["title"] = title;
  o["status"] = status;
  o["detail"] = title;
  o["request_id"] = request_id;
  return body_of(status, o);
}

}  // namespace daibiao::http
