// What suggestion handling reads of the other areas' tables: where a session belongs, which
// deputies serve in a term, the handling units a committee may assign to. Plain reads.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "storage/db.hpp"

namespace daibiao::storage {

// A session (会议) with its term and congress.
struct SessionPlace {
  std::int64_t session_id = 0, term_id = 0, org_node_id = 0;
  std::string org_path;
};
// nullopt when there is no such session.
Result<std::optional<SessionPlace>> find_session_place(Connection& c, std::int64_t session_id);

// A session offered for drafting: its congress and numbers (for its title).
struct SessionChoice {
  std::int64_t id = 0, org_node_id = 0;
  std::string org_name;
  std::int64_t term_number = 0, session_number = 0;
};
// The sessions of the terms where `person_id` serves, newest first.
Result<std::vector<SessionChoice>> sessions_of_deputy(Connection& c, std::int64_t person_id);
// The sessions of congresses under any of `paths`, by congress then newest first.
Result<std::vector<SessionChoice>> sessions_under(Connection& c,
                                                  const std::vector<std::string>& paths);

// A deputy serving in a term.
struct ServingDeputy {
  std::int64_t person_id = 0;
  std::string name, delegation;
};
// The person's serving mandate in `term_id`, or not_found.
Result<ServingDeputy> find_serving_deputy(Connection& c, std::int64_t person_id,
                                          std::int64_t term_id);
// Deputies serving in `term_id` whose name contains `q` (all when empty), by pinyin, at most
// `limit`.
Result<std::vector<ServingDeputy>> serving_deputies(Connection& c, std::int64_t term_id,
                                                    const std::string& q, int limit);

// The congress where a person is registered (their home congress).
struct NodeRef {
  std::int64_t id = 0;
  std::string path;
};
Result<NodeRef> person_home(Connection& c, std::int64_t person_id);

// A handling unit (承办单位) with its congress's path; not_found when there is none.
struct HandlingUnitRef {
  std::int64_t id = 0;
  std::string name, org_path;
  bool active = false;
};
Result<HandlingUnitRef> find_handling_unit(Connection& c, std::int64_t unit_id);
// The active units of congresses under any of `paths`, by congress and code.
Result<std::vector<HandlingUnitRef>> units_under(Connection& c,
                                                 const std::vector<std::string>& paths);

}  // namespace daibiao::storage
