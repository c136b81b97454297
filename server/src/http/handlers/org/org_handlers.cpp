// /api/v1/org: congresses (nodes), handling units, terms, sessions. Each handler reads
// input, calls one use case and shapes the answer; rules live in app/ and domain/.
#include <boost/json.hpp>

#include "app/org/org_service.hpp"
#include "http/handlers/routes.hpp"
#include "http/handlers/to_json.hpp"
#include "http/json_io.hpp"

namespace daibiao::http {
namespace {

template <typename T>
Result<Response> one(Result<T> r, int status = 200) {
  if (!r) return std::unexpected(r.error());
  return json_response(to_json(*r), status);
}

Result<Response> no_content(Status st) {
  if (!st) return std::unexpected(st.error());
  Response res;
  res.status = 204;
  return res;
}

template <typename T>
Result<Response> many(Result<app::ListResult<T>> r) {
  if (!r) return std::unexpected(r.error());
  return list_response(*r, [](const T& x) { return to_json(x); });
}

// Shared shape of the four resources' routes: list, create, get, patch, delete.
template <typename Id, typename Input, typename Patch>
void add_resource(Router& r, const std::string& base, auto list, auto get, auto create, auto update,
                  auto remove, Result<Input> (*read_input)(JsonInput&),
                  Result<Patch> (*read_patch)(JsonInput&)) {
  r.add("GET", base, Access::signed_in, [list](Context& ctx) -> Result<Response> {
    DAIBIAO_TRY(auto req, list_request(ctx.request));
    return many(list(ctx.env, ctx.caller, req));
  });
  r.add("POST", base, Access::signed_in, [create, read_input](Context& ctx) -> Result<Response> {
    DAIBIAO_TRY(auto in, JsonInput::parse(ctx.request.body));
    DAIBIAO_TRY(auto input, read_input(in));
    return one(create(ctx.env, ctx.caller, input), 201);
  });
  r.add("GET", base + "/{id}", Access::signed_in, [get](Context& ctx) -> Result<Response> {
    DAIBIAO_TRY(auto id, path_id(ctx));
    return one(get(ctx.env, ctx.caller, Id(id)));
  });
  r.add("PATCH", base + "/{id}", Access::signed_in,
        [update, read_patch](Context& ctx) -> Result<Response> {
          DAIBIAO_TRY(auto id, path_id(ctx));
          DAIBIAO_TRY(auto in, JsonInput::parse(ctx.request.body));
          DAIBIAO_TRY(auto patch, read_patch(in));
          return one(update(ctx.env, ctx.caller, Id(id), patch));
        });
  r.add("DELETE", base + "/{id}", Access::signed_in, [remove](Context& ctx) -> Result<Response> {
    DAIBIAO_TRY(auto id, path_id(ctx));
    DAIBIAO_TRY(auto version, version_param(ctx.request));
    return no_content(remove(ctx.env, ctx.caller, Id(id), version));
  });
}

constexpr std::int64_t kMaxId = INT64_MAX;

Result<app::NodeInput> node_input(JsonInput& in) {
  app::NodeInput out;
  auto code = in.text("code", true, 32);
  auto name = in.text("name", true, 100);
  auto level = in.one_of("level", true, names_of<org::Level>());
  auto parent = in.integer("parent_id", true, 1, kMaxId);
  auto committee = in.text("committee_name", false, 100);
  if (auto st = in.finish(); !st) return std::unexpected(st.error());
  out.code = *code;
  out.name = *name;
  out.level = *level;
  out.parent_id = parent;
  out.committee_name = committee.value_or("");
  return out;
}

Result<app::NodePatch> node_patch(JsonInput& in) {
  app::NodePatch p;
  auto version = in.integer("version", true, 1, kMaxId);
  p.code = in.text("code", false, 32);
  p.name = in.text("name", false, 100);
  p.committee_name = in.text("committee_name", false, 100);
  if (auto st = in.finish(); !st) return std::unexpected(st.error());
  p.version = *version;
  return p;
}

Result<app::UnitInput> unit_input(JsonInput& in) {
  app::UnitInput out;
  auto node = in.integer("org_node_id", true, 1, kMaxId);
  auto code = in.text("code", true, 32);
  auto name = in.text("name", true, 100);
  auto kind = in.one_of("kind", false, names_of<org::UnitKind>());
  if (auto st = in.finish(); !st) return std::unexpected(st.error());
  out.org_node_id = *node;
  out.code = *code;
  out.name = *name;
  out.kind = kind.value_or("government");
  return out;
}

Result<app::UnitPatch> unit_patch(JsonInput& in) {
  app::UnitPatch p;
  auto version = in.integer("version", true, 1, kMaxId);
  p.code = in.text("code", false, 32);
  p.name = in.text("name", false, 100);
  p.kind = in.one_of("kind", false, names_of<org::UnitKind>());
  p.active = in.boolean("active", false);
  if (auto st = in.finish(); !st) return std::unexpected(st.error());
  p.version = *version;
  return p;
}

Result<app::TermInput> term_input(JsonInput& in) {
  app::TermInput out;
  auto node = in.integer("org_node_id", true, 1, kMaxId);
  auto number = in.integer("number", true, 1, 99);
  auto start = in.text("start_date", true, 10);
  auto end = in.text("end_date", true, 10);
  if (auto st = in.finish(); !st) return std::unexpected(st.error());
  out.org_node_id = *node;
  out.number = static_cast<int>(*number);
  out.start_date = *start;
  out.end_date = *end;
  return out;
}

Result<app::TermPatch> term_patch(JsonInput& in) {
  app::TermPatch p;
  auto version = in.integer("version", true, 1, kMaxId);
  auto number = in.integer("number", false, 1, 99);
  p.start_date = in.text("start_date", false, 10);
  p.end_date = in.text("end_date", false, 10);
  if (auto st = in.finish(); !st) return std::unexpected(st.error());
  p.version = *version;
  if (number) p.number = static_cast<int>(*number);
  return p;
}

Result<app::SessionInput> session_input(JsonInput& in) {
  app::SessionInput out;
  auto term = in.integer("term_id", true, 1, kMaxId);
  auto number = in.integer("number", true, 1, 20);
  auto opens = in.text("opens_on", true, 10);
  if (auto st = in.finish(); !st) return std::unexpected(st.error());
  out.term_id = *term;
  out.number = static_cast<int>(*number);
  out.opens_on = *opens;
  return out;
}

Result<app::SessionPatch> session_patch(JsonInput& in) {
  app::SessionPatch p;
  auto version = in.integer("version", true, 1, kMaxId);
  auto number = in.integer("number", false, 1, 20);
  p.opens_on = in.text("opens_on", false, 10);
  if (auto st = in.finish(); !st) return std::unexpected(st.error());
  p.version = *version;
  if (number) p.number = static_cast<int>(*number);
  return p;
}

}  // namespace

void add_org_routes(Router& r) {
  add_resource<OrgNodeId, app::NodeInput, app::NodePatch>(
      r, "/api/v1/org/nodes", app::list_nodes, app::get_node, app::create_node, app::update_node,
      app::delete_node, node_input, node_patch);
  add_resource<UnitId, app::UnitInput, app::UnitPatch>(
      r, "/api/v1/org/units", app::list_units, app::get_unit, app::create_unit, app::update_unit,
      app::delete_unit, unit_input, unit_patch);
  add_resource<TermId, app::TermInput, app::TermPatch>(
      r, "/api/v1/org/terms", app::list_terms, app::get_term, app::create_term, app::update_term,
      app::delete_term, term_input, term_patch);
  add_resource<SessionId, app::SessionInput, app::SessionPatch>(
      r, "/api/v1/org/sessions", app::list_sessions, app::get_session, app::create_session,
      app::update_session, app::delete_session, session_input, session_patch);
}

}  // namespace daibiao::http
