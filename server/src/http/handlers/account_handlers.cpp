// /api/v1/users, /api/v1/grants, /api/v1/access/roles.
#include <boost/json.hpp>

#include "app/account_service.hpp"
#include "http/handlers/routes.hpp"
#include "http/handlers/to_json.hpp"
#include "http/json_io.hpp"

namespace daibiao::http {
namespace {

Result<Response> ok_json(Result<boost::json::object> r, int status = 200) {
  if (!r) return std::unexpected(r.error());
  return json_response(*r, status);
}

Result<boost::json::object> shaped(Result<people::Account> a) {
  if (!a) return std::unexpected(a.error());
  return to_json(*a);
}

Response no_content() {
  Response res;
  res.status = 204;
  return res;
}

}  // namespace

void add_account_routes(Router& r) {
  r.add("GET", "/api/v1/access/roles", Access::signed_in, [](Context&) -> Result<Response> {
    boost::json::array roles;
    for (auto role : access::all_roles()) {
      boost::json::array perms;
      for (auto p : access::role_permissions(role))
        perms.push_back(boost::json::string(access::permission_name(p)));
      roles.push_back({{"role", access::role_name(role)},
                       {"title", access::role_title_zh(role)},
                       {"admin", access::is_admin_role(role)},
                       {"permissions", std::move(perms)}});
    }
    return json_response(boost::json::object{{"items", std::move(roles)}});
  });
  r.add("GET", "/api/v1/users", Access::signed_in, [](Context& ctx) -> Result<Response> {
    auto req = list_request(ctx.request);
    if (!req) return std::unexpected(req.error());
    auto page = app::list_accounts(ctx.env, ctx.caller, *req);
    if (!page) return std::unexpected(page.error());
    return list_response(*page, [](const people::Account& a) { return to_json(a); });
  });
  r.add("POST", "/api/v1/users", Access::signed_in, [](Context& ctx) -> Result<Response> {
    auto in = JsonInput::parse(ctx.request.body);
    if (!in) return std::unexpected(in.error());
    app::AccountInput a;
    auto username = in->text("username", true, 32);
    auto display = in->text("display_name", true, 50);
    auto password = in->secret("password", true, 128);
    auto node = in->integer("org_node_id", true, 1);
    auto unit = in->nullable_integer("unit_id");
    auto person = in->nullable_integer("person_id");
    if (auto st = in->finish(); !st) return std::unexpected(st.error());
    a = {*username,
         *display,
         *password,
         *node,
         unit ? *unit : std::nullopt,
         person ? *person : std::nullopt};
    return ok_json(shaped(app::create_account(ctx.env, ctx.caller, a)), 201);
  });
  r.add("GET", "/api/v1/users/{id}", Access::signed_in, [](Context& ctx) -> Result<Response> {
    auto id = path_id(ctx);
    if (!id) return std::unexpected(id.error());
    return ok_json(shaped(app::get_account(ctx.env, ctx.caller, *id)));
  });
  r.add("PATCH", "/api/v1/users/{id}", Access::signed_in, [](Context& ctx) -> Result<Response> {
    auto id = path_id(ctx);
    if (!id) return std::unexpected(id.error());
    auto in = JsonInput::parse(ctx.request.body);
    if (!in) return std::unexpected(in.error());
    app::AccountPatch p;
    auto version = in->integer("version", true, 1);
    p.display_name = in->text("display_name", false, 50);
    p.active = in->boolean("active", false);
    p.unit_id = in->nullable_integer("unit_id");
    p.person_id = in->nullable_integer("person_id");
    if (auto st = in->finish(); !st) return std::unexpected(st.error());
    p.version = *version;
    return ok_json(shaped(app::update_account(ctx.env, ctx.caller, *id, p)));
  });
  r.add("POST", "/api/v1/users/{id}/password", Access::signed_in,
        [](Context& ctx) -> Result<Response> {
          auto id = path_id(ctx);
          if (!id) return std::unexpected(id.error());
          auto in = JsonInput::parse(ctx.request.body);
          if (!in) return std::unexpected(in.error());
          auto password = in->secret("password", true, 128);
          if (auto st = in->finish(); !st) return std::unexpected(st.error());
          if (auto st = app::reset_password(ctx.env, ctx.caller, *id, *password); !st)
            return std::unexpected(st.error());
          return no_content();
        });
  r.add("GET", "/api/v1/users/{id}/grants", Access::signed_in,
        [](Context& ctx) -> Result<Response> {
          auto id = path_id(ctx);
          if (!id) return std::unexpected(id.error());
          auto grants = app::list_grants(ctx.env, ctx.caller, *id);
          if (!grants) return std::unexpected(grants.error());
          boost::json::array items;
          for (const auto& g : *grants) items.push_back(to_json(g));
          return json_response(boost::json::object{{"items", std::move(items)}});
        });
  r.add("POST", "/api/v1/users/{id}/grants", Access::signed_in,
        [](Context& ctx) -> Result<Response> {
          auto id = path_id(ctx);
          if (!id) return std::unexpected(id.error());
          auto in = JsonInput::parse(ctx.request.body);
          if (!in) return std::unexpected(in.error());
          auto role = in->text("role", true, 32);
          auto node = in->integer("org_node_id", true, 1);
          if (auto st = in->finish(); !st) return std::unexpected(st.error());
          auto g = app::add_grant(ctx.env, ctx.caller, *id, *role, *node);
          if (!g) return std::unexpected(g.error());
          return json_response(to_json(*g), 201);
        });
  r.add("DELETE", "/api/v1/grants/{id}", Access::signed_in, [](Context& ctx) -> Result<Response> {
    auto id = path_id(ctx);
    if (!id) return std::unexpected(id.error());
    if (auto st = app::revoke_grant(ctx.env, ctx.caller, *id); !st)
      return std::unexpected(st.error());
    return no_content();
  });
}

}  // namespace daibiao::http
