// The request as the domain reads it: the body of POST /suggestions/{id}/actions/{action}
// checked for what needs no state (lengths), and turned into suggestions::ActionInput
// (names → enums, dates parsed, the named commitment looked up).
#pragma once

#include "app/suggestions/suggestion_service.hpp"

namespace daibiao::app {

constexpr std::size_t kTitleMax = 100;
constexpr std::size_t kBodyMax = 20000;
constexpr std::size_t kReasonMax = 2000;
constexpr const char* kRaisedInChoice = "请选择大会期间（session）或闭会期间（recess）";

// The state-independent checks of the text the request carries.
Status check_lengths(const ActionRequest& r);

// The action's own data for decide(); field errors for values the domain has no word for.
Result<suggestions::ActionInput> domain_input(const ActionRequest& r,
                                              const storage::SuggestionRecord& rec,
                                              suggestions::Action action);

// A refusal of decide() in the API's words: the domain's field names become the request's
// ("cosigners" → "person_ids", "commitments[0].due" → "commitments[0].due_on", …).
Error api_error(Error e);

}  // namespace daibiao::app
