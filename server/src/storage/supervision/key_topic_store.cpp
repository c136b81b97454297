#include "storage/supervision/key_topic_store.hpp"

#include "storage/list_query.hpp"
#include "storage/values.hpp"
#include "storage/versioned.hpp"

namespace daibiao::storage {

namespace sv = supervision;

namespace {

const char* const kTopicColumns =
    "t.id, t.org_node_id, t.org_path, n.name, t.title, t.description, t.decided_on, t.meeting, "
    "t.leader_user_id, lu.display_name, t.government_leader, t.committee, t.status, t.conclusion, "
    "(SELECT COUNT(*) FROM key_topic_items ki WHERE ki.topic_id = t.id), t.version, t.created_at, "
    "t.updated_at";
const char* const kTopicFrom =
    "key_topics t JOIN org_nodes n ON n.id = t.org_node_id LEFT JOIN users lu ON lu.id = "
    "t.leader_user_id";

TopicRow topic_from(const Row& r) {
  return {.id = r.i64(0),
          .org_node_id = r.i64(1),
          .org_path = r.text(2),
          .org_name = r.text(3),
          .title = r.text(4),
          .description = r.text(5),
          .decided_on = r.text(6),
          .meeting = r.text(7),
          .leader_user_id = r.opt_i64(8),
          .leader_name = r.text(9),
          .government_leader = r.text(10),
          .committee = r.text(11),
          .status = parse<sv::TopicStatus>(r.text(12)).value_or(sv::TopicStatus::active),
          .conclusion = r.text(13),
          .item_count = r.i64(14),
          .version = r.i64(15),
          .created_at = r.i64(16),
          .updated_at = r.i64(17)};
}

// The deputies who raised `s`: the lead deputy and the co-signers who confirmed.
const char* const kDeputies =
    "(1 + (SELECT COUNT(*) FROM suggestion_cosigners sc WHERE sc.suggestion_id = s.id AND "
    "sc.status = 'confirmed'))";

const char* const kItemColumns =
    "s.id, s.number, s.title, s.state, s.lead_name, hu.name, s.next_due_on";

TopicItemRow item_from(const Row& r) {
  return {.suggestion_id = r.i64(0),
          .number = r.opt_i64(1),
          .title = r.text(2),
          .state = r.text(3),
          .lead_name = r.text(4),
          .lead_unit_name = r.text(5),
          .next_due_on = r.text(6),
          .deputies = r.i64(7)};
}

}  // namespace

Result<std::int64_t> insert_topic(Connection& c, const TopicRow& t,
                                  const std::vector<std::int64_t>& suggestion_ids,
                                  std::int64_t created_by, std::int64_t now) {
  DAIBIAO_TRY(auto id, insert_versioned(
                           c, "key_topics",
                           "org_node_id, org_path, title, description, decided_on, meeting, "
                           "leader_user_id, government_leader, committee, status, created_by",
                           {t.org_node_id, t.org_path, t.title, t.description, t.decided_on,
                            t.meeting, or_null(t.leader_user_id), t.government_leader, t.committee,
                            std::string(name_of(sv::TopicStatus::active)), created_by},
                           now));
  for (auto sid : suggestion_ids)
    if (auto st = c.exec("INSERT INTO key_topic_items (topic_id, suggestion_id) VALUES (?, ?)",
                         {id, sid});
        !st)
      return std::unexpected(st.error());
  return id;
}

Result<TopicRow> find_topic(Connection& c, std::int64_t id) {
  auto row = c.query_one(
      std::string("SELECT ") + kTopicColumns + " FROM " + kTopicFrom + " WHERE t.id = ?", {id});
  if (!row) {
    if (row.error().code == ErrorCode::not_found)
      return fail(ErrorCode::not_found, "重点督办事项不存在");
    return std::unexpected(row.error());
  }
  return topic_from(*row);
}

Result<ListPage<TopicRow>> list_topics(Connection& c, const ListRequest& req,
                                       const std::vector<std::string>& scope_paths) {
  static const ListSpec spec{
      .from = kTopicFrom,
      .sortable = {{"decided_on", "t.decided_on"}, {"title", "t.title"}, {"id", "t.id"}},
      .filterable = {{"status", {"t.status", FilterKind::text}},
                     {"org_node_id", {"t.org_node_id", FilterKind::integer}}},
      .text_columns = {"t.title"},
      .default_order = "t.decided_on DESC",
      .tie_breaker = "t.id"};
  std::vector<Value> params;
  const std::string scope = scope_clause("t.org_path", scope_paths, params);
  return list_rows<TopicRow>(c, spec, req, scope, params, kTopicColumns, topic_from);
}

Status conclude_topic(Connection& c, std::int64_t id, std::int64_t version,
                      const std::string& conclusion, std::int64_t now) {
  auto v = update_versioned(c, "key_topics", id, version, "status = ?, conclusion = ?",
                            {std::string(name_of(sv::TopicStatus::concluded)), conclusion}, now);
  if (!v) return std::unexpected(v.error());
  return {};
}

Result<std::vector<TopicItemRow>> topic_items(Connection& c, std::int64_t topic_id) {
  DAIBIAO_TRY(auto rows, c.query(std::string("SELECT ") + kItemColumns + ", " + kDeputies +
                                     " FROM key_topic_items ki JOIN suggestions s ON s.id = "
                                     "ki.suggestion_id LEFT JOIN handling_units hu ON hu.id = "
                                     "s.lead_unit_id WHERE ki.topic_id = ? ORDER BY s.id",
                                 {topic_id}));
  std::vector<TopicItemRow> out;
  out.reserve(rows.size());
  for (const auto& r : rows) out.push_back(item_from(r));
  return out;
}

Result<std::vector<std::int64_t>> items_in_active_topics(Connection& c,
                                                         const std::vector<std::int64_t>& ids) {
  if (ids.empty()) return std::vector<std::int64_t>{};
  std::vector<Value> params(ids.begin(), ids.end());
  DAIBIAO_TRY(auto rows, c.query("SELECT DISTINCT ki.suggestion_id FROM key_topic_items ki JOIN "
                                 "key_topics kt ON kt.id = ki.topic_id WHERE kt.status = 'active' "
                                 "AND ki.suggestion_id IN (" +
                                     placeholders(ids.size()) + ")",
                                 params));
  std::vector<std::int64_t> out;
  out.reserve(rows.size());
  for (const auto& r : rows) out.push_back(r.i64(0));
  return out;
}

Result<std::vector<TopicItemRow>> key_candidates(Connection& c, const ClearingScope& scope,
                                                 int min_deputies, int limit) {
  std::vector<Value> params{std::int64_t{scope.year}};
  static const std::string open_states = [] {
    std::string out;
    for (auto s : suggestions::all_states())
      if (sv::may_become_key(s))
        out += (out.empty() ? "('" : ", '") + std::string(suggestions::state_name(s)) + "'";
    return out + ")";
  }();
  std::string where =
      "s.session_year = ? AND s.state IN " + open_states +
      " AND NOT EXISTS (SELECT 1 FROM key_topic_items ki JOIN key_topics kt ON kt.id = ki.topic_id "
      "WHERE ki.suggestion_id = s.id AND kt.status = 'active')";
  if (!scope.whole_tree) {
    where += " AND s.org_path LIKE ?";
    params.emplace_back(scope.path + "%");
  }
  where += std::string(" AND ") + kDeputies + " >= ?";
  params.emplace_back(std::int64_t{min_deputies});
  params.emplace_back(std::int64_t{limit});
  DAIBIAO_TRY(auto rows, c.query(std::string("SELECT ") + kItemColumns + ", " + kDeputies +
                                     " FROM suggestions s LEFT JOIN handling_units hu ON hu.id = "
                                     "s.lead_unit_id WHERE " +
                                     where + " ORDER BY 8 DESC, s.id LIMIT ?",
                                 params));
  std::vector<TopicItemRow> out;
  out.reserve(rows.size());
  for (const auto& r : rows) out.push_back(item_from(r));
  return out;
}

Result<std::int64_t> insert_activity(Connection& c, std::int64_t topic_id,
                                     const sv::CheckedActivity& a, const std::string& by_name,
                                     std::int64_t now) {
  DAIBIAO_TRY(auto row, c.query_one("INSERT INTO key_activities (topic_id, kind, held_on, place, "
                                    "participants, summary, created_by_name, created_at) VALUES "
                                    "(?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                                    {topic_id, std::string(name_of(a.kind)), format_date(a.held_on),
                                     a.place, a.participants, a.summary, by_name, now}));
  const std::int64_t id = row.i64(0);
  for (std::size_t i = 0; i < a.questions.size(); ++i) {
    const auto& q = a.questions[i];
    if (auto st = c.exec("INSERT INTO key_activity_questions (activity_id, ordinal, question, "
                         "asked_by, answer, answered_by) VALUES (?, ?, ?, ?, ?, ?)",
                         {id, static_cast<std::int64_t>(i + 1), q.question, q.asked_by, q.answer,
                          q.answered_by});
        !st)
      return std::unexpected(st.error());
  }
  return id;
}

Result<std::vector<ActivityRow>> topic_activities(Connection& c, std::int64_t topic_id) {
  DAIBIAO_TRY(auto rows, c.query("SELECT id, kind, held_on, place, participants, summary, "
                                 "created_by_name, created_at FROM key_activities WHERE topic_id "
                                 "= ? ORDER BY held_on, id",
                                 {topic_id}));
  std::vector<ActivityRow> out;
  for (const auto& r : rows) {
    ActivityRow a{.id = r.i64(0),
                  .kind = parse<sv::ActivityKind>(r.text(1)).value_or(sv::ActivityKind::inspection),
                  .held_on = r.text(2),
                  .place = r.text(3),
                  .participants = r.text(4),
                  .summary = r.text(5),
                  .created_by_name = r.text(6),
                  .questions = {},
                  .created_at = r.i64(7)};
    DAIBIAO_TRY(auto qs, c.query("SELECT question, asked_by, answer, answered_by FROM "
                                 "key_activity_questions WHERE activity_id = ? ORDER BY ordinal",
                                 {a.id}));
    for (const auto& q : qs) a.questions.push_back({q.text(0), q.text(1), q.text(2), q.text(3)});
    out.push_back(std::move(a));
  }
  return out;
}

}  // namespace daibiao::storage
