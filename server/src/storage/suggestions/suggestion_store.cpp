#include "storage/suggestions/suggestion_store.hpp"

#include <algorithm>

#include "domain/org/org.hpp"
#include "storage/values.hpp"
#include "storage/versioned.hpp"

namespace daibiao::storage {
namespace {

Value opt_text(const std::string& s) { return s.empty() ? Value(nullptr) : Value(s); }
Value flag(bool b) { return std::int64_t{b}; }

std::string session_title(std::int64_t term_number, std::int64_t session_number) {
  return org::session_title(static_cast<int>(term_number), static_cast<int>(session_number));
}

}  // namespace

const char* const kSuggestionColumns =
    "s.id, s.org_node_id, s.org_path, n.name, s.review_org_id, s.review_path, s.session_id, "
    "t.number, cs.number, t.id, s.number, s.parent_id, s.merge_group, s.title, s.body, "
    "s.category, s.is_public, s.lead_person_id, s.lead_name, s.entered_by, s.state, "
    "s.star_level, s.assign_mode, s.lead_unit_id, hu.name, s.round, s.in_rehandling, "
    "s.rehandling_started_on, s.dissatisfied_rounds, s.answered_on, s.answer_class, s.rating, "
    "s.extension_requested, s.extension_until, s.extension_reason, s.extended_to, "
    "s.return_reason, s.not_accepted_reason, s.next_due_on, s.next_due_kind, s.submitted_at, "
    "s.closed_at, s.version, s.created_at, s.updated_at, s.urgent, s.raised_in";

const char* const kSuggestionFrom =
    "suggestions s JOIN org_nodes n ON n.id = s.org_node_id "
    "JOIN congress_sessions cs ON cs.id = s.session_id JOIN terms t ON t.id = cs.term_id "
    "LEFT JOIN handling_units hu ON hu.id = s.lead_unit_id";

SuggestionRow suggestion_from(const Row& r) {
  SuggestionRow s;
  s.id = r.i64(0);
  s.org_node_id = r.i64(1);
  s.org_path = r.text(2);
  s.org_name = r.text(3);
  s.review_org_id = r.i64(4);
  s.review_path = r.text(5);
  s.session_id = r.i64(6);
  s.session_title = session_title(r.i64(7), r.i64(8));
  s.term_id = r.i64(9);
  s.number = r.opt_i64(10);
  s.parent_id = r.opt_i64(11);
  s.merge_group = r.opt_i64(12);
  s.title = r.text(13);
  s.body = r.text(14);
  s.category = r.text(15);
  s.is_public = r.boolean(16);
  s.lead_person_id = r.i64(17);
  s.lead_name = r.text(18);
  s.entered_by = r.opt_i64(19);
  s.state = r.text(20);
  s.star_level = r.opt_i64(21);
  s.assign_mode = r.text(22);
  s.lead_unit_id = r.opt_i64(23);
  s.lead_unit_name = r.text(24);
  s.round = r.i64(25);
  s.in_rehandling = r.boolean(26);
  s.rehandling_started_on = r.text(27);
  s.dissatisfied_rounds = r.i64(28);
  s.answered_on = r.text(29);
  s.answer_class = r.text(30);
  s.rating = r.text(31);
  s.extension_requested = r.boolean(32);
  s.extension_until = r.text(33);
  s.extension_reason = r.text(34);
  s.extended_to = r.text(35);
  s.return_reason = r.text(36);
  s.not_accepted_reason = r.text(37);
  s.next_due_on = r.text(38);
  s.next_due_kind = r.text(39);
  s.submitted_at = r.opt_i64(40);
  s.closed_at = r.opt_i64(41);
  s.version = r.i64(42);
  s.created_at = r.i64(43);
  s.updated_at = r.i64(44);
  s.urgent = r.boolean(45);
  s.raised_in = parse<suggestions::RaisedIn>(r.text(46)).value_or(suggestions::RaisedIn::session);
  return s;
}

const ListSpec& suggestion_list_spec() {
  static const ListSpec spec{
      .from = kSuggestionFrom,
      .sortable = {{"updated_at", "s.updated_at"},
                   {"created_at", "s.created_at"},
                   {"number", "s.number"},
                   {"next_due_on", "s.next_due_on"},
                   {"title", "s.title"},
                   {"state", "s.state"},
                   {"star_level", "s.star_level"}},
      .filterable = {{"state", {"s.state", FilterKind::text}},
                     {"session_id", {"s.session_id", FilterKind::integer}},
                     {"star_level", {"s.star_level", FilterKind::integer}},
                     {"category", {"s.category", FilterKind::text}},
                     {"lead_person_id", {"s.lead_person_id", FilterKind::integer}},
                     {"lead_unit_id", {"s.lead_unit_id", FilterKind::integer}},
                     {"answer_class", {"s.answer_class", FilterKind::text}},
                     {"rating", {"s.rating", FilterKind::text}},
                     {"org_node_id", {"s.org_node_id", FilterKind::integer}},
                     {"urgent", {"s.urgent", FilterKind::boolean}},
                     {"raised_in", {"s.raised_in", FilterKind::text}}},
      .text_columns = {"s.title", "s.lead_name"},
      .default_order = "s.updated_at DESC",
      .tie_breaker = "s.id"};
  return spec;
}

Result<SuggestionRow> find_suggestion(Connection& c, std::int64_t id) {
  auto row = c.query_one(
      std::string("SELECT ") + kSuggestionColumns + " FROM " + kSuggestionFrom + " WHERE s.id = ?",
      {id});
  if (!row) {
    if (row.error().code == ErrorCode::not_found) return fail(ErrorCode::not_found, "建议不存在");
    return std::unexpected(row.error());
  }
  return suggestion_from(*row);
}

Result<SuggestionRecord> load_suggestion(Connection& c, std::int64_t id) {
  auto row = find_suggestion(c, id);
  if (!row) return std::unexpected(row.error());
  SuggestionRecord rec{.row = std::move(*row)};
  const std::vector<Value> p{id};

  DAIBIAO_TRY(
      auto cos,
      c.query("SELECT person_id, name, status, invited_at, responded_at FROM suggestion_cosigners "
              "WHERE suggestion_id = ? ORDER BY invited_at, person_id",
              p));
  for (const Row& r : cos)
    rec.cosigners.push_back({r.i64(0), r.text(1), r.text(2), r.i64(3), r.opt_i64(4)});

  DAIBIAO_TRY(
      auto units,
      c.query(
          "SELECT su.id, su.unit_id, hu.name, su.role, su.signed_on, su.opinion, su.opinion_at, "
          "su.reassignment_pending, su.reassignment_reason, su.released, su.assigned_at "
          "FROM suggestion_units su JOIN handling_units hu ON hu.id = su.unit_id "
          "WHERE su.suggestion_id = ? ORDER BY su.id",
          p));
  for (const Row& r : units)
    rec.units.push_back({r.i64(0), r.i64(1), r.text(2), r.text(3), r.text(4), r.text(5),
                         r.opt_i64(6), r.boolean(7), r.text(8), r.boolean(9), r.i64(10)});

  DAIBIAO_TRY(
      auto clocks,
      c.query("SELECT k.id, k.kind, k.party, k.unit_id, hu.name, k.commitment_id, k.started_on, "
              "k.due_on, k.stopped_on FROM suggestion_clocks k LEFT JOIN handling_units hu "
              "ON hu.id = k.unit_id WHERE k.suggestion_id = ? ORDER BY k.id",
              p));
  for (const Row& r : clocks)
    rec.clocks.push_back({r.i64(0), r.text(1), r.text(2), r.opt_i64(3), r.text(4), r.opt_i64(5),
                          r.text(6), r.text(7), r.text(8)});

  DAIBIAO_TRY(
      auto contacts,
      c.query(
          "SELECT sc.id, sc.unit_id, hu.name, sc.round, sc.method, sc.contact_on, sc.summary, "
          "sc.created_by_name, sc.created_at FROM suggestion_contacts sc JOIN handling_units hu "
          "ON hu.id = sc.unit_id WHERE sc.suggestion_id = ? ORDER BY sc.id",
          p));
  for (const Row& r : contacts)
    rec.contacts.push_back({r.i64(0), r.i64(1), r.text(2), r.i64(3), r.text(4), r.text(5),
                            r.text(6), r.text(7), r.i64(8)});

  DAIBIAO_TRY(
      auto answers,
      c.query(
          "SELECT id, round, answer_class, body, status, drafted_by_name, drafted_at, "
          "signed_by_name, signed_at FROM suggestion_answers WHERE suggestion_id = ? ORDER BY id",
          p));
  for (const Row& r : answers)
    rec.answers.push_back({r.i64(0), r.i64(1), r.text(2), r.text(3), r.text(4), r.text(5), r.i64(6),
                           r.text(7), r.opt_i64(8)});

  DAIBIAO_TRY(auto commitments,
              c.query("SELECT id, answer_id, what, due_on, status, done_on, last_progress "
                      "FROM suggestion_commitments WHERE suggestion_id = ? ORDER BY id",
                      p));
  for (const Row& r : commitments)
    rec.commitments.push_back(
        {r.i64(0), r.i64(1), r.text(2), r.text(3), r.text(4), r.text(5), r.text(6)});

  DAIBIAO_TRY(auto evals,
              c.query("SELECT id, answer_id, person_id, person_name, kind, rating, comment, at "
                      "FROM suggestion_evaluations WHERE suggestion_id = ? ORDER BY id",
                      p));
  for (const Row& r : evals)
    rec.evaluations.push_back(
        {r.i64(0), r.opt_i64(1), r.i64(2), r.text(3), r.text(4), r.text(5), r.text(6), r.i64(7)});

  DAIBIAO_TRY(
      auto events,
      c.query("SELECT id, at, user_id, actor_name, relation, action, from_state, to_state, detail "
              "FROM suggestion_events WHERE suggestion_id = ? ORDER BY id",
              p));
  for (const Row& r : events)
    rec.events.push_back({r.i64(0), r.i64(1), r.opt_i64(2), r.text(3), r.text(4), r.text(5),
                          r.text(6), r.text(7), r.text(8)});

  DAIBIAO_TRY(
      auto files,
      c.query(
          "SELECT id, suggestion_id, file_name, stored_name, content_type, size_bytes, sha256, "
          "uploaded_by, created_at FROM suggestion_attachments WHERE suggestion_id = ? ORDER BY id",
          p));
  for (const Row& r : files)
    rec.attachments.push_back({r.i64(0), r.i64(1), r.text(2), r.text(3), r.text(4), r.i64(5),
                               r.text(6), r.i64(7), r.i64(8)});

  if (rec.row.merge_group) {
    DAIBIAO_TRY(auto merged, c.query("SELECT id, number, title FROM suggestions WHERE merge_group "
                                     "= ? AND id <> ? ORDER BY id",
                                     {*rec.row.merge_group, id}));
    for (const Row& r : merged) rec.merged_with.push_back({r.i64(0), r.opt_i64(1), r.text(2)});
  }
  return rec;
}

Result<std::int64_t> insert_suggestion(Connection& c, const SuggestionRow& s, std::int64_t now) {
  auto id = c.query_one(
      "INSERT INTO suggestions (org_node_id, org_path, review_org_id, review_path, session_id, "
      "number, parent_id, merge_group, title, body, category, is_public, lead_person_id, "
      "lead_name, entered_by, state, star_level, assign_mode, lead_unit_id, submitted_at, "
      "urgent, raised_in, created_at, updated_at, session_year) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
      "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT CAST(substr(cs.opens_on, 1, 4) AS "
      "INTEGER) FROM congress_sessions cs WHERE cs.id = ?)) RETURNING id",
      {s.org_node_id,
       s.org_path,
       s.review_org_id,
       s.review_path,
       s.session_id,
       or_null(s.number),
       or_null(s.parent_id),
       or_null(s.merge_group),
       s.title,
       s.body,
       s.category,
       flag(s.is_public),
       s.lead_person_id,
       s.lead_name,
       or_null(s.entered_by),
       s.state,
       or_null(s.star_level),
       opt_text(s.assign_mode),
       or_null(s.lead_unit_id),
       or_null(s.submitted_at),
       flag(s.urgent),
       std::string(name_of(s.raised_in)),
       now,
       now,
       s.session_id});
  if (!id) return std::unexpected(id.error());
  return id->i64(0);
}

Status fill_session_years(Connection& c) {
  return c.exec(
      "UPDATE suggestions SET session_year = (SELECT CAST(substr(cs.opens_on, 1, 4) AS INTEGER) "
      "FROM congress_sessions cs WHERE cs.id = suggestions.session_id) WHERE session_year IS NULL");
}

Result<std::int64_t> save_suggestion(Connection& c, const SuggestionRow& s, std::int64_t now) {
  return update_versioned(
      c, "suggestions", s.id, s.version,
      "number = ?, merge_group = ?, title = ?, body = ?, category = ?, is_public = ?, "
      "state = ?, star_level = ?, assign_mode = ?, lead_unit_id = ?, round = ?, "
      "in_rehandling = ?, rehandling_started_on = ?, dissatisfied_rounds = ?, answered_on = ?, "
      "answer_class = ?, rating = ?, extension_requested = ?, extension_until = ?, "
      "extension_reason = ?, extended_to = ?, return_reason = ?, not_accepted_reason = ?, "
      "next_due_on = ?, next_due_kind = ?, submitted_at = ?, closed_at = ?, urgent = ?, "
      "raised_in = ?",
      {or_null(s.number),
       or_null(s.merge_group),
       s.title,
       s.body,
       s.category,
       flag(s.is_public),
       s.state,
       or_null(s.star_level),
       opt_text(s.assign_mode),
       or_null(s.lead_unit_id),
       s.round,
       flag(s.in_rehandling),
       opt_text(s.rehandling_started_on),
       s.dissatisfied_rounds,
       opt_text(s.answered_on),
       opt_text(s.answer_class),
       opt_text(s.rating),
       flag(s.extension_requested),
       opt_text(s.extension_until),
       s.extension_reason,
       opt_text(s.extended_to),
       s.return_reason,
       s.not_accepted_reason,
       opt_text(s.next_due_on),
       opt_text(s.next_due_kind),
       or_null(s.submitted_at),
       or_null(s.closed_at),
       flag(s.urgent),
       std::string(name_of(s.raised_in))},
      now);
}

Result<std::int64_t> next_suggestion_number(Connection& c, std::int64_t session_id) {
  auto updated = c.query(
      "UPDATE suggestion_counters SET last_number = last_number + 1 WHERE session_id = ? "
      "RETURNING last_number",
      {session_id});
  if (!updated) return std::unexpected(updated.error());
  if (!updated->empty()) return updated->front().i64(0);
  if (auto st = c.exec("INSERT INTO suggestion_counters (session_id, last_number) VALUES (?, 1)",
                       {session_id});
      !st)
    return std::unexpected(st.error());
  return 1;
}

Status upsert_cosigner(Connection& c, std::int64_t suggestion_id, const CosignerRow& r) {
  return c.exec(
      "INSERT INTO suggestion_cosigners (suggestion_id, person_id, name, status, invited_at, "
      "responded_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (suggestion_id, person_id) DO UPDATE "
      "SET status = excluded.status, responded_at = excluded.responded_at, "
      "invited_at = excluded.invited_at",
      {suggestion_id, r.person_id, r.name, r.status, r.invited_at, or_null(r.responded_at)});
}

Result<std::int64_t> insert_unit(Connection& c, std::int64_t suggestion_id, const UnitRow& r) {
  DAIBIAO_TRY(
      auto id,
      c.query_one("INSERT INTO suggestion_units (suggestion_id, unit_id, role, assigned_at) "
                  "VALUES (?, ?, ?, ?) RETURNING id",
                  {suggestion_id, r.unit_id, r.role, r.assigned_at}));
  return id.i64(0);
}

Status save_unit(Connection& c, const UnitRow& r) {
  return c.exec(
      "UPDATE suggestion_units SET signed_on = ?, opinion = ?, opinion_at = ?, "
      "reassignment_pending = ?, reassignment_reason = ?, released = ? WHERE id = ?",
      {opt_text(r.signed_on), r.opinion, or_null(r.opinion_at), flag(r.reassignment_pending),
       r.reassignment_reason, flag(r.released), r.id});
}

Result<std::int64_t> insert_clock(Connection& c, std::int64_t suggestion_id, const ClockRow& r) {
  DAIBIAO_TRY(
      auto id,
      c.query_one(
          "INSERT INTO suggestion_clocks (suggestion_id, kind, party, unit_id, commitment_id, "
          "started_on, due_on, stopped_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
          {suggestion_id, r.kind, r.party, or_null(r.unit_id), or_null(r.commitment_id),
           r.started_on, r.due_on, opt_text(r.stopped_on)}));
  return id.i64(0);
}

Status save_clock(Connection& c, const ClockRow& r) {
  return c.exec("UPDATE suggestion_clocks SET due_on = ?, stopped_on = ? WHERE id = ?",
                {r.due_on, opt_text(r.stopped_on), r.id});
}

Status insert_contact(Connection& c, std::int64_t suggestion_id, const ContactRow& r,
                      std::int64_t user_id) {
  return c.exec(
      "INSERT INTO suggestion_contacts (suggestion_id, unit_id, round, method, contact_on, "
      "summary, created_by, created_by_name, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
      {suggestion_id, r.unit_id, r.round, r.method, r.contact_on, r.summary, user_id,
       r.created_by_name, r.created_at});
}

Result<std::int64_t> insert_answer(Connection& c, std::int64_t suggestion_id, const AnswerRow& r) {
  DAIBIAO_TRY(
      auto id,
      c.query_one(
          "INSERT INTO suggestion_answers (suggestion_id, round, answer_class, body, status, "
          "drafted_by_name, drafted_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
          {suggestion_id, r.round, r.answer_class, r.body, r.status, r.drafted_by_name,
           r.drafted_at}));
  return id.i64(0);
}

Status save_answer(Connection& c, const AnswerRow& r) {
  return c.exec(
      "UPDATE suggestion_answers SET status = ?, signed_by_name = ?, signed_at = ? WHERE id = ?",
      {r.status, opt_text(r.signed_by_name), or_null(r.signed_at), r.id});
}

Result<std::int64_t> insert_commitment(Connection& c, std::int64_t suggestion_id,
                                       const CommitmentRow& r) {
  DAIBIAO_TRY(
      auto id,
      c.query_one(
          "INSERT INTO suggestion_commitments (suggestion_id, answer_id, what, due_on, status) "
          "VALUES (?, ?, ?, ?, ?) RETURNING id",
          {suggestion_id, r.answer_id, r.what, r.due_on, r.status}));
  return id.i64(0);
}

Status save_commitment(Connection& c, const CommitmentRow& r) {
  return c.exec(
      "UPDATE suggestion_commitments SET status = ?, done_on = ?, last_progress = ? WHERE id = ?",
      {r.status, opt_text(r.done_on), r.last_progress, r.id});
}

Status insert_evaluation(Connection& c, std::int64_t suggestion_id, const EvaluationRow& r) {
  return c.exec(
      "INSERT INTO suggestion_evaluations (suggestion_id, answer_id, person_id, person_name, "
      "kind, rating, comment, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
      {suggestion_id, or_null(r.answer_id), r.person_id, r.person_name, r.kind, r.rating, r.comment,
       r.at});
}

Status insert_event(Connection& c, std::int64_t suggestion_id, const EventRow& r) {
  return c.exec(
      "INSERT INTO suggestion_events (suggestion_id, at, user_id, actor_name, relation, action, "
      "from_state, to_state, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
      {suggestion_id, r.at, or_null(r.user_id), r.actor_name, r.relation, r.action, r.from_state,
       r.to_state, r.detail});
}

Status set_merge_group(Connection& c, const std::vector<std::int64_t>& ids, std::int64_t group) {
  if (ids.empty()) return {};
  std::vector<Value> params{group};
  for (auto id : ids) params.emplace_back(id);
  return c.exec(
      "UPDATE suggestions SET merge_group = ? WHERE id IN (" + placeholders(ids.size()) + ")",
      params);
}

Result<std::vector<DueClock>> running_clocks_due_by(Connection& c, const std::string& due_by) {
  DAIBIAO_TRY(
      auto rows,
      c.query(
          "SELECT k.id, k.suggestion_id, k.kind, k.due_on, k.party FROM suggestion_clocks k JOIN "
          "suggestions s ON s.id = k.suggestion_id WHERE k.stopped_on IS NULL AND k.due_on <= ? "
          "AND s.state NOT IN ('closed', 'withdrawn', 'not_accepted') ORDER BY k.suggestion_id, "
          "k.id",
          {due_by}));
  std::vector<DueClock> out;
  out.reserve(rows.size());
  for (const Row& r : rows) out.push_back({r.i64(0), r.i64(1), r.text(2), r.text(3), r.text(4)});
  return out;
}

Result<std::vector<DueCommitment>> commitments_due_before(Connection& c,
                                                          const std::string& before) {
  DAIBIAO_TRY(
      auto rows,
      c.query("SELECT k.id, k.suggestion_id, k.what, k.due_on FROM suggestion_commitments k "
              "JOIN suggestion_answers a ON a.id = k.answer_id AND a.status = 'signed' "
              "JOIN suggestions s ON s.id = k.suggestion_id "
              "WHERE k.due_on < ? AND s.state IN ('follow_up', 'closed') ORDER BY k.suggestion_id, "
              "k.id",
              {before}));
  std::vector<DueCommitment> out;
  out.reserve(rows.size());
  for (const Row& r : rows) out.push_back({r.i64(0), r.i64(1), r.text(2), r.text(3)});
  return out;
}

Result<std::int64_t> insert_attachment(Connection& c, const AttachmentRow& a) {
  DAIBIAO_TRY(auto id, c.query_one("INSERT INTO suggestion_attachments (suggestion_id, file_name, "
                                   "stored_name, content_type, "
                                   "size_bytes, sha256, uploaded_by, created_at) VALUES (?, ?, ?, "
                                   "?, ?, ?, ?, ?) RETURNING id",
                                   {a.suggestion_id, a.file_name, a.stored_name, a.content_type,
                                    a.size_bytes, a.sha256, a.uploaded_by, a.created_at}));
  return id.i64(0);
}

Result<AttachmentRow> find_attachment(Connection& c, std::int64_t suggestion_id, std::int64_t id) {
  auto r = c.query_one(
      "SELECT id, suggestion_id, file_name, stored_name, content_type, size_bytes, sha256, "
      "uploaded_by, created_at FROM suggestion_attachments WHERE id = ? AND suggestion_id = ?",
      {id, suggestion_id});
  if (!r) {
    if (r.error().code == ErrorCode::not_found) return fail(ErrorCode::not_found, "附件不存在");
    return std::unexpected(r.error());
  }
  return AttachmentRow{r->i64(0), r->i64(1),  r->text(2), r->text(3), r->text(4),
                       r->i64(5), r->text(6), r->i64(7),  r->i64(8)};
}

}  // namespace daibiao::storage
