// Expected failures as values. Every layer returns Result<T>; exactly one place
// (http/errors.cpp) turns an Error into an HTTP status and a problem+json body.
#pragma once

#include <expected>
#include <string>
#include <utility>
#include <vector>

#include "base/enum_table.hpp"

namespace daibiao {

// Stable codes: they appear in API responses as `code` and never change meaning.
enum class ErrorCode {
  invalid_argument,        // the input is malformed or breaks a rule; field errors say where
  unauthenticated,         // no valid session
  permission_denied,       // authenticated, but the role/scope does not allow it
  not_found,               // absent, or outside the caller's scope (never hint which)
  failed_precondition,     // the object is in a state that forbids the action
  conflict,                // stale version or a uniqueness clash
  too_many_requests,       // rate limit or account lockout in force
  payload_too_large,       // an upload beyond its limit
  unsupported_media_type,  // an upload of a type that is not allowed
  internal,                // a bug or a lost dependency; details go to the log only
};

// Each code's name (the API's `code`) and its zh-CN title (the problem's `title`).
inline constexpr auto kErrorCodeNames = std::to_array<EnumEntry<ErrorCode>>({
    {ErrorCode::invalid_argument, "invalid_argument", "请求内容有误"},
    {ErrorCode::unauthenticated, "unauthenticated", "未登录或会话已失效"},
    {ErrorCode::permission_denied, "permission_denied", "没有权限"},
    {ErrorCode::not_found, "not_found", "未找到"},
    {ErrorCode::failed_precondition, "failed_precondition", "当前状态不允许此操作"},
    {ErrorCode::conflict, "conflict", "数据冲突"},
    {ErrorCode::too_many_requests, "too_many_requests", "请求过于频繁"},
    {ErrorCode::payload_too_large, "payload_too_large", "内容过大"},
    {ErrorCode::unsupported_media_type, "unsupported_media_type", "不支持的文件类型"},
    {ErrorCode::internal, "internal", "服务器内部错误"},
});
static_assert(enum_table_ok(kErrorCodeNames));
constexpr const auto& enum_table(ErrorCode) { return kErrorCodeNames; }

// "not_found"; "internal" for a value outside the table.
const char* error_code_name(ErrorCode code);

struct FieldError {
  std::string field;    // JSON path of the field, e.g. "parent_id"
  std::string message;  // zh-CN, shown to the user
};

struct Error {
  ErrorCode code = ErrorCode::internal;
  std::string message;             // zh-CN detail safe to show
  std::vector<FieldError> fields;  // per-field problems for invalid_argument
  std::string log_detail;          // never sent to clients (SQL errors etc.)
  int retry_after_s = 0;           // too_many_requests: seconds until a retry may succeed
};

template <typename T>
using Result = std::expected<T, Error>;
using Status = std::expected<void, Error>;

inline std::unexpected<Error> fail(ErrorCode code, std::string message,
                                   std::string log_detail = {}) {
  return std::unexpected(Error{code, std::move(message), {}, std::move(log_detail)});
}

// A refusal by a rate limit: 429 with a Retry-After of `seconds` (at least 1).
inline std::unexpected<Error> fail_throttled(std::string message, long long seconds) {
  Error e{ErrorCode::too_many_requests, std::move(message), {}, {}};
  e.retry_after_s = seconds < 1 ? 1 : static_cast<int>(seconds);
  return std::unexpected(std::move(e));
}

inline std::unexpected<Error> fail_fields(std::vector<FieldError> fields,
                                          std::string message = "输入有误，请检查标出的字段") {
  return std::unexpected(
      Error{ErrorCode::invalid_argument, std::move(message), std::move(fields), {}});
}

}  // namespace daibiao

// DAIBIAO_TRY(auto x, expr): evaluates `expr` (a Result<T>); on failure returns its error from
// the enclosing function (which returns some Result<U> or Status), otherwise declares `x` as the
// value, moved out. It stands for the two lines
//   auto r = expr;  if (!r) return std::unexpected(r.error());
// followed by `*r` at every use, so a function reads as its steps, not as their plumbing
// (Abseil's ASSIGN_OR_RETURN). `decl` may be `auto x`, `const auto x` or `T x`; the expression
// may hold top-level commas.
#define DAIBIAO_TRY(decl, ...) \
  DAIBIAO_TRY_IMPL(DAIBIAO_TRY_CONCAT(daibiao_try_result_, __LINE__), decl, (__VA_ARGS__))
#define DAIBIAO_TRY_CONCAT_INNER(a, b) a##b
#define DAIBIAO_TRY_CONCAT(a, b) DAIBIAO_TRY_CONCAT_INNER(a, b)
// NOLINTBEGIN(bugprone-macro-parentheses): `decl` is a declaration and cannot be parenthesised.
#define DAIBIAO_TRY_IMPL(tmp, decl, expr)                   \
  auto tmp = expr;                                          \
  if (!tmp) return std::unexpected(std::move(tmp).error()); \
  decl = *std::move(tmp)
// NOLINTEND(bugprone-macro-parentheses)
