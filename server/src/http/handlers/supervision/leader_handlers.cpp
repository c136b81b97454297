// /api/v1/supervision/leaders, /items/{id}/leader, /coverage: leader coverage (领衔督办全覆盖).
// Handlers only parse and shape; app/supervision does the work.
#include <algorithm>

#include <boost/json.hpp>

#include "app/supervision/leader_service.hpp"
#include "http/handlers/routes.hpp"
#include "http/handlers/supervision/congress_year.hpp"
#include "http/json_io.hpp"

namespace daibiao::http {
namespace {

namespace sv = supervision;
using boost::json::array;
using boost::json::object;
using boost::json::value;

array accounts_json(const std::vector<storage::LeaderAccount>& list) {
  array out;
  for (const auto& l : list) out.push_back(object{{"user_id", l.user_id}, {"name", l.name}});
  return out;
}

Result<Response> rules_view(Result<app::LeaderRulesView> r) {
  if (!r) return std::unexpected(r.error());
  array rules;
  for (const auto& rule : r->rules)
    rules.push_back(object{{"star_level", rule.star_level},
                           {"category", rule.category},
                           {"user_id", rule.user_id},
                           {"user_name", rule.user_name}});
  return json_response(object{{"org_node_id", r->org_node_id},
                              {"org_name", r->org_name},
                              {"rules", std::move(rules)},
                              {"leaders", accounts_json(r->leaders)},
                              {"can_manage", r->can_manage}});
}

Result<Response> item_view(Result<app::ItemLeaderView> r) {
  if (!r) return std::unexpected(r.error());
  value leader = nullptr;
  if (r->leader)
    leader = object{{"user_id", r->leader->user_id},
                    {"name", r->leader->name},
                    {"source", name_of(r->leader->source)}};
  return json_response(object{{"suggestion_id", r->suggestion_id},
                              {"leader", std::move(leader)},
                              {"candidates", accounts_json(r->candidates)},
                              {"can_name", r->can_name}});
}

}  // namespace

void add_leader_routes(Router& r) {
  r.add("GET", "/api/v1/supervision/leaders", Access::signed_in,
        [](Context& ctx) -> Result<Response> {
          DAIBIAO_TRY(auto req, list_request(ctx.request));
          DAIBIAO_TRY(auto q, congress_year(req.filters));
          if (q.year) return fail_fields({{"year", "不支持的查询参数"}});
          return rules_view(app::leader_rules(ctx.env, ctx.caller, q.org_node_id));
        });
  r.add("PUT", "/api/v1/supervision/leaders", Access::signed_in,
        [](Context& ctx) -> Result<Response> {
          DAIBIAO_TRY(auto in, JsonInput::parse(ctx.request.body));
          auto node = in.integer("org_node_id", true, 1);
          std::vector<sv::LeaderRule> rules;
          if (auto list = in.objects("rules", true, sv::kMaxLeaderRules)) {
            for (std::size_t i = 0; i < list->size(); ++i) {
              auto rule = JsonInput::from_object((*list)[i], "rules[" + std::to_string(i) + "]");
              auto star = rule.integer("star_level", true);  // the range with the rest, below
              auto category = rule.text("category", false, 30);
              auto user = rule.integer("user_id", true, 1);
              in.absorb(rule);
              rules.push_back({static_cast<int>(std::clamp<std::int64_t>(star.value_or(0), 0, 4)),
                               category.value_or(""), user.value_or(0), ""});
            }
          }
          if (auto st = in.finish(); !st) return std::unexpected(st.error());
          return rules_view(app::replace_leader_rules(ctx.env, ctx.caller, *node, rules));
        });
  r.add("GET", "/api/v1/supervision/items/{id}/leader", Access::signed_in,
        [](Context& ctx) -> Result<Response> {
          DAIBIAO_TRY(auto id, path_id(ctx));
          return item_view(app::item_leader(ctx.env, ctx.caller, id));
        });
  r.add("PUT", "/api/v1/supervision/items/{id}/leader", Access::signed_in,
        [](Context& ctx) -> Result<Response> {
          DAIBIAO_TRY(auto id, path_id(ctx));
          DAIBIAO_TRY(auto in, JsonInput::parse(ctx.request.body));
          auto user = in.nullable_integer("user_id");
          if (!user)
            return fail_fields({{"user_id", "必填：督办领导的账号，或 null 表示按分工规则"}});
          if (auto st = in.finish(); !st) return std::unexpected(st.error());
          if (*user && **user < 1) return fail_fields({{"user_id", "应为正整数"}});
          return item_view(app::name_item_leader(ctx.env, ctx.caller, id, *user));
        });
  r.add("GET", "/api/v1/supervision/coverage", Access::signed_in,
        [](Context& ctx) -> Result<Response> {
          DAIBIAO_TRY(auto req, list_request(ctx.request));
          DAIBIAO_TRY(auto q, congress_year(req.filters));
          DAIBIAO_TRY(auto v, app::leader_coverage(ctx.env, ctx.caller, q.org_node_id, q.year));
          const auto& c = v.coverage;
          auto bp = c.rate_bp();
          return json_response(
              object{{"org_node_id", v.org_node_id},
                     {"org_name", v.org_name},
                     {"year", v.year},
                     {"items", c.items},
                     {"covered", c.covered()},
                     {"named", c.named},
                     {"by_key_topic", c.by_key_topic},
                     {"by_rule", c.by_rule},
                     {"uncovered", c.uncovered()},
                     {"rate", bp ? value(static_cast<double>(*bp) / 100.0) : value(nullptr)}});
        });
}

}  // namespace daibiao::http
