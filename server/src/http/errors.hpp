// The one place that maps an Error to HTTP: status, and an application/problem+json body
// with a stable `code`, a zh-CN `title`, the detail and field errors. Internal details
// (SQL, stack) never reach the body; they go to the log with the request id.
#pragma once

#include "base/result.hpp"
#include "http/message.hpp"

namespace daibiao::http {

int http_status(ErrorCode code);
Response problem(const Error& e, const std::string& request_id);
// Transport-level problems that have no ErrorCode (404 route, 405, 413, 431, 400 parse).
Response problem_status(int status, const std::string& code, const std::string& title,
                        const std::string& request_id);

}  // namespace daibiao::http
