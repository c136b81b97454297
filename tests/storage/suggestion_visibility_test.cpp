// Who sees which suggestion, checked where it matters: on a real database, for items of every
// state, place and party and accounts of every relation, the board (GET /suggestions, one SQL
// filter built from domain::Visibility) lists exactly the items that open one by one
// (GET /suggestions/{id}, the per-item rule). Runs on SQLite and, with DAIBIAO_TEST_PG_URL,
// on PostgreSQL.
#include <gtest/gtest.h>

#include <map>
#include <set>
#include <stdexcept>

#include "app/access/auth.hpp"
#include "app/org/org_service.hpp"
#include "app/people/account_service.hpp"
#include "app/suggestions/suggestion_service.hpp"
#include "support/test_db.hpp"
#include "support/use_case_env.hpp"

namespace daibiao::app {
namespace {

namespace sg = suggestions;

using testing::CountingRandom;
using testing::kPassword;
using testing::kStart;
using testing::ok;

class SuggestionVisibility : public ::testing::TestWithParam<std::string> {
 protected:
  testing::TestDatabase tdb_{GetParam()};
  ManualClock clock_{kStart};
  CountingRandom random_;
  Env env_{tdb_.db(), clock_, random_, {}};

  std::int64_t person(std::int64_t org_node_id, const std::string& name) {
    std::int64_t id = 0;
    auto st = env_.db.write([&](storage::Connection& c) -> Status {
      auto r = c.query_one(
          "INSERT INTO persons (org_node_id, name, name_sort, gender, ethnicity, birth_date, "
          "id_sealed, id_hash, id_masked, created_at, updated_at) VALUES (?, ?, ?, 'female', "
          "'汉族', '1970-01-01', 'x', ?, 'x', 0, 0) RETURNING id",
          {org_node_id, name, name, "hash-" + name});
      if (!r) return std::unexpected(r.error());
      id = r->i64(0);
      return {};
    });
    if (!st) throw std::runtime_error("person: " + st.error().message);
    return id;
  }

  Caller account(const std::string& username, const std::string& role, std::int64_t org_id,
                 std::optional<std::int64_t> unit = {}, std::optional<std::int64_t> person = {}) {
    auto a = ok(bootstrap_account(env_, "test",
                                  {.username = username,
                                   .display_name = username,
                                   .password = kPassword,
                                   .org_node_id = org_id,
                                   .unit_id = unit,
                                   .person_id = person},
                                  role),
                "account " + username);
    Caller c;
    c.principal = ok(principal_of(env_, UserId(a.id)), "principal " + username);
    c.ip = "127.0.0.1";
    c.request_id = "visibility";
    return c;
  }

  // Every item's id the board lists for `who`, page by page; nullopt when refused.
  std::optional<std::set<std::int64_t>> listed(const Caller& who) {
    std::set<std::int64_t> ids;
    storage::ListRequest req;
    req.page_size = storage::kMaxPageSize;
    for (req.page = 1;; ++req.page) {
      auto page = list_suggestions(env_, who, req);
      if (!page) {
        if (page.error().code == ErrorCode::permission_denied) return std::nullopt;
        throw std::runtime_error("list: " + page.error().message);
      }
      for (const auto& item : page->items) ids.insert(item.row.id);
      if (static_cast<int>(page->items.size()) < req.page_size) break;
    }
    return ids;
  }
};

TEST_P(SuggestionVisibility, TheBoardListsExactlyTheItemsThatOpen) {
  // The org tree: a province, two cities, a township under the first (its initial reviewer).
  auto [root, city_a, city_b, b] = testing::two_cities(env_);
  auto county =
      ok(create_node(env_, b,
                     {.code = "A1", .name = "甲县人大", .level = "county", .parent_id = city_a.id}),
         "A1");
  auto u1 = ok(create_unit(env_, b, {.org_node_id = city_a.id, .code = "U1", .name = "甲市交通局"}),
               "U1");
  auto u2 = ok(create_unit(env_, b, {.org_node_id = city_a.id, .code = "U2", .name = "甲市财政局"}),
               "U2");
  auto u3 = ok(create_unit(env_, b, {.org_node_id = city_b.id, .code = "U3", .name = "乙市水利局"}),
               "U3");
  std::map<std::int64_t, std::int64_t> session_of;  // congress → session
  for (const auto* node : {&root, &city_a, &city_b}) {
    auto term = ok(create_term(env_, b,
                               {.org_node_id = node->id,
                                .number = 13,
                                .start_date = "2023-01-01",
                                .end_date = "2027-12-31"}),
                   "term");
    session_of[node->id] =
        ok(create_session(env_, b, {.term_id = term.id, .number = 4, .opens_on = "2026-01-10"}),
           "session")
            .id;
  }
  const auto p1 = person(county.id, "甲代表"), p2 = person(city_a.id, "乙代表"),
             p3 = person(city_b.id, "丙代表");

  // Items of every state, at three congresses, with four kinds of parties.
  struct Place {
    const org::Node* congress;
    const org::Node* review;
  };
  const std::vector<Place> places{{&root, &root}, {&city_a, &county}, {&city_b, &city_b}};
  std::vector<std::int64_t> items;
  auto st = env_.db.write([&](storage::Connection& c) -> Status {
    int n = 0;
    for (sg::State state : sg::all_states()) {
      if (state == sg::State::none) continue;
      for (const auto& place : places)
        for (int variant = 0; variant < 4; ++variant) {
          storage::SuggestionRow s{.org_node_id = place.congress->id,
                                   .org_path = place.congress->path,
                                   .review_org_id = place.review->id,
                                   .review_path = place.review->path,
                                   .session_id = session_of[place.congress->id],
                                   .title = "建议 " + std::to_string(++n),
                                   .body = "内容",
                                   .lead_person_id = variant % 2 ? p1 : p2,
                                   .lead_name = "代表",
                                   .state = std::string(sg::state_name(state))};
          auto id = storage::insert_suggestion(c, s, kStart);
          if (!id) return std::unexpected(id.error());
          items.push_back(*id);
          auto cosign = [&](std::int64_t who, const char* status) {
            return storage::upsert_cosigner(c, *id, {who, "联名", status, kStart, std::nullopt});
          };
          auto unit = [&](std::int64_t unit_id, const char* role, bool released) -> Status {
            auto row = storage::UnitRow{.unit_id = unit_id, .role = role, .assigned_at = kStart};
            auto uid = storage::insert_unit(c, *id, row);
            if (!uid) return std::unexpected(uid.error());
            row.id = *uid;
            row.released = released;
            return released ? storage::save_unit(c, row) : Status{};
          };
          Status r;
          switch (variant) {
            case 0:  // co-signing invitation open, no units
              r = cosign(p2 == s.lead_person_id ? p1 : p2, "invited");
              break;
            case 1:  // a declined co-signer; lead and co-unit
              if (r = cosign(p3, "declined"); r) r = unit(u1.id, "lead", false);
              if (r) r = unit(u2.id, "co", false);
              break;
            case 2:  // re-assigned: the first lead unit released
              if (r = unit(u1.id, "lead", true); r) r = unit(u3.id, "lead", false);
              break;
            default:  // a confirmed co-signer; a released co-unit
              if (r = cosign(p3, "confirmed"); r) r = unit(u2.id, "co", true);
              break;
          }
          if (!r) return r;
        }
    }
    return {};
  });
  ASSERT_TRUE(st) << st.error().message;

  // Accounts of every relation, at every level.
  std::vector<std::pair<std::string, Caller>> accounts{
      {"lead/co-signer p1", account("d.p1", "deputy", county.id, {}, p1)},
      {"lead/co-signer p2", account("d.p2", "deputy", city_a.id, {}, p2)},
      {"co-signer p3", account("d.p3", "deputy", city_b.id, {}, p3)},
      {"staff at the root", account("s.root", "liaison_staff", root.id)},
      {"staff of city A", account("s.a", "liaison_staff", city_a.id)},
      {"reviewer of the county", account("s.county", "liaison_staff", county.id)},
      {"officer of U1", account("o.u1", "unit_officer", city_a.id, u1.id)},
      {"head of U1", account("h.u1", "unit_head", city_a.id, u1.id)},
      {"officer of U2", account("o.u2", "unit_officer", city_a.id, u2.id)},
      {"officer of U3", account("o.u3", "unit_officer", city_b.id, u3.id)},
      {"leader at the root", account("l.root", "leader", root.id)},
      {"leader of city B", account("l.b", "leader", city_b.id)},
      {"committee staff of city A", account("c.a", "committee_staff", city_a.id)},
      {"system administrator", account("sys", "system_admin", root.id)},
  };
  int opened_total = 0;
  for (const auto& [who, caller] : accounts) {
    std::set<std::int64_t> opened;
    for (auto id : items) {
      auto v = get_suggestion(env_, caller, id);
      if (v)
        opened.insert(id);
      else
        ASSERT_EQ(v.error().code, ErrorCode::not_found)
            << who << " #" << id << ": " << v.error().message;
    }
    opened_total += static_cast<int>(opened.size());
    auto board = listed(caller);
    if (!board) {
      EXPECT_TRUE(opened.empty()) << who << " may not list but opens " << opened.size();
      continue;
    }
    EXPECT_EQ(*board, opened) << who << ": listed " << board->size() << ", opened "
                              << opened.size();
    EXPECT_FALSE(opened.empty()) << who << " sees nothing: the data misses their relation";
  }
  EXPECT_GT(opened_total, 0);
}

INSTANTIATE_TEST_SUITE_P(Backends, SuggestionVisibility,
                         ::testing::ValuesIn(testing::test_backends()),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace daibiao::app
