#include "storage/supervision/meeting_store.hpp"

#include <map>

#include "storage/suggestions/suggestion_board.hpp"
#include "storage/values.hpp"
#include "storage/versioned.hpp"

namespace daibiao::storage {

namespace sv = supervision;

namespace {

const char* const kColumns =
    "m.id, m.suggestion_id, s.number, s.title, s.state, m.org_node_id, m.org_path, m.unit_id, "
    "u.name, m.scheduled_on, m.start_time, m.place, m.topic, m.status, m.held_on, "
    "m.leader_names, m.deputy_names, m.unit_names, m.supervisor_names, m.press_names, m.minutes, "
    "m.cancel_reason, m.created_by_name, m.closed_by_name, m.version, m.created_at, m.updated_at";
const char* const kFrom =
    "handling_meetings m JOIN suggestions s ON s.id = m.suggestion_id JOIN handling_units u ON "
    "u.id = m.unit_id";

MeetingRow meeting_from(const Row& r) {
  MeetingRow m;
  m.id = r.i64(0);
  m.suggestion_id = r.i64(1);
  m.suggestion_number = r.opt_i64(2);
  m.suggestion_title = r.text(3);
  m.suggestion_state = r.text(4);
  m.org_node_id = r.i64(5);
  m.org_path = r.text(6);
  m.unit_id = r.i64(7);
  m.unit_name = r.text(8);
  m.scheduled_on = r.text(9);
  m.start_time = r.text(10);
  m.place = r.text(11);
  m.topic = r.text(12);
  m.status = parse<sv::MeetingStatus>(r.text(13)).value_or(sv::MeetingStatus::scheduled);
  m.held_on = r.opt_text(14);
  for (std::size_t i = 0; i < sv::kPartyCount; ++i) m.attendance[i] = r.text(15 + i);
  m.minutes = r.text(20);
  m.cancel_reason = r.text(21);
  m.created_by_name = r.text(22);
  m.closed_by_name = r.text(23);
  m.version = r.i64(24);
  m.created_at = r.i64(25);
  m.updated_at = r.i64(26);
  return m;
}

const ListSpec& meeting_list_spec() {
  static const ListSpec spec{
      .from = kFrom,
      .sortable = {{"scheduled_on", "m.scheduled_on"},
                   {"held_on", "m.held_on"},
                   {"created_at", "m.created_at"}},
      .filterable = {{"suggestion_id", {"m.suggestion_id", FilterKind::integer}},
                     {"status", {"m.status", FilterKind::text}},
                     {"unit_id", {"m.unit_id", FilterKind::integer}}},
      .text_columns = {"s.title", "m.place", "m.topic"},
      .default_order = "m.scheduled_on DESC",
      .tie_breaker = "m.id"};
  return spec;
}

}  // namespace

Result<std::int64_t> insert_meeting(Connection& c, const MeetingRow& m, std::int64_t created_by,
                                    std::int64_t now) {
  return insert_versioned(
      c, "handling_meetings",
      "suggestion_id, org_node_id, org_path, unit_id, scheduled_on, start_time, place, topic, "
      "status, created_by, created_by_name",
      {m.suggestion_id, m.org_node_id, m.org_path, m.unit_id, m.scheduled_on, m.start_time, m.place,
       m.topic, std::string(name_of(sv::MeetingStatus::scheduled)), created_by, m.created_by_name},
      now);
}

Result<MeetingRow> find_meeting(Connection& c, std::int64_t id) {
  auto row =
      c.query_one(std::string("SELECT ") + kColumns + " FROM " + kFrom + " WHERE m.id = ?", {id});
  if (!row) {
    if (row.error().code == ErrorCode::not_found) return fail(ErrorCode::not_found, "办理会不存在");
    return std::unexpected(row.error());
  }
  MeetingRow m = meeting_from(*row);
  DAIBIAO_TRY(auto photos,
              c.query("SELECT a.id, a.file_name, a.content_type FROM handling_meeting_photos p "
                      "JOIN suggestion_attachments a ON a.id = p.attachment_id WHERE "
                      "p.meeting_id = ? ORDER BY a.id",
                      {id}));
  for (const auto& p : photos) m.photos.push_back({p.i64(0), p.text(1), p.text(2)});
  return m;
}

Status save_held(Connection& c, std::int64_t id, std::int64_t version, const sv::CheckedRecord& r,
                 const std::vector<std::int64_t>& photo_ids, const std::string& by_name,
                 std::int64_t now) {
  const auto& a = r.attendance;
  auto v = update_versioned(
      c, "handling_meetings", id, version,
      "status = ?, held_on = ?, leader_names = ?, deputy_names = ?, unit_names = ?, "
      "supervisor_names = ?, press_names = ?, all_five = ?, minutes = ?, closed_by_name = ?",
      {std::string(name_of(sv::MeetingStatus::held)), format_date(r.held_on), a[0], a[1], a[2],
       a[3], a[4], std::int64_t{sv::all_five_present(a)}, r.minutes, by_name},
      now);
  if (!v) return std::unexpected(v.error());
  for (auto photo : photo_ids)
    if (auto st =
            c.exec("INSERT INTO handling_meeting_photos (meeting_id, attachment_id) VALUES (?, ?)",
                   {id, photo});
        !st)
      return st;
  return {};
}

Status save_cancelled(Connection& c, std::int64_t id, std::int64_t version,
                      const std::string& reason, const std::string& by_name, std::int64_t now) {
  auto v = update_versioned(
      c, "handling_meetings", id, version, "status = ?, cancel_reason = ?, closed_by_name = ?",
      {std::string(name_of(sv::MeetingStatus::cancelled)), reason, by_name}, now);
  if (!v) return std::unexpected(v.error());
  return {};
}

Result<ListPage<MeetingRow>> list_meetings(Connection& c, const suggestions::Visibility& visibility,
                                           const ListRequest& req) {
  std::vector<Value> params;
  const std::string scope = visibility_sql(visibility, params);
  return list_rows<MeetingRow>(c, meeting_list_spec(), req, scope, params, kColumns, meeting_from);
}

Result<std::vector<UnitMeetingFigure>> meeting_figures(Connection& c, int year,
                                                       const std::string& path) {
  DAIBIAO_TRY(
      auto rows,
      c.query("SELECT m.unit_id, u.name, COUNT(*), SUM(m.all_five) FROM handling_meetings m "
              "JOIN handling_units u ON u.id = m.unit_id WHERE m.status = 'held' AND "
              "m.held_on >= ? AND m.held_on < ? AND m.org_path LIKE ? GROUP BY m.unit_id, "
              "u.name ORDER BY u.name, m.unit_id",
              {std::to_string(year) + "-01-01", std::to_string(year + 1) + "-01-01", path + "%"}));
  std::vector<UnitMeetingFigure> out;
  out.reserve(rows.size());
  for (const auto& r : rows) out.push_back({r.i64(0), r.text(1), {r.i64(2), r.i64(3)}});
  return out;
}

}  // namespace daibiao::storage
