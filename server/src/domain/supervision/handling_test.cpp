#include "domain/supervision/handling.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace daibiao::supervision {
namespace {

using suggestions::Actor;
using suggestions::State;

TEST(Handling, TheLeadUnitHasTheItemFromAssignmentUntilClosed) {
  for (State s : suggestions::all_states()) {
    const bool with_unit = s == State::assigned || s == State::handling ||
                           s == State::reassignment_requested || s == State::answer_drafted ||
                           s == State::answered || s == State::rehandling || s == State::follow_up;
    EXPECT_EQ(with_lead_unit(s), with_unit) << suggestions::state_name(s);
  }
}

TEST(Handling, TheCommitteeOrTheLeadUnitActsOnIt) {
  for (Actor a : values_of<Actor>()) {
    const std::vector<Actor> held{a};
    const bool expected =
        a == Actor::liaison_staff || a == Actor::lead_unit_officer || a == Actor::unit_head;
    EXPECT_EQ(acts_on_handling(held), expected) << name_of(a);
  }
  EXPECT_TRUE(acts_on_handling(std::vector<Actor>{Actor::leader, Actor::unit_head}));
  EXPECT_FALSE(acts_on_handling(std::vector<Actor>{}));
}

TEST(Handling, TheTimelineShowsTheFirstRelationThatActs) {
  EXPECT_EQ(
      handling_relation(std::vector<Actor>{Actor::leader, Actor::unit_head, Actor::liaison_staff}),
      Actor::unit_head);
  EXPECT_EQ(handling_relation(std::vector<Actor>{Actor::lead_deputy}), Actor::other);
  EXPECT_EQ(handling_relation(std::vector<Actor>{}), Actor::other);
}

}  // namespace
}  // namespace daibiao::supervision
