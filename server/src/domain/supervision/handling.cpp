#include "domain/supervision/handling.hpp"

#include <algorithm>

namespace daibiao::supervision {

using suggestions::Actor;
using suggestions::State;

bool with_lead_unit(State state) {
  switch (state) {
    case State::assigned:
    case State::handling:
    case State::reassignment_requested:
    case State::answer_drafted:
    case State::answered:
    case State::rehandling:
    case State::follow_up:
      return true;
    default:
      return false;
  }
}

bool acts_on_handling(std::span<const Actor> held) {
  return std::ranges::any_of(held, [](Actor a) {
    return a == Actor::liaison_staff || a == Actor::lead_unit_officer || a == Actor::unit_head;
  });
}

Actor handling_relation(std::span<const Actor> held) {
  for (Actor a : held)
    if (acts_on_handling(std::span<const Actor>(&a, 1))) return a;
  return Actor::other;
}

}  // namespace daibiao::supervision
