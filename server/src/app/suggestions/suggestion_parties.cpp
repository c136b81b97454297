#include "app/suggestions/suggestion_parties.hpp"

#include <algorithm>

namespace daibiao::app {

using access::Permission;
using suggestions::Actor;
using suggestions::State;

namespace {

// Role names holding `perm` (the grants table stores role names).
std::vector<std::string> roles_with(Permission perm) {
  std::vector<std::string> out;
  for (auto r : access::all_roles())
    if (access::role_has(r, perm)) out.emplace_back(access::role_name(r));
  return out;
}

}  // namespace

std::vector<const storage::UnitRow*> active_units(const storage::SuggestionRecord& rec,
                                                  std::string_view role) {
  std::vector<const storage::UnitRow*> out;
  for (const auto& u : rec.units)
    if (!u.released && (role.empty() || u.role == role)) out.push_back(&u);
  return out;
}

suggestions::ItemParties parties_of(const storage::SuggestionRecord& rec) {
  const auto& s = rec.row;
  suggestions::ItemParties out{.state = suggestions::parse_state(s.state).value_or(State::none),
                               .org_path = s.org_path,
                               .review_path = s.review_path,
                               .lead_person_id = s.lead_person_id};
  for (const auto& c : rec.cosigners) out.cosigners.push_back(c.person_id);
  for (const auto& u : rec.units)
    out.units.push_back({.unit_id = u.unit_id, .lead = u.role == "lead", .released = u.released});
  return out;
}

Result<storage::SuggestionRecord> load_visible(storage::Connection& c, const access::Principal& p,
                                               std::int64_t id, std::vector<Actor>& held) {
  DAIBIAO_TRY(auto rec, storage::load_suggestion(c, id));
  const auto parties = parties_of(rec);
  if (!suggestions::visibility_of(p).sees(parties)) return fail(ErrorCode::not_found, "建议不存在");
  held = suggestions::relations_of(p, parties);
  return rec;
}

Status notify_relation(storage::Connection& c, const storage::SuggestionRecord& rec,
                       Actor recipient, const std::string& kind, const std::string& title,
                       const std::string& body, TimeMs now, std::int64_t acting_user,
                       const std::string& dedupe, int* written) {
  const auto& s = rec.row;
  Result<std::vector<std::int64_t>> users = std::vector<std::int64_t>{};
  auto unit_ids = [&](std::string_view role) {
    std::vector<std::int64_t> ids;
    for (const auto* u : active_units(rec, role)) ids.push_back(u->unit_id);
    return ids;
  };
  switch (recipient) {
    case Actor::lead_deputy:
      users = storage::users_of_persons(c, {s.lead_person_id});
      break;
    case Actor::cosigner: {
      std::vector<std::int64_t> persons;
      for (const auto& co : rec.cosigners)
        if (co.status != "declined") persons.push_back(co.person_id);
      users = storage::users_of_persons(c, persons);
      break;
    }
    case Actor::liaison_staff:
      users = storage::users_over_path(c, s.org_path, roles_with(Permission::suggestion_manage));
      break;
    case Actor::township_reviewer:
      users = storage::users_over_path(c, s.review_path, roles_with(Permission::suggestion_review));
      break;
    case Actor::lead_unit_officer:
      users =
          storage::users_of_units(c, unit_ids("lead"), roles_with(Permission::suggestion_handle));
      break;
    case Actor::co_unit_officer:
      users = storage::users_of_units(c, unit_ids("co"), roles_with(Permission::suggestion_handle));
      break;
    case Actor::unit_head:
      users =
          storage::users_of_units(c, unit_ids("lead"), roles_with(Permission::suggestion_sign_off));
      break;
    case Actor::leader: {
      // Leaders proper: the role whose only suggestion permission is reading.
      users = storage::users_over_path(c, s.org_path,
                                       {std::string(access::role_name(access::Role::leader))});
      break;
    }
    case Actor::other:
      break;
  }
  if (!users) return std::unexpected(users.error());
  std::erase(*users, acting_user);
  if (users->empty()) return {};
  storage::NotificationRow n{
      .suggestion_id = s.id, .kind = kind, .title = title, .body = body, .created_at = now};
  DAIBIAO_TRY(auto count, storage::insert_notifications(c, *users, n, dedupe));
  if (written) *written += count;
  return {};
}

}  // namespace daibiao::app
