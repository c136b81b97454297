// Key suggestions (重点督办): topics the chairman's meeting decides, with their supervising
// leader, the government leader and the special committee; their activities (视察, 座谈,
// 专题询问 with questions and answers) logged on the topic and in each item's timeline; the
// conclusion; and the candidates (items raised by many deputies at once). The rules are
// domain/supervision/key_topics.hpp; the rows storage/supervision/key_topic_store.hpp. A
// topic's leader is its items' supervising leader unless one is named for an item
// (domain/supervision/leaders.hpp).
//
// Who: the committee (supervision.manage over the congress) records topics, activities and
// conclusions; readers of the supervision views read them. The item's parties see the steps
// in its timeline.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/listing.hpp"
#include "app/use_case.hpp"
#include "domain/supervision/key_topics.hpp"
#include "storage/supervision/key_topic_store.hpp"

namespace daibiao::app {

struct TopicInput {
  std::int64_t org_node_id = 0;
  supervision::TopicInput topic;
  std::optional<std::int64_t> leader_user_id;
  std::vector<std::int64_t> suggestion_ids;
};

struct TopicView {
  storage::TopicRow topic;
  std::vector<storage::TopicItemRow> items;
  std::vector<storage::ActivityRow> activities;
  bool can_manage = false;
};

// Each item must be of a congress under the topic's, accepted and not closed, and in no
// other active topic (field errors suggestion_ids[i]); the leader one of the congress's leader
// accounts (field error). Each item's timeline shows 列为重点督办; its lead unit's officers and
// lead deputy, and the leader, are told. Audited (supervision.key.create).
Result<TopicView> create_topic(Env&, const Caller&, const TopicInput&);
Result<TopicView> get_topic(Env&, const Caller&, std::int64_t id);
Result<ListResult<storage::TopicRow>> list_topics(Env&, const Caller&, const storage::ListRequest&);
// The topic must be active (failed_precondition). In each item's timeline (重点督办活动).
// Audited (supervision.key.activity).
Result<TopicView> add_activity(Env&, const Caller&, std::int64_t id,
                               const supervision::ActivityInput&);
// Active, at `version`, with a conclusion. In each item's timeline (重点督办办结). Audited
// (supervision.key.conclude).
Result<TopicView> conclude_topic(Env&, const Caller&, std::int64_t id, std::int64_t version,
                                 const std::string& conclusion);

struct CandidatesView {
  std::int64_t org_node_id = 0;
  std::string org_name;
  int year = 0;
  int min_deputies = supervision::kDefaultCandidateDeputies;
  std::vector<storage::TopicItemRow> items;  // at most 100
};
Result<CandidatesView> key_candidates(Env&, const Caller&, std::optional<std::int64_t> org_node_id,
                                      std::optional<int> year, std::optional<int> min_deputies);

}  // namespace daibiao::app
