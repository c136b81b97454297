// Named permissions and roles, declared once. Every check in daibiao names a Permission;
// a role is a set of them; a grant gives a role to a user at one org node, and covers that
// node and its descendants (never siblings or ancestors).
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/enum_table.hpp"
#include "base/result.hpp"

namespace daibiao::access {

enum class Permission {
  org_read,           // 查看组织机构：人大、联工委、承办单位、届次
  org_manage,         // 维护组织机构
  user_read,          // 查看账号
  user_manage,        // 创建、停用账号，重置密码（系统管理员）
  role_grant,         // 授予、撤销角色（安全管理员）
  audit_read,         // 查阅审计日志（审计管理员）
  audit_export,       // 导出审计日志（审计管理员）
  deputy_read,        // 查看代表信息库（敏感字段脱敏）
  deputy_manage,      // 登记、修改代表及代表资格，导入导出
  deputy_reveal,      // 查看完整身份证号码、手机号码（每次留痕）
  suggestion_draft,   // 起草、提交本人领衔或联名的建议（代表）
  suggestion_read,    // 查看辖区内建议及办理情况（督办）
  suggestion_review,  // 初审建议（乡镇人大主席团或代表团）
  suggestion_manage,  // 复审、分类、交办、审批改办和延期、代录（联工委）
  suggestion_handle,  // 办理本单位承办的建议：签收、沟通、答复、报告进展（承办单位）
  suggestion_sign_off,  // 签发本单位的答复（承办单位负责人）
  calendar_manage,      // 维护工作日历（节假日、调休）
  supervision_manage,   // 组织督办：随机抽样点评（联工委）
};

inline constexpr auto kPermissionNames = std::to_array<EnumEntry<Permission>>({
    {Permission::org_read, "org.read", "查看组织机构"},
    {Permission::org_manage, "org.manage", "维护组织机构"},
    {Permission::user_read, "user.read", "查看账号"},
    {Permission::user_manage, "user.manage", "管理账号"},
    {Permission::role_grant, "role.grant", "授予角色"},
    {Permission::audit_read, "audit.read", "查阅审计日志"},
    {Permission::audit_export, "audit.export", "导出审计日志"},
    {Permission::deputy_read, "deputy.read", "查看代表信息"},
    {Permission::deputy_manage, "deputy.manage", "维护代表信息"},
    {Permission::deputy_reveal, "deputy.reveal", "查看完整证件号码和手机号码"},
    {Permission::suggestion_draft, "suggestion.draft", "起草建议"},
    {Permission::suggestion_read, "suggestion.read", "查看建议"},
    {Permission::suggestion_review, "suggestion.review", "初审建议"},
    {Permission::suggestion_manage, "suggestion.manage", "管理建议"},
    {Permission::suggestion_handle, "suggestion.handle", "办理建议"},
    {Permission::suggestion_sign_off, "suggestion.sign_off", "签发答复"},
    {Permission::calendar_manage, "calendar.manage", "维护工作日历"},
    {Permission::supervision_manage, "supervision.manage", "组织督办"},
});
static_assert(enum_table_ok(kPermissionNames));
constexpr const auto& enum_table(Permission) { return kPermissionNames; }

inline std::string_view permission_name(Permission p) { return name_of(p); }  // "org.read"
inline std::span<const Permission> all_permissions() { return values_of<Permission>(); }

enum class Role {
  deputy,           // 代表
  liaison_staff,    // 联工委工作人员
  unit_officer,     // 承办单位经办人
  unit_head,        // 承办单位负责人（签发答复）
  leader,           // 领导（主任会议成员、政府领导）
  committee_staff,  // 专门委员会工作人员
  system_admin,     // 系统管理员（三员之一）
  security_admin,   // 安全管理员（三员之一）
  audit_admin,      // 审计管理员（三员之一）
};

inline constexpr auto kRoleNames = std::to_array<EnumEntry<Role>>({
    {Role::deputy, "deputy", "代表"},
    {Role::liaison_staff, "liaison_staff", "联工委工作人员"},
    {Role::unit_officer, "unit_officer", "承办单位经办人"},
    {Role::unit_head, "unit_head", "承办单位负责人"},
    {Role::leader, "leader", "领导"},
    {Role::committee_staff, "committee_staff", "专委会工作人员"},
    {Role::system_admin, "system_admin", "系统管理员"},
    {Role::security_admin, "security_admin", "安全管理员"},
    {Role::audit_admin, "audit_admin", "审计管理员"},
});
static_assert(enum_table_ok(kRoleNames));
constexpr const auto& enum_table(Role) { return kRoleNames; }

inline std::span<const Role> all_roles() { return values_of<Role>(); }
inline std::string_view role_name(Role r) { return name_of(r); }       // "liaison_staff"
inline std::string_view role_title_zh(Role r) { return title_of(r); }  // "联工委工作人员"
inline std::optional<Role> parse_role(std::string_view name) { return parse<Role>(name); }
std::span<const Permission> role_permissions(Role r);
bool role_has(Role r, Permission p);
bool is_admin_role(Role r);  // one of the three separated administrators (三员)

// 三员分立: one account never holds two of the administrator roles. `held` are the
// roles the user already has (at any node); returns failed_precondition when adding
// `wanted` would break the rule.
Status check_role_compatible(std::span<const Role> held, Role wanted);

struct Grant {
  Role role;
  std::int64_t org_node_id;
  std::string org_path;  // '/1/4/' of the node the grant is at
  std::string org_name;  // for display (the header's node switcher)
};

// Who is acting. Built per request from the session; pure data.
struct Principal {
  std::int64_t user_id = 0;
  std::string username;
  std::string display_name;
  std::int64_t home_org_id = 0;
  std::optional<std::int64_t> unit_id;    // the handling unit the account works for
  std::optional<std::int64_t> person_id;  // the deputy the account belongs to
  std::vector<Grant> grants;

  // True when some grant with a role holding `p` covers `target_path`.
  bool can(Permission p, std::string_view target_path) const;
  // True when `p` is held anywhere (for menus; rows still need can()).
  bool can_somewhere(Permission p) const;
  // The org paths under which `p` holds; list queries filter by these prefixes.
  std::vector<std::string> scope_paths(Permission p) const;
  // The role that justified `p` at `target_path` (for audit records), or "".
  std::string acting_role(Permission p, std::string_view target_path) const;
  // Holds one of the three administrator roles (anywhere / covering `target_path`).
  bool is_admin() const;
  bool is_admin_at(std::string_view target_path) const;
  std::string admin_role_at(std::string_view target_path) const;  // "" when none
};

// The deputy a principal acts as (lead deputy, co-signer): the person its account is linked
// to, and only while it holds the deputy role (suggestion.draft somewhere). A link alone
// grants nothing.
std::optional<std::int64_t> acting_person(const std::vector<Grant>& grants,
                                          std::optional<std::int64_t> linked_person);

// True when `path` is `scope` itself or lies below it.
inline bool path_within(std::string_view path, std::string_view scope) {
  return path.starts_with(scope);
}

}  // namespace daibiao::access
