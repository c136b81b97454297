// Key suggestions (重点督办, DOMAIN.md "Supervision"): the chairman's meeting (主任会议) picks
// items, or a topic that groups many items, for supervision at the top. Each topic has a
// supervising leader (a member of the chairman's meeting: a leader account), the government
// leader who leads the handling (领办, by name and post), and the special committee that
// supervises by field (对口督办). Their activities — inspections (视察), forums (座谈) and topical
// inquiries (专题询问, with questions and answers) — are logged on the topic and in each of its
// items' timelines. A topic is concluded (办结) with a conclusion; nothing changes after.
//
// Candidates are proposed: the year's accepted items raised by many deputies at once (the lead
// deputy with the co-signers who confirmed) that no active topic holds yet.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/date.hpp"
#include "base/enum_table.hpp"
#include "base/result.hpp"
#include "domain/suggestions/workflow.hpp"

namespace daibiao::supervision {

enum class ActivityKind { inspection, forum, inquiry };
inline constexpr auto kActivityKinds = std::to_array<EnumEntry<ActivityKind>>({
    {ActivityKind::inspection, "inspection", "视察"},
    {ActivityKind::forum, "forum", "座谈"},
    {ActivityKind::inquiry, "inquiry", "专题询问"},
});
static_assert(enum_table_ok(kActivityKinds));
constexpr const auto& enum_table(ActivityKind) { return kActivityKinds; }

enum class TopicStatus { active, concluded };
inline constexpr auto kTopicStatuses = std::to_array<EnumEntry<TopicStatus>>({
    {TopicStatus::active, "active", "督办中"},
    {TopicStatus::concluded, "concluded", "已办结"},
});
static_assert(enum_table_ok(kTopicStatuses));
constexpr const auto& enum_table(TopicStatus) { return kTopicStatuses; }

// An item may be picked while accepted and not yet closed (已立案 … 跟踪落实).
bool may_become_key(suggestions::State state);

inline constexpr std::size_t kMaxTopicItems = 200;
inline constexpr std::size_t kMaxQuestions = 50;
// Candidates: raised by at least this many deputies unless asked otherwise.
inline constexpr int kDefaultCandidateDeputies = 5;

struct TopicInput {
  std::string title;              // ≤ 100
  std::string description;        // ≤ 5,000, lines allowed
  std::string decided_on;         // YYYY-MM-DD, the chairman's meeting, not after today
  std::string meeting;            // "第十二次主任会议", ≤ 100
  std::string government_leader;  // "副县长 张某" (领办), ≤ 100
  std::string committee;          // "财政经济委员会" (对口督办), ≤ 100
  std::size_t item_count = 0;     // how many items were picked (1 … kMaxTopicItems)
};
struct CheckedTopic {
  std::string title, description, meeting, government_leader, committee;
  Date decided_on;
};
// Field errors: a title, a decision date not after today, at least one and at most 200 items,
// plain text within the lengths above.
Result<CheckedTopic> check_topic(const TopicInput& in, Date today);

struct Question {
  std::string question, asked_by, answer, answered_by;
};
struct ActivityInput {
  std::string kind;  // an ActivityKind name
  std::string held_on;
  std::string place;                // ≤ 100
  std::string participants;         // ≤ 500
  std::string summary;              // required, ≤ 10,000, lines allowed
  std::vector<Question> questions;  // an inquiry's questions and answers
};
struct CheckedActivity {
  ActivityKind kind = ActivityKind::inspection;
  Date held_on;
  std::string place, participants, summary;
  std::vector<Question> questions;
};
// Field errors: a kind, a date not after today, a summary; an inquiry has at least one question
// and each question its text and who asked (answers may come later); other kinds have none.
Result<CheckedActivity> check_activity(const ActivityInput& in, Date today);

}  // namespace daibiao::supervision
