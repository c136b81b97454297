#include "domain/suggestions/visibility.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace daibiao::suggestions {
namespace {

using access::Role;

access::Principal principal(std::vector<std::pair<Role, std::string>> grants,
                            std::optional<std::int64_t> person = std::nullopt,
                            std::optional<std::int64_t> unit = std::nullopt) {
  access::Principal p;
  p.person_id = person;
  p.unit_id = unit;
  std::int64_t node = 1;
  for (auto& [role, path] : grants) p.grants.push_back({role, node++, path});
  return p;
}

ItemParties item(State s, std::string org = "/1/2/", std::string review = "/1/2/5/") {
  ItemParties i;
  i.state = s;
  i.org_path = std::move(org);
  i.review_path = std::move(review);
  i.lead_person_id = 100;
  i.cosigners = {101};
  i.units = {{.unit_id = 7, .lead = true}, {.unit_id = 8}, {.unit_id = 9, .released = true}};
  return i;
}

// The rule as it was stated before it was one value: an item exists for someone holding a
// relation to it, and drafts only for its deputies.
bool seen_through_relations(const access::Principal& p, const ItemParties& i) {
  const auto held = relations_of(p, i);
  if (held.empty() || i.state == State::none) return false;
  if (!is_private_draft(i.state)) return true;
  return std::any_of(held.begin(), held.end(),
                     [](Actor a) { return a == Actor::lead_deputy || a == Actor::cosigner; });
}

TEST(SuggestionVisibility, DraftsArePrivateToTheirDeputies) {
  const auto staff = visibility_of(principal({{Role::liaison_staff, "/1/"}}));
  const auto lead = visibility_of(principal({{Role::deputy, "/1/"}}, 100));
  const auto cosigner = visibility_of(principal({{Role::deputy, "/1/"}}, 101));
  const auto other = visibility_of(principal({{Role::deputy, "/1/"}}, 102));
  for (State s : {State::draft, State::cosigning}) {
    EXPECT_FALSE(staff.sees(item(s)));
    EXPECT_TRUE(lead.sees(item(s)));
    EXPECT_TRUE(cosigner.sees(item(s)));
    EXPECT_FALSE(other.sees(item(s)));
  }
  EXPECT_TRUE(staff.every_submitted);
  EXPECT_TRUE(staff.sees(item(State::submitted)));
  EXPECT_FALSE(other.sees(item(State::submitted)));
}

TEST(SuggestionVisibility, ScopesUnitsAndReleasedUnits) {
  const auto city = visibility_of(principal({{Role::leader, "/1/2/"}}));
  EXPECT_FALSE(city.every_submitted);
  EXPECT_TRUE(city.sees(item(State::handling)));
  EXPECT_FALSE(city.sees(item(State::handling, "/1/3/", "/1/3/")));
  const auto township = visibility_of(principal({{Role::liaison_staff, "/1/2/5/"}}));
  EXPECT_TRUE(township.sees(item(State::submitted)));  // it reviews it
  EXPECT_FALSE(township.sees(item(State::submitted, "/1/2/", "/1/2/")));
  EXPECT_TRUE(visibility_of(principal({{Role::unit_officer, "/1/"}}, {}, 8))
                  .sees(item(State::handling)));  // a co-unit
  EXPECT_FALSE(visibility_of(principal({{Role::unit_officer, "/1/"}}, {}, 9))
                   .sees(item(State::handling)));  // released
  EXPECT_FALSE(
      visibility_of(principal({{Role::unit_officer, "/1/"}}, {}, 7)).sees(item(State::draft)));
  const auto nobody = visibility_of(principal({{Role::system_admin, "/1/"}}));
  EXPECT_TRUE(nobody.sees_nothing());
  EXPECT_FALSE(nobody.sees(item(State::handling)));
}

// Every role at every level, with and without a person and a unit, against items of every
// state, place and party: seeing is exactly holding a relation (drafts: a deputy's one).
TEST(SuggestionVisibility, EqualsTheRelationsRuleForEveryRoleAndItem) {
  const std::vector<std::string> paths{"/1/", "/1/2/", "/1/2/5/", "/1/3/"};
  std::vector<access::Principal> people;
  for (Role r : access::all_roles())
    for (const auto& path : paths)
      for (std::optional<std::int64_t> person :
           {std::optional<std::int64_t>(), std::optional<std::int64_t>(100),
            std::optional<std::int64_t>(101)})
        for (std::optional<std::int64_t> unit :
             {std::optional<std::int64_t>(), std::optional<std::int64_t>(7),
              std::optional<std::int64_t>(8), std::optional<std::int64_t>(9)})
          people.push_back(principal({{r, path}}, person, unit));
  people.push_back(principal({{Role::leader, "/1/3/"}, {Role::liaison_staff, "/1/2/5/"}}, 100, 7));
  std::vector<ItemParties> items;
  for (State s : all_states())
    for (const auto& [org, review] : std::vector<std::pair<std::string, std::string>>{
             {"/1/", "/1/"}, {"/1/2/", "/1/2/5/"}, {"/1/3/", "/1/3/"}}) {
      items.push_back(item(s, org, review));
      auto bare = item(s, org, review);
      bare.cosigners.clear();
      bare.units.clear();
      bare.lead_person_id = 200;
      items.push_back(bare);
    }
  int seen = 0;
  for (const auto& p : people) {
    const auto v = visibility_of(p);
    for (const auto& i : items) {
      EXPECT_EQ(v.sees(i), seen_through_relations(p, i))
          << state_name(i.state) << " at " << i.org_path;
      seen += v.sees(i);
    }
  }
  EXPECT_GT(seen, 0);
}

}  // namespace
}  // namespace daibiao::suggestions
