#include <boost/json.hpp>

#include "http/handlers/routes.hpp"
#include "http/json_io.hpp"

namespace daibiao::http {
namespace {
HealthSources& sources() {
  static HealthSources s;
  return s;
}

bool is_loopback(std::string_view ip) {
  return ip.starts_with("127.") || ip == "::1" || ip.starts_with("::ffff:127.");
}

// Constant-time comparison, so the token cannot be guessed a byte at a time.
bool same_secret(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  unsigned char diff = 0;
  for (std::size_t i = 0; i < a.size(); ++i) diff |= static_cast<unsigned char>(a[i] ^ b[i]);
  return diff == 0;
}

bool may_read_metrics(const Request& req) {
  if (is_loopback(req.client_ip)) return true;
  const auto& token = sources().metrics_token;
  const auto auth = req.header("authorization");
  return !token.empty() && auth && auth->starts_with("Bearer ") &&
         same_secret(std::string_view(*auth).substr(7), token);
}
}  // namespace

void set_health_sources(HealthSources s) { sources() = std::move(s); }

void add_health_routes(Router& r) {
  r.add(
      "GET", "/healthz", Access::public_route,
      [](Context&) -> Result<Response> {
        return json_response(boost::json::object{{"status", "ok"}});
      },
      Runs::on_io_thread);
  r.add("GET", "/readyz", Access::public_route, [](Context&) -> Result<Response> {
    const bool ready = sources().database_ready && sources().database_ready();
    return json_response(boost::json::object{{"status", ready ? "ready" : "unavailable"},
                                             {"database", ready ? "ok" : "unreachable"}},
                         ready ? 200 : 503);
  });
  r.add(
      "GET", "/metrics", Access::public_route,
      [](Context& ctx) -> Result<Response> {
        if (!may_read_metrics(ctx.request)) return fail(ErrorCode::not_found, "接口不存在");
        Response res;
        res.content_type = "text/plain; version=0.0.4; charset=utf-8";
        res.body = sources().metrics_text ? sources().metrics_text() : "";
        return res;
      },
      Runs::on_io_thread);
}

Router build_router() {
  Router r;
  add_health_routes(r);
  add_auth_routes(r);
  add_org_routes(r);
  add_account_routes(r);
  add_audit_routes(r);
  add_deputy_routes(r);
  add_suggestion_routes(r);
  add_messaging_routes(r);
  add_calendar_routes(r);
  add_sampling_routes(r);
  add_clearing_routes(r);
  add_meeting_routes(r);
  add_leader_routes(r);
  add_key_topic_routes(r);
  add_funding_routes(r);
  add_award_routes(r);
  add_scorecard_routes(r);
  add_figure_routes(r);
  // The routes whose body is a file, not JSON; every other write must say application/json.
  r.accept_raw_body("POST", "/api/v1/suggestions/{id}/attachments");
  r.accept_raw_body("POST", "/api/v1/deputies/import/preview");
  r.accept_raw_body("POST", "/api/v1/deputies/import");
  return r;
}

}  // namespace daibiao::http
