#include "http/pipeline.hpp"

#include <openssl/crypto.h>

#include <chrono>
#include <cstdio>

#include "base/json_text.hpp"
#include "http/errors.hpp"

namespace daibiao::http {
namespace {

bool valid_request_id(std::string_view id) {
  if (id.empty() || id.size() > 64) return false;
  for (char c : id)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_' && c != '.')
      return false;
  return true;
}

// Content-Type application/json, with or without parameters ("; charset=utf-8").
bool is_json(const Request& req) {
  auto type = req.header("content-type");
  if (!type) return false;
  std::string t = type->substr(0, type->find(';'));
  while (!t.empty() && t.back() == ' ') t.pop_back();
  for (char& c : t) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return t == "application/json";
}

// What a signed-in user may still do whose password has expired, or an administrator who
// has not set up the second factor yet.
bool allowed_before_setup(const std::string& method, const std::string& pattern) {
  return (method == "GET" && pattern == "/api/v1/auth/me") ||
         (method == "POST" &&
          (pattern == "/api/v1/auth/password" || pattern == "/api/v1/auth/logout" ||
           pattern == "/api/v1/auth/totp/setup" || pattern == "/api/v1/auth/totp/enable"));
}

bool state_changing(const std::string& method) {
  return method == "POST" || method == "PUT" || method == "PATCH" || method == "DELETE";
}

bool same_token(const std::string& a, const std::string& b) {
  return a.size() == b.size() && CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

// A browser sends Origin on cross-site writes; if present it must name this host.
bool origin_matches(const Request& req) {
  auto origin = req.header("origin");
  if (!origin || *origin == "null") return !origin.has_value();
  auto host = req.header("host");
  if (!host) return false;
  auto scheme_end = origin->find("://");
  if (scheme_end == std::string::npos) return false;
  return origin->substr(scheme_end + 3) == *host;
}

}  // namespace

const char* session_cookie_name(bool secure) {
  return secure ? kSecureSessionCookie : kSessionCookie;
}

std::string session_cookie(const std::string& token, bool secure) {
  return std::string(session_cookie_name(secure)) + "=" + token +
         "; Path=/; HttpOnly; SameSite=Lax" + (secure ? "; Secure" : "");
}

std::string clear_session_cookie(bool secure) {
  return std::string(session_cookie_name(secure)) + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax" +
         (secure ? "; Secure" : "");
}

bool is_secure_request(const Request& req, const PipelineOptions& o) {
  if (o.secure_cookies) return true;
  return o.trust_proxy && req.header("x-forwarded-proto") == std::optional<std::string>("https");
}

Pipeline::Pipeline(app::Env& env, Router router, PipelineOptions options)
    : env_(env),
      router_(std::move(router)),
      options_(options),
      static_files_(StaticFiles::load(options.web_root)),
      id_prefix_(env.random.hex_token(4)) {}

std::string Pipeline::new_request_id() {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%s-%llx", id_prefix_.c_str(),
                static_cast<unsigned long long>(++next_id_));
  return buf;
}

bool Pipeline::runs_inline(const Request& req) const { return lane(req) == Runs::on_io_thread; }

Runs Pipeline::lane(const Request& req) const {
  std::map<std::string, std::string> params;
  bool path_known = false;
  const Route* r = router_.match(req.method, req.path, params, path_known);
  return r ? r->runs : Runs::on_workers;
}

Response Pipeline::handle(Request& req) {
  const auto started = std::chrono::steady_clock::now();
  ++in_flight_;
  auto incoming = req.header("x-request-id");
  const std::string request_id =
      incoming && valid_request_id(*incoming) ? *incoming : new_request_id();
  if (options_.trust_proxy)
    if (auto fwd = req.header("x-forwarded-for")) {
      // The rightmost entry is the one our proxy appended; those left of it came from the
      // client and could be anything.
      const auto comma = fwd->rfind(',');
      std::string ip = comma == std::string::npos ? *fwd : fwd->substr(comma + 1);
      ip.erase(0, ip.find_first_not_of(' '));
      if (!ip.empty()) req.client_ip = ip;
    }
  std::string route = "unmatched";
  std::int64_t user_id = 0;
  Response res = dispatch_guarded(req, request_id, route, user_id);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  finish(req, res, request_id, route, user_id, seconds);
  --in_flight_;
  return res;
}

Response Pipeline::dispatch_guarded(Request& req, const std::string& request_id, std::string& route,
                                    std::int64_t& user_id) {
  // The one exception boundary: whatever a handler, a use case or a library throws while
  // handling a request becomes a 500 problem (its cause logged with the request id by
  // problem()), and the worker thread lives on to serve the next request.
  std::string cause;
  try {
    return dispatch(req, request_id, route, user_id);
  } catch (const std::exception& e) {
    cause = std::string("exception: ") + e.what();
  } catch (...) {
    cause = "exception of unknown type";
  }
  return problem(Error{ErrorCode::internal, "处理请求时发生内部错误", {}, cause + " in " + route},
                 request_id);
}

Response Pipeline::dispatch(Request& req, const std::string& request_id, std::string& route,
                            std::int64_t& user_id) {
  std::map<std::string, std::string> params;
  bool path_known = false;
  const Route* r = router_.match(req.method, req.path, params, path_known);
  if (!r && !path_known) {
    if (auto file = static_files_.serve(req)) {
      route = "static";
      return std::move(*file);
    }
    return problem_status(404, "not_found", "接口不存在", request_id);
  }
  if (!r) {
    Response res = problem_status(405, "method_not_allowed", "不支持此请求方法", request_id);
    res.headers.emplace_back("Allow", router_.allowed_methods(req.path));
    return res;
  }
  route = r->pattern;
  Context ctx{req, std::move(params), env_, {}, 0, is_secure_request(req, options_)};
  ctx.caller.ip = req.client_ip;
  ctx.caller.request_id = request_id;
  // Cross-site writes are refused even before sign-in (login CSRF).
  if (state_changing(req.method) && !origin_matches(req))
    return problem(
        Error{ErrorCode::permission_denied, "来源（Origin）与本站不符，请求被拒绝", {}, {}},
        request_id);
  if (state_changing(req.method) && !req.body.empty() && !r->raw_body && !is_json(req))
    return problem(Error{ErrorCode::unsupported_media_type,
                         "请求体须为 JSON（Content-Type: application/json）",
                         {},
                         {}},
                   request_id);
  if (r->access == Access::signed_in) {
    auto token = req.cookie(session_cookie_name(ctx.secure_transport));
    auto auth = app::authenticate(env_, token.value_or(""));
    if (!auth) {
      Response res = problem(auth.error(), request_id);
      if (token) res.headers.emplace_back("Set-Cookie", clear_session_cookie(ctx.secure_transport));
      return res;
    }
    if (state_changing(req.method)) {
      auto csrf = req.header("x-csrf-token");
      if (!csrf || !same_token(*csrf, auth->csrf_token))
        return problem(
            Error{ErrorCode::permission_denied, "缺少或错误的 CSRF 令牌：请刷新页面后重试", {}, {}},
            request_id);
    }
    if (auth->password_expired && !allowed_before_setup(req.method, r->pattern))
      return problem(Error{ErrorCode::permission_denied,
                           "密码已使用超过 90 天，请先修改密码（个人设置 → 修改密码）",
                           {},
                           {}},
                     request_id);
    if (auth->totp_setup_required && !allowed_before_setup(req.method, r->pattern))
      return problem(Error{ErrorCode::permission_denied,
                           "管理员须先绑定动态口令（双因素认证）后才能继续",
                           {},
                           {}},
                     request_id);
    ctx.totp_enabled = auth->totp_enabled;
    ctx.totp_setup_required = auth->totp_setup_required;
    ctx.password_expired = auth->password_expired;
    ctx.caller.principal = std::move(auth->principal);
    ctx.session_id = auth->session_id;
    ctx.csrf_token = auth->csrf_token;
    user_id = ctx.caller.principal.user_id;
  }
  Result<Response> result = r->handler(ctx);
  if (!result) {
    return problem(result.error(), request_id);
  }
  if (!user_id) user_id = ctx.caller.principal.user_id;
  return std::move(*result);
}

void Pipeline::finish(const Request& req, Response& res, const std::string& request_id,
                      const std::string& route, std::int64_t user_id, double seconds) {
  res.route = route;
  res.headers.emplace_back("X-Request-Id", request_id);
  res.headers.emplace_back("X-Content-Type-Options", "nosniff");
  bool has_cache_control = false;
  for (const auto& [k, v] : res.headers)
    has_cache_control = has_cache_control || k == "Cache-Control";
  if (!has_cache_control) res.headers.emplace_back("Cache-Control", "no-store");
  metrics_.observe(route, req.method, res.status, seconds);
  if (!options_.access_log) return;
  std::string line = "{\"ts\":\"" + format_iso_utc(env_.clock.now_ms()) + "\",\"request_id\":\"" +
                     request_id + "\",\"method\":";
  append_json_string(line, req.method);
  line += ",\"path\":";
  append_json_string(line, req.path.substr(0, 200));
  line += ",\"route\":";
  append_json_string(line, route);
  line += ",\"status\":" + std::to_string(res.status) +
          ",\"duration_ms\":" + std::to_string(seconds * 1000.0) +
          ",\"bytes\":" + std::to_string(res.body.size()) + ",\"ip\":";
  append_json_string(line, req.client_ip);
  line += ",\"user_id\":" + std::to_string(user_id) + "}\n";
  access_log_.write(std::move(line));
}

Response Pipeline::reject(const Request& req, int status, const std::string& code,
                          const std::string& title) {
  const std::string request_id = new_request_id();
  Response res = problem_status(status, code, title, request_id);
  finish(req, res, request_id, "rejected", 0, 0.0);
  return res;
}

}  // namespace daibiao::http
