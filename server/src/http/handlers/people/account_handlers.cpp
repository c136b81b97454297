// /api/v1/users, /api/v1/grants, /api/v1/access/roles.
#include <boost/json.hpp>

#include "app/people/account_service.hpp"
#include "base/text.hpp"
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

boost::json::object request_json(const storage::AdminRequest& r) {
  auto opt_time = [](const std::optional<std::int64_t>& t) {
    return t ? boost::json::value(iso_time(*t)) : boost::json::value(nullptr);
  };
  return {{"id", r.id},
          {"target_user_id", r.target_user_id},
          {"target_username", r.target_username},
          {"action", name_of(r.action)},
          {"display_name",
           r.display_name ? boost::json::value(*r.display_name) : boost::json::value(nullptr)},
          {"requested_by", r.requested_by},
          {"requested_by_name", r.requested_by_name},
          {"requested_at", iso_time(r.requested_at)},
          {"status", name_of(r.status)},
          {"decided_by_name",
           r.decided_by ? boost::json::value(r.decided_by_name) : boost::json::value(nullptr)},
          {"decided_at", opt_time(r.decided_at)}};
}

// 202 Accepted: the change waits for a second administrator's approval.
Response pending_response(const storage::AdminRequest& r) {
  return json_response(boost::json::object{{"pending_request", request_json(r)}}, 202);
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
    DAIBIAO_TRY(auto req, list_request(ctx.request));
    DAIBIAO_TRY(auto page, app::list_accounts(ctx.env, ctx.caller, req));
    return list_response(page, [](const people::Account& a) { return to_json(a); });
  });
  r.add(
      "POST", "/api/v1/users", Access::signed_in,
      [](Context& ctx) -> Result<Response> {
        DAIBIAO_TRY(auto in, JsonInput::parse(ctx.request.body));
        app::AccountInput a;
        auto username = in.text("username", true, 32);
        auto display = in.text("display_name", true, 50);
        auto password = in.secret("password", true, 128);
        auto node = in.integer("org_node_id", true, 1);
        auto unit = in.nullable_integer("unit_id");
        auto person = in.nullable_integer("person_id");
        if (auto st = in.finish(); !st) return std::unexpected(st.error());
        a = {*username,
             *display,
             *password,
             *node,
             unit ? *unit : std::nullopt,
             person ? *person : std::nullopt};
        return ok_json(shaped(app::create_account(ctx.env, ctx.caller, a)), 201);
      },
      Runs::on_password_pool);
  r.add("GET", "/api/v1/users/{id}", Access::signed_in, [](Context& ctx) -> Result<Response> {
    DAIBIAO_TRY(auto id, path_id(ctx));
    return ok_json(shaped(app::get_account(ctx.env, ctx.caller, UserId(id))));
  });
  r.add("PATCH", "/api/v1/users/{id}", Access::signed_in, [](Context& ctx) -> Result<Response> {
    DAIBIAO_TRY(auto id, path_id(ctx));
    DAIBIAO_TRY(auto in, JsonInput::parse(ctx.request.body));
    app::AccountPatch p;
    auto version = in.integer("version", true, 1);
    p.display_name = in.text("display_name", false, 50);
    p.active = in.boolean("active", false);
    p.unit_id = in.nullable_integer("unit_id");
    p.person_id = in.nullable_integer("person_id");
    if (auto st = in.finish(); !st) return std::unexpected(st.error());
    p.version = *version;
    DAIBIAO_TRY(auto change, app::update_account(ctx.env, ctx.caller, UserId(id), p));
    if (change.pending) return pending_response(*change.pending);
    return json_response(to_json(change.account));
  });
  r.add(
      "POST", "/api/v1/users/{id}/password", Access::signed_in,
      [](Context& ctx) -> Result<Response> {
        DAIBIAO_TRY(auto id, path_id(ctx));
        DAIBIAO_TRY(auto in, JsonInput::parse(ctx.request.body));
        auto password = in.secret("password", true, 128);
        if (auto st = in.finish(); !st) return std::unexpected(st.error());
        DAIBIAO_TRY(auto pending, app::reset_password(ctx.env, ctx.caller, UserId(id), *password));
        if (pending) return pending_response(*pending);
        return no_content();
      },
      Runs::on_password_pool);
  r.add("POST", "/api/v1/users/{id}/totp/reset", Access::signed_in,
        [](Context& ctx) -> Result<Response> {
          DAIBIAO_TRY(auto id, path_id(ctx));
          DAIBIAO_TRY(auto pending, app::reset_totp(ctx.env, ctx.caller, UserId(id)));
          if (pending) return pending_response(*pending);
          return no_content();
        });
  r.add("GET", "/api/v1/sessions", Access::signed_in, [](Context& ctx) -> Result<Response> {
    std::optional<UserId> user;
    for (const auto& [k, v] : ctx.request.query) {
      if (k != "user_id") return fail_fields({{k, "不支持的查询参数"}});
      auto id = parse_int(v);
      if (!id || *id <= 0) return fail_fields({{"user_id", "应为正整数"}});
      user = UserId(*id);
    }
    DAIBIAO_TRY(auto items, app::list_sessions(ctx.env, ctx.caller, user));
    boost::json::array out;
    for (const auto& s : items)
      out.push_back({{"id", s.id},
                     {"user_id", s.user_id},
                     {"username", s.username},
                     {"display_name", s.display_name},
                     {"ip", s.ip},
                     {"created_at", iso_time(s.created_at)},
                     {"last_seen_at", iso_time(s.last_seen_at)},
                     {"expires_at", iso_time(s.expires_at)},
                     {"current", s.id == ctx.session_id}});
    return json_response(boost::json::object{{"items", std::move(out)}});
  });
  r.add("DELETE", "/api/v1/sessions/{id}", Access::signed_in, [](Context& ctx) -> Result<Response> {
    DAIBIAO_TRY(auto id, path_id(ctx));
    if (auto st = app::end_session(ctx.env, ctx.caller, LoginSessionId(id)); !st)
      return std::unexpected(st.error());
    return no_content();
  });
  r.add("GET", "/api/v1/admin-requests", Access::signed_in, [](Context& ctx) -> Result<Response> {
    std::optional<access::AdminRequestStatus> status;
    for (const auto& [k, v] : ctx.request.query) {
      if (k != "status") return fail_fields({{k, "不支持的查询参数"}});
      status = parse<access::AdminRequestStatus>(v);
      if (!status) return fail_fields({{"status", "应为 pending、approved 或 rejected"}});
    }
    DAIBIAO_TRY(auto items, app::list_admin_requests(ctx.env, ctx.caller, status));
    boost::json::array out;
    for (const auto& r : items) out.push_back(request_json(r));
    return json_response(boost::json::object{{"items", std::move(out)}});
  });
  for (const bool approve : {true, false}) {
    r.add("POST",
          approve ? "/api/v1/admin-requests/{id}/approve" : "/api/v1/admin-requests/{id}/reject",
          Access::signed_in, [approve](Context& ctx) -> Result<Response> {
            DAIBIAO_TRY(auto id, path_id(ctx));
            auto decided =
                app::decide_admin_request(ctx.env, ctx.caller, AdminRequestId(id), approve);
            if (!decided) return std::unexpected(decided.error());
            return json_response(request_json(*decided));
          });
  }
  r.add("GET", "/api/v1/users/{id}/grants", Access::signed_in,
        [](Context& ctx) -> Result<Response> {
          DAIBIAO_TRY(auto id, path_id(ctx));
          DAIBIAO_TRY(auto grants, app::list_grants(ctx.env, ctx.caller, UserId(id)));
          boost::json::array items;
          for (const auto& g : grants) items.push_back(to_json(g));
          return json_response(boost::json::object{{"items", std::move(items)}});
        });
  r.add("POST", "/api/v1/users/{id}/grants", Access::signed_in,
        [](Context& ctx) -> Result<Response> {
          DAIBIAO_TRY(auto id, path_id(ctx));
          DAIBIAO_TRY(auto in, JsonInput::parse(ctx.request.body));
          auto role = in.text("role", true, 32);
          auto node = in.integer("org_node_id", true, 1);
          if (auto st = in.finish(); !st) return std::unexpected(st.error());
          DAIBIAO_TRY(auto g,
                      app::add_grant(ctx.env, ctx.caller, UserId(id), *role, OrgNodeId(*node)));
          return json_response(to_json(g), 201);
        });
  r.add("DELETE", "/api/v1/grants/{id}", Access::signed_in, [](Context& ctx) -> Result<Response> {
    DAIBIAO_TRY(auto id, path_id(ctx));
    if (auto st = app::revoke_grant(ctx.env, ctx.caller, GrantId(id)); !st)
      return std::unexpected(st.error());
    return no_content();
  });
}

}  // namespace daibiao::http
