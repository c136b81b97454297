// The JSON shapes of suggestion handling (api/openapi.yaml: SuggestionSummary,
// SuggestionDetail): field names, nulls, and the Chinese titles shown beside the codes.
#pragma once

#include <string>

#include <boost/json.hpp>

#include "app/suggestions/suggestion_service.hpp"

namespace daibiao::http {

boost::json::object summary_json(const storage::SuggestionRow& s,
                                 const suggestions::DeadlineFlags& flags, bool has_due);
boost::json::object detail_json(const app::SuggestionView& v);
// "已交办/待签收" for "assigned" (the code itself when unknown).
std::string state_title(const std::string& state);
// 电话 / 走访 / 座谈见面 / 其他 for a contact method.
const char* method_title(const std::string& method);

}  // namespace daibiao::http
