#include "domain/access/permissions.hpp"

#include <algorithm>
#include <array>

namespace daibiao::access {
namespace {

using enum Permission;

constexpr std::array kPermissions{
    org_read,          org_manage,        user_read,         user_manage,
    role_grant,        audit_read,        audit_export,      deputy_read,
    deputy_manage,     deputy_reveal,     suggestion_draft,  suggestion_read,
    suggestion_review, suggestion_manage, suggestion_handle, suggestion_sign_off,
    calendar_manage};

constexpr std::array kRoles{Role::deputy,       Role::liaison_staff,  Role::unit_officer,
                            Role::unit_head,    Role::leader,         Role::committee_staff,
                            Role::system_admin, Role::security_admin, Role::audit_admin};

// The role table. The three administrators are disjoint: the system admin runs the
// system but cannot grant roles or read the audit log; the security admin grants roles
// but cannot read the audit log; the audit admin only reads and exports it.
constexpr std::array kDeputy{org_read, suggestion_draft};
constexpr std::array kLiaisonStaff{
    org_read,      org_manage,      user_read,         deputy_read,       deputy_manage,
    deputy_reveal, suggestion_read, suggestion_review, suggestion_manage, calendar_manage};
constexpr std::array kUnitOfficer{org_read, suggestion_handle};
constexpr std::array kUnitHead{org_read, suggestion_handle, suggestion_sign_off};
constexpr std::array kLeader{org_read, user_read, deputy_read, suggestion_read};
constexpr std::array kCommitteeStaff{org_read, deputy_read, suggestion_read};
constexpr std::array kSystemAdmin{org_read, org_manage, user_read, user_manage};
constexpr std::array kSecurityAdmin{org_read, user_read, role_grant};
constexpr std::array kAuditAdmin{audit_read, audit_export};

}  // namespace

std::string_view permission_name(Permission p) {
  switch (p) {
    case org_read:
      return "org.read";
    case org_manage:
      return "org.manage";
    case user_read:
      return "user.read";
    case user_manage:
      return "user.manage";
    case role_grant:
      return "role.grant";
    case audit_read:
      return "audit.read";
    case audit_export:
      return "audit.export";
    case deputy_read:
      return "deputy.read";
    case deputy_manage:
      return "deputy.manage";
    case deputy_reveal:
      return "deputy.reveal";
    case suggestion_draft:
      return "suggestion.draft";
    case suggestion_read:
      return "suggestion.read";
    case suggestion_review:
      return "suggestion.review";
    case suggestion_manage:
      return "suggestion.manage";
    case suggestion_handle:
      return "suggestion.handle";
    case suggestion_sign_off:
      return "suggestion.sign_off";
    case calendar_manage:
      return "calendar.manage";
  }
  return "";
}

std::span<const Permission> all_permissions() { return kPermissions; }
std::span<const Role> all_roles() { return kRoles; }

std::string_view role_name(Role r) {
  switch (r) {
    case Role::deputy:
      return "deputy";
    case Role::liaison_staff:
      return "liaison_staff";
    case Role::unit_officer:
      return "unit_officer";
    case Role::unit_head:
      return "unit_head";
    case Role::leader:
      return "leader";
    case Role::committee_staff:
      return "committee_staff";
    case Role::system_admin:
      return "system_admin";
    case Role::security_admin:
      return "security_admin";
    case Role::audit_admin:
      return "audit_admin";
  }
  return "";
}

std::string_view role_title_zh(Role r) {
  switch (r) {
    case Role::deputy:
      return "代表";
    case Role::liaison_staff:
      return "联工委工作人员";
    case Role::unit_officer:
      return "承办单位经办人";
    case Role::unit_head:
      return "承办单位负责人";
    case Role::leader:
      return "领导";
    case Role::committee_staff:
      return "专委会工作人员";
    case Role::system_admin:
      return "系统管理员";
    case Role::security_admin:
      return "安全管理员";
    case Role::audit_admin:
      return "审计管理员";
  }
  return "";
}

std::optional<Role> parse_role(std::string_view name) {
  for (Role r : kRoles)
    if (role_name(r) == name) return r;
  return std::nullopt;
}

std::span<const Permission> role_permissions(Role r) {
  switch (r) {
    case Role::deputy:
      return kDeputy;
    case Role::liaison_staff:
      return kLiaisonStaff;
    case Role::unit_officer:
      return kUnitOfficer;
    case Role::unit_head:
      return kUnitHead;
    case Role::leader:
      return kLeader;
    case Role::committee_staff:
      return kCommitteeStaff;
    case Role::system_admin:
      return kSystemAdmin;
    case Role::security_admin:
      return kSecurityAdmin;
    case Role::audit_admin:
      return kAuditAdmin;
  }
  return {};
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
