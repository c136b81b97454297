// /api/v1/supervision/scorecards: unit scorecards (承办单位考评) and the congress's weights.
// Handlers only parse and shape; app/supervision does the work.
#include <boost/json.hpp>

#include "app/supervision/scorecard_service.hpp"
#include "http/handlers/routes.hpp"
#include "http/handlers/supervision/congress_year.hpp"
#include "http/json_io.hpp"

namespace daibiao::http {
namespace {

namespace sv = supervision;
using boost::json::array;
using boost::json::object;
using boost::json::value;

value points(std::optional<int> centi) {
  if (!centi) return nullptr;
  return value(static_cast<double>(*centi) / 100.0);
}

object weights_json(const sv::ScoreWeights& w) {
  object o;
  for (const auto& e : sv::kScoreComponents) o[e.name] = w[static_cast<std::size_t>(e.value)];
  return o;
}

Result<Response> view(Result<app::ScorecardView> r) {
  if (!r) return std::unexpected(r.error());
  array units;
  for (const auto& u : r->units) {
    object components;
    for (const auto& e : sv::kScoreComponents) {
      const auto k = static_cast<std::size_t>(e.value);
      object c{{"value", points(u.card.values[k])}, {"weight", r->weights[k]}};
      if (e.value == sv::ScoreComponent::sampling) {
        c["numerator"] = u.sampling.sum_centi;
        c["denominator"] = u.sampling.items;
      } else {
        c["numerator"] = u.rates[k].numerator;
        c["denominator"] = u.rates[k].denominator;
      }
      components[e.name] = std::move(c);
    }
    units.push_back(object{{"unit_id", u.unit_id},
                           {"unit_name", u.unit_name},
                           {"score", points(u.card.score_centi)},
                           {"weight_used", u.card.weight_used},
                           {"rank", u.rank ? value(*u.rank) : value(nullptr)},
                           {"components", std::move(components)}});
  }
  return json_response(object{{"org_node_id", r->congress.id},
                              {"org_name", r->congress.name},
                              {"year", r->year},
                              {"weights", weights_json(r->weights)},
                              {"default_weights", r->default_weights},
                              {"can_manage", r->can_manage},
                              {"units", std::move(units)}});
}

}  // namespace

void add_scorecard_routes(Router& r) {
  r.add("GET", "/api/v1/supervision/scorecards", Access::signed_in,
        [](Context& ctx) -> Result<Response> {
          DAIBIAO_TRY(auto req, list_request(ctx.request));
          DAIBIAO_TRY(auto q, congress_year(req.filters));
          return view(app::scorecards(ctx.env, ctx.caller, q.org_node_id, q.year));
        });
  r.add("PUT", "/api/v1/supervision/scorecards/weights", Access::signed_in,
        [](Context& ctx) -> Result<Response> {
          DAIBIAO_TRY(auto in, JsonInput::parse(ctx.request.body));
          auto node = in.integer("org_node_id", false, 1);
          auto year = in.integer("year", false, 0, 100000);
          sv::ScoreWeights weights{};
          if (auto obj = in.object("weights", true)) {
            auto w = JsonInput::from_object(*obj, "weights");
            for (const auto& e : sv::kScoreComponents)
              weights[static_cast<std::size_t>(e.value)] = static_cast<int>(
                  w.integer(std::string(e.name).c_str(), true, -1000, 1000).value_or(0));
            in.absorb(w);
          }
          if (auto st = in.finish(); !st) return std::unexpected(st.error());
          std::optional<int> y;
          if (year) y = static_cast<int>(*year);
          return view(app::set_score_weights(ctx.env, ctx.caller, node, y, weights));
        });
}

}  // namespace daibiao::http
