// Use cases end to end below HTTP: real databases, injected clock and randomness.
#include <gtest/gtest.h>

#include <algorithm>
#include <stdexcept>

#include "app/access/auth.hpp"
#include "app/audit/audit_service.hpp"
#include "app/org/org_service.hpp"
#include "app/people/account_service.hpp"
#include "app/suggestions/suggestion_service.hpp"
#include "storage/audit/audit_store.hpp"
#include "support/test_db.hpp"
#include "support/use_case_env.hpp"

namespace daibiao::app {
namespace {

using testing::CountingRandom;
using testing::kPassword;
using testing::kStart;

class UseCases : public ::testing::TestWithParam<std::string> {
 protected:
  testing::TestDatabase tdb_{GetParam()};
  ManualClock clock_{kStart};
  CountingRandom random_;
  Env env_{tdb_.db(), clock_, random_, {}};
  org::Node root_, city_a_, city_b_;

  void SetUp() override {
    auto t = testing::two_cities(env_);
    root_ = t.root;
    city_a_ = t.city_a;
    city_b_ = t.city_b;
  }

  people::Account account(const std::string& username, const std::string& role,
                          std::int64_t org_id) {
    auto a = bootstrap_account(env_, "test",
                               {.username = username,
                                .display_name = username,
                                .password = kPassword,
                                .org_node_id = org_id},
                               role);
    if (!a) throw std::runtime_error("account " + username + ": " + a.error().message);
    return *a;
  }

  Caller as(const people::Account& a) {
    Caller c;
    c.principal = *principal_of(env_, UserId(a.id));
    c.ip = "127.0.0.1";
    c.request_id = "req-1";
    return c;
  }

  std::int64_t audit_count(const std::string& action, const std::string& outcome) {
    std::int64_t n = 0;
    EXPECT_TRUE(env_.db.read([&](storage::Connection& c) -> Status {
      n = c.query_one("SELECT count(*) FROM audit_log WHERE action = ? AND outcome = ?",
                      {action, outcome})
              ->i64(0);
      return {};
    }));
    return n;
  }
};

TEST_P(UseCases, LoginCreatesASessionThatAuthenticates) {
  account("wang", "liaison_staff", root_.id);
  auto login_result = login(env_, "wang", kPassword, "10.0.0.1", "r1");
  ASSERT_TRUE(login_result);
  auto auth = authenticate(env_, login_result->session_token);
  ASSERT_TRUE(auth);
  EXPECT_EQ(auth->principal.username, "wang");
  EXPECT_EQ(auth->csrf_token, login_result->csrf_token);
  EXPECT_EQ(audit_count("auth.login", "success"), 1);
}

TEST_P(UseCases, UnknownUserWrongPasswordAndLockedLookTheSame) {
  account("wang", "liaison_staff", root_.id);
  auto unknown = login(env_, "nobody", kPassword, "ip", "r");
  auto wrong = login(env_, "wang", "Wrong-pass99", "ip", "r");
  ASSERT_FALSE(unknown);
  ASSERT_FALSE(wrong);
  EXPECT_EQ(unknown.error().code, ErrorCode::unauthenticated);
  EXPECT_EQ(unknown.error().message, wrong.error().message);
  EXPECT_EQ(audit_count("auth.login", "failure"), 2);
}

TEST_P(UseCases, FiveFailuresOfANameFromOneAddressThrottleThatPairOnly) {
  account("wang", "liaison_staff", root_.id);
  for (int i = 0; i < 5; ++i) {
    clock_.advance(kMinuteMs);  // failures at 1..5 min
    EXPECT_FALSE(login(env_, "wang", "Wrong-pass99", "10.0.0.9", "r"));
  }
  auto throttled = login(env_, "WANG", kPassword, "10.0.0.9", "r");  // names are case-folded
  ASSERT_FALSE(throttled);
  EXPECT_EQ(throttled.error().code, ErrorCode::too_many_requests);
  EXPECT_EQ(throttled.error().retry_after_s, 11 * 60);  // the first failure leaves at 16 min
  // The owner signs in from elsewhere: a flood cannot lock the account.
  EXPECT_TRUE(login(env_, "wang", kPassword, "10.0.0.1", "r"));
  // An unknown name is throttled the same way, so a 429 tells nothing about names.
  for (int i = 0; i < 5; ++i)
    EXPECT_FALSE(login(env_, "nobody", "x-Wrong-pass99", "10.0.0.8", "r"));
  auto unknown = login(env_, "nobody", "x-Wrong-pass99", "10.0.0.8", "r");
  ASSERT_FALSE(unknown);
  EXPECT_EQ(unknown.error().code, ErrorCode::too_many_requests);
  // Once the oldest failure leaves the window, the pair may try again.
  clock_.advance(11 * kMinuteMs);
  EXPECT_TRUE(login(env_, "wang", kPassword, "10.0.0.9", "r"));
  // Each flood is audited once, and throttled attempts write no record.
  EXPECT_EQ(audit_count("auth.throttle", "denied"), 2);
  EXPECT_EQ(audit_count("auth.login", "failure"), 10);
}

TEST_P(UseCases, AnAddressIsThrottledAcrossUserNames) {
  account("wang", "liaison_staff", root_.id);
  for (int i = 0; i < 30; ++i)
    EXPECT_FALSE(login(env_, "guess" + std::to_string(i), "Wrong-pass99", "10.0.0.7", "r"));
  auto r = login(env_, "wang", kPassword, "10.0.0.7", "r");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::too_many_requests);
  EXPECT_TRUE(login(env_, "wang", kPassword, "10.0.0.6", "r"));
}

TEST_P(UseCases, FailuresSpreadBeyondTheWindowDoNotLock) {
  account("wang", "liaison_staff", root_.id);
  for (int i = 0; i < 6; ++i) {
    clock_.advance(4 * kMinuteMs);  // at most 4 failures in any 15 minutes
    EXPECT_FALSE(login(env_, "wang", "Wrong-pass99", "ip", "r"));
  }
  EXPECT_TRUE(login(env_, "wang", kPassword, "ip", "r"));
}

TEST_P(UseCases, SessionsExpireWhenIdleAndAtTheAbsoluteLimit) {
  account("wang", "liaison_staff", root_.id);
  auto s = login(env_, "wang", kPassword, "ip", "r");
  ASSERT_TRUE(s);
  clock_.advance(29 * kMinuteMs);
  ASSERT_TRUE(authenticate(env_, s->session_token));  // refreshes last_seen
  clock_.advance(29 * kMinuteMs);
  ASSERT_TRUE(authenticate(env_, s->session_token));
  clock_.advance(30 * kMinuteMs);
  auto idle = authenticate(env_, s->session_token);
  ASSERT_FALSE(idle);
  EXPECT_NE(idle.error().message.find("30 分钟"), std::string::npos);
  EXPECT_FALSE(authenticate(env_, s->session_token));  // deleted, not resurrected

  auto t = login(env_, "wang", kPassword, "ip", "r");
  for (int i = 0; i < 25; ++i) {  // active all day: 25 × 29 min > 12 h
    clock_.advance(29 * kMinuteMs);
    auto a = authenticate(env_, t->session_token);
    if (!a) {
      EXPECT_NE(a.error().message.find("12 小时"), std::string::npos);
      EXPECT_GE(i, 24);
      return;
    }
  }
  FAIL() << "session outlived the absolute limit";
}

TEST_P(UseCases, ScopeHidesSiblingsAndAncestors) {
  auto staff = as(account("a.staff", "liaison_staff", city_a_.id));
  EXPECT_TRUE(get_node(env_, staff, OrgNodeId(city_a_.id)));
  auto sibling = get_node(env_, staff, OrgNodeId(city_b_.id));
  ASSERT_FALSE(sibling);
  EXPECT_EQ(sibling.error().code, ErrorCode::not_found);
  EXPECT_EQ(get_node(env_, staff, OrgNodeId(root_.id)).error().code, ErrorCode::not_found);
  auto list = list_nodes(env_, staff, {});
  ASSERT_TRUE(list);
  ASSERT_EQ(list->items.size(), 1u);
  EXPECT_EQ(list->items[0].id, city_a_.id);
  auto under_sibling = create_node(
      env_, staff, {.code = "B1", .name = "x", .level = "county", .parent_id = city_b_.id});
  EXPECT_EQ(under_sibling.error().code, ErrorCode::not_found);
  EXPECT_TRUE(create_node(
      env_, staff, {.code = "A1", .name = "甲县", .level = "county", .parent_id = city_a_.id}));
}

TEST_P(UseCases, DeniedWritesAreAuditedAndChangeNothing) {
  auto deputy = as(account("li.deputy", "deputy", root_.id));
  auto r = create_node(env_, deputy,
                       {.code = "C", .name = "丙市", .level = "city", .parent_id = root_.id});
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::permission_denied);
  EXPECT_EQ(audit_count("org.node.create", "denied"), 1);
  auto list = list_nodes(env_, deputy, {});
  EXPECT_EQ(list->total, 3);
}

TEST_P(UseCases, ChildLevelMustBeOneBelowTheParent) {
  auto staff = as(account("wang", "liaison_staff", root_.id));
  auto r = create_node(env_, staff,
                       {.code = "T", .name = "x", .level = "township", .parent_id = root_.id});
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().fields.at(0).field, "level");
}

TEST_P(UseCases, ThreeAdministratorsStaySeparate) {
  auto sys = account("sys", "system_admin", root_.id);
  auto sec = as(account("sec", "security_admin", root_.id));
  auto aud = as(account("aud", "audit_admin", root_.id));
  auto staff = account("wang", "liaison_staff", root_.id);
  // The security admin cannot make the system admin an auditor too.
  auto both = add_grant(env_, sec, UserId(sys.id), "audit_admin", OrgNodeId(root_.id));
  ASSERT_FALSE(both);
  EXPECT_EQ(both.error().code, ErrorCode::failed_precondition);
  // ... nor grant itself anything.
  EXPECT_EQ(add_grant(env_, sec, UserId(sec.principal.user_id), "leader", OrgNodeId(root_.id))
                .error()
                .code,
            ErrorCode::permission_denied);
  EXPECT_TRUE(add_grant(env_, sec, UserId(staff.id), "leader", OrgNodeId(city_a_.id)));
  // Only the auditor reads the log.
  EXPECT_EQ(search_audit(env_, as(sys), {}).error().code, ErrorCode::permission_denied);
  EXPECT_EQ(search_audit(env_, sec, {}).error().code, ErrorCode::permission_denied);
  auto log = search_audit(env_, aud, {});
  ASSERT_TRUE(log);
  EXPECT_GT(log->total, 0);
  // The system admin cannot grant roles.
  EXPECT_EQ(add_grant(env_, as(sys), UserId(staff.id), "leader", OrgNodeId(root_.id)).error().code,
            ErrorCode::permission_denied);
}

TEST_P(UseCases, AuditRecordsCarryActorRequestAndChanges) {
  auto staff = as(account("wang", "liaison_staff", root_.id));
  auto n = update_node(env_, staff, OrgNodeId(city_a_.id),
                       {.version = city_a_.version, .name = std::string("甲市人民代表大会")});
  ASSERT_TRUE(n);
  auto aud = as(account("aud", "audit_admin", root_.id));
  storage::ListRequest req;
  req.filters["action"] = "org.node.update";
  auto log = search_audit(env_, aud, req);
  ASSERT_TRUE(log);
  ASSERT_EQ(log->items.size(), 1u);
  const auto& r = log->items[0];
  EXPECT_EQ(r.actor.name, "wang");
  EXPECT_EQ(r.actor.role, "liaison_staff");
  EXPECT_EQ(r.actor.ip, "127.0.0.1");
  EXPECT_EQ(r.actor.request_id, "req-1");
  EXPECT_EQ(r.object_id, std::to_string(city_a_.id));
  EXPECT_EQ(r.changes, R"([{"field":"name","before":"甲市人大","after":"甲市人民代表大会"}])");
  auto chain = storage::verify_audit_chain(env_.db);
  EXPECT_TRUE(chain && chain->ok);
}

TEST_P(UseCases, PasswordChangeFollowsThePolicy) {
  auto staff = as(account("wang", "liaison_staff", root_.id));
  auto weak = change_password(env_, staff, LoginSessionId(), kPassword, "short");
  ASSERT_FALSE(weak);
  EXPECT_EQ(weak.error().fields.at(0).field, "new_password");
  EXPECT_EQ(change_password(env_, staff, LoginSessionId(), "not-it-Really1", "Another-Good-1")
                .error()
                .fields.at(0)
                .field,
            "old_password");
  ASSERT_TRUE(change_password(env_, staff, LoginSessionId(), kPassword, "Another-Good-1"));
  EXPECT_FALSE(login(env_, "wang", kPassword, "ip", "r"));
  EXPECT_TRUE(login(env_, "wang", "Another-Good-1", "ip", "r"));
}

// ---- Working-day calendar per congress (security finding: calendar scope) ----

namespace {
bool has_day(const std::vector<CalendarDayView>& days, const std::string& date) {
  return std::any_of(days.begin(), days.end(), [&](const auto& d) { return d.date == date; });
}
const CalendarDayView* day_of(const CalendarYearView& v, const std::string& date) {
  for (const auto* list : {&v.holidays, &v.makeup_workdays})
    for (const auto& d : *list)
      if (d.date == date) return &d;
  return nullptr;
}
}  // namespace

TEST_P(UseCases, ACongressCalendarInheritsFromAboveAndOnlyItsStaffEditIt) {
  auto province = as(account("wang", "liaison_staff", root_.id));
  auto clerk = as(account("a.clerk", "liaison_staff", city_a_.id));
  // The seeded 2026 arrangement is the base calendar, which the root congress maintains.
  auto base = get_calendar_year(env_, clerk, 2026, city_a_.id);
  ASSERT_TRUE(base) << base.error().message;
  const auto* national_day = day_of(*base, "2026-10-01");
  ASSERT_NE(national_day, nullptr);
  EXPECT_TRUE(national_day->inherited);
  EXPECT_EQ(national_day->org_node_id, std::optional(root_.id));
  EXPECT_EQ(national_day->org_name, "省人大");
  EXPECT_TRUE(base->can_edit);
  EXPECT_FALSE(get_calendar_year(env_, clerk, 2026, root_.id)->can_edit);

  // The city's clerk cannot touch the province's calendar, nor see a sibling's.
  const calendar::CalendarData local{{{"2026-03-03", "市庆"}, {"2026-10-10", "市里不调休"}}, {}};
  auto denied = put_calendar_year(env_, clerk, 2026, root_.id, local);
  ASSERT_FALSE(denied);
  EXPECT_EQ(denied.error().code, ErrorCode::permission_denied);
  EXPECT_EQ(audit_count("calendar.update", "denied"), 1);
  EXPECT_EQ(get_calendar_year(env_, clerk, 2026, city_b_.id).error().code, ErrorCode::not_found);
  EXPECT_EQ(put_calendar_year(env_, clerk, 2026, city_b_.id, local).error().code,
            ErrorCode::not_found);
  auto root_view = get_calendar_year(env_, province, 2026, root_.id);
  ASSERT_TRUE(root_view);
  EXPECT_FALSE(has_day(root_view->holidays, "2026-03-03"));
  EXPECT_TRUE(has_day(root_view->makeup_workdays, "2026-10-10"));
  EXPECT_FALSE(day_of(*root_view, "2026-10-01")->inherited);

  // Its own calendar (default: the clerk's home congress): a local holiday, and a province
  // make-up Saturday given off locally.
  auto mine = put_calendar_year(env_, clerk, 2026, std::nullopt, local);
  ASSERT_TRUE(mine) << mine.error().message;
  EXPECT_EQ(mine->org_node_id, city_a_.id);
  ASSERT_NE(day_of(*mine, "2026-03-03"), nullptr);
  EXPECT_FALSE(day_of(*mine, "2026-03-03")->inherited);
  EXPECT_EQ(day_of(*mine, "2026-03-03")->org_name, "甲市人大");
  EXPECT_TRUE(has_day(mine->holidays, "2026-10-10"));
  EXPECT_FALSE(has_day(mine->makeup_workdays, "2026-10-10"));
  EXPECT_TRUE(day_of(*mine, "2026-10-01")->inherited);
  EXPECT_EQ(audit_count("calendar.update", "success"), 1);
  for (auto node : {root_.id, city_b_.id}) {
    auto other = get_calendar_year(env_, province, 2026, node);
    ASSERT_TRUE(other);
    EXPECT_FALSE(has_day(other->holidays, "2026-03-03")) << node;
    EXPECT_TRUE(has_day(other->makeup_workdays, "2026-10-10")) << node;
  }

  // Deadlines count on the calendar of the item's congress.
  auto days_between = [&](std::optional<std::int64_t> node) {
    int n = -1;
    EXPECT_TRUE(env_.db.read([&](storage::Connection& c) -> Status {
      auto rules = load_rules(c, node);
      if (!rules) return std::unexpected(rules.error());
      n = rules->calendar.working_days_between(*parse_date("2026-03-01"),
                                               *parse_date("2026-03-08"));
      EXPECT_EQ(rules->calendar.is_working_day(*parse_date("2026-10-10")),
                !node || *node != city_a_.id);
      return {};
    }));
    return n;
  };
  EXPECT_EQ(days_between(city_a_.id), 4);  // Mon–Fri but the local holiday on Tuesday
  EXPECT_EQ(days_between(city_b_.id), 5);
  EXPECT_EQ(days_between(root_.id), 5);
  EXPECT_EQ(days_between(std::nullopt), 5);

  // The province replaces its year (the base rows): the city keeps its own days, and
  // still inherits the province's new arrangement.
  auto replaced = put_calendar_year(env_, province, 2026, root_.id,
                                    {{{"2026-10-01", "国庆节"}, {"2026-10-02", "国庆节"}}, {}});
  ASSERT_TRUE(replaced) << replaced.error().message;
  EXPECT_EQ(replaced->holidays.size(), 2u);
  EXPECT_TRUE(replaced->makeup_workdays.empty());
  auto after = get_calendar_year(env_, clerk, 2026, city_a_.id);
  ASSERT_TRUE(after);
  std::vector<std::string> dates;
  for (const auto& d : after->holidays) dates.push_back(d.date + (d.inherited ? "^" : ""));
  EXPECT_EQ(dates,
            (std::vector<std::string>{"2026-03-03", "2026-10-01^", "2026-10-02^", "2026-10-10"}));
}

INSTANTIATE_TEST_SUITE_P(Backends, UseCases, ::testing::ValuesIn(testing::test_backends()),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace daibiao::app
