// `daibiao demo`: a believable province to try daibiao with — the org tree, handling
// units, terms and sessions, and one account per role with a random password that is
// printed (and written to a file the caller chooses), never a default one.
#pragma once

#include <string>

#include "app/use_case.hpp"

namespace daibiao::cli {

struct DemoLogin {
  std::string username, password, role, org_name;
};

// Fails with failed_precondition when the database already holds an org tree.
Result<std::vector<DemoLogin>> load_demo(app::Env& env);

}  // namespace daibiao::cli
