// The workflow pipeline of suggestion handling: create, edit a draft, act, batch-assign. One
// step is: the item as the caller sees it → the request as domain input → the facts →
// decide() → the decision's effects, state and clocks → timeline, notifications and audit,
// all in one transaction.
#include <map>

#include "app/suggestions/suggestion_clocks.hpp"
#include "app/suggestions/suggestion_effects.hpp"
#include "app/suggestions/suggestion_facts.hpp"
#include "app/suggestions/suggestion_input.hpp"
#include "app/suggestions/suggestion_parties.hpp"
#include "app/suggestions/suggestion_service.hpp"
#include "app/suggestions/suggestion_texts.hpp"
#include "base/text.hpp"
#include "storage/idempotency_store.hpp"
#include "storage/suggestions/suggestion_lookups.hpp"

namespace daibiao::app {

namespace sg = suggestions;
using access::Permission;
using sg::Action;
using sg::Actor;
using sg::State;
using storage::Connection;

Result<sg::Rules> load_rules(Connection& c, std::optional<std::int64_t> org_node_id) {
  DAIBIAO_TRY(auto cal, calendar_in_force(c, org_node_id));
  sg::Rules r = sg::default_rules();
  r.calendar = std::move(cal);
  return r;
}

namespace {

// Runs `step` on suggestion `id` as `caller` may see it (with the relations the caller holds),
// in one write transaction audited as `attempted`; then answers the item as it stands.
template <typename Step>
Result<SuggestionView> change_visible(Env& env, const Caller& caller, std::int64_t id,
                                      AuditEntry attempted, Step step) {
  auto st = write_tx(
      env, caller,
      [&](Tx& tx) -> Status {
        std::vector<Actor> held;
        DAIBIAO_TRY(auto rec, load_visible(tx.db(), caller.principal, id, held));
        return step(tx, rec, held);
      },
      std::move(attempted));
  if (!st) return std::unexpected(st.error());
  return get_suggestion(env, caller, id);
}

// Timeline, notifications and audit of one applied decision on `rec`.
Status record_step(Tx& tx, const storage::SuggestionRecord& rec, const sg::Decision& d,
                   const std::string& detail, std::vector<audit::FieldChange> changes) {
  const auto& s = rec.row;
  storage::EventRow e{.at = tx.now(),
                      // The system (a rule applied by a job) is no account: no user id.
                      .user_id = tx.caller().principal.user_id > 0
                                     ? std::optional(tx.caller().principal.user_id)
                                     : std::nullopt,
                      .actor_name = tx.caller().principal.display_name,
                      .relation = std::string(sg::actor_name(d.actor)),
                      .action = std::string(sg::action_name(d.action)),
                      .from_state = std::string(sg::state_name(d.from)),
                      .to_state = std::string(sg::state_name(d.to)),
                      .detail = detail};
  if (auto st = storage::insert_event(tx.db(), s.id, e); !st) return st;
  for (const auto& n : d.notifications)
    if (auto st = notify_relation(tx.db(), rec, n.recipient, std::string(sg::action_name(d.action)),
                                  notification_title(s, d.action), notification_body(s, d.to),
                                  tx.now(), tx.caller().principal.user_id);
        !st)
      return st;
  note_change(changes, "state", std::string(sg::state_name(d.from)),
              std::string(sg::state_name(d.to)));
  // Last: the audit append locks the chain head, which every write of every node waits for
  // until this transaction commits; nothing else should run while it is held.
  return tx.audit({.action = "suggestion." + std::string(sg::action_name(d.action)),
                   .object_type = "suggestion",
                   .object_id = std::to_string(s.id),
                   .org_node_id = s.org_node_id,
                   .role = std::string(sg::actor_name(d.actor)),
                   .changes = std::move(changes)});
}

// The state, clocks and next due date after a decision, saved.
Status settle(Tx& tx, storage::SuggestionRecord& rec, const sg::Decision& d,
              const ClockScope& scope, const sg::Rules& rules, Date today) {
  for (const auto& ch : d.clocks)
    if (auto st = apply_clock(tx.db(), rec, ch, scope); !st) return st;
  rec.row.state = std::string(sg::state_name(d.to));
  if (d.to == State::closed && !rec.row.closed_at) rec.row.closed_at = tx.now();
  if (d.to != State::closed) rec.row.closed_at.reset();
  refresh_next_due(rec, rules, today);
  DAIBIAO_TRY(rec.row.version, storage::save_suggestion(tx.db(), rec.row, tx.now()));
  return {};
}

// The one pipeline of a workflow step inside a transaction. `rec` is loaded and visible.
Status run_step(Tx& tx, storage::SuggestionRecord& rec, const std::vector<Actor>& held,
                Action action, const ActionRequest& req, const sg::Rules& congress_rules) {
  const ItemRules item_rules(congress_rules, rec.row);
  const sg::Rules& rules = item_rules.get();
  if (auto st = check_lengths(req); !st) return st;
  const State state = state_of(rec.row);
  if (req.version != rec.row.version)
    return fail(ErrorCode::conflict, "该建议已被他人更新，请刷新后重试");
  const Actor actor = sg::acting_relation(state, action, held);
  DAIBIAO_TRY(auto in, domain_input(req, rec, action));
  const auto& p = tx.caller().principal;
  auto d = sg::decide(facts_of(rec, actor, p, in, rules), state, action, actor, tx.now(), rules);
  if (!d) return std::unexpected(api_error(d.error()));
  Applying a{tx, rec, req, rules, china_date(tx.now()), actor};
  if (actor == Actor::co_unit_officer)
    if (const auto* u = acting_unit_row(rec, actor, p)) a.acting_unit_id = u->unit_id;
  for (sg::Effect e : d->effects)
    if (auto st = apply_effect(a, e, *d); !st) return st;
  const ClockScope scope{a.acting_unit_id, req.commitment_id};
  if (auto st = settle(tx, rec, *d, scope, rules, a.today); !st) return st;
  if (auto st = record_step(tx, rec, *d, step_detail(*d, req, a.done, rules), a.changes); !st)
    return st;
  // 分办: each new item starts its own clocks of the assignment and records its own step.
  for (auto& child : a.split_children) {
    if (auto st = settle(tx, child, *d, scope, rules, a.today); !st) return st;
    if (auto st =
            record_step(tx, child, *d, split_detail(rec.row.id, child.row.lead_unit_name), {});
        !st)
      return st;
  }
  return {};
}

}  // namespace

Result<SuggestionView> create_suggestion(Env& env, const Caller& caller, const DraftInput& in) {
  const bool on_behalf = in.lead_person_id.has_value();
  const Action action = on_behalf ? Action::enter_on_behalf : Action::create;
  bool replayed = false;
  auto id = write<std::int64_t>(
      env, caller, attempt("suggestion." + std::string(sg::action_name(action)), "suggestion"),
      [&](Tx& tx) -> Result<std::int64_t> {
        const auto& p = caller.principal;
        if (!in.idempotency_key.empty()) {
          DAIBIAO_TRY(auto earlier,
                      storage::find_idempotent(tx.db(), p.user_id, in.idempotency_key));
          if (earlier) {
            replayed = true;
            return *earlier;
          }
        }
        if (!p.can_somewhere(on_behalf ? Permission::suggestion_manage
                                       : Permission::suggestion_draft))
          return fail(ErrorCode::permission_denied, "没有权限执行此操作");
        std::vector<FieldError> errors;
        if (in.title.empty()) errors.push_back({"title", "请填写标题"});
        if (utf8_length(in.title) > kTitleMax) errors.push_back({"title", "标题不能超过 100 个字"});
        if (in.body.empty()) errors.push_back({"body", "请填写建议内容"});
        if (utf8_length(in.body) > kBodyMax) errors.push_back({"body", "内容不能超过 20000 个字"});
        DAIBIAO_TRY(auto session, storage::find_session_place(tx.db(), in.session_id));
        // The calendar of the suggestion's congress (the session's).
        auto rules =
            load_rules(tx.db(), session ? std::optional((session)->org_node_id) : std::nullopt);
        if (!rules) return std::unexpected(rules.error());
        if (!in.category.empty() && !rules->is_category(in.category))
          errors.push_back({"category", "请从列表中选择类别"});
        if (!session) errors.push_back({"session_id", "会议不存在"});
        const auto raised_in = in.raised_in.empty() ? std::optional(sg::RaisedIn::session)
                                                    : parse<sg::RaisedIn>(in.raised_in);
        if (!raised_in) errors.push_back({"raised_in", kRaisedInChoice});
        if (!errors.empty()) return fail_fields(std::move(errors), "请检查标出的内容");
        const auto& place = *session;
        const std::int64_t term_id = place.term_id;
        const std::string path = place.org_path;
        std::int64_t lead_person = 0;
        if (on_behalf) {
          if (auto st = authorize(p, Permission::suggestion_manage, path); !st)
            return std::unexpected(st.error());
          lead_person = *in.lead_person_id;
        } else {
          if (!p.person_id)
            return fail(ErrorCode::permission_denied, "账号未关联代表，不能提出建议");
          lead_person = *p.person_id;
        }
        auto person = storage::find_serving_deputy(tx.db(), lead_person, term_id);
        if (!person) {
          if (person.error().code != ErrorCode::not_found) return std::unexpected(person.error());
          return fail_fields({{on_behalf ? "lead_person_id" : "session_id",
                               on_behalf ? "该代表不是本届在任代表"
                                         : "您不是该届在任代表，不能在该次会议提出建议"}});
        }
        // 初审: the congress where the deputy is registered when it lies under this one
        // (a township congress for county deputies), else this congress itself.
        DAIBIAO_TRY(auto reg, storage::person_home(tx.db(), lead_person));
        const bool below = access::path_within(reg.path, path);
        storage::SuggestionRow s{.org_node_id = place.org_node_id,
                                 .org_path = path,
                                 .review_org_id = below ? reg.id : place.org_node_id,
                                 .review_path = below ? reg.path : path,
                                 .session_id = in.session_id,
                                 .term_id = term_id,
                                 .title = in.title,
                                 .body = in.body,
                                 .category = in.category,
                                 .is_public = in.is_public,
                                 .urgent = in.urgent,
                                 .raised_in = *raised_in,
                                 .lead_person_id = lead_person,
                                 .lead_name = person->name};
        const Actor actor = on_behalf ? Actor::liaison_staff : Actor::lead_deputy;
        sg::SuggestionFacts facts;
        DAIBIAO_TRY(auto d, sg::decide(facts, State::none, action, actor, tx.now(), *rules));
        s.state = std::string(sg::state_name(d.to));
        if (on_behalf) {
          s.entered_by = p.user_id;
          s.submitted_at = tx.now();
        }
        DAIBIAO_TRY(auto id, storage::insert_suggestion(tx.db(), s, tx.now()));
        DAIBIAO_TRY(auto rec, storage::load_suggestion(tx.db(), id));
        if (!in.idempotency_key.empty())
          if (auto st =
                  storage::record_idempotent(tx.db(), p.user_id, in.idempotency_key, id, tx.now());
              !st)
            return std::unexpected(st.error());
        if (auto st = record_step(tx, rec, d, created_detail(on_behalf), {}); !st)
          return std::unexpected(st.error());
        return id;
      });
  if (!id) return std::unexpected(id.error());
  auto view = get_suggestion(env, caller, *id);
  if (view) view->replayed = replayed;
  return view;
}

Result<SuggestionView> update_draft(Env& env, const Caller& caller, std::int64_t id,
                                    const DraftPatch& patch) {
  return change_visible(
      env, caller, id, attempt("suggestion.edit", "suggestion", id),
      [&](Tx& tx, storage::SuggestionRecord& rec, const std::vector<Actor>& held) -> Status {
        // Who may edit, and when, is a row of the table (修改内容).
        static const sg::Rules kRules = sg::default_rules();  // edit has no guards on dates
        const State state = state_of(rec.row);
        const Actor actor = sg::acting_relation(state, Action::edit, held);
        if (auto d = sg::decide({}, state, Action::edit, actor, tx.now(), kRules); !d)
          return std::unexpected(d.error());
        if (patch.version != rec.row.version)
          return fail(ErrorCode::conflict, "该建议已被他人更新，请刷新后重试");
        auto& s = rec.row;
        std::vector<audit::FieldChange> changes;
        std::vector<FieldError> errors;
        if (patch.title) {
          if (patch.title->empty() || utf8_length(*patch.title) > kTitleMax)
            errors.push_back({"title", "标题必填，且不能超过 100 个字"});
          note_change(changes, "title", s.title, *patch.title);
          s.title = *patch.title;
        }
        if (patch.body) {
          if (patch.body->empty() || utf8_length(*patch.body) > kBodyMax)
            errors.push_back({"body", "内容必填，且不能超过 20000 个字"});
          note_change(changes, "body", std::to_string(utf8_length(s.body)) + "字",
                      std::to_string(utf8_length(*patch.body)) + "字");
          s.body = *patch.body;
        }
        if (patch.category) {
          auto rules = load_rules(tx.db());
          if (!rules) return std::unexpected(rules.error());
          if (!patch.category->empty() && !rules->is_category(*patch.category))
            errors.push_back({"category", "请从列表中选择类别"});
          note_change(changes, "category", s.category, *patch.category);
          s.category = *patch.category;
        }
        if (patch.is_public) {
          note_change(changes, "is_public", s.is_public ? "1" : "0", *patch.is_public ? "1" : "0");
          s.is_public = *patch.is_public;
        }
        if (patch.urgent) {
          note_change(changes, "urgent", s.urgent ? "1" : "0", *patch.urgent ? "1" : "0");
          s.urgent = *patch.urgent;
        }
        if (patch.raised_in) {
          if (auto r = parse<sg::RaisedIn>(*patch.raised_in)) {
            note_change(changes, "raised_in", std::string(name_of(s.raised_in)), *patch.raised_in);
            s.raised_in = *r;
          } else {
            errors.push_back({"raised_in", kRaisedInChoice});
          }
        }
        if (!errors.empty()) return fail_fields(std::move(errors), "请检查标出的内容");
        auto v = storage::save_suggestion(tx.db(), s, tx.now());
        if (!v) return std::unexpected(v.error());
        return tx.audit({.action = "suggestion.edit",
                         .object_type = "suggestion",
                         .object_id = std::to_string(id),
                         .org_node_id = s.org_node_id,
                         .role = "lead_deputy",
                         .changes = changes});
      });
}

Result<SuggestionView> act(Env& env, const Caller& caller, std::int64_t id, Action action,
                           const ActionRequest& req) {
  return change_visible(
      env, caller, id,
      attempt("suggestion." + std::string(sg::action_name(action)), "suggestion", id),
      [&](Tx& tx, storage::SuggestionRecord& rec, const std::vector<Actor>& held) -> Status {
        DAIBIAO_TRY(auto rules, load_rules(tx.db(), rec.row.org_node_id));
        return run_step(tx, rec, held, action, req, rules);
      });
}

Result<int> batch_assign(Env& env, const Caller& caller, const std::vector<BatchItem>& items,
                         const ActionRequest& assignment) {
  if (items.empty()) return fail_fields({{"items", "请选择要交办的建议"}});
  if (items.size() > 200) return fail_fields({{"items", "一次最多交办 200 件"}});
  return write<int>(env, caller, attempt("suggestion.assign", "suggestion"),
                    [&](Tx& tx) -> Result<int> {
                      std::map<std::int64_t, sg::Rules> rules;  // by congress
                      auto rules_of = [&](std::int64_t node) -> Result<const sg::Rules*> {
                        if (auto it = rules.find(node); it != rules.end()) return &it->second;
                        DAIBIAO_TRY(auto loaded, load_rules(tx.db(), node));
                        return &rules.emplace(node, std::move(loaded)).first->second;
                      };
                      for (std::size_t i = 0; i < items.size(); ++i) {
                        std::vector<Actor> held;
                        auto rec = load_visible(tx.db(), caller.principal, items[i].id, held);
                        ActionRequest req = assignment;
                        req.version = items[i].version;
                        Status st;
                        if (!rec) {
                          st = std::unexpected(rec.error());
                        } else if (auto r = rules_of(rec->row.org_node_id); !r) {
                          st = std::unexpected(r.error());
                        } else {
                          st = run_step(tx, *rec, held, Action::assign, req, **r);
                        }
                        if (!st) {
                          Error e = st.error();
                          e.message = "第 " + std::to_string(i + 1) + " 件（编号 " +
                                      std::to_string(items[i].id) + "）：" + e.message;
                          return std::unexpected(std::move(e));
                        }
                      }
                      return static_cast<int>(items.size());
                    });
}

Result<int> close_lapsed_evaluations(Env& env) {
  const Date today = china_date(env.clock.now_ms());
  std::vector<std::int64_t> ids;
  auto found = env.db.read([&](Connection& c) -> Status {
    // Evaluation windows that ended before today and still run.
    DAIBIAO_TRY(auto due, storage::running_clocks_due_by(c, format_date(add_days(today, -1))));
    for (const auto& k : due)
      if (k.kind == sg::clock_kind_name(sg::ClockKind::evaluation) &&
          (ids.empty() || ids.back() != k.suggestion_id))
        ids.push_back(k.suggestion_id);
    return {};
  });
  if (!found) return std::unexpected(found.error());
  Caller system;
  system.principal.username = "system";
  system.principal.display_name = "系统";
  system.request_id = "evaluation-lapse";
  int moved = 0;
  for (const std::int64_t id : ids) {
    bool applied = false;
    auto st = write_tx(
        env, system,
        [&](Tx& tx) -> Status {
          DAIBIAO_TRY(auto rec, storage::load_suggestion(tx.db(), id));
          if (state_of(rec.row) != State::answered) return {};  // moved on meanwhile
          DAIBIAO_TRY(auto rules, load_rules(tx.db(), rec.row.org_node_id));
          ActionRequest req;
          req.version = rec.row.version;
          req.reason = "代表在评价期限内未反馈";
          // The committee's step, taken by rule: the system acts as liaison staff.
          auto step = run_step(tx, rec, {Actor::liaison_staff}, Action::close, req, rules);
          if (!step) {
            // Not lapsed after all (the window counts on this congress's calendar): leave it.
            if (step.error().code == ErrorCode::failed_precondition) return {};
            return step;
          }
          applied = true;
          return {};
        },
        attempt("suggestion.close", "suggestion", id));
    if (!st) return std::unexpected(st.error());
    if (applied) ++moved;
  }
  return moved;
}

Result<bool> order_rehandling(Tx& tx, std::int64_t id, const std::string& reason) {
  DAIBIAO_TRY(auto rec, storage::load_suggestion(tx.db(), id));
  DAIBIAO_TRY(auto rules, load_rules(tx.db(), rec.row.org_node_id));
  ActionRequest req;
  req.version = rec.row.version;
  req.reason = reason;
  auto step = run_step(tx, rec, {Actor::liaison_staff}, Action::supervise_rehandling, req, rules);
  if (!step) {
    if (step.error().code == ErrorCode::failed_precondition) return false;
    return std::unexpected(step.error());
  }
  return true;
}

Status notify_item_parties(Tx& tx, std::int64_t id, const std::string& kind,
                           const std::string& title, const std::string& body) {
  DAIBIAO_TRY(auto rec, storage::load_suggestion(tx.db(), id));
  for (Actor who : {Actor::lead_unit_officer, Actor::lead_deputy})
    if (auto st = notify_relation(tx.db(), rec, who, kind, title, body, tx.now(),
                                  tx.caller().principal.user_id);
        !st)
      return st;
  return {};
}

Status add_item_step(Tx& tx, const storage::SuggestionRow& rec, Actor relation,
                     std::string_view action, const std::string& detail) {
  const auto& p = tx.caller().principal;
  return storage::insert_event(tx.db(), rec.id,
                               {.at = tx.now(),
                                .user_id = p.user_id,
                                .actor_name = p.display_name,
                                .relation = std::string(name_of(relation)),
                                .action = std::string(action),
                                .from_state = rec.state,
                                .to_state = rec.state,
                                .detail = detail});
}

}  // namespace daibiao::app
