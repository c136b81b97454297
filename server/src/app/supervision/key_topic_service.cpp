#include "app/supervision/key_topic_service.hpp"

#include <algorithm>

#include "app/suggestions/suggestion_service.hpp"
#include "app/supervision/supervision_scope.hpp"
#include "base/text.hpp"
#include "domain/supervision/clearing.hpp"
#include "domain/supervision/timeline.hpp"
#include "storage/messaging/notification_store.hpp"
#include "storage/org/org_store.hpp"
#include "storage/supervision/leader_store.hpp"

namespace daibiao::app {

namespace sv = supervision;
namespace sg = suggestions;
using access::Permission;
using storage::Connection;

namespace {

constexpr int kMaxCandidates = 100;

// The topic when the caller reads supervision over its congress; not_found otherwise.
Result<storage::TopicRow> readable_topic(Connection& c, const Caller& caller, std::int64_t id) {
  auto t = storage::find_topic(c, id);
  if (!t) return std::unexpected(t.error());
  if (!may_read_supervision(caller.principal, t->org_path))
    return fail(ErrorCode::not_found, "重点督办事项不存在");
  return t;
}

// The topic as the committee may change it: supervision.manage, still active.
Result<storage::TopicRow> managed_topic(Connection& c, const Caller& caller, std::int64_t id) {
  DAIBIAO_TRY(auto t, readable_topic(c, caller, id));
  if (auto st = authorize(caller.principal, Permission::supervision_manage, t.org_path); !st)
    return std::unexpected(st.error());
  if (t.status != sv::TopicStatus::active)
    return fail(ErrorCode::failed_precondition, "重点督办事项已办结，不能再更改");
  return t;
}

Result<TopicView> view_of(Connection& c, const Caller& caller, storage::TopicRow t) {
  TopicView v;
  DAIBIAO_TRY(v.items, storage::topic_items(c, t.id));
  DAIBIAO_TRY(v.activities, storage::topic_activities(c, t.id));
  v.can_manage = t.status == sv::TopicStatus::active &&
                 caller.principal.can(Permission::supervision_manage, t.org_path);
  v.topic = std::move(t);
  return v;
}

// Adds `step` with `detail` to the timeline of every item of the topic.
Status add_steps(Tx& tx, std::int64_t topic_id, sv::TimelineStep step, const std::string& detail) {
  DAIBIAO_TRY(auto items, storage::topic_items(tx.db(), topic_id));
  for (const auto& item : items) {
    DAIBIAO_TRY(auto row, storage::find_suggestion(tx.db(), item.suggestion_id));
    if (auto st = add_item_step(tx, row, sg::Actor::liaison_staff, name_of(step), detail); !st)
      return st;
  }
  return {};
}

Status audit_topic(Tx& tx, const storage::TopicRow& t, const std::string& action,
                   std::vector<audit::FieldChange> changes) {
  return tx.audit(
      {.action = action,
       .object_type = "key_topic",
       .object_id = std::to_string(t.id),
       .org_node_id = t.org_node_id,
       .role = tx.caller().principal.acting_role(Permission::supervision_manage, t.org_path),
       .changes = std::move(changes)});
}

// "2026-05-09 视察：……" with the summary's first 60 characters.
std::string activity_text(const sv::CheckedActivity& a) {
  std::string out = format_date(a.held_on) + " " + std::string(title_of(a.kind)) + "：" +
                    utf8_excerpt(a.summary, 60);
  if (!a.questions.empty()) out += "（问答 " + std::to_string(a.questions.size()) + " 条）";
  return out;
}

}  // namespace

Result<TopicView> create_topic(Env& env, const Caller& caller, const TopicInput& in) {
  auto topic_in = in.topic;
  topic_in.item_count = in.suggestion_ids.size();
  DAIBIAO_TRY(auto checked, sv::check_topic(topic_in, china_date(env.clock.now_ms())));
  return write<TopicView>(
      env, caller, attempt("supervision.key.create", "org_node", in.org_node_id),
      [&](Tx& tx) -> Result<TopicView> {
        auto& c = tx.db();
        const auto& p = caller.principal;
        DAIBIAO_TRY(auto node, managed_congress(c, p, in.org_node_id));
        std::vector<FieldError> errors;
        std::vector<std::int64_t> ids;
        DAIBIAO_TRY(auto busy, storage::items_in_active_topics(c, in.suggestion_ids));
        std::vector<storage::SuggestionRow> rows;
        for (std::size_t i = 0; i < in.suggestion_ids.size(); ++i) {
          const auto id = in.suggestion_ids[i];
          const std::string field = "suggestion_ids[" + std::to_string(i) + "]";
          if (std::ranges::find(ids, id) != ids.end()) continue;  // named twice
          auto row = storage::find_suggestion(c, id);
          if (!row || !row->org_path.starts_with(node.path)) {
            if (row || row.error().code == ErrorCode::not_found) {
              errors.push_back({field, "建议不存在或不属于本级人大"});
              continue;
            }
            return std::unexpected(row.error());
          }
          const auto state = sg::parse_state(row->state).value_or(sg::State::none);
          if (!sv::may_become_key(state))
            errors.push_back({field, "建议当前为“" + std::string(sg::state_title_zh(state)) +
                                         "”，立案后、办结前才能列为重点督办"});
          else if (std::ranges::find(busy, id) != busy.end())
            errors.push_back({field, "该建议已在另一个重点督办事项中"});
          ids.push_back(id);
          rows.push_back(std::move(*row));
        }
        std::string leader_name;
        if (in.leader_user_id) {
          DAIBIAO_TRY(auto leaders, storage::eligible_leaders(c, node.path));
          auto it = std::ranges::find_if(leaders, [&](const storage::LeaderAccount& l) {
            return l.user_id == *in.leader_user_id;
          });
          if (it == leaders.end())
            errors.push_back({"leader_user_id", "应为本级或上级人大的领导账号"});
          else
            leader_name = it->name;
        }
        if (!errors.empty()) return fail_fields(std::move(errors));
        storage::TopicRow t{.org_node_id = node.id,
                            .org_path = node.path,
                            .title = checked.title,
                            .description = checked.description,
                            .decided_on = format_date(checked.decided_on),
                            .meeting = checked.meeting,
                            .leader_user_id = in.leader_user_id,
                            .government_leader = checked.government_leader,
                            .committee = checked.committee};
        DAIBIAO_TRY(t.id, storage::insert_topic(c, t, ids, p.user_id, tx.now()));
        std::string detail = "《" + t.title + "》" + (t.meeting.empty() ? "" : "，" + t.meeting);
        if (!leader_name.empty()) detail += "；督办领导：" + leader_name;
        if (!t.government_leader.empty()) detail += "；领办：" + t.government_leader;
        if (!t.committee.empty()) detail += "；对口督办：" + t.committee;
        if (auto st = add_steps(tx, t.id, sv::TimelineStep::key_designated, detail); !st)
          return std::unexpected(st.error());
        for (const auto& row : rows)
          if (auto st = notify_item_parties(tx, row.id, "key_suggestion",
                                            "《" + row.title + "》列为重点督办", detail);
              !st)
            return std::unexpected(st.error());
        if (in.leader_user_id && *in.leader_user_id != p.user_id)
          if (auto n =
                  storage::insert_notifications(c, {*in.leader_user_id},
                                                {.kind = "key_suggestion",
                                                 .title = "请督办重点督办事项《" + t.title + "》",
                                                 .body = std::to_string(ids.size()) + " 件建议。",
                                                 .created_at = tx.now()},
                                                "");
              !n)
            return std::unexpected(n.error());
        std::string id_list;
        for (auto id : ids) id_list += (id_list.empty() ? "" : ",") + std::to_string(id);
        DAIBIAO_TRY(auto stored, storage::find_topic(c, t.id));
        if (auto st = audit_topic(tx, stored, "supervision.key.create",
                                  {{"title", std::nullopt, t.title},
                                   {"decided_on", std::nullopt, t.decided_on},
                                   {"leader", std::nullopt, leader_name},
                                   {"suggestion_ids", std::nullopt, id_list}});
            !st)
          return std::unexpected(st.error());
        return view_of(c, caller, std::move(stored));
      });
}

Result<TopicView> get_topic(Env& env, const Caller& caller, std::int64_t id) {
  return read<TopicView>(env, [&](Connection& c) -> Result<TopicView> {
    DAIBIAO_TRY(auto t, readable_topic(c, caller, id));
    return view_of(c, caller, std::move(t));
  });
}

Result<ListResult<storage::TopicRow>> list_topics(Env& env, const Caller& caller,
                                                  const storage::ListRequest& req) {
  DAIBIAO_TRY(auto scope, supervision_read_paths(caller.principal, "没有权限查看重点督办"));
  return read<ListResult<storage::TopicRow>>(
      env, [&](Connection& c) { return storage::list_topics(c, req, scope); });
}

Result<TopicView> add_activity(Env& env, const Caller& caller, std::int64_t id,
                               const sv::ActivityInput& in) {
  DAIBIAO_TRY(auto checked, sv::check_activity(in, china_date(env.clock.now_ms())));
  return write<TopicView>(
      env, caller, attempt("supervision.key.activity", "key_topic", id),
      [&](Tx& tx) -> Result<TopicView> {
        auto& c = tx.db();
        DAIBIAO_TRY(auto t, managed_topic(c, caller, id));
        DAIBIAO_TRY(
            auto activity_id,
            storage::insert_activity(c, t.id, checked, caller.principal.display_name, tx.now()));
        if (auto st = add_steps(tx, t.id, sv::TimelineStep::key_activity, activity_text(checked));
            !st)
          return std::unexpected(st.error());
        if (auto st = audit_topic(
                tx, t, "supervision.key.activity",
                {{"activity_id", std::nullopt, std::to_string(activity_id)},
                 {"kind", std::nullopt, std::string(name_of(checked.kind))},
                 {"held_on", std::nullopt, format_date(checked.held_on)},
                 {"questions", std::nullopt, std::to_string(checked.questions.size())}});
            !st)
          return std::unexpected(st.error());
        DAIBIAO_TRY(auto stored, storage::find_topic(c, t.id));
        return view_of(c, caller, std::move(stored));
      });
}

Result<TopicView> conclude_topic(Env& env, const Caller& caller, std::int64_t id,
                                 std::int64_t version, const std::string& conclusion) {
  if (conclusion.empty()) return fail_fields({{"conclusion", "请填写办结情况"}});
  return write<TopicView>(
      env, caller, attempt("supervision.key.conclude", "key_topic", id),
      [&](Tx& tx) -> Result<TopicView> {
        auto& c = tx.db();
        DAIBIAO_TRY(auto t, managed_topic(c, caller, id));
        if (t.version != version)
          return fail(ErrorCode::conflict, "重点督办事项已被他人更新，请刷新后重试");
        if (auto st = storage::conclude_topic(c, t.id, version, conclusion, tx.now()); !st)
          return std::unexpected(st.error());
        if (auto st = add_steps(tx, t.id, sv::TimelineStep::key_concluded,
                                "《" + t.title + "》：" + conclusion);
            !st)
          return std::unexpected(st.error());
        if (auto st = audit_topic(tx, t, "supervision.key.conclude",
                                  {{"status", std::string(name_of(t.status)),
                                    std::string(name_of(sv::TopicStatus::concluded))},
                                   {"conclusion", std::nullopt, conclusion}});
            !st)
          return std::unexpected(st.error());
        DAIBIAO_TRY(auto stored, storage::find_topic(c, t.id));
        return view_of(c, caller, std::move(stored));
      });
}

Result<CandidatesView> key_candidates(Env& env, const Caller& caller,
                                      std::optional<std::int64_t> org_node_id,
                                      std::optional<int> year, std::optional<int> min_deputies) {
  const Date today = china_date(env.clock.now_ms());
  if (auto st = sv::check_year(year); !st) return std::unexpected(st.error());
  if (min_deputies && (*min_deputies < 2 || *min_deputies > 1000))
    return fail_fields({{"min_deputies", "应为 2 至 1000"}});
  return read<CandidatesView>(env, [&](Connection& c) -> Result<CandidatesView> {
    DAIBIAO_TRY(auto node, readable_congress(c, caller.principal, org_node_id));
    CandidatesView v{.org_node_id = node.id,
                     .org_name = node.name,
                     .year = year.value_or(today.year),
                     .min_deputies = min_deputies.value_or(sv::kDefaultCandidateDeputies)};
    DAIBIAO_TRY(
        v.items,
        storage::key_candidates(
            c, {.year = v.year, .path = node.path, .today = today, .whole_tree = !node.parent_id},
            v.min_deputies, kMaxCandidates));
    return v;
  });
}

}  // namespace daibiao::app
