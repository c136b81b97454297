// What the demo loader (cli/demo_suggestions.cpp) reads back after creating the demo
// province: which deputies, session and accounts to build the demo suggestions on.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "storage/db.hpp"

namespace daibiao::seed {

struct DemoFacts {
  std::vector<std::int64_t> persons;               // the first two serving deputies of the term
  std::vector<std::string> names;                  // their names
  std::int64_t session_id = 0;                     // the term's latest session
  std::map<std::string, std::int64_t> users;       // user name → id
  std::map<std::string, std::int64_t> user_units;  // user name → handling unit (0: none)
};

Result<DemoFacts> demo_facts(storage::Connection& c, std::int64_t term_id);

// The root of the org tree (the first created); not_found when the tree is empty.
Result<std::int64_t> root_node_id(storage::Connection& c);

}  // namespace daibiao::seed
