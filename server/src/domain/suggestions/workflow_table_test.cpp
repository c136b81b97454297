// The suggestion workflow table as a whole (docs/domain/suggestion-workflow.md): every
// (state, action, actor) decided by it, every guard of every row mattering, rows unique and
// named, every state reachable, and the diagram in the docs generated from it.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <tuple>

#include "domain/suggestions/workflow.hpp"
#include "domain/suggestions/workflow_witnesses.hpp"

namespace daibiao::suggestions {
namespace {

using namespace witnesses;

// ---- The table, exhaustively ----------------------------------------------------------

TEST(SuggestionTable, EveryStateActionActorIsDecidedByTheTable) {
  const Date today = d("2025-06-16");
  int successes = 0;
  for (State s : all_states())
    for (Action a : all_actions())
      for (Actor who : all_actors()) {
        std::vector<Transition> rows;
        bool state_allows = false;
        for (const auto& t : transitions()) {
          if (t.from != s || t.action != a) continue;
          state_allows = true;
          if (t.actor == who) rows.push_back(t);
        }
        if (who == Actor::other) {
          auto r = decide(SuggestionFacts{}, s, a, who, noon(today), rules());
          ASSERT_FALSE(r) << describe(s, a, who);
          EXPECT_EQ(r.error().code, ErrorCode::not_found) << describe(s, a, who);
          continue;
        }
        if (rows.empty()) {
          // No facts make it succeed: try the witnesses of every row with this action.
          for (const auto& t : transitions()) {
            if (t.action != a) continue;
            auto r = decide(witness(t, today), s, a, who, noon(today), rules());
            ASSERT_FALSE(r) << describe(s, a, who);
            EXPECT_EQ(r.error().code,
                      state_allows ? ErrorCode::permission_denied : ErrorCode::failed_precondition)
                << describe(s, a, who);
            if (!state_allows) {
              EXPECT_NE(r.error().message.find(state_title_zh(s)), std::string::npos)
                  << describe(s, a, who) << ": " << r.error().message;
            }
          }
          continue;
        }
        for (const auto& row : rows) {
          auto r = decide(witness(row, today), s, a, who, noon(today), rules());
          ASSERT_TRUE(r) << describe(s, a, who) << " → " << state_name(row.to) << ": "
                         << r.error().message;
          EXPECT_EQ(r->to, row.to) << describe(s, a, who);
          EXPECT_EQ(r->from, s);
          ++successes;
        }
      }
  EXPECT_EQ(successes, static_cast<int>(transitions().size()));
}

TEST(SuggestionTable, EveryGuardOfEveryRowMatters) {
  const Date today = d("2025-06-16");
  for (const auto& row : transitions())
    for (Guard g : row.guards) {
      if (g == Guard::always) continue;
      SuggestionFacts f = witness(row, today);
      violate(g, f, today);
      auto r = decide(f, row.from, row.action, row.actor, noon(today), rules());
      EXPECT_TRUE(!r || r->to != row.to)
          << describe(row.from, row.action, row.actor) << " still reaches " << state_name(row.to)
          << " without " << guard_name(g);
      if (!r) {
        EXPECT_TRUE(r.error().code == ErrorCode::failed_precondition ||
                    r.error().code == ErrorCode::invalid_argument)
            << guard_name(g);
      }
    }
}

TEST(SuggestionTable, RowsAreUniqueAndNamed) {
  std::set<std::tuple<State, Action, Actor, State>> seen;
  for (const auto& t : transitions())
    EXPECT_TRUE(seen.insert({t.from, t.action, t.actor, t.to}).second)
        << describe(t.from, t.action, t.actor);
  std::set<std::string_view> names;
  for (State s : all_states()) {
    EXPECT_FALSE(state_title_zh(s).empty());
    EXPECT_EQ(parse_state(state_name(s)), s);
    EXPECT_TRUE(names.insert(state_name(s)).second);
  }
  for (Action a : all_actions()) {
    EXPECT_FALSE(action_title_zh(a).empty());
    EXPECT_EQ(parse_action(action_name(a)), a);
  }
  for (Actor a : all_actors()) {
    EXPECT_FALSE(actor_name(a).empty());
    EXPECT_FALSE(actor_title_zh(a).empty());
  }
  for (Guard g : all_guards()) EXPECT_FALSE(guard_name(g).empty());
  EXPECT_EQ(parse_state("nonsense"), std::nullopt);
}

TEST(SuggestionTable, EveryStateIsReachableAndCanFinish) {
  std::set<State> reached{State::none};
  for (bool grew = true; grew;) {
    grew = false;
    for (const auto& t : transitions())
      if (reached.contains(t.from) && reached.insert(t.to).second) grew = true;
  }
  for (State s : all_states()) EXPECT_TRUE(reached.contains(s)) << state_name(s);

  const std::set<State> finals{State::closed, State::withdrawn, State::not_accepted};
  std::set<State> finishing = finals;
  for (bool grew = true; grew;) {
    grew = false;
    for (const auto& t : transitions())
      if (finishing.contains(t.to) && finishing.insert(t.from).second) grew = true;
  }
  for (State s : all_states()) EXPECT_TRUE(finishing.contains(s)) << state_name(s);
}

TEST(SuggestionTable, EveryActionAndActorButTheLeaderAppears) {
  for (Action a : all_actions())
    EXPECT_TRUE(std::any_of(transitions().begin(), transitions().end(), [&](const Transition& t) {
      return t.action == a;
    })) << action_name(a);
  for (Actor who : all_actors()) {
    const bool acts = std::any_of(transitions().begin(), transitions().end(),
                                  [&](const Transition& t) { return t.actor == who; });
    EXPECT_EQ(acts, who != Actor::leader && who != Actor::other) << actor_name(who);
  }
}

// ---- Scenarios ------------------------------------------------------------------------

// One item as the app would hold it: the state, the facts, and the day.

// ---- The diagram in the docs ----------------------------------------------------------

std::string mermaid_block_of(const std::filesystem::path& doc) {
  std::ifstream in(doc);
  std::stringstream text;
  text << in.rdbuf();
  const std::string s = text.str();
  const std::string open = "```mermaid\n";
  const auto begin = s.find(open);
  if (begin == std::string::npos) return {};
  const auto end = s.find("```", begin + open.size());
  return s.substr(begin + open.size(), end - begin - open.size());
}

TEST(SuggestionDiagram, DocMatchesTheTable) {
  const auto doc = std::filesystem::path(__FILE__).parent_path() /
                   "../../../../docs/domain/suggestion-workflow.md";
  ASSERT_TRUE(std::filesystem::exists(doc)) << doc;
  EXPECT_EQ(mermaid_block_of(doc), workflow_mermaid())
      << "docs/domain/suggestion-workflow.md is out of date; paste this block:\n"
      << workflow_mermaid();
}

TEST(SuggestionDiagram, HasEveryStateAndStartAndEnd) {
  const std::string m = workflow_mermaid();
  EXPECT_EQ(m.rfind("stateDiagram-v2\n", 0), 0u);
  for (State s : all_states()) {
    if (s == State::none) continue;
    EXPECT_NE(m.find(" as " + std::string(state_name(s)) + "\n"), std::string::npos);
  }
  EXPECT_NE(m.find("[*] --> draft: 新建建议\n"), std::string::npos);
  EXPECT_NE(m.find("withdrawn --> [*]\n"), std::string::npos);
  EXPECT_NE(m.find("not_accepted --> [*]\n"), std::string::npos);
}

}  // namespace
}  // namespace daibiao::suggestions
