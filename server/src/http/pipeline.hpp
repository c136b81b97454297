// What happens to every request between the socket and the handler, in this order:
// request id → route match (404/405, else the web app's files) → Origin check on
// state-changing methods (403) → session (401) → CSRF token (403) → handler → error
// mapping → security headers → access log line (queued to its writer thread) and metrics.
// Runs on the worker pool; only routes marked Runs::on_io_thread (constant-time, no I/O)
// run on the I/O threads.
#pragma once

#include <atomic>
#include <memory>

#include "app/use_case.hpp"
#include "http/access_log.hpp"
#include "http/message.hpp"
#include "http/metrics.hpp"
#include "http/router.hpp"
#include "http/static_files.hpp"

namespace daibiao::http {

struct PipelineOptions {
  bool secure_cookies = false;  // always add Secure (deployments behind TLS)
  bool trust_proxy = false;     // honour X-Forwarded-For / X-Forwarded-Proto from the proxy
  bool access_log = true;
  std::string web_root;  // built web app (web/dist); empty: API only
};

class Pipeline {
 public:
  Pipeline(app::Env& env, Router router, PipelineOptions options);
  Response handle(Request& req);
  // True when the request's route never blocks and may run on the I/O thread.
  bool runs_inline(const Request& req) const;
  Runs lane(const Request& req) const;  // where the matched route runs (on_workers if none)
  const Router& router() const { return router_; }
  Metrics& metrics() { return metrics_; }
  std::int64_t in_flight() const { return in_flight_.load(); }
  // The response for a request refused before routing (size limits, unparsable
  // message): a problem body, logged and counted like any other.
  Response reject(const Request& req, int status, const std::string& code,
                  const std::string& title);

 private:
  // dispatch() inside the exception boundary: never throws.
  Response dispatch_guarded(Request& req, const std::string& request_id, std::string& route,
                            std::int64_t& user_id);
  Response dispatch(Request& req, const std::string& request_id, std::string& route,
                    std::int64_t& user_id);
  void finish(const Request& req, Response& res, const std::string& request_id,
              const std::string& route, std::int64_t user_id, double seconds);

  app::Env& env_;
  Router router_;
  PipelineOptions options_;
  Metrics metrics_;
  AccessLog access_log_;
  StaticFiles static_files_;
  std::atomic<std::int64_t> in_flight_{0};
  // Request ids: a random per-process prefix and a counter — unique across nodes and
  // restarts without a CSPRNG call per request.
  std::string id_prefix_;
  std::atomic<std::uint64_t> next_id_{0};
  std::string new_request_id();
};

// The session cookie's name and attributes.
// Over plain HTTP (development, tests) the cookie is "daibiao_session"; behind TLS it is
// "__Host-daibiao_session", which browsers accept only with Secure, Path=/ and no Domain, so
// neither a sibling subdomain nor a plain-HTTP page can plant or overwrite it.
constexpr const char* kSessionCookie = "daibiao_session";
constexpr const char* kSecureSessionCookie = "__Host-daibiao_session";
const char* session_cookie_name(bool secure);
std::string session_cookie(const std::string& token, bool secure);
std::string clear_session_cookie(bool secure);
bool is_secure_request(const Request& req, const PipelineOptions& o);

}  // namespace daibiao::http
