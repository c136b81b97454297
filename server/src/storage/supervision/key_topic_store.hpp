// Rows of key suggestions (key_topics, key_topic_items, key_activities,
// key_activity_questions; migration 0016). The rules are domain/supervision/key_topics.hpp.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/supervision/key_topics.hpp"
#include "storage/db.hpp"
#include "storage/list_page.hpp"
#include "storage/supervision/clearing_store.hpp"

namespace daibiao::storage {

struct TopicRow {
  std::int64_t id = 0;
  std::int64_t org_node_id = 0;
  std::string org_path, org_name;
  std::string title, description, decided_on, meeting;
  std::optional<std::int64_t> leader_user_id;
  std::string leader_name;
  std::string government_leader, committee;
  supervision::TopicStatus status = supervision::TopicStatus::active;
  std::string conclusion;
  std::int64_t item_count = 0;
  std::int64_t version = 0;
  std::int64_t created_at = 0, updated_at = 0;
};

// Stores an active topic with its items; returns its id.
Result<std::int64_t> insert_topic(Connection& c, const TopicRow& t,
                                  const std::vector<std::int64_t>& suggestion_ids,
                                  std::int64_t created_by, std::int64_t now);
// not_found when absent.
Result<TopicRow> find_topic(Connection& c, std::int64_t id);
// Topics under one of `scope_paths`; filters status, org_node_id; `q` over the title; latest
// decision first.
Result<ListPage<TopicRow>> list_topics(Connection& c, const ListRequest& req,
                                       const std::vector<std::string>& scope_paths);
// Marks it concluded when still at `version` (conflict otherwise).
Status conclude_topic(Connection& c, std::int64_t id, std::int64_t version,
                      const std::string& conclusion, std::int64_t now);

// An item of a topic, or a candidate, with what a reader needs of it.
struct TopicItemRow {
  std::int64_t suggestion_id = 0;
  std::optional<std::int64_t> number;
  std::string title, state, lead_name, lead_unit_name, next_due_on;
  std::int64_t deputies = 1;  // the lead deputy and the co-signers who confirmed
};
Result<std::vector<TopicItemRow>> topic_items(Connection& c, std::int64_t topic_id);
// Of `ids`, those an active topic already holds.
Result<std::vector<std::int64_t>> items_in_active_topics(Connection& c,
                                                         const std::vector<std::int64_t>& ids);
// The scope's accepted, not yet closed items raised by at least `min_deputies` deputies that
// no active topic holds, most deputies first (at most `limit`).
Result<std::vector<TopicItemRow>> key_candidates(Connection& c, const ClearingScope& scope,
                                                 int min_deputies, int limit);

struct ActivityRow {
  std::int64_t id = 0;
  supervision::ActivityKind kind = supervision::ActivityKind::inspection;
  std::string held_on, place, participants, summary, created_by_name;
  std::vector<supervision::Question> questions;
  std::int64_t created_at = 0;
};
Result<std::int64_t> insert_activity(Connection& c, std::int64_t topic_id,
                                     const supervision::CheckedActivity& a,
                                     const std::string& by_name, std::int64_t now);
// In date order.
Result<std::vector<ActivityRow>> topic_activities(Connection& c, std::int64_t topic_id);

}  // namespace daibiao::storage
