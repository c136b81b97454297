// Who sees which suggestion, and as whom they act on it (docs/suggestions.md, "Who sees and
// does what"). Seeing is one value, Visibility: the per-item rule (Visibility::sees) and the
// one SQL filter of lists (storage/suggestions/suggestion_board.cpp) both read it, so an item
// is listed exactly when it opens (tests/storage/suggestion_visibility_test.cpp proves it on
// both databases).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/access/permissions.hpp"
#include "domain/suggestions/workflow.hpp"

namespace daibiao::suggestions {

// What seeing an item and acting on it depend on: its state, where it belongs, who is on it.
struct ItemParties {
  State state = State::none;
  std::string org_path;     // the congress handling it
  std::string review_path;  // the congress of its initial review (初审)
  std::int64_t lead_person_id = 0;
  std::vector<std::int64_t> cosigners;  // persons invited to co-sign, whatever they answered
  struct Unit {
    std::int64_t unit_id = 0;
    bool lead = false;      // 主办 (with 分办 each unit leads its own item); else 协办
    bool released = false;  // left the item (改办)
  };
  std::vector<Unit> units;
};

// 草稿 and 联名征集中: only the lead deputy and the invited co-signers see them.
bool is_private_draft(State s);

// What one principal may see. Every part is "items that …"; an item is seen when any part
// holds.
struct Visibility {
  // Every submitted item (not a private draft): suggestion.read or .manage at the root. (The
  // org tree has one root, so this equals a path test that every item passes; lists skip it.)
  bool every_submitted = false;
  // Submitted items whose congress lies under one of these paths (suggestion.read, .manage).
  std::vector<std::string> congress_paths;
  // Submitted items whose initial review lies under one of these paths (suggestion.review).
  std::vector<std::string> review_paths;
  // Items in any state whose lead deputy or co-signer is this person.
  std::optional<std::int64_t> person_id;
  // Submitted items this handling unit is on and not released from (its officers and head).
  std::optional<std::int64_t> unit_id;

  bool sees(const ItemParties& item) const;
  bool sees_nothing() const;
};

Visibility visibility_of(const access::Principal& p);

// The principal's relations to the item — the actors they may act as — in a fixed order.
// Someone who sees an item may hold none (a unit head on a co-unit's item only reads it).
std::vector<Actor> relations_of(const access::Principal& p, const ItemParties& item);

}  // namespace daibiao::suggestions
