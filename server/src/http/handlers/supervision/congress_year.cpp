#include "http/handlers/supervision/congress_year.hpp"

#include <algorithm>
#include <vector>

#include "base/text.hpp"

namespace daibiao::http {

Result<CongressYear> congress_year(const std::map<std::string, std::string>& filters) {
  CongressYear out;
  std::vector<FieldError> errors;
  for (const auto& [key, raw] : filters) {
    const auto n = parse_int(raw);
    if (key == "org_node_id" && n && *n > 0)
      out.org_node_id = *n;
    else if (key == "year" && n)
      out.year = static_cast<int>(std::clamp<std::int64_t>(*n, 0, 100000));
    else if (key == "org_node_id" || key == "year")
      errors.push_back({key, "应为整数"});
    else
      errors.push_back({key, "不支持的查询参数"});
  }
  if (!errors.empty()) return fail_fields(std::move(errors), "查询参数有误");
  return out;
}

}  // namespace daibiao::http
