#include "domain/access/permissions.hpp"

#include <gtest/gtest.h>

#include "domain/access/account_policy.hpp"

namespace daibiao::access {
namespace {

Principal with(Role role, std::string path) {
  Principal p;
  p.user_id = 7;
  p.grants.push_back({role, 1, std::move(path)});
  return p;
}

TEST(Permissions, EveryPermissionHasAUniqueDottedName) {
  std::set<std::string_view> names;
  for (auto p : all_permissions()) {
    EXPECT_NE(permission_name(p).find('.'), std::string_view::npos);
    EXPECT_TRUE(names.insert(permission_name(p)).second);
  }
}

TEST(Permissions, RoleNamesRoundTrip) {
  for (auto r : all_roles()) {
    EXPECT_EQ(parse_role(role_name(r)), r);
    EXPECT_FALSE(role_title_zh(r).empty());
  }
  EXPECT_EQ(parse_role("root"), std::nullopt);
}

TEST(Permissions, ThreeAdministratorsAreSeparated) {
  // The system admin runs the system but neither grants roles nor reads the audit log.
  EXPECT_TRUE(role_has(Role::system_admin, Permission::user_manage));
  EXPECT_FALSE(role_has(Role::system_admin, Permission::role_grant));
  EXPECT_FALSE(role_has(Role::system_admin, Permission::audit_read));
  // The security admin grants roles but does not read the audit log.
  EXPECT_TRUE(role_has(Role::security_admin, Permission::role_grant));
  EXPECT_FALSE(role_has(Role::security_admin, Permission::audit_read));
  EXPECT_FALSE(role_has(Role::security_admin, Permission::user_manage));
  // The audit admin only reads and exports the audit log.
  for (auto p : all_permissions())
    EXPECT_EQ(role_has(Role::audit_admin, p),
              p == Permission::audit_read || p == Permission::audit_export)
        << permission_name(p);
  // Nobody else reads the audit log.
  for (auto r : all_roles())
    if (r != Role::audit_admin) EXPECT_FALSE(role_has(r, Permission::audit_read)) << role_name(r);
}

TEST(Permissions, OneAccountNeverHoldsTwoAdministratorRoles) {
  const std::vector<Role> sys{Role::system_admin};
  EXPECT_FALSE(check_role_compatible(sys, Role::security_admin));
  EXPECT_FALSE(check_role_compatible(sys, Role::audit_admin));
  EXPECT_TRUE(check_role_compatible(sys, Role::system_admin));
  const std::vector<Role> staff{Role::liaison_staff};
  EXPECT_FALSE(check_role_compatible(staff, Role::audit_admin));
  EXPECT_FALSE(check_role_compatible(sys, Role::deputy));
  EXPECT_TRUE(check_role_compatible(staff, Role::leader));
  EXPECT_TRUE(check_role_compatible({}, Role::audit_admin));
}

TEST(Scope, GrantCoversNodeAndDescendantsOnly) {
  const Principal p = with(Role::liaison_staff, "/1/4/");
  EXPECT_TRUE(p.can(Permission::org_read, "/1/4/"));
  EXPECT_TRUE(p.can(Permission::org_read, "/1/4/17/"));
  EXPECT_FALSE(p.can(Permission::org_read, "/1/"));      // ancestor
  EXPECT_FALSE(p.can(Permission::org_read, "/1/5/"));    // sibling
  EXPECT_FALSE(p.can(Permission::org_read, "/1/45/"));   // sibling with a common prefix digit
  EXPECT_FALSE(p.can(Permission::audit_read, "/1/4/"));  // role lacks it
}

TEST(Scope, ScopePathsDropCoveredDescendants) {
  Principal p;
  p.grants = {{Role::liaison_staff, 4, "/1/4/"},
              {Role::leader, 17, "/1/4/17/"},
              {Role::deputy, 9, "/1/9/"}};
  EXPECT_EQ(p.scope_paths(Permission::org_read), (std::vector<std::string>{"/1/4/", "/1/9/"}));
  EXPECT_EQ(p.scope_paths(Permission::user_read), (std::vector<std::string>{"/1/4/"}));
  EXPECT_EQ(p.acting_role(Permission::user_read, "/1/4/17/3/"), "liaison_staff");
}

TEST(PasswordPolicy, AcceptsTenCharactersOfThreeClasses) {
  EXPECT_TRUE(password_problems("Abcdefgh12", "zhang").empty());
  EXPECT_TRUE(password_problems("abcdefg12!", "zhang").empty());
}

TEST(PasswordPolicy, RefusesShortWeakOrUsernamePasswords) {
  EXPECT_EQ(password_problems("Abc12!", "zhang").size(), 1u);             // too short
  EXPECT_EQ(password_problems("abcdefghijkl", "zhang").size(), 1u);       // one class
  EXPECT_EQ(password_problems("abcdefgh1234", "zhang").size(), 1u);       // two classes
  EXPECT_EQ(password_problems("Zhang.Wei2024", "zhang.wei").size(), 1u);  // contains user name
  // Characters, not bytes: ten Chinese characters count as ten.
  EXPECT_TRUE(password_problems("代表建议办理1Aa!", "x").empty());
  EXPECT_FALSE(password_problems("代表建1A", "x").empty());
}

TEST(PasswordPolicy, WellKnownWeakPasswordsAreRefusedEvenWhenLongAndMixed) {
  EXPECT_FALSE(password_problems("Password@2024", "zhang").empty());
  EXPECT_FALSE(password_problems("P@ssw0rd!2025", "zhang").empty());
  EXPECT_FALSE(password_problems("1qaz@WSX3edc", "zhang").empty());
  EXPECT_FALSE(password_problems("Qwerty!9876x", "zhang").empty());
  EXPECT_FALSE(password_problems("Xy#123456789", "zhang").empty());
  EXPECT_FALSE(password_problems("DaiBiao-2026!", "zhang").empty());
  EXPECT_TRUE(password_problems("Lan-Xiang-47!", "zhang").empty());
}

TEST(PasswordPolicy, StaffAndAdministratorsRotateEveryNinetyDaysDeputiesDoNot) {
  const TimeMs day = 24 * kHourMs;
  const Role staff[] = {Role::liaison_staff};
  const Role admin[] = {Role::audit_admin};
  const Role deputy[] = {Role::deputy};
  EXPECT_FALSE(password_expired(0, 89 * day, staff));
  EXPECT_TRUE(password_expired(0, 90 * day, staff));
  EXPECT_TRUE(password_expired(0, 90 * day, admin));
  EXPECT_FALSE(password_expired(0, 400 * day, deputy));
}

TEST(AccountSweep, IdleAccountsAndFormerDeputiesAreDisabledAdministratorsAreNot) {
  const Role deputy[] = {Role::deputy};
  const Role staff[] = {Role::liaison_staff};
  const Role both[] = {Role::deputy, Role::liaison_staff};
  const Role admin[] = {Role::security_admin};
  EXPECT_EQ(sweep_reason(staff, true, false), SweepReason::idle);
  EXPECT_EQ(sweep_reason(admin, true, false), SweepReason::none);
  EXPECT_EQ(sweep_reason(deputy, false, true), SweepReason::mandate_ended);
  EXPECT_EQ(sweep_reason(both, false, true), SweepReason::none);  // still staff
  EXPECT_EQ(sweep_reason(deputy, false, false), SweepReason::none);
}

TEST(LoginThrottle, FifthFailureOfANameFromOneAddressWaitsUntilTheOldestLeavesTheWindow) {
  const TimeMs now = 100 * kMinuteMs;
  EXPECT_EQ(login_wait({.name_and_ip = 4, .name_and_ip_oldest = now - kMinuteMs}, now), 0);
  EXPECT_EQ(login_wait({.name_and_ip = 5, .name_and_ip_oldest = now - kMinuteMs}, now),
            14 * kMinuteMs);
  EXPECT_TRUE(limit_reached_now({.name_and_ip = 5}));
  EXPECT_FALSE(limit_reached_now({.name_and_ip = 6}));  // recorded once, not per attempt
}

TEST(LoginThrottle, AnAddressIsThrottledAcrossNamesAndReleasedBySlidingWindow) {
  const TimeMs now = 100 * kMinuteMs;
  RecentFailures f{
      .name_and_ip = 1, .name_and_ip_oldest = now, .ip = 30, .ip_oldest = now - 10 * kMinuteMs};
  EXPECT_EQ(login_wait(f, now), 5 * kMinuteMs);
  EXPECT_EQ(login_wait(f, now + 5 * kMinuteMs), 0);
  f.ip = 29;
  EXPECT_EQ(login_wait(f, now), 0);
}

TEST(AccountManagement, SystemAdminManagesOrdinaryAccountsButNeverAdministrators) {
  const ManagerPowers sys{.user_manage = true};
  for (auto act : {AccountAct::edit, AccountAct::deactivate, AccountAct::activate,
                   AccountAct::reset_password}) {
    EXPECT_EQ(account_management(act, false, sys).route, Route::direct);
    EXPECT_EQ(account_management(act, true, sys).route, Route::refused);
  }
}

TEST(AccountManagement, SecurityAdminChangesAnAdministratorOnlyWithASecondApproval) {
  const ManagerPowers sec{.role_grant = true};
  EXPECT_EQ(account_management(AccountAct::reset_password, true, sec).route, Route::second_admin);
  EXPECT_EQ(account_management(AccountAct::deactivate, true, sec).route, Route::second_admin);
  EXPECT_EQ(account_management(AccountAct::reset_password, false, sec).route, Route::refused);
}

TEST(AccountManagement, OnlyLiaisonStaffLinkADeputyAndNeverToAnAdministrator) {
  EXPECT_EQ(account_management(AccountAct::link_person, false, {.user_manage = true}).route,
            Route::refused);
  EXPECT_EQ(account_management(AccountAct::link_person, false, {.deputy_manage = true}).route,
            Route::direct);
  EXPECT_EQ(account_management(AccountAct::link_person, true,
                               {.user_manage = true, .role_grant = true, .deputy_manage = true})
                .route,
            Route::refused);
}

TEST(SessionLifetime, IdleAndAbsoluteTimeouts) {
  const TimeMs start = 0;
  EXPECT_EQ(session_state(start, start, 29 * kMinuteMs), SessionState::valid);
  EXPECT_EQ(session_state(start, start, 30 * kMinuteMs), SessionState::idle_expired);
  EXPECT_EQ(session_state(start, 11 * kHourMs + 50 * kMinuteMs, 12 * kHourMs),
            SessionState::absolute_expired);
  EXPECT_EQ(session_state(start, 11 * kHourMs, 11 * kHourMs + 10 * kMinuteMs), SessionState::valid);
}

}  // namespace
}  // namespace daibiao::access
