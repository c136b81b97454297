#include "app/suggestions/suggestion_parties.hpp"

#include <algorithm>

namespace daibiao::app {

using access::Permission;
using suggestions::Actor;
using suggestions::State;

namespace {

bool on_unit(const access::Principal& p, const storage::UnitRow& u) {
  return p.unit_id && *p.unit_id == u.unit_id && !u.released;
}

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

std::vector<Actor> relations_of(const access::Principal& p, const storage::SuggestionRecord& rec) {
  const auto& s = rec.row;
  std::vector<Actor> out;
  if (p.person_id && *p.person_id == s.lead_person_id) out.push_back(Actor::lead_deputy);
  if (p.person_id && std::any_of(rec.cosigners.begin(), rec.cosigners.end(),
                                 [&](const auto& c) { return c.person_id == *p.person_id; }))
    out.push_back(Actor::cosigner);
  if (p.can(Permission::suggestion_manage, s.org_path)) out.push_back(Actor::liaison_staff);
  if (p.can(Permission::suggestion_review, s.review_path)) out.push_back(Actor::township_reviewer);
  const bool handles = p.can_somewhere(Permission::suggestion_handle);
  for (const auto& u : rec.units) {
    if (!on_unit(p, u)) continue;
    if (u.role == "lead" && handles) out.push_back(Actor::lead_unit_officer);
    if (u.role == "co" && handles) out.push_back(Actor::co_unit_officer);
    if (u.role == "lead" && p.can_somewhere(Permission::suggestion_sign_off))
      out.push_back(Actor::unit_head);
  }
  if (p.can(Permission::suggestion_read, s.org_path)) out.push_back(Actor::leader);
  return out;
}

bool visible_to(const std::vector<Actor>& held, State state) {
  if (held.empty() || state == State::none) return false;
  if (state != State::draft && state != State::cosigning) return true;
  return std::any_of(held.begin(), held.end(),
                     [](Actor a) { return a == Actor::lead_deputy || a == Actor::cosigner; });
}

Result<storage::SuggestionRecord> load_visible(storage::Connection& c, const access::Principal& p,
                                               std::int64_t id, std::vector<Actor>& held) {
  auto rec = storage::load_suggestion(c, id);
  if (!rec) return std::unexpected(rec.error());
  held = relations_of(p, *rec);
  if (!visible_to(held, suggestions::parse_state(rec->row.state).value_or(State::none)))
    return fail(ErrorCode::not_found, "建议不存在");
  return rec;
}

const char* outcome_title(const std::string& r) {
  if (r == "satisfied") return "满意";
  if (r == "basically_satisfied") return "基本满意";
  if (r == "dissatisfied") return "不满意";
  if (r == "done") return "已落实";
  if (r == "partly_done") return "部分落实";
  if (r == "not_done") return "未落实";
  return "";
}

std::string number_text(const storage::SuggestionRow& s) {
  return s.number ? "第" + std::to_string(*s.number) + "号" : std::string();
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
  auto count = storage::insert_notifications(c, *users, n, dedupe);
  if (!count) return std::unexpected(count.error());
  if (written) *written += *count;
  return {};
}

}  // namespace daibiao::app
