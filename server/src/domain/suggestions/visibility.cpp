#include "domain/suggestions/visibility.hpp"

#include <algorithm>

namespace daibiao::suggestions {

using access::Permission;

bool is_private_draft(State s) { return s == State::draft || s == State::cosigning; }

namespace {

bool contains(const std::vector<std::int64_t>& ids, std::int64_t id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

bool under_any(const std::string& path, const std::vector<std::string>& scopes) {
  return std::any_of(scopes.begin(), scopes.end(),
                     [&](const std::string& scope) { return access::path_within(path, scope); });
}

// A path of the tree's root: "/1/".
bool is_root_path(const std::string& path) {
  return std::count(path.begin(), path.end(), '/') == 2;
}

}  // namespace

bool Visibility::sees(const ItemParties& item) const {
  if (item.state == State::none) return false;
  if (person_id && (item.lead_person_id == *person_id || contains(item.cosigners, *person_id)))
    return true;
  if (is_private_draft(item.state)) return false;
  if (every_submitted) return true;
  if (under_any(item.org_path, congress_paths) || under_any(item.review_path, review_paths))
    return true;
  return unit_id && std::any_of(item.units.begin(), item.units.end(), [&](const auto& u) {
           return u.unit_id == *unit_id && !u.released;
         });
}

bool Visibility::sees_nothing() const {
  return !every_submitted && congress_paths.empty() && review_paths.empty() && !person_id &&
         !unit_id;
}

Visibility visibility_of(const access::Principal& p) {
  Visibility v;
  for (auto perm : {Permission::suggestion_read, Permission::suggestion_manage})
    for (auto& path : p.scope_paths(perm))
      if (std::find(v.congress_paths.begin(), v.congress_paths.end(), path) ==
          v.congress_paths.end())
        v.congress_paths.push_back(path);
  if (std::any_of(v.congress_paths.begin(), v.congress_paths.end(), is_root_path)) {
    v.every_submitted = true;
    v.congress_paths.clear();  // covered
  } else {
    v.review_paths = p.scope_paths(Permission::suggestion_review);
  }
  v.person_id = p.person_id;
  if (p.unit_id && (p.can_somewhere(Permission::suggestion_handle) ||
                    p.can_somewhere(Permission::suggestion_sign_off)))
    v.unit_id = p.unit_id;
  return v;
}

std::vector<Actor> relations_of(const access::Principal& p, const ItemParties& item) {
  std::vector<Actor> out;
  if (p.person_id && *p.person_id == item.lead_person_id) out.push_back(Actor::lead_deputy);
  if (p.person_id && contains(item.cosigners, *p.person_id)) out.push_back(Actor::cosigner);
  if (p.can(Permission::suggestion_manage, item.org_path)) out.push_back(Actor::liaison_staff);
  if (p.can(Permission::suggestion_review, item.review_path))
    out.push_back(Actor::township_reviewer);
  const bool handles = p.can_somewhere(Permission::suggestion_handle);
  for (const auto& u : item.units) {
    if (!p.unit_id || *p.unit_id != u.unit_id || u.released) continue;
    if (u.lead && handles) out.push_back(Actor::lead_unit_officer);
    if (!u.lead && handles) out.push_back(Actor::co_unit_officer);
    if (u.lead && p.can_somewhere(Permission::suggestion_sign_off)) out.push_back(Actor::unit_head);
  }
  if (p.can(Permission::suggestion_read, item.org_path)) out.push_back(Actor::leader);
  return out;
}

}  // namespace daibiao::suggestions
