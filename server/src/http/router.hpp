// Routes: method + pattern ("/api/v1/org/nodes/{id}") → handler, with the policy the
// pipeline applies before the handler runs (public or signed-in).
#pragma once

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "app/access/auth.hpp"
#include "base/result.hpp"
#include "http/message.hpp"

namespace daibiao::http {

struct Context {
  const Request& request;
  std::map<std::string, std::string> params;  // from {name} segments
  app::Env& env;
  app::Caller caller;  // empty principal on public routes
  std::int64_t session_id = 0;
  bool secure_transport = false;
  std::string csrf_token;         // of the caller's session (signed-in routes)
  bool password_expired = false;  // see app::Authenticated
  bool totp_enabled = false;
  bool totp_setup_required = false;
};

using Handler = std::function<Result<Response>(Context&)>;

enum class Access { public_route, signed_in };

// Where the handler runs: on the worker pool (default; anything that may touch the
// database or block) or directly on the I/O thread (constant-time, never blocks).
// Where a route's handler runs. on_password_pool: routes that hash a password (Argon2id, tens
// of ms of a core) run on a small pool of their own with a bounded queue, so a flood of
// sign-ins never occupies the handler threads that every other request needs.
enum class Runs { on_workers, on_io_thread, on_password_pool };

struct Route {
  std::string method;
  std::string pattern;
  Access access;
  Handler handler;
  std::vector<std::string> segments;  // pattern split on '/'
  Runs runs = Runs::on_workers;
  bool raw_body = false;  // the body is a file (any Content-Type); otherwise JSON only
};

class Router {
 public:
  void add(std::string method, std::string pattern, Access access, Handler handler,
           Runs runs = Runs::on_workers);
  // Marks an added route as taking a file body; throws std::logic_error at start-up when no
  // such route exists (a typo must not silently turn a check off).
  void accept_raw_body(const std::string& method, const std::string& pattern);
  // The route for method+path; `params` receives {name} values. nullptr when none;
  // `path_known` tells 405 from 404.
  const Route* match(const std::string& method, const std::string& path,
                     std::map<std::string, std::string>& params, bool& path_known) const;
  const std::vector<Route>& routes() const { return routes_; }
  // Methods that do exist for `path` (the Allow header of a 405).
  std::string allowed_methods(const std::string& path) const;

 private:
  std::vector<Route> routes_;
};

}  // namespace daibiao::http
