#include <boost/json.hpp>

#include "http/handlers/routes.hpp"
#include "http/json_io.hpp"

namespace daibiao::http {
namespace {
HealthSources& sources() {
  static HealthSources s;
  return s;
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
      [](Context&) -> Result<Response> {
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
  return r;
}

}  // namespace daibiao::http
