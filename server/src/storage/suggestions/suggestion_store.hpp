// Rows of suggestion handling (代表建议办理): the item, its parties, clocks, answers,
// attachments and timeline. Plain reads and writes; every rule lives in domain/suggestions
// and app/suggestions. (The notification outbox and the message thread are
// storage/messaging's, the working-day calendar storage/calendar's.)
//
// Dates are 'YYYY-MM-DD' text (Asia/Shanghai days), times BIGINT ms. An item's row is
// versioned: every workflow action bumps it, so two people acting at once cannot both win.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/suggestions/sitting.hpp"
#include "storage/db.hpp"
#include "storage/list_query.hpp"

namespace daibiao::storage {

struct SuggestionRow {
  std::int64_t id = 0;
  std::int64_t org_node_id = 0;
  std::string org_path, org_name;
  std::int64_t review_org_id = 0;
  std::string review_path;
  std::int64_t session_id = 0;
  std::string session_title;  // 十三届人大四次会议
  std::int64_t term_id = 0;
  std::optional<std::int64_t> number, parent_id, merge_group;
  std::string title, body, category;
  bool is_public = false;
  bool urgent = false;                                               // 急件
  suggestions::RaisedIn raised_in = suggestions::RaisedIn::session;  // 大会期间 / 闭会期间
  std::int64_t lead_person_id = 0;
  std::string lead_name;
  std::optional<std::int64_t> entered_by;
  std::string state;
  std::optional<std::int64_t> star_level;
  std::string assign_mode;  // "", joint, split
  std::optional<std::int64_t> lead_unit_id;
  std::string lead_unit_name;
  std::int64_t round = 1;
  bool in_rehandling = false;
  std::string rehandling_started_on;
  std::int64_t dissatisfied_rounds = 0;
  std::string answered_on, answer_class, rating;
  bool extension_requested = false;
  std::string extension_until, extension_reason, extended_to;
  std::string return_reason, not_accepted_reason;
  std::string next_due_on, next_due_kind;
  std::optional<std::int64_t> submitted_at, closed_at;
  std::int64_t version = 1;
  std::int64_t created_at = 0, updated_at = 0;
};

struct CosignerRow {
  std::int64_t person_id = 0;
  std::string name, status;  // invited | confirmed | declined
  std::int64_t invited_at = 0;
  std::optional<std::int64_t> responded_at;
};

struct UnitRow {
  std::int64_t id = 0;
  std::int64_t unit_id = 0;
  std::string name;
  std::string role;  // lead | co
  std::string signed_on;
  std::string opinion;
  std::optional<std::int64_t> opinion_at;
  bool reassignment_pending = false;
  std::string reassignment_reason;
  bool released = false;
  std::int64_t assigned_at = 0;
};

struct ClockRow {
  std::int64_t id = 0;
  std::string kind;
  std::string party;  // lead_unit | co_unit | deputy
  std::optional<std::int64_t> unit_id;
  std::string unit_name;
  std::optional<std::int64_t> commitment_id;
  std::string started_on, due_on, stopped_on;
};

struct ContactRow {
  std::int64_t id = 0;
  std::int64_t unit_id = 0;
  std::string unit_name;
  std::int64_t round = 1;
  std::string method, contact_on, summary, created_by_name;
  std::int64_t created_at = 0;
};

struct AnswerRow {
  std::int64_t id = 0;
  std::int64_t round = 1;
  std::string answer_class, body, status;  // drafted | signed | void
  std::string drafted_by_name;
  std::int64_t drafted_at = 0;
  std::string signed_by_name;
  std::optional<std::int64_t> signed_at;
};

struct CommitmentRow {
  std::int64_t id = 0;
  std::int64_t answer_id = 0;
  std::string what, due_on, status, done_on, last_progress;  // status: open | done
};

struct EvaluationRow {
  std::int64_t id = 0;
  std::optional<std::int64_t> answer_id;
  std::int64_t person_id = 0;
  std::string person_name, kind, rating, comment;  // kind: evaluation | look_back
  std::int64_t at = 0;
};

struct EventRow {
  std::int64_t id = 0;
  std::int64_t at = 0;
  std::optional<std::int64_t> user_id;
  std::string actor_name, relation, action, from_state, to_state, detail;
};

struct AttachmentRow {
  std::int64_t id = 0;
  std::int64_t suggestion_id = 0;
  std::string file_name, stored_name, content_type;
  std::int64_t size_bytes = 0;
  std::string sha256;
  std::int64_t uploaded_by = 0;
  std::int64_t created_at = 0;
};

struct MergedRow {
  std::int64_t id = 0;
  std::optional<std::int64_t> number;
  std::string title;
};

// An item with everything hanging off it.
struct SuggestionRecord {
  SuggestionRow row;
  std::vector<CosignerRow> cosigners;
  std::vector<UnitRow> units;  // released ones included (marked)
  std::vector<ClockRow> clocks;
  std::vector<ContactRow> contacts;
  std::vector<AnswerRow> answers;
  std::vector<CommitmentRow> commitments;
  std::vector<EvaluationRow> evaluations;
  std::vector<EventRow> events;
  std::vector<AttachmentRow> attachments;
  std::vector<MergedRow> merged_with;
};

Result<SuggestionRow> find_suggestion(Connection& c, std::int64_t id);
// The row and every list above (one query per list).
Result<SuggestionRecord> load_suggestion(Connection& c, std::int64_t id);

// Also records the year its session opened (session_year, for the clearing board).
Result<std::int64_t> insert_suggestion(Connection& c, const SuggestionRow& s, std::int64_t now);
// Sets session_year on the rows that have none: for rows written straight through SQL (the
// benchmark generators).
Status fill_session_years(Connection& c);
// Writes every mutable column when `s.version` still matches (conflict otherwise); returns
// the new version.
Result<std::int64_t> save_suggestion(Connection& c, const SuggestionRow& s, std::int64_t now);
// The next 第N号 of a session (the counter row is locked by the write transaction).
Result<std::int64_t> next_suggestion_number(Connection& c, std::int64_t session_id);

Status upsert_cosigner(Connection& c, std::int64_t suggestion_id, const CosignerRow& r);
Result<std::int64_t> insert_unit(Connection& c, std::int64_t suggestion_id, const UnitRow& r);
Status save_unit(Connection& c, const UnitRow& r);
Result<std::int64_t> insert_clock(Connection& c, std::int64_t suggestion_id, const ClockRow& r);
Status save_clock(Connection& c, const ClockRow& r);
Status insert_contact(Connection& c, std::int64_t suggestion_id, const ContactRow& r,
                      std::int64_t user_id);
Result<std::int64_t> insert_answer(Connection& c, std::int64_t suggestion_id, const AnswerRow& r);
Status save_answer(Connection& c, const AnswerRow& r);
Result<std::int64_t> insert_commitment(Connection& c, std::int64_t suggestion_id,
                                       const CommitmentRow& r);
Status save_commitment(Connection& c, const CommitmentRow& r);
Status insert_evaluation(Connection& c, std::int64_t suggestion_id, const EvaluationRow& r);
Status insert_event(Connection& c, std::int64_t suggestion_id, const EventRow& r);
Status set_merge_group(Connection& c, const std::vector<std::int64_t>& ids, std::int64_t group);

// Running clocks due on or before `due_by` of items still open (reminders), by item.
struct DueClock {
  std::int64_t id = 0, suggestion_id = 0;
  std::string kind, due_on, party;
};
Result<std::vector<DueClock>> running_clocks_due_by(Connection& c, const std::string& due_by);
// Commitments of signed answers dated before `before` on items in follow-up or closed (回头看).
struct DueCommitment {
  std::int64_t id = 0, suggestion_id = 0;
  std::string what, due_on;
};
Result<std::vector<DueCommitment>> commitments_due_before(Connection& c, const std::string& before);

Result<std::int64_t> insert_attachment(Connection& c, const AttachmentRow& a);
Result<AttachmentRow> find_attachment(Connection& c, std::int64_t suggestion_id, std::int64_t id);

// The tracking board: one row per item with session and lead unit names. Scope goes on
// `s.org_path` (and the parties' own conditions, see suggestion_service).
const ListSpec& suggestion_list_spec();
extern const char* const kSuggestionColumns;
SuggestionRow suggestion_from(const Row& r);

}  // namespace daibiao::storage
