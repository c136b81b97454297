// /api/v1/supervision/key-topics: key suggestions (重点督办). Handlers only parse and shape;
// app/supervision does the work.
#include <boost/json.hpp>

#include "app/supervision/key_topic_service.hpp"
#include "base/text.hpp"
#include "http/handlers/routes.hpp"
#include "http/handlers/supervision/congress_year.hpp"
#include "http/json_io.hpp"

namespace daibiao::http {
namespace {

namespace sv = supervision;
using boost::json::array;
using boost::json::object;
using boost::json::value;

object topic_json(const storage::TopicRow& t) {
  return {{"id", t.id},
          {"org_node_id", t.org_node_id},
          {"org_name", t.org_name},
          {"title", t.title},
          {"description", t.description},
          {"decided_on", t.decided_on},
          {"meeting", t.meeting},
          {"leader_user_id", t.leader_user_id ? value(*t.leader_user_id) : value(nullptr)},
          {"leader_name", t.leader_name},
          {"government_leader", t.government_leader},
          {"committee", t.committee},
          {"status", name_of(t.status)},
          {"conclusion", t.conclusion},
          {"item_count", t.item_count},
          {"version", t.version},
          {"created_at", iso_time(t.created_at)},
          {"updated_at", iso_time(t.updated_at)}};
}

object item_json(const storage::TopicItemRow& i) {
  return {{"suggestion_id", i.suggestion_id},
          {"number", i.number ? value(*i.number) : value(nullptr)},
          {"title", i.title},
          {"state", i.state},
          {"lead_name", i.lead_name},
          {"lead_unit_name", i.lead_unit_name},
          {"next_due_on", i.next_due_on.empty() ? value(nullptr) : value(i.next_due_on)},
          {"deputies", i.deputies}};
}

Result<Response> view(Result<app::TopicView> r, int status = 200) {
  if (!r) return std::unexpected(r.error());
  object o = topic_json(r->topic);
  array items;
  for (const auto& i : r->items) items.push_back(item_json(i));
  array activities;
  for (const auto& a : r->activities) {
    array questions;
    for (const auto& q : a.questions)
      questions.push_back(object{{"question", q.question},
                                 {"asked_by", q.asked_by},
                                 {"answer", q.answer},
                                 {"answered_by", q.answered_by}});
    activities.push_back(object{{"id", a.id},
                                {"kind", name_of(a.kind)},
                                {"held_on", a.held_on},
                                {"place", a.place},
                                {"participants", a.participants},
                                {"summary", a.summary},
                                {"questions", std::move(questions)},
                                {"created_by_name", a.created_by_name},
                                {"created_at", iso_time(a.created_at)}});
  }
  o["items"] = std::move(items);
  o["activities"] = std::move(activities);
  o["can_manage"] = r->can_manage;
  return json_response(o, status);
}

}  // namespace

void add_key_topic_routes(Router& r) {
  r.add("GET", "/api/v1/supervision/key-topics", Access::signed_in,
        [](Context& ctx) -> Result<Response> {
          DAIBIAO_TRY(auto req, list_request(ctx.request));
          DAIBIAO_TRY(auto page, app::list_topics(ctx.env, ctx.caller, req));
          return list_response(page, [](const storage::TopicRow& t) { return topic_json(t); });
        });
  r.add("POST", "/api/v1/supervision/key-topics", Access::signed_in,
        [](Context& ctx) -> Result<Response> {
          DAIBIAO_TRY(auto in, JsonInput::parse(ctx.request.body));
          app::TopicInput t;
          auto node = in.integer("org_node_id", true, 1);
          auto title = in.text("title", false, 100);
          auto description = in.text("description", false, 5000, false);
          auto decided = in.text("decided_on", false, 10);
          auto meeting = in.text("meeting", false, 100);
          auto leader = in.nullable_integer("leader_user_id");
          auto government = in.text("government_leader", false, 100);
          auto committee = in.text("committee", false, 100);
          auto ids = in.ids("suggestion_ids", true, sv::kMaxTopicItems);
          if (auto st = in.finish(); !st) return std::unexpected(st.error());
          t.org_node_id = *node;
          t.topic = {.title = title.value_or(""),
                     .description = description.value_or(""),
                     .decided_on = decided.value_or(""),
                     .meeting = meeting.value_or(""),
                     .government_leader = government.value_or(""),
                     .committee = committee.value_or("")};
          if (leader && *leader) t.leader_user_id = **leader;
          t.suggestion_ids = *ids;
          return view(app::create_topic(ctx.env, ctx.caller, t), 201);
        });
  r.add("GET", "/api/v1/supervision/key-topics/candidates", Access::signed_in,
        [](Context& ctx) -> Result<Response> {
          DAIBIAO_TRY(auto req, list_request(ctx.request));
          std::optional<int> min;
          if (auto it = req.filters.find("min_deputies"); it != req.filters.end()) {
            auto n = parse_int(it->second);
            if (!n) return fail_fields({{"min_deputies", "应为整数"}});
            min = static_cast<int>(std::clamp<std::int64_t>(*n, 0, 100000));
            req.filters.erase(it);
          }
          DAIBIAO_TRY(auto q, congress_year(req.filters));
          DAIBIAO_TRY(auto v, app::key_candidates(ctx.env, ctx.caller, q.org_node_id, q.year, min));
          array items;
          for (const auto& i : v.items) items.push_back(item_json(i));
          return json_response(object{{"org_node_id", v.org_node_id},
                                      {"org_name", v.org_name},
                                      {"year", v.year},
                                      {"min_deputies", v.min_deputies},
                                      {"items", std::move(items)}});
        });
  r.add("GET", "/api/v1/supervision/key-topics/{id}", Access::signed_in,
        [](Context& ctx) -> Result<Response> {
          DAIBIAO_TRY(auto id, path_id(ctx));
          return view(app::get_topic(ctx.env, ctx.caller, id));
        });
  r.add("POST", "/api/v1/supervision/key-topics/{id}/activities", Access::signed_in,
        [](Context& ctx) -> Result<Response> {
          DAIBIAO_TRY(auto id, path_id(ctx));
          DAIBIAO_TRY(auto in, JsonInput::parse(ctx.request.body));
          sv::ActivityInput a;
          auto kind = in.text("kind", false, 20);
          auto held = in.text("held_on", false, 10);
          auto place = in.text("place", false, 100);
          auto participants = in.text("participants", false, 500);
          auto summary = in.text("summary", false, 10000, false);
          if (auto list = in.objects("questions", false, sv::kMaxQuestions)) {
            for (std::size_t i = 0; i < list->size(); ++i) {
              auto q = JsonInput::from_object((*list)[i], "questions[" + std::to_string(i) + "]");
              auto question = q.text("question", false, 2000, false);
              auto asked = q.text("asked_by", false, 50);
              auto answer = q.text("answer", false, 5000, false);
              auto answered = q.text("answered_by", false, 50);
              in.absorb(q);
              a.questions.push_back({question.value_or(""), asked.value_or(""), answer.value_or(""),
                                     answered.value_or("")});
            }
          }
          if (auto st = in.finish(); !st) return std::unexpected(st.error());
          a.kind = kind.value_or("");
          a.held_on = held.value_or("");
          a.place = place.value_or("");
          a.participants = participants.value_or("");
          a.summary = summary.value_or("");
          return view(app::add_activity(ctx.env, ctx.caller, id, a), 201);
        });
  r.add("POST", "/api/v1/supervision/key-topics/{id}/conclude", Access::signed_in,
        [](Context& ctx) -> Result<Response> {
          DAIBIAO_TRY(auto id, path_id(ctx));
          DAIBIAO_TRY(auto in, JsonInput::parse(ctx.request.body));
          auto version = in.integer("version", true, 1);
          auto conclusion = in.text("conclusion", false, 5000, false);
          if (auto st = in.finish(); !st) return std::unexpected(st.error());
          return view(
              app::conclude_topic(ctx.env, ctx.caller, id, *version, conclusion.value_or("")));
        });
}

}  // namespace daibiao::http
