#include <boost/json.hpp>

#include "http/handlers/routes.hpp"
#include "http/handlers/to_json.hpp"
#include "http/json_io.hpp"
#include "http/pipeline.hpp"

namespace daibiao::http {

namespace {

boost::json::object me_json(const access::Principal& p) {
  boost::json::array grants, permissions;
  std::set<std::string> perms;
  for (const auto& g : p.grants) {
    grants.push_back({{"role", access::role_name(g.role)},
                      {"role_title", access::role_title_zh(g.role)},
                      {"org_node_id", g.org_node_id},
                      {"org_name", g.org_name}});
    for (auto perm : access::role_permissions(g.role)) perms.emplace(access::permission_name(perm));
  }
  for (const auto& perm : perms) permissions.push_back(boost::json::string(perm));
  return {
      {"id", p.user_id},
      {"username", p.username},
      {"display_name", p.display_name},
      {"org_node_id", p.home_org_id},
      {"unit_id", p.unit_id ? boost::json::value(*p.unit_id) : boost::json::value(nullptr)},
      {"person_id", p.person_id ? boost::json::value(*p.person_id) : boost::json::value(nullptr)},
      {"grants", std::move(grants)},
      {"permissions", std::move(permissions)}};
}

}  // namespace

void add_auth_routes(Router& r) {
  r.add(
      "POST", "/api/v1/auth/login", Access::public_route,
      [](Context& ctx) -> Result<Response> {
        DAIBIAO_TRY(auto in, JsonInput::parse(ctx.request.body));
        auto username = in.text("username", true, 64);
        auto password = in.secret("password", true, 128);
        auto totp = in.text("totp_code", false, 16);
        if (auto st = in.finish(); !st) return std::unexpected(st.error());
        auto result =
            app::login(ctx.env, *username, *password, ctx.caller.ip, ctx.caller.request_id, totp);
        if (!result) return std::unexpected(result.error());
        DAIBIAO_TRY(auto principal, app::principal_of(ctx.env, UserId(result->account.id)));
        Response res =
            json_response(boost::json::object{{"csrf_token", result->csrf_token},
                                              {"expires_at", iso_time(result->expires_at)},
                                              {"user", me_json(principal)}});
        res.headers.emplace_back("Set-Cookie",
                                 session_cookie(result->session_token, ctx.secure_transport));
        return res;
      },
      Runs::on_password_pool);
  r.add("POST", "/api/v1/auth/logout", Access::signed_in, [](Context& ctx) -> Result<Response> {
    if (auto st = app::logout(ctx.env, ctx.caller, LoginSessionId(ctx.session_id)); !st)
      return std::unexpected(st.error());
    Response res;
    res.status = 204;
    res.headers.emplace_back("Set-Cookie", clear_session_cookie(ctx.secure_transport));
    return res;
  });
  r.add("GET", "/api/v1/auth/me", Access::signed_in, [](Context& ctx) -> Result<Response> {
    // The CSRF token again, so a reloaded page can recover it (same-origin reads only).
    boost::json::object me = me_json(ctx.caller.principal);
    me["csrf_token"] = ctx.csrf_token;
    me["password_expired"] = ctx.password_expired;
    me["totp_enabled"] = ctx.totp_enabled;
    me["totp_setup_required"] = ctx.totp_setup_required;
    return json_response(me);
  });
  r.add("POST", "/api/v1/auth/totp/setup", Access::signed_in, [](Context& ctx) -> Result<Response> {
    DAIBIAO_TRY(auto setup, app::setup_totp(ctx.env, ctx.caller));
    Response res = json_response(
        boost::json::object{{"secret", setup.secret}, {"otpauth_uri", setup.otpauth_uri}});
    res.headers.emplace_back("Cache-Control", "no-store");
    return res;
  });
  r.add("POST", "/api/v1/auth/totp/enable", Access::signed_in,
        [](Context& ctx) -> Result<Response> {
          DAIBIAO_TRY(auto in, JsonInput::parse(ctx.request.body));
          auto code = in.text("code", true, 16);
          if (auto st = in.finish(); !st) return std::unexpected(st.error());
          if (auto st = app::enable_totp(ctx.env, ctx.caller, *code); !st)
            return std::unexpected(st.error());
          Response res;
          res.status = 204;
          return res;
        });
  r.add(
      "POST", "/api/v1/auth/totp/disable", Access::signed_in,
      [](Context& ctx) -> Result<Response> {
        DAIBIAO_TRY(auto in, JsonInput::parse(ctx.request.body));
        // Optional here so that an administrator hears "not allowed" before "password missing".
        auto password = in.secret("password", false, 128);
        if (auto st = in.finish(); !st) return std::unexpected(st.error());
        if (auto st = app::disable_totp(ctx.env, ctx.caller, password.value_or("")); !st)
          return std::unexpected(st.error());
        Response res;
        res.status = 204;
        return res;
      },
      Runs::on_password_pool);
  r.add(
      "POST", "/api/v1/auth/password", Access::signed_in,
      [](Context& ctx) -> Result<Response> {
        DAIBIAO_TRY(auto in, JsonInput::parse(ctx.request.body));
        auto old_pw = in.secret("old_password", true, 128);
        auto new_pw = in.secret("new_password", true, 128);
        if (auto st = in.finish(); !st) return std::unexpected(st.error());
        if (auto st = app::change_password(ctx.env, ctx.caller, LoginSessionId(ctx.session_id),
                                           *old_pw, *new_pw);
            !st)
          return std::unexpected(st.error());
        Response res;
        res.status = 204;
        return res;
      },
      Runs::on_password_pool);
}

}  // namespace daibiao::http
