#include "domain/access/permissions.hpp"

#include <algorithm>
#include <array>

namespace daibiao::access {
namespace {

using enum Permission;

// The role table. The three administrators are disjoint: the system admin runs the
// system but cannot grant roles or read the audit log; the security admin grants roles
// but cannot read the audit log; the audit admin only reads and exports it.
constexpr std::array kDeputy{org_read, suggestion_draft};
constexpr std::array kLiaisonStaff{org_read,        org_manage,        user_read,
                                   deputy_read,     deputy_manage,     deputy_reveal,
                                   suggestion_read, suggestion_review, suggestion_manage,
                                   calendar_manage, supervision_manage};
constexpr std::array kUnitOfficer{org_read, suggestion_handle};
constexpr std::array kUnitHead{org_read, suggestion_handle, suggestion_sign_off};
constexpr std::array kLeader{org_read, user_read, deputy_read, suggestion_read};
constexpr std::array kCommitteeStaff{org_read, deputy_read, suggestion_read};
constexpr std::array kSystemAdmin{org_read, org_manage, user_read, user_manage};
constexpr std::array kSecurityAdmin{org_read, user_read, role_grant};
constexpr std::array kAuditAdmin{audit_read, audit_export};

// Each role's permissions, in the order of the Role table, so a role indexes its row.
struct RoleRow {
  Role role;
  std::span<const Permission> permissions;
};
constexpr std::array<RoleRow, kRoleNames.size()> kRolePermissions{{
    {Role::deputy, kDeputy},
    {Role::liaison_staff, kLiaisonStaff},
    {Role::unit_officer, kUnitOfficer},
    {Role::unit_head, kUnitHead},
    {Role::leader, kLeader},
    {Role::committee_staff, kCommitteeStaff},
    {Role::system_admin, kSystemAdmin},
    {Role::security_admin, kSecurityAdmin},
    {Role::audit_admin, kAuditAdmin},
}};
static_assert([] {
  for (std::size_t i = 0; i < kRolePermissions.size(); ++i)
    if (static_cast<std::size_t>(kRolePermissions[i].role) != i) return false;
  return true;
}());

}  // namespace

std::span<const Permission> role_permissions(Role r) {
  const auto i = static_cast<std::size_t>(r);
  return i < kRolePermissions.size() ? kRolePermissions[i].permissions
                                     : std::span<const Permission>{};
}

bool role_has(Role r, Permission p) {
  auto perms = role_permissions(r);
  return std::find(perms.begin(), perms.end(), p) != perms.end();
}

std::optional<std::int64_t> acting_person(const std::vector<Grant>& grants,
                                          std::optional<std::int64_t> linked_person) {
  const bool deputy = std::any_of(grants.begin(), grants.end(), [](const Grant& g) {
    return role_has(g.role, Permission::suggestion_draft);
  });
  return deputy ? linked_person : std::nullopt;
}

bool Principal::is_admin() const {
  return std::any_of(grants.begin(), grants.end(),
                     [](const Grant& g) { return is_admin_role(g.role); });
}

bool Principal::is_admin_at(std::string_view target_path) const {
  return !admin_role_at(target_path).empty();
}

std::string Principal::admin_role_at(std::string_view target_path) const {
  for (const auto& g : grants)
    if (is_admin_role(g.role) && path_within(target_path, g.org_path))
      return std::string(role_name(g.role));
  return {};
}

bool is_admin_role(Role r) {
  return r == Role::system_admin || r == Role::security_admin || r == Role::audit_admin;
}

Status check_role_compatible(std::span<const Role> held, Role wanted) {
  if (!is_admin_role(wanted)) {
    // Administrators are accounts for administration only; they do no deputy work.
    for (Role h : held)
      if (is_admin_role(h))
        return fail(ErrorCode::failed_precondition, "管理员账号不能兼任业务角色");
    return {};
  }
  for (Role h : held) {
    if (h == wanted) continue;
    if (is_admin_role(h))
      return fail(ErrorCode::failed_precondition,
                  "三员分立：同一账号不能同时担任系统管理员、安全管理员、审计管理员中的两种");
    return fail(ErrorCode::failed_precondition, "业务账号不能兼任管理员角色");
  }
  return {};
}

bool Principal::can(Permission p, std::string_view target_path) const {
  return std::any_of(grants.begin(), grants.end(), [&](const Grant& g) {
    return role_has(g.role, p) && path_within(target_path, g.org_path);
  });
}

bool Principal::can_somewhere(Permission p) const {
  return std::any_of(grants.begin(), grants.end(),
                     [&](const Grant& g) { return role_has(g.role, p); });
}

std::vector<std::string> Principal::scope_paths(Permission p) const {
  std::vector<std::string> out;
  for (const Grant& g : grants)
    if (role_has(g.role, p)) out.push_back(g.org_path);
  // Drop paths already covered by a shorter one so queries stay small.
  std::sort(out.begin(), out.end());
  std::vector<std::string> minimal;
  for (auto& path : out)
    if (minimal.empty() || !path_within(path, minimal.back())) minimal.push_back(path);
  return minimal;
}

std::string Principal::acting_role(Permission p, std::string_view target_path) const {
  for (const Grant& g : grants)
    if (role_has(g.role, p) && path_within(target_path, g.org_path))
      return std::string(role_name(g.role));
  return {};
}

}  // namespace daibiao::access
