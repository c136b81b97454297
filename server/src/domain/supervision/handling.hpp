// What the supervision tools that work on one item's handling — five-present meetings
// (meetings.hpp) and funding (funding.hpp) — ask of the item and of who acts on it.
#pragma once

#include <span>

#include "domain/suggestions/workflow.hpp"

namespace daibiao::supervision {

// The item is with its lead unit: assigned and not yet closed (assigned, handling, asking to be
// re-assigned, answer awaiting sign-off, answered, handled again, in follow-up).
bool with_lead_unit(suggestions::State state);
// Who acts on the item's handling: the committee (liaison staff over the item) or the lead unit
// (its officers and head). Leaders, deputies and co-units read.
bool acts_on_handling(std::span<const suggestions::Actor> held);
// The first relation of `held` that acts on the handling — what the timeline shows the caller
// as — or Actor::other.
suggestions::Actor handling_relation(std::span<const suggestions::Actor> held);

}  // namespace daibiao::supervision
