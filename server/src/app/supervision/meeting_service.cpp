#include "app/supervision/meeting_service.hpp"

#include <algorithm>

#include "app/suggestions/suggestion_parties.hpp"
#include "app/suggestions/suggestion_service.hpp"
#include "app/supervision/supervision_scope.hpp"
#include "base/text.hpp"
#include "domain/supervision/clearing.hpp"
#include "domain/supervision/timeline.hpp"

namespace daibiao::app {

namespace sv = supervision;
namespace sg = suggestions;
using sg::Actor;
using storage::Connection;

namespace {

// The item the meeting is on, as the caller sees it (not_found otherwise), with their relations.
Result<storage::SuggestionRecord> item_of(Connection& c, const Caller& caller,
                                          std::int64_t suggestion_id, std::vector<Actor>& held) {
  return load_visible(c, caller.principal, suggestion_id, held);
}

// The meeting, when the caller sees its item (not_found otherwise, as for no such meeting).
Result<storage::MeetingRow> visible_meeting(Connection& c, const Caller& caller, std::int64_t id,
                                            std::vector<Actor>& held) {
  DAIBIAO_TRY(auto m, storage::find_meeting(c, id));
  auto rec = item_of(c, caller, m.suggestion_id, held);
  if (!rec) {
    if (rec.error().code == ErrorCode::not_found) return fail(ErrorCode::not_found, "办理会不存在");
    return std::unexpected(rec.error());
  }
  return m;
}

// The meeting as the caller may change it: organiser (permission_denied otherwise), still
// scheduled (failed_precondition), at `version` (conflict).
Result<storage::MeetingRow> changeable_meeting(Connection& c, const Caller& caller, std::int64_t id,
                                               std::int64_t version, std::vector<Actor>& held) {
  DAIBIAO_TRY(auto m, visible_meeting(c, caller, id, held));
  if (!sv::acts_on_handling(held))
    return fail(ErrorCode::permission_denied, "只有联工委或主办单位可以登记、取消办理会");
  if (m.status != sv::MeetingStatus::scheduled)
    return fail(ErrorCode::failed_precondition,
                "办理会" + std::string(title_of(m.status)) + "，不能再更改");
  if (m.version != version) return fail(ErrorCode::conflict, "办理会已被他人更新，请刷新后重试");
  return m;
}

MeetingView view_of(storage::MeetingRow m, const std::vector<Actor>& held) {
  const bool open = m.status == sv::MeetingStatus::scheduled;
  return {std::move(m), open && sv::acts_on_handling(held)};
}

// "12月18日 09:30，县交通运输局会议室"
std::string when_where(const std::string& on, const std::string& time, const std::string& place) {
  std::string out = on;
  if (auto d = parse_date(on))
    out = std::to_string(d->month) + "月" + std::to_string(d->day) + "日";
  if (!time.empty()) out += " " + time;
  return out + "，" + place;
}

// "分管领导：王局长；代表：李代表……（五方到场）"
std::string attendance_text(const sv::Attendance& a) {
  std::string out;
  for (auto party : values_of<sv::Party>()) {
    const auto& names = a[static_cast<std::size_t>(party)];
    out += (out.empty() ? "" : "；") + std::string(title_of(party)) + "：" +
           (names.empty() ? "未到场" : names);
  }
  const int present = sv::parties_present(a);
  return out + (present == 5 ? "（五方到场）" : "（" + std::to_string(present) + "方到场）");
}

Status add_event(Tx& tx, const storage::SuggestionRecord& rec, Actor relation, sv::TimelineStep e,
                 const std::string& detail) {
  return add_item_step(tx, rec.row, relation, name_of(e), detail);
}

Status audit_meeting(Tx& tx, const storage::MeetingRow& m, const std::string& action,
                     std::vector<audit::FieldChange> changes) {
  return tx.audit({.action = action,
                   .object_type = "handling_meeting",
                   .object_id = std::to_string(m.id),
                   .org_node_id = m.org_node_id,
                   .changes = std::move(changes)});
}

}  // namespace

Result<MeetingView> schedule_meeting(Env& env, const Caller& caller, std::int64_t suggestion_id,
                                     const sv::ScheduleInput& in) {
  DAIBIAO_TRY(auto checked, sv::check_schedule(in));
  return write<MeetingView>(
      env, caller, attempt("supervision.meeting.schedule", "suggestion", suggestion_id),
      [&](Tx& tx) -> Result<MeetingView> {
        auto& c = tx.db();
        std::vector<Actor> held;
        DAIBIAO_TRY(auto rec, item_of(c, caller, suggestion_id, held));
        if (!sv::acts_on_handling(held))
          return fail(ErrorCode::permission_denied, "只有联工委或主办单位可以安排办理会");
        const auto state = sg::parse_state(rec.row.state).value_or(sg::State::none);
        if (!sv::with_lead_unit(state) || !rec.row.lead_unit_id)
          return fail(ErrorCode::failed_precondition,
                      "建议当前为“" + std::string(sg::state_title_zh(state)) +
                          "”，交办给主办单位后、办结前才能安排办理会");
        storage::MeetingRow m{.suggestion_id = suggestion_id,
                              .org_node_id = rec.row.org_node_id,
                              .org_path = rec.row.org_path,
                              .unit_id = *rec.row.lead_unit_id,
                              .scheduled_on = format_date(checked.scheduled_on),
                              .start_time = checked.start_time,
                              .place = checked.place,
                              .topic = checked.topic,
                              .created_by_name = caller.principal.display_name};
        DAIBIAO_TRY(m.id, storage::insert_meeting(c, m, caller.principal.user_id, tx.now()));
        const std::string where = when_where(m.scheduled_on, m.start_time, m.place);
        if (auto st =
                add_event(tx, rec, sv::handling_relation(held), sv::TimelineStep::meeting_scheduled,
                          where + (m.topic.empty() ? "" : "：" + m.topic));
            !st)
          return std::unexpected(st.error());
        if (auto st = notify_item_parties(tx, suggestion_id, "handling_meeting",
                                          "《" + rec.row.title + "》将召开五到场办理会",
                                          where + "。请相关人员按时参加。");
            !st)
          return std::unexpected(st.error());
        if (auto st = audit_meeting(tx, m, "supervision.meeting.schedule",
                                    {{"suggestion_id", std::nullopt, std::to_string(suggestion_id)},
                                     {"scheduled_on", std::nullopt, m.scheduled_on},
                                     {"start_time", std::nullopt, m.start_time},
                                     {"place", std::nullopt, m.place},
                                     {"topic", std::nullopt, m.topic}});
            !st)
          return std::unexpected(st.error());
        DAIBIAO_TRY(auto stored, storage::find_meeting(c, m.id));
        return view_of(std::move(stored), held);
      });
}

Result<MeetingView> record_meeting(Env& env, const Caller& caller, std::int64_t id,
                                   std::int64_t version, const sv::RecordInput& in,
                                   const std::vector<std::int64_t>& photo_ids) {
  DAIBIAO_TRY(auto checked, sv::check_record(in, china_date(env.clock.now_ms())));
  return write<MeetingView>(
      env, caller, attempt("supervision.meeting.record", "handling_meeting", id),
      [&](Tx& tx) -> Result<MeetingView> {
        auto& c = tx.db();
        std::vector<Actor> held;
        DAIBIAO_TRY(auto m, changeable_meeting(c, caller, id, version, held));
        DAIBIAO_TRY(auto rec, item_of(c, caller, m.suggestion_id, held));
        // Photos are images already attached to the same item.
        std::vector<std::int64_t> photos;
        for (auto pid : photo_ids) {
          auto a = std::ranges::find_if(
              rec.attachments, [&](const storage::AttachmentRow& r) { return r.id == pid; });
          if (a == rec.attachments.end() || !a->content_type.starts_with("image/"))
            return fail_fields({{"photo_ids", "照片应为本建议的 JPG 或 PNG 附件"}});
          if (std::ranges::find(photos, pid) == photos.end()) photos.push_back(pid);
        }
        if (auto st = storage::save_held(c, id, version, checked, photos,
                                         caller.principal.display_name, tx.now());
            !st)
          return std::unexpected(st.error());
        const std::string who = attendance_text(checked.attendance);
        if (auto st =
                add_event(tx, rec, sv::handling_relation(held), sv::TimelineStep::meeting_held,
                          format_date(checked.held_on) + " 召开。" + who);
            !st)
          return std::unexpected(st.error());
        if (auto st = audit_meeting(tx, m, "supervision.meeting.record",
                                    {{"status", std::string(name_of(m.status)),
                                      std::string(name_of(sv::MeetingStatus::held))},
                                     {"held_on", std::nullopt, format_date(checked.held_on)},
                                     {"attendance", std::nullopt, who},
                                     {"photos", std::nullopt, std::to_string(photos.size())}});
            !st)
          return std::unexpected(st.error());
        DAIBIAO_TRY(auto stored, storage::find_meeting(c, id));
        return view_of(std::move(stored), held);
      });
}

Result<MeetingView> cancel_meeting(Env& env, const Caller& caller, std::int64_t id,
                                   std::int64_t version, const std::string& reason) {
  if (reason.empty()) return fail_fields({{"reason", "请说明取消的原因"}});
  return write<MeetingView>(
      env, caller, attempt("supervision.meeting.cancel", "handling_meeting", id),
      [&](Tx& tx) -> Result<MeetingView> {
        auto& c = tx.db();
        std::vector<Actor> held;
        DAIBIAO_TRY(auto m, changeable_meeting(c, caller, id, version, held));
        DAIBIAO_TRY(auto rec, item_of(c, caller, m.suggestion_id, held));
        if (auto st = storage::save_cancelled(c, id, version, reason, caller.principal.display_name,
                                              tx.now());
            !st)
          return std::unexpected(st.error());
        const std::string where = when_where(m.scheduled_on, m.start_time, m.place);
        if (auto st =
                add_event(tx, rec, sv::handling_relation(held), sv::TimelineStep::meeting_cancelled,
                          where + "。取消原因：" + reason);
            !st)
          return std::unexpected(st.error());
        if (auto st = notify_item_parties(tx, m.suggestion_id, "handling_meeting",
                                          "《" + rec.row.title + "》的五到场办理会已取消",
                                          where + "。取消原因：" + reason);
            !st)
          return std::unexpected(st.error());
        if (auto st = audit_meeting(tx, m, "supervision.meeting.cancel",
                                    {{"status", std::string(name_of(m.status)),
                                      std::string(name_of(sv::MeetingStatus::cancelled))},
                                     {"reason", std::nullopt, reason}});
            !st)
          return std::unexpected(st.error());
        DAIBIAO_TRY(auto stored, storage::find_meeting(c, id));
        return view_of(std::move(stored), held);
      });
}

Result<MeetingView> get_meeting(Env& env, const Caller& caller, std::int64_t id) {
  return read<MeetingView>(env, [&](Connection& c) -> Result<MeetingView> {
    std::vector<Actor> held;
    DAIBIAO_TRY(auto m, visible_meeting(c, caller, id, held));
    return view_of(std::move(m), held);
  });
}

Result<ListResult<storage::MeetingRow>> list_meetings(Env& env, const Caller& caller,
                                                      const storage::ListRequest& req) {
  const auto visibility = sg::visibility_of(caller.principal);
  if (visibility.sees_nothing()) return fail(ErrorCode::permission_denied, "没有权限查看办理会");
  return read<ListResult<storage::MeetingRow>>(
      env, [&](Connection& c) { return storage::list_meetings(c, visibility, req); });
}

Result<MeetingFigures> meeting_figures(Env& env, const Caller& caller,
                                       std::optional<std::int64_t> org_node_id,
                                       std::optional<int> year) {
  const Date today = china_date(env.clock.now_ms());
  if (auto st = sv::check_year(year); !st) return std::unexpected(st.error());
  return read<MeetingFigures>(env, [&](Connection& c) -> Result<MeetingFigures> {
    DAIBIAO_TRY(auto node, readable_congress(c, caller.principal, org_node_id));
    MeetingFigures out{
        .org_node_id = node.id, .org_name = node.name, .year = year.value_or(today.year)};
    DAIBIAO_TRY(out.units, storage::meeting_figures(c, out.year, node.path));
    for (const auto& u : out.units) {
      out.total.held += u.figure.held;
      out.total.all_five += u.figure.all_five;
    }
    return out;
  });
}

}  // namespace daibiao::app
