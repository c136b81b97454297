// The deputies registry below HTTP, on both databases: validation, encryption at rest,
// duplicates, scope, the audited reveal and ending mandates.
#include <gtest/gtest.h>

#include <stdexcept>

#include "app/audit/audit_service.hpp"
#include "app/org/org_service.hpp"
#include "app/people/account_service.hpp"
#include "app/people/deputy_service.hpp"
#include "platform/crypto.hpp"
#include "support/test_db.hpp"
#include "support/use_case_env.hpp"

namespace daibiao::app {
namespace {

constexpr const char* kKey = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
constexpr const char* kId = "11010519491231002X";  // checksum-valid, fictitious, female 1949-12-31

class Registry : public ::testing::TestWithParam<std::string> {
 protected:
  testing::TestDatabase tdb_{GetParam()};
  ManualClock clock_{1'780'000'000'000};
  platform::OsRandom random_;
  platform::FieldCipher cipher_ = *platform::FieldCipher::from_hex(kKey);
  Env env_{tdb_.db(), clock_, random_, {}, &cipher_};
  org::Node root_, city_a_, city_b_;
  org::Term term_a_, term_b_;
  Caller staff_a_;

  void SetUp() override {
    auto t = testing::two_cities(env_);
    root_ = t.root;
    city_a_ = t.city_a;
    city_b_ = t.city_b;
    const Caller& b = t.builder;
    term_a_ = *create_term(env_, b,
                           {.org_node_id = city_a_.id,
                            .number = 7,
                            .start_date = "2022-01-01",
                            .end_date = "2026-12-31"});
    term_b_ = *create_term(env_, b,
                           {.org_node_id = city_b_.id,
                            .number = 7,
                            .start_date = "2022-01-01",
                            .end_date = "2026-12-31"});
    staff_a_ = caller_with(access::Role::liaison_staff, city_a_);
  }

  Caller caller_with(access::Role role, const org::Node& at) {
    Caller c;
    c.principal.user_id = 99;
    c.principal.username = "u" + std::to_string(static_cast<int>(role));
    c.principal.grants.push_back({role, at.id, at.path});
    c.request_id = "r";
    return c;
  }

  DeputyInput valid(const org::Node& node, const org::Term& term) {
    return {.person = {.name = "张桂兰",
                       .gender = "female",
                       .ethnicity = "汉族",
                       .birth_date = "1949-12-31",
                       .field = "教育",
                       .phone = "13812345678",
                       .id_number = kId},
            .mandate = {node.id, term.id, "第一选区", "2022-01-01"}};
  }
};

TEST_P(Registry, StoresSensitiveFieldsSealedAndShowsThemMasked) {
  auto p = create_deputy(env_, staff_a_, valid(city_a_, term_a_));
  ASSERT_TRUE(p) << p.error().message;
  EXPECT_EQ(p->id_masked, "**************002X");
  EXPECT_EQ(p->phone_masked, "*******5678");
  ASSERT_EQ(p->mandates.size(), 1u);
  EXPECT_EQ(p->mandates[0].status, people::MandateStatus::serving);
  ASSERT_TRUE(env_.db.read([&](storage::Connection& c) -> Status {
    auto row = c.query_one("SELECT id_sealed, phone_sealed FROM persons");
    EXPECT_EQ(row->text(0).find(kId), std::string::npos);
    EXPECT_EQ(row->text(1).find("13812345678"), std::string::npos);
    EXPECT_TRUE(row->text(0).starts_with("v1:"));
    return {};
  }));
}

TEST_P(Registry, RejectsBadIdNumbersAndDuplicates) {
  auto bad = valid(city_a_, term_a_);
  bad.person.id_number = "110105194912310021";
  auto r = create_deputy(env_, staff_a_, bad);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().fields.at(0).field, "id_number");
  ASSERT_TRUE(create_deputy(env_, staff_a_, valid(city_a_, term_a_)));
  auto again = valid(city_a_, term_a_);
  again.person.id_number = "11010519491231002x";  // same number, lower-case x
  auto dup = create_deputy(env_, staff_a_, again);
  ASSERT_FALSE(dup);
  EXPECT_EQ(dup.error().code, ErrorCode::conflict);
  EXPECT_EQ(dup.error().fields.at(0).field, "id_number");
}

TEST_P(Registry, ScopeFollowsTheMandatesCongress) {
  auto p = create_deputy(env_, staff_a_, valid(city_a_, term_a_));
  ASSERT_TRUE(p);
  const Caller staff_b = caller_with(access::Role::liaison_staff, city_b_);
  EXPECT_EQ(get_person(env_, staff_b, PersonId(p->id)).error().code, ErrorCode::not_found);
  EXPECT_EQ(list_deputies(env_, staff_b, {})->total, 0);
  EXPECT_EQ(create_deputy(env_, staff_b, valid(city_a_, term_a_)).error().code,
            ErrorCode::not_found);
  // A second mandate in city B makes the person visible there too.
  auto both = add_mandate(env_, caller_with(access::Role::liaison_staff, root_), PersonId(p->id),
                          {city_b_.id, term_b_.id, "甲区代表团", "2022-02-01"});
  ASSERT_TRUE(both) << both.error().message;
  EXPECT_EQ(both->mandates.size(), 2u);
  EXPECT_TRUE(get_person(env_, staff_b, PersonId(p->id)));
  EXPECT_EQ(list_deputies(env_, caller_with(access::Role::leader, root_), {})->total, 2);
  // The term must belong to the mandate's congress.
  auto wrong =
      add_mandate(env_, staff_a_, PersonId(p->id), {city_a_.id, term_b_.id, "x", "2022-02-01"});
  ASSERT_FALSE(wrong);
  EXPECT_EQ(wrong.error().fields.at(0).field, "mandate.term_id");
}

TEST_P(Registry, RevealNeedsThePermissionAndIsAudited) {
  auto p = create_deputy(env_, staff_a_, valid(city_a_, term_a_));
  ASSERT_TRUE(p);
  const Caller leader = caller_with(access::Role::leader, root_);
  EXPECT_EQ(reveal_person(env_, leader, PersonId(p->id)).error().code,
            ErrorCode::permission_denied);
  auto shown = reveal_person(env_, staff_a_, PersonId(p->id));
  ASSERT_TRUE(shown);
  EXPECT_EQ(shown->id_number, kId);
  EXPECT_EQ(shown->phone, "13812345678");
  ASSERT_TRUE(env_.db.read([&](storage::Connection& c) -> Status {
    EXPECT_EQ(c.query_one("SELECT count(*) FROM audit_log WHERE action = 'deputy.reveal' AND "
                          "outcome = 'success'")
                  ->i64(0),
              1);
    EXPECT_EQ(
        c.query_one(
             "SELECT count(*) FROM audit_log WHERE action = 'deputy.reveal' AND outcome = 'denied'")
            ->i64(0),
        1);
    auto created = c.query_one("SELECT changes FROM audit_log WHERE action = 'deputy.create'");
    EXPECT_EQ(created->text(0).find(kId), std::string::npos);  // masked in the audit log
    EXPECT_EQ(created->text(0).find("13812345678"), std::string::npos);
    return {};
  }));
}

TEST_P(Registry, UpdatesCheckTheStoredIdNumberAndVersions) {
  auto p = create_deputy(env_, staff_a_, valid(city_a_, term_a_));
  ASSERT_TRUE(p);
  auto wrong_birth =
      update_person(env_, staff_a_, PersonId(p->id),
                    {.version = p->version, .birth_date = std::string("1950-01-01")});
  ASSERT_FALSE(wrong_birth);
  EXPECT_EQ(wrong_birth.error().fields.at(0).field, "birth_date");
  auto renamed = update_person(
      env_, staff_a_, PersonId(p->id),
      {.version = p->version, .name = std::string("安桂兰"), .field = std::string("医疗卫生")});
  ASSERT_TRUE(renamed);
  EXPECT_EQ(renamed->name, "安桂兰");
  EXPECT_EQ(renamed->id_masked, p->id_masked);
  auto stale = update_person(env_, staff_a_, PersonId(p->id),
                             {.version = p->version, .post = std::string("x")});
  EXPECT_EQ(stale.error().code, ErrorCode::conflict);
}

TEST_P(Registry, ListSortsNamesByPinyinAndFilters) {
  auto add = [&](const char* name, const char* id, const char* gender, const char* birth) {
    auto d = valid(city_a_, term_a_);
    d.person.name = name;
    d.person.id_number = id;
    d.person.gender = gender;
    d.person.birth_date = birth;
    auto r = create_deputy(env_, staff_a_, d);
    if (!r) throw std::runtime_error(r.error().message);
  };
  add("张伟", "110105199001010010", "male", "1990-01-01");
  add("安娜", "110105199202020020", "female", "1992-02-02");
  add("陈国平", "110105198503030033", "male", "1985-03-03");
  auto page = list_deputies(env_, staff_a_, {});
  ASSERT_TRUE(page);
  ASSERT_EQ(page->items.size(), 3u);
  EXPECT_EQ(page->items[0].person.name, "安娜");
  EXPECT_EQ(page->items[1].person.name, "陈国平");
  EXPECT_EQ(page->items[2].person.name, "张伟");
  storage::ListRequest req;
  req.filters["gender"] = "male";
  req.sort = "-birth_date";
  page = list_deputies(env_, staff_a_, req);
  ASSERT_EQ(page->items.size(), 2u);
  EXPECT_EQ(page->items[0].person.name, "张伟");
}

TEST_P(Registry, OnlyAServingMandateEnds) {
  auto p = create_deputy(env_, staff_a_, valid(city_a_, term_a_));
  ASSERT_TRUE(p);
  const auto& m = p->mandates[0];
  auto ended = end_mandate(env_, staff_a_, MandateId(m.id),
                           {m.version, "resigned", "2024-06-30", "本人申请"});
  ASSERT_TRUE(ended) << ended.error().message;
  EXPECT_EQ(ended->status, people::MandateStatus::resigned);
  auto again =
      end_mandate(env_, staff_a_, MandateId(m.id), {ended->version, "deceased", "2024-07-30", ""});
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, ErrorCode::failed_precondition);
  storage::ListRequest req;
  req.filters["status"] = "serving";
  EXPECT_EQ(list_deputies(env_, staff_a_, req)->total, 0);
}

TEST_P(Registry, ImportBatchIsAllOrNothing) {
  auto good = valid(city_a_, term_a_);
  auto bad = valid(city_a_, term_a_);
  bad.person.id_number = "110105199001010010";
  bad.person.birth_date = "1990-01-01";
  bad.person.gender = "male";
  bad.mandate.term_id = term_b_.id;  // not city A's term
  auto r = create_deputies(env_, staff_a_, {good, bad});
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().fields.at(0).field, "rows[1].mandate.term_id");
  EXPECT_EQ(list_deputies(env_, staff_a_, {})->total, 0);
}

INSTANTIATE_TEST_SUITE_P(Backends, Registry, ::testing::ValuesIn(testing::test_backends()),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace daibiao::app
