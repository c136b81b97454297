// The storage suite: every test runs on SQLite and on PostgreSQL (when available).
#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "storage/audit/audit_store.hpp"
#include "storage/list_query.hpp"
#include "storage/migrate.hpp"
#include "storage/org/org_store.hpp"
#include "storage/people/account_store.hpp"
#include "storage/versioned.hpp"
#include "support/test_db.hpp"

namespace daibiao::storage {
namespace {

using testing::TestDatabase;

class Storage : public ::testing::TestWithParam<std::string> {
 protected:
  TestDatabase tdb_{GetParam()};
  Database& db() { return tdb_.db(); }

  org::Node add_node(const std::string& code, std::optional<org::Node> parent = std::nullopt) {
    org::Node out;
    auto st = db().write([&](Connection& c) -> Status {
      org::Node n{.code = code,
                  .name = code + "人大",
                  .level = parent ? static_cast<org::Level>(static_cast<int>(parent->level) + 1)
                                  : org::Level::province,
                  .parent_id = parent ? std::optional(parent->id) : std::nullopt};
      auto r = insert_node(c, n, parent ? parent->path : "", 1000);
      if (!r) return std::unexpected(r.error());
      out = *r;
      return {};
    });
    EXPECT_TRUE(st) << (st ? "" : st.error().log_detail);
    return out;
  }

  audit::Record append(const std::string& action) {
    audit::Record out;
    auto st = db().write([&](Connection& c) -> Status {
      audit::Record r;
      r.at = 5000;
      r.actor.name = "tester";
      r.action = action;
      r.outcome = "success";
      r.changes = audit::changes_json({{"phone", "13812345678", "13912345678", true}});
      auto a = append_audit(c, r);
      if (!a) return std::unexpected(a.error());
      out = *a;
      return {};
    });
    EXPECT_TRUE(st);
    return out;
  }
};

TEST(ListQuery, TimesAreFixedWidthDigitsOnly) {  // found by fuzz_list_query
  EXPECT_TRUE(parse_iso_time("2026-01-01T23:00:00Z", false));
  EXPECT_EQ(*parse_iso_time("2026-01-02", false) - *parse_iso_time("2026-01-01", false),
            86'400'000);
  EXPECT_FALSE(parse_iso_time("2026-01-01T-1:00:00Z", false));  // read as the day before
  EXPECT_FALSE(parse_iso_time("0000-01-\v1", false));           // a vertical tab
  EXPECT_FALSE(parse_iso_time("2026-01- 1", false));
  EXPECT_FALSE(parse_iso_time("+026-01-01", false));
  EXPECT_FALSE(parse_iso_time("2026-02-30", false));
  EXPECT_FALSE(parse_iso_time("2026-01-01T24:00:00Z", false));
}

TEST_P(Storage, MigrateIsIdempotentAndRecordsTheVersion) {
  auto again = migrate(db());
  ASSERT_TRUE(again);
  EXPECT_TRUE(again->applied.empty());
  EXPECT_EQ(again->to_version, latest_schema_version(db().dialect()));
  EXPECT_TRUE(check_schema_current(db()));
}

TEST_P(Storage, DatabaseNewerThanBinaryIsRefused) {
  ASSERT_TRUE(db().write([](Connection& c) {
    return c.exec(
        "INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', 0)");
  }));
  auto m = migrate(db());
  ASSERT_FALSE(m);
  EXPECT_EQ(m.error().code, ErrorCode::failed_precondition);
  EXPECT_NE(m.error().message.find("999"), std::string::npos);
  EXPECT_FALSE(check_schema_current(db()));
}

TEST_P(Storage, FreshDatabaseIsBehindUntilMigrated) {
  TestDatabase fresh(GetParam(), /*migrated=*/false);
  EXPECT_FALSE(check_schema_current(fresh.db()));
  ASSERT_TRUE(migrate(fresh.db()));
  EXPECT_TRUE(check_schema_current(fresh.db()));
}

TEST_P(Storage, NodePathsNestUnderTheParent) {
  auto root = add_node("43");
  auto city = add_node("4310", root);
  EXPECT_EQ(root.path, "/" + std::to_string(root.id) + "/");
  EXPECT_EQ(city.path, root.path + std::to_string(city.id) + "/");
  ASSERT_TRUE(db().read([&](Connection& c) -> Status {
    auto found = find_node_by_code(c, "4310");
    EXPECT_TRUE(found);
    EXPECT_EQ(found->parent_id, root.id);
    EXPECT_EQ(found->path, city.path);
    return {};
  }));
}

TEST_P(Storage, StaleVersionIsAConflictNeverALostUpdate) {
  auto root = add_node("43");
  auto v2 = db().write([&](Connection& c) -> Status {
    org::Node n = root;
    n.name = "first";
    auto r = update_node(c, n, 2000);
    if (!r) return std::unexpected(r.error());
    EXPECT_EQ(r->version, 2);
    return {};
  });
  ASSERT_TRUE(v2);
  auto stale = db().write([&](Connection& c) -> Status {
    org::Node n = root;  // still version 1
    n.name = "second";
    auto r = update_node(c, n, 3000);
    if (!r) return std::unexpected(r.error());
    return {};
  });
  ASSERT_FALSE(stale);
  EXPECT_EQ(stale.error().code, ErrorCode::conflict);
  ASSERT_TRUE(db().read([&](Connection& c) -> Status {
    EXPECT_EQ(find_node(c, root.id)->name, "first");
    return {};
  }));
  auto missing = db().write([&](Connection& c) { return delete_node(c, 9999, 1); });
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().code, ErrorCode::not_found);
}

TEST_P(Storage, ConcurrentWritersOnOneVersionExactlyOneWins) {
  auto root = add_node("43");
  std::atomic<int> wins{0}, conflicts{0};
  std::vector<std::thread> threads;
  for (int i = 0; i < 4; ++i) {
    threads.emplace_back([&, i] {
      auto st = db().write([&](Connection& c) -> Status {
        org::Node n = root;
        n.name = "writer " + std::to_string(i);
        auto r = update_node(c, n, 2000);
        if (!r) return std::unexpected(r.error());
        return {};
      });
      if (st)
        ++wins;
      else if (st.error().code == ErrorCode::conflict)
        ++conflicts;
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(wins.load(), 1);
  EXPECT_EQ(conflicts.load(), 3);
}

TEST_P(Storage, UniqueAndForeignKeyViolationsMapToStableCodes) {
  add_node("43");
  auto dup = db().write([&](Connection& c) -> Status {
    auto r = insert_node(c, {.code = "43", .name = "dup"}, "", 1);
    if (!r) return std::unexpected(r.error());
    return {};
  });
  ASSERT_FALSE(dup);
  EXPECT_EQ(dup.error().code, ErrorCode::conflict);
  auto orphan = db().write([&](Connection& c) -> Status {
    auto r =
        insert_unit(c, {.org_node_id = 424242, .code = "U1", .name = "x", .kind = "government"}, 1);
    if (!r) return std::unexpected(r.error());
    return {};
  });
  ASSERT_FALSE(orphan);
  EXPECT_EQ(orphan.error().code, ErrorCode::invalid_argument);
}

TEST_P(Storage, FailedTransactionLeavesNothingBehind) {
  auto st = db().write([&](Connection& c) -> Status {
    auto r = insert_node(c, {.code = "43", .name = "x"}, "", 1);
    EXPECT_TRUE(r);
    return fail(ErrorCode::invalid_argument, "abort");
  });
  ASSERT_FALSE(st);
  ASSERT_TRUE(db().read([&](Connection& c) -> Status {
    EXPECT_EQ(*count_nodes(c), 0);
    return {};
  }));
}

TEST_P(Storage, ListsFilterSortPageAndCountWithinScope) {
  auto root = add_node("43");
  auto a = add_node("A", root);
  auto b = add_node("B", root);
  for (int i = 0; i < 5; ++i) add_node("A" + std::to_string(i), a);
  add_node("B0", b);
  ListRequest req;
  req.page_size = 2;
  req.sort = "-code";
  std::vector<Value> params;
  const std::string scope = scope_clause("n.path", {a.path}, params);
  auto built = build_list(node_list_spec(), req, scope, params);
  ASSERT_TRUE(built);
  ASSERT_TRUE(db().read([&](Connection& c) -> Status {
    auto page = fetch_page(c, node_list_spec(), req, *built, kNodeColumns);
    EXPECT_TRUE(page);
    EXPECT_EQ(page->total, 6);  // A and its five children, not B's subtree or the root
    EXPECT_FALSE(page->total_capped);
    auto nodes = *nodes_from(page->rows);
    EXPECT_EQ(nodes.size(), 2u);
    EXPECT_EQ(nodes[0].code, "A4");
    EXPECT_EQ(nodes[1].code, "A3");
    return {};
  }));
  req.filters["level"] = "county";
  req.page = 3;
  built = build_list(node_list_spec(), req, scope, params);
  ASSERT_TRUE(built);
  ASSERT_TRUE(db().read([&](Connection& c) -> Status {
    auto page = fetch_page(c, node_list_spec(), req, *built, kNodeColumns);
    EXPECT_EQ(page->total, 5);
    EXPECT_EQ(page->rows.size(), 1u);
    return {};
  }));
}

TEST_P(Storage, ListRequestsAreValidatedAgainstTheSpec) {
  ListRequest req;
  req.sort = "password_hash";
  req.filters["secret"] = "1";
  req.filters["parent_id"] = "abc";
  req.page_size = 101;
  auto built = build_list(node_list_spec(), req, "", {});
  ASSERT_FALSE(built);
  EXPECT_EQ(built.error().code, ErrorCode::invalid_argument);
  std::set<std::string> fields;
  for (auto& f : built.error().fields) fields.insert(f.field);
  EXPECT_EQ(fields, (std::set<std::string>{"sort", "secret", "parent_id", "page_size"}));
}

TEST_P(Storage, TextSearchTreatsWildcardsLiterally) {
  auto root = add_node("43");
  add_node("X_1", root);
  add_node("XY1", root);
  ListRequest req;
  req.q = "X_";
  auto built = build_list(node_list_spec(), req, "", {});
  ASSERT_TRUE(built);
  ASSERT_TRUE(db().read([&](Connection& c) -> Status {
    auto page = fetch_page(c, node_list_spec(), req, *built, kNodeColumns);
    EXPECT_EQ(page->total, 1);
    return {};
  }));
}

TEST_P(Storage, AuditChainVerifiesAndMasksPersonalData) {
  for (int i = 0; i < 5; ++i) append("test.action");
  auto check = verify_audit_chain(db());
  ASSERT_TRUE(check);
  EXPECT_TRUE(check->ok) << check->reason;
  EXPECT_EQ(check->records, 5);
  ASSERT_TRUE(db().read([&](Connection& c) -> Status {
    auto row = c.query_one("SELECT changes FROM audit_log WHERE seq = 1");
    EXPECT_EQ(row->text(0), R"([{"field":"phone","before":"138****5678","after":"139****5678"}])");
    return {};
  }));
}

TEST_P(Storage, AuditLogRefusesUpdateAndDelete) {
  append("a");
  auto upd = db().write([](Connection& c) { return c.exec("UPDATE audit_log SET action = 'x'"); });
  EXPECT_FALSE(upd);
  auto del = db().write([](Connection& c) { return c.exec("DELETE FROM audit_log"); });
  EXPECT_FALSE(del);
  auto check = verify_audit_chain(db());
  EXPECT_TRUE(check && check->ok);
}

TEST_P(Storage, VerifyNamesTheFirstTamperedRecord) {
  for (int i = 0; i < 4; ++i) append("a");
  // An attacker with database access drops the guard and edits record 3.
  ASSERT_TRUE(db().write([](Connection& c) -> Status {
    if (c.dialect() == Dialect::sqlite) {
      if (auto st = c.exec("DROP TRIGGER audit_log_no_update"); !st) return st;
    } else if (auto st = c.exec("DROP TRIGGER audit_log_no_update ON audit_log"); !st) {
      return st;
    }
    return c.exec("UPDATE audit_log SET object_id = 'forged' WHERE seq = 3");
  }));
  auto check = verify_audit_chain(db());
  ASSERT_TRUE(check);
  EXPECT_FALSE(check->ok);
  EXPECT_EQ(check->first_bad_seq, 3);
}

TEST_P(Storage, LoginFailuresCountWithinTheWindow) {
  auto root = add_node("43");
  ASSERT_TRUE(db().write([&](Connection& c) -> Status {
    auto a = insert_account(
        c,
        {.username = "zhang", .display_name = "张三", .password_hash = "h", .org_node_id = root.id},
        100);
    EXPECT_TRUE(a);
    for (TimeMs t : {1000, 2000, 3000})
      EXPECT_TRUE(record_login_attempt(c, "zhang", "10.0.0.1", t));
    EXPECT_TRUE(record_login_attempt(c, "li", "10.0.0.1", 2500));
    EXPECT_TRUE(record_login_attempt(c, "zhang", "10.0.0.2", 2600));
    auto f = recent_login_failures(c, "zhang", "10.0.0.1", 1500);
    EXPECT_TRUE(f);
    if (!f) return {};
    EXPECT_EQ(f->name_and_ip, 2);  // 2000, 3000: per name and address
    EXPECT_EQ(f->name_and_ip_oldest, 2000);
    EXPECT_EQ(f->ip, 3);  // and li's from the same address
    EXPECT_EQ(f->ip_oldest, 2000);
    EXPECT_TRUE(clear_login_attempts(c, "zhang"));
    EXPECT_EQ(recent_login_failures(c, "zhang", "10.0.0.1", 0)->name_and_ip, 0);
    EXPECT_EQ(recent_login_failures(c, "zhang", "10.0.0.1", 0)->ip, 1);
    auto dup = insert_account(
        c, {.username = "zhang", .display_name = "x", .password_hash = "h", .org_node_id = root.id},
        100);
    EXPECT_FALSE(dup);
    EXPECT_EQ(dup.error().code, ErrorCode::conflict);
    return {};
  }));
}

INSTANTIATE_TEST_SUITE_P(Backends, Storage, ::testing::ValuesIn(testing::test_backends()),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace daibiao::storage
