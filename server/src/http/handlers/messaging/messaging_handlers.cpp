// /api/v1/notifications (each account's own) and /api/v1/suggestions/{id}/messages (the
// thread of one suggestion): messaging. Handlers only parse and shape; app/messaging does the
// work.
#include <boost/json.hpp>

#include "app/messaging/notification_service.hpp"
#include "app/messaging/thread_service.hpp"
#include "http/handlers/routes.hpp"
#include "http/json_io.hpp"

namespace daibiao::http {
namespace {

using boost::json::array;
using boost::json::object;
using boost::json::value;

value opt_int(const std::optional<std::int64_t>& v) { return v ? value(*v) : value(nullptr); }
value opt_time(const std::optional<std::int64_t>& v) {
  return v ? value(iso_time(*v)) : value(nullptr);
}

Response no_content() {
  Response res;
  res.status = 204;
  return res;
}

object message_json(const storage::MessageRow& m) {
  return {{"id", m.id},
          {"author_name", m.author_name},
          {"side", m.side},
          {"body", m.body},
          {"at", iso_time(m.at)}};
}

void add_thread_routes(Router& r) {
  r.add("GET", "/api/v1/suggestions/{id}/messages", Access::signed_in,
        [](Context& ctx) -> Result<Response> {
          DAIBIAO_TRY(auto id, path_id(ctx));
          DAIBIAO_TRY(auto list, app::list_messages(ctx.env, ctx.caller, id));
          array items;
          for (const auto& m : list) items.push_back(message_json(m));
          return json_response(object{{"items", std::move(items)}});
        });
  r.add("POST", "/api/v1/suggestions/{id}/messages", Access::signed_in,
        [](Context& ctx) -> Result<Response> {
          DAIBIAO_TRY(auto id, path_id(ctx));
          DAIBIAO_TRY(auto in, JsonInput::parse(ctx.request.body));
          auto body = in.text("body", true, 2000);
          if (auto st = in.finish(); !st) return std::unexpected(st.error());
          DAIBIAO_TRY(auto m, app::post_message(ctx.env, ctx.caller, id, *body));
          return json_response(message_json(m), 201);
        });
}

void add_notification_routes(Router& r) {
  r.add("GET", "/api/v1/notifications", Access::signed_in, [](Context& ctx) -> Result<Response> {
    DAIBIAO_TRY(auto req, list_request(ctx.request));
    bool unread_only = false;
    if (auto it = req.filters.find("unread"); it != req.filters.end()) {
      unread_only = it->second == "true" || it->second == "1";
      req.filters.erase(it);
    }
    DAIBIAO_TRY(auto page, app::list_notifications(ctx.env, ctx.caller, req, unread_only));
    array items;
    for (const auto& n : page.page.items)
      items.push_back(object{{"id", n.id},
                             {"suggestion_id", opt_int(n.suggestion_id)},
                             {"kind", n.kind},
                             {"title", n.title},
                             {"body", n.body},
                             {"created_at", iso_time(n.created_at)},
                             {"read_at", opt_time(n.read_at)}});
    return json_response(object{{"items", std::move(items)},
                                {"page", page.page.page},
                                {"page_size", page.page.page_size},
                                {"total", page.page.total},
                                {"total_capped", page.page.total_capped},
                                {"unread", page.unread}});
  });
  r.add("POST", "/api/v1/notifications/read-all", Access::signed_in,
        [](Context& ctx) -> Result<Response> {
          DAIBIAO_TRY(auto n, app::read_all_notifications(ctx.env, ctx.caller));
          return json_response(object{{"updated", n}});
        });
  r.add("POST", "/api/v1/notifications/{id}/read", Access::signed_in,
        [](Context& ctx) -> Result<Response> {
          DAIBIAO_TRY(auto id, path_id(ctx));
          if (auto st = app::read_notification(ctx.env, ctx.caller, id); !st)
            return std::unexpected(st.error());
          return no_content();
        });
}

}  // namespace

void add_messaging_routes(Router& r) {
  add_thread_routes(r);
  add_notification_routes(r);
}

}  // namespace daibiao::http
