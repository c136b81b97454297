#include "http/errors.hpp"

#include <algorithm>
#include <boost/json.hpp>
#include <cstdio>
#include <string>

#include "base/json_text.hpp"

namespace daibiao::http {
namespace {

const char* title_of(ErrorCode code) {
  switch (code) {
    case ErrorCode::invalid_argument:
      return "请求内容有误";
    case ErrorCode::unauthenticated:
      return "未登录或会话已失效";
    case ErrorCode::permission_denied:
      return "没有权限";
    case ErrorCode::not_found:
      return "未找到";
    case ErrorCode::failed_precondition:
      return "当前状态不允许此操作";
    case ErrorCode::conflict:
      return "数据冲突";
    case ErrorCode::too_many_requests:
      return "请求过于频繁";
    case ErrorCode::payload_too_large:
      return "内容过大";
    case ErrorCode::unsupported_media_type:
      return "不支持的文件类型";
    case ErrorCode::internal:
      return "服务器内部错误";
  }
  return "服务器内部错误";
}

Response body_of(int status, const boost::json::object& o) {
  Response r;
  r.status = status;
  r.content_type = "application/problem+json; charset=utf-8";
  r.body = boost::json::serialize(o);
  return r;
}

}  // namespace

int http_status(ErrorCode code) {
  switch (code) {
    case ErrorCode::invalid_argument:
      return 400;
    case ErrorCode::unauthenticated:
      return 401;
    case ErrorCode::permission_denied:
      return 403;
    case ErrorCode::not_found:
      return 404;
    case ErrorCode::failed_precondition:
      return 409;
    case ErrorCode::conflict:
      return 409;
    case ErrorCode::too_many_requests:
      return 429;
    case ErrorCode::payload_too_large:
      return 413;
    case ErrorCode::unsupported_media_type:
      return 415;
    case ErrorCode::internal:
      return 500;
  }
  return 500;
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
  o["title"] = title_of(e.code);
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
