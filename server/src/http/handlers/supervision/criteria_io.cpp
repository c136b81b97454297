#include "http/handlers/supervision/criteria_io.hpp"

#include <boost/json.hpp>

namespace daibiao::http {

namespace sv = supervision;

boost::json::array criteria_json(const std::vector<sv::Criterion>& criteria) {
  boost::json::array out;
  for (const auto& c : criteria)
    out.push_back(boost::json::object{{"name", c.name}, {"weight", c.weight}});
  return out;
}

std::optional<std::vector<sv::Criterion>> read_criteria(JsonInput& in) {
  auto list = in.objects("criteria", false, sv::kMaxCriteria);
  if (!list) return std::nullopt;
  std::vector<sv::Criterion> out;
  for (std::size_t i = 0; i < list->size(); ++i) {
    auto c = JsonInput::from_object((*list)[i], "criteria[" + std::to_string(i) + "]");
    auto name = c.text("name", true, 20);
    auto weight = c.integer("weight", true, 1, 100);
    in.absorb(c);
    out.push_back({name.value_or(""), static_cast<int>(weight.value_or(0))});
  }
  return out;
}

}  // namespace daibiao::http
