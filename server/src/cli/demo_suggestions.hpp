// Demo suggestions: items in every workflow state, walked through the real use cases by the
// demo accounts, some started months ago so that their deadlines are due soon or overdue.
#pragma once

#include "app/use_case.hpp"
#include "domain/org/org.hpp"

namespace daibiao::cli {

// Links deputy.li and deputy.zhou to provincial deputies, then creates the items.
Status load_demo_suggestions(app::Env& env, const app::Caller& builder, const org::Term& term);

}  // namespace daibiao::cli
