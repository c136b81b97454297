// The workflow pipeline of suggestion handling: create, edit a draft, act, batch-assign, read.
#include "app/suggestions/suggestion_service.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "app/suggestions/suggestion_parties.hpp"
#include "base/text.hpp"
#include "storage/idempotency_store.hpp"
#include "storage/suggestions/suggestion_lookups.hpp"

namespace daibiao::app {

namespace sg = suggestions;
using access::Permission;
using sg::Action;
using sg::Actor;
using sg::ClockKind;
using sg::State;
using storage::Connection;

Result<sg::Rules> load_rules(Connection& c, std::optional<std::int64_t> org_node_id) {
  auto cal = calendar_in_force(c, org_node_id);
  if (!cal) return std::unexpected(cal.error());
  sg::Rules r = sg::default_rules();
  r.calendar = std::move(*cal);
  return r;
}

namespace {

constexpr std::size_t kTitleMax = 100;
constexpr std::size_t kBodyMax = 20000;
constexpr std::size_t kReasonMax = 2000;

State state_of(const storage::SuggestionRow& s) {
  return sg::parse_state(s.state).value_or(State::none);
}

std::optional<Date> opt_date(const std::string& s) {
  if (s.empty()) return std::nullopt;
  return parse_date(s);
}

// ---- Loading --------------------------------------------------------------------------

const storage::UnitRow* acting_unit_row(const storage::SuggestionRecord& rec, Actor actor,
                                        const access::Principal& p) {
  for (const auto* u : active_units(rec)) {
    if (actor == Actor::lead_unit_officer || actor == Actor::unit_head) {
      if (u->role == "lead") return u;
    } else if (actor == Actor::co_unit_officer) {
      if (u->role == "co" && p.unit_id && *p.unit_id == u->unit_id) return u;
    }
  }
  return nullptr;
}

const storage::AnswerRow* current_answer(const storage::SuggestionRecord& rec) {
  for (auto it = rec.answers.rbegin(); it != rec.answers.rend(); ++it)
    if (it->status != "void") return &*it;
  return nullptr;
}

int open_commitments(const storage::SuggestionRecord& rec) {
  const auto* a = current_answer(rec);
  if (!a) return 0;
  return static_cast<int>(
      std::count_if(rec.commitments.begin(), rec.commitments.end(),
                    [&](const auto& c) { return c.answer_id == a->id && c.status == "open"; }));
}

const storage::CommitmentRow* find_commitment(const storage::SuggestionRecord& rec,
                                              std::optional<std::int64_t> id) {
  if (!id) return nullptr;
  for (const auto& c : rec.commitments)
    if (c.id == *id) return &c;
  return nullptr;
}

// The domain's view of the item for `actor`, with the request's own data.
sg::SuggestionFacts facts_of(const storage::SuggestionRecord& rec, Actor actor,
                             const access::Principal& p, const sg::ActionInput& in,
                             const sg::Rules& rules) {
  const auto& s = rec.row;
  sg::SuggestionFacts f;
  for (const auto& c : rec.cosigners) {
    if (c.status == "invited") ++f.cosigners_pending;
    if (p.person_id && c.person_id == *p.person_id && c.status == "invited")
      f.actor_invitation_pending = true;
  }
  if (const auto* answer = current_answer(rec); answer && p.person_id)
    f.actor_rated = std::any_of(rec.evaluations.begin(), rec.evaluations.end(), [&](const auto& e) {
      return e.kind == "evaluation" && e.person_id == *p.person_id && e.answer_id == answer->id;
    });
  f.classified = s.star_level.has_value();
  if (const auto* u = acting_unit_row(rec, actor, p)) {
    f.acting_unit.signed_on = opt_date(u->signed_on);
    f.acting_unit.opinion_sent = u->opinion_at.has_value();
    f.acting_unit.reassignment_pending = u->reassignment_pending;
  }
  for (const auto* u : active_units(rec)) {
    if (u->role == "lead") {
      f.lead_unit_signed_on = opt_date(u->signed_on);
      continue;
    }
    if (u->reassignment_pending) f.co_unit_reassignment_pending = true;
    if (u->opinion_at) continue;
    ++f.co_opinions_pending;
    // A co-unit that has not signed counts from its assignment, so it cannot hold the
    // answer back for ever.
    const Date from =
        opt_date(u->signed_on).value_or(china_date(static_cast<TimeMs>(u->assigned_at)));
    if (auto due = sg::due_date(ClockKind::co_opinion, from, rules))
      if (!f.co_opinions_due || *due > *f.co_opinions_due) f.co_opinions_due = *due;
  }
  if (s.lead_unit_id)
    f.contact_logged = std::any_of(rec.contacts.begin(), rec.contacts.end(), [&](const auto& c) {
      return c.unit_id == *s.lead_unit_id && c.round == s.round;
    });
  f.extension_requested = s.extension_requested;
  f.answer_due_extended_to = opt_date(s.extended_to);
  f.in_rehandling = s.in_rehandling;
  f.rehandling_started_on = opt_date(s.rehandling_started_on);
  f.dissatisfied_rounds = static_cast<int>(s.dissatisfied_rounds);
  f.answered_on = opt_date(s.answered_on);
  f.open_commitments = open_commitments(rec);
  f.input = in;
  return f;
}

// ---- Request → domain input -----------------------------------------------------------

void require_date(std::vector<FieldError>& errors, const std::string& field,
                  const std::string& value, std::optional<Date>& out) {
  if (value.empty()) return;
  out = parse_date(value);
  if (!out) errors.push_back({field, "日期格式应为 YYYY-MM-DD"});
}

Result<sg::ActionInput> domain_input(const ActionRequest& r, const storage::SuggestionRecord& rec,
                                     Action action) {
  std::vector<FieldError> errors;
  sg::ActionInput in;
  in.reason = r.reason;
  in.reason_code = r.reason_code;
  in.note = r.note;
  in.invitees = static_cast<int>(r.person_ids.size());
  in.star_level = r.star_level ? std::optional<int>(static_cast<int>(*r.star_level)) : std::nullopt;
  in.category = r.category;
  in.merge_with = static_cast<int>(r.merge_with.size());
  if (!r.mode.empty()) {
    if (r.mode == "joint")
      in.mode = sg::AssignMode::joint;
    else if (r.mode == "split")
      in.mode = sg::AssignMode::split;
    else
      errors.push_back({"mode", "交办方式应为 joint（主办+协办）或 split（分办）"});
  } else if (action == Action::assign || (action == Action::approve_reassignment &&
                                          state_of(rec.row) == State::reassignment_requested)) {
    in.mode = r.unit_ids.empty() ? sg::AssignMode::joint : sg::AssignMode::split;
  }
  in.lead_units = r.lead_unit_id ? 1 : 0;
  in.co_units = static_cast<int>(r.co_unit_ids.size());
  in.split_units = static_cast<int>(r.unit_ids.size());
  if (!r.method.empty()) {
    static const std::pair<const char*, sg::ContactMethod> kMethods[] = {
        {"phone", sg::ContactMethod::phone},
        {"visit", sg::ContactMethod::visit},
        {"meeting", sg::ContactMethod::meeting},
        {"other", sg::ContactMethod::other}};
    for (const auto& [name, m] : kMethods)
      if (r.method == name) in.contact_method = m;
    if (!in.contact_method) errors.push_back({"method", "沟通方式应为电话、走访、座谈见面或其他"});
  }
  in.answer_class = r.answer_class;
  for (std::size_t i = 0; i < r.commitments.size(); ++i) {
    std::optional<Date> due;
    require_date(errors, "commitments[" + std::to_string(i) + "].due_on", r.commitments[i].due_on,
                 due);
    in.commitments.push_back({r.commitments[i].what, due});
  }
  if (!r.rating.empty()) {
    if (r.rating == "satisfied")
      in.rating = sg::Rating::satisfied;
    else if (r.rating == "basically_satisfied")
      in.rating = sg::Rating::basically_satisfied;
    else if (r.rating == "dissatisfied")
      in.rating = sg::Rating::dissatisfied;
    else
      errors.push_back({"rating", "评价应为满意、基本满意或不满意"});
  }
  require_date(errors, "until", r.until, in.extension_until);
  if (action == Action::approve_extension && !in.extension_until)
    in.extension_until = opt_date(rec.row.extension_until);
  in.commitment_done = r.done;
  if (!r.result.empty()) {
    if (r.result == "done")
      in.look_back = sg::LookBack::done;
    else if (r.result == "partly_done")
      in.look_back = sg::LookBack::partly_done;
    else if (r.result == "not_done")
      in.look_back = sg::LookBack::not_done;
    else
      errors.push_back({"result", "回头看结果应为已落实、部分落实或未落实"});
  }
  if (action == Action::report_progress || action == Action::look_back) {
    const auto* c = find_commitment(rec, r.commitment_id);
    const auto* answer = current_answer(rec);
    if (!c || !answer || c->answer_id != answer->id)
      errors.push_back({"commitment_id", "请选择本件答复中的一项承诺"});
    else {
      in.look_back_due = parse_date(c->due_on);
      in.look_back_commitment_open = c->status == "open";
      if (action == Action::report_progress && c->status != "open")
        errors.push_back({"commitment_id", "该承诺已落实"});
      if (action == Action::report_progress) in.commitment_done = r.done;
    }
  }
  if (!errors.empty()) return fail_fields(std::move(errors), "请检查标出的内容");
  return in;
}

// ---- Applying a decision --------------------------------------------------------------

struct Applying {
  Tx& tx;
  storage::SuggestionRecord& rec;
  const Caller& caller;
  const ActionRequest& req;
  const sg::Rules& rules;
  Date today;
  Actor actor;
  std::string detail;  // for the timeline
  std::vector<audit::FieldChange> changes;
  std::optional<std::int64_t> acting_unit_id;             // the unit whose own clocks are meant
  std::vector<storage::SuggestionRecord> split_children;  // 分办: created items
};

std::string today_text(const Applying& a) { return format_date(a.today); }

Result<std::string> unit_name(Connection& c, std::int64_t unit_id, const std::string& path) {
  auto unit = storage::find_handling_unit(c, unit_id);
  if (!unit) return std::unexpected(unit.error());
  // A unit of this congress's level or below (or of an ancestor: provincial departments
  // answer county suggestions passed up) — anything inside the tree the congress sees.
  if (!unit->active ||
      !(access::path_within(unit->org_path, path) || access::path_within(path, unit->org_path)))
    return fail(ErrorCode::not_found, "承办单位不存在或已停用");
  return unit->name;
}

// The units of an assignment (lead + co, or split), checked; unit rows to insert.
Result<std::vector<storage::UnitRow>> assignment_units(Applying& a) {
  std::vector<storage::UnitRow> out;
  std::vector<FieldError> errors;
  std::set<std::int64_t> seen;
  auto add = [&](std::int64_t id, const char* role, const std::string& field) -> Status {
    if (!seen.insert(id).second) {
      errors.push_back({field, "同一单位不能重复交办"});
      return {};
    }
    auto name = unit_name(a.tx.db(), id, a.rec.row.org_path);
    if (!name) {
      if (name.error().code != ErrorCode::not_found) return std::unexpected(name.error());
      errors.push_back({field, name.error().message});
      return {};
    }
    out.push_back({.unit_id = id, .name = *name, .role = role, .assigned_at = a.tx.now()});
    return {};
  };
  if (!a.req.unit_ids.empty()) {
    for (std::size_t i = 0; i < a.req.unit_ids.size(); ++i)
      if (auto st = add(a.req.unit_ids[i], "lead", "unit_ids[" + std::to_string(i) + "]"); !st)
        return std::unexpected(st.error());
  } else {
    if (a.req.lead_unit_id)
      if (auto st = add(*a.req.lead_unit_id, "lead", "lead_unit_id"); !st)
        return std::unexpected(st.error());
    for (std::size_t i = 0; i < a.req.co_unit_ids.size(); ++i)
      if (auto st = add(a.req.co_unit_ids[i], "co", "co_unit_ids[" + std::to_string(i) + "]"); !st)
        return std::unexpected(st.error());
  }
  if (!errors.empty()) return fail_fields(std::move(errors), "请检查承办单位");
  return out;
}

std::string units_text(const std::vector<storage::UnitRow>& units) {
  std::string lead, co;
  for (const auto& u : units)
    (u.role == "lead" ? lead : co) +=
        (u.role == "lead" ? (lead.empty() ? "" : "、") : (co.empty() ? "" : "、")) + u.name;
  return "主办：" + lead + (co.empty() ? "" : "；协办：" + co);
}

Status insert_units(Applying& a, storage::SuggestionRecord& rec,
                    const std::vector<storage::UnitRow>& units) {
  for (const auto& u : units) {
    auto id = storage::insert_unit(a.tx.db(), rec.row.id, u);
    if (!id) return std::unexpected(id.error());
    storage::UnitRow row = u;
    row.id = *id;
    rec.units.push_back(row);
    if (u.role == "lead") {
      rec.row.lead_unit_id = u.unit_id;
      rec.row.lead_unit_name = u.name;
    }
  }
  return {};
}

// Who a clock belongs to: party name and unit.
std::pair<std::string, std::optional<std::int64_t>> clock_owner(const Applying& a,
                                                                std::optional<Actor> party) {
  if (!party) return {"", std::nullopt};
  if (*party == Actor::lead_deputy) return {"deputy", std::nullopt};
  if (*party == Actor::co_unit_officer) return {"co_unit", a.acting_unit_id};
  return {"lead_unit", a.rec.row.lead_unit_id};
}

bool clock_matches(const storage::ClockRow& k, const sg::ClockChange& ch, const Applying& a) {
  if (k.kind != sg::clock_kind_name(ch.kind)) return false;
  if (ch.party) {
    auto [party, unit] = clock_owner(a, ch.party);
    if (k.party != party) return false;
    if (party == "co_unit" && unit && k.unit_id != unit) return false;
  }
  // A commitment the request names (progress, look-back): only its own clock; a change
  // for everyone's clocks (party unset) still reaches every commitment.
  if (ch.kind == ClockKind::commitment && ch.party && a.req.commitment_id && k.commitment_id)
    return *k.commitment_id == *a.req.commitment_id;
  return true;
}

Status apply_clock(Applying& a, const sg::ClockChange& ch) {
  auto& clocks = a.rec.clocks;
  const std::string on = format_date(ch.on);
  switch (ch.op) {
    case sg::ClockOp::start: {
      auto [party, unit] = clock_owner(a, ch.party);
      std::vector<storage::ClockRow> rows;
      if (ch.kind == ClockKind::commitment) {
        const auto* answer = current_answer(a.rec);
        for (const auto& c : a.rec.commitments)
          if (answer && c.answer_id == answer->id && c.status == "open")
            rows.push_back({.kind = "commitment",
                            .party = party,
                            .unit_id = unit,
                            .commitment_id = c.id,
                            .started_on = on,
                            .due_on = c.due_on});
      } else if (ch.due) {
        rows.push_back({.kind = std::string(sg::clock_kind_name(ch.kind)),
                        .party = party,
                        .unit_id = unit,
                        .started_on = on,
                        .due_on = format_date(*ch.due)});
      }
      for (auto& r : rows) {
        auto id = storage::insert_clock(a.tx.db(), a.rec.row.id, r);
        if (!id) return std::unexpected(id.error());
        r.id = *id;
        clocks.push_back(r);
      }
      return {};
    }
    case sg::ClockOp::stop:
      for (auto& k : clocks)
        if (k.stopped_on.empty() && clock_matches(k, ch, a)) {
          k.stopped_on = on;
          if (auto st = storage::save_clock(a.tx.db(), k); !st) return st;
        }
      return {};
    case sg::ClockOp::resume: {
      // The last stopped clock of that kind runs again with its old due date.
      for (auto it = clocks.rbegin(); it != clocks.rend(); ++it)
        if (!it->stopped_on.empty() && clock_matches(*it, ch, a)) {
          it->stopped_on.clear();
          return storage::save_clock(a.tx.db(), *it);
        }
      return {};
    }
    case sg::ClockOp::extend:
      for (auto& k : clocks)
        if (k.stopped_on.empty() && clock_matches(k, ch, a) && ch.due) {
          k.due_on = format_date(*ch.due);
          if (auto st = storage::save_clock(a.tx.db(), k); !st) return st;
        }
      return {};
  }
  return {};
}

// next_due_on: the earliest running obligation (what the board filters on).
void refresh_next_due(storage::SuggestionRecord& rec, const sg::Rules& rules, Date today) {
  std::vector<sg::ItemClock> running;
  for (const auto& k : rec.clocks) {
    sg::ItemClock c;
    bool known = false;
    for (auto kind : sg::all_clock_kinds())
      if (sg::clock_kind_name(kind) == k.kind) {
        c.kind = kind;
        known = true;
      }
    auto started = parse_date(k.started_on);
    auto due = parse_date(k.due_on);
    if (!known || !started || !due) continue;
    c.started_on = *started;
    c.due_on = *due;
    c.stopped_on = opt_date(k.stopped_on);
    running.push_back(c);
  }
  const auto flags = sg::item_flags(running, today, rules);
  rec.row.next_due_on = flags.next_due ? format_date(*flags.next_due) : "";
  rec.row.next_due_kind = flags.next_kind ? std::string(sg::clock_kind_name(*flags.next_kind)) : "";
}

Status invite(Applying& a) {
  std::vector<FieldError> errors;
  std::string names;
  for (std::size_t i = 0; i < a.req.person_ids.size(); ++i) {
    const auto pid = a.req.person_ids[i];
    const std::string field = "person_ids[" + std::to_string(i) + "]";
    if (pid == a.rec.row.lead_person_id) {
      errors.push_back({field, "领衔代表不能邀请自己联名"});
      continue;
    }
    if (std::any_of(a.rec.cosigners.begin(), a.rec.cosigners.end(),
                    [&](const auto& c) { return c.person_id == pid && c.status != "declined"; })) {
      errors.push_back({field, "已邀请过该代表"});
      continue;
    }
    auto p = storage::find_serving_deputy(a.tx.db(), pid, a.rec.row.term_id);
    if (!p) {
      if (p.error().code != ErrorCode::not_found) return std::unexpected(p.error());
      errors.push_back({field, "该代表不是本届在任代表"});
      continue;
    }
    storage::CosignerRow row{pid, p->name, "invited", a.tx.now(), std::nullopt};
    if (auto st = storage::upsert_cosigner(a.tx.db(), a.rec.row.id, row); !st) return st;
    std::erase_if(a.rec.cosigners, [&](const auto& c) { return c.person_id == pid; });
    a.rec.cosigners.push_back(row);
    names += (names.empty() ? "" : "、") + p->name;
  }
  if (!errors.empty()) return fail_fields(std::move(errors), "请检查邀请的联名代表");
  a.detail = "邀请联名：" + names;
  return {};
}

Status respond_cosign(Applying& a, bool confirm) {
  for (auto& c : a.rec.cosigners)
    if (a.caller.principal.person_id && c.person_id == *a.caller.principal.person_id) {
      c.status = confirm ? "confirmed" : "declined";
      c.responded_at = a.tx.now();
      return storage::upsert_cosigner(a.tx.db(), a.rec.row.id, c);
    }
  return {};
}

Status merge(Applying& a) {
  std::vector<std::int64_t> ids{a.rec.row.id};
  std::vector<FieldError> errors;
  std::int64_t group = a.rec.row.merge_group.value_or(a.rec.row.id);
  for (std::size_t i = 0; i < a.req.merge_with.size(); ++i) {
    auto other = storage::find_suggestion(a.tx.db(), a.req.merge_with[i]);
    const std::string field = "merge_with[" + std::to_string(i) + "]";
    if (!other || other->id == a.rec.row.id || other->org_node_id != a.rec.row.org_node_id ||
        other->state == "draft" || other->state == "cosigning" || other->state == "withdrawn" ||
        other->state == "not_accepted") {
      if (!other && other.error().code != ErrorCode::not_found)
        return std::unexpected(other.error());
      errors.push_back({field, "只能与本级已提交的其他建议并案"});
      continue;
    }
    if (other->merge_group) group = std::min(group, *other->merge_group);
    ids.push_back(other->id);
    a.detail += (a.detail.empty() ? "并案：" : "、") + other->title;
  }
  if (!errors.empty()) return fail_fields(std::move(errors), "请检查并案的建议");
  a.rec.row.merge_group = group;
  return storage::set_merge_group(a.tx.db(), ids, group);
}

// 分办: the first unit keeps this item; each other unit gets an item of its own.
Status split(Applying& a, std::vector<storage::UnitRow> units) {
  std::vector<storage::UnitRow> first{units.front()};
  if (auto st = insert_units(a, a.rec, first); !st) return st;
  for (std::size_t i = 1; i < units.size(); ++i) {
    storage::SuggestionRecord child;
    child.row = a.rec.row;
    child.row.parent_id = a.rec.row.id;
    child.row.lead_unit_id.reset();
    child.row.version = 1;
    child.units.clear();
    child.clocks.clear();
    auto id = storage::insert_suggestion(a.tx.db(), child.row, a.tx.now());
    if (!id) return std::unexpected(id.error());
    child.row.id = *id;
    child.cosigners = a.rec.cosigners;
    for (const auto& c : child.cosigners)
      if (auto st = storage::upsert_cosigner(a.tx.db(), *id, c); !st) return st;
    units[i].role = "lead";
    if (auto st = insert_units(a, child, {units[i]}); !st) return st;
    a.split_children.push_back(std::move(child));
  }
  return {};
}

Status approve_reassignment(Applying& a, State from) {
  if (from == State::reassignment_requested) {
    // 改办: the committee's new units replace the old ones.
    auto units = assignment_units(a);
    if (!units) return std::unexpected(units.error());
    if (units->empty()) return fail_fields({{"lead_unit_id", "请选择新的承办单位"}});
    for (auto& u : a.rec.units)
      if (!u.released) {
        u.released = true;
        u.reassignment_pending = false;
        if (auto st = storage::save_unit(a.tx.db(), u); !st) return st;
      }
    a.rec.row.lead_unit_id.reset();
    a.rec.row.lead_unit_name.clear();
    if (auto st = insert_units(a, a.rec, *units); !st) return st;
    a.detail = "同意改办，重新交办（" + units_text(*units) + "）";
    return {};
  }
  // A co-unit leaves the item.
  for (auto& u : a.rec.units)
    if (!u.released && u.role == "co" && u.reassignment_pending &&
        (!a.req.unit_id || *a.req.unit_id == u.unit_id)) {
      u.released = true;
      u.reassignment_pending = false;
      a.acting_unit_id = u.unit_id;
      a.detail = "同意" + u.name + "不再协办";
      return storage::save_unit(a.tx.db(), u);
    }
  return fail_fields({{"unit_id", "该单位没有待审批的改办申请"}});
}

Status reject_reassignment(Applying& a) {
  for (auto& u : a.rec.units)
    if (!u.released && u.reassignment_pending && (!a.req.unit_id || *a.req.unit_id == u.unit_id)) {
      u.reassignment_pending = false;
      a.detail =
          "不同意" + u.name + "的改办申请" + (a.req.reason.empty() ? "" : "：" + a.req.reason);
      if (auto st = storage::save_unit(a.tx.db(), u); !st) return st;
    }
  return {};
}

storage::UnitRow* mutable_acting_unit(Applying& a) {
  for (auto& u : a.rec.units) {
    if (u.released) continue;
    if (a.actor == Actor::lead_unit_officer && u.role == "lead") return &u;
    if (a.actor == Actor::co_unit_officer && u.role == "co" && a.caller.principal.unit_id &&
        *a.caller.principal.unit_id == u.unit_id)
      return &u;
  }
  return nullptr;
}

Status draft_answer(Applying& a) {
  const auto* cls = a.rules.answer_class(a.req.answer_class);
  if (a.req.body.empty()) return fail_fields({{"body", "请填写答复内容"}});
  for (auto& ans : a.rec.answers)
    if (ans.status == "drafted") {
      ans.status = "void";
      if (auto st = storage::save_answer(a.tx.db(), ans); !st) return st;
    }
  storage::AnswerRow ans{.round = a.rec.row.round,
                         .answer_class = a.req.answer_class,
                         .body = a.req.body,
                         .status = "drafted",
                         .drafted_by_name = a.caller.principal.display_name,
                         .drafted_at = a.tx.now()};
  auto id = storage::insert_answer(a.tx.db(), a.rec.row.id, ans);
  if (!id) return std::unexpected(id.error());
  ans.id = *id;
  a.rec.answers.push_back(ans);
  for (const auto& c : a.req.commitments) {
    storage::CommitmentRow row{
        .answer_id = *id, .what = c.what, .due_on = c.due_on, .status = "open"};
    auto cid = storage::insert_commitment(a.tx.db(), a.rec.row.id, row);
    if (!cid) return std::unexpected(cid.error());
    row.id = *cid;
    a.rec.commitments.push_back(row);
  }
  a.detail =
      "答复类别 " + a.req.answer_class + (cls ? "（" + cls->title_zh + "）" : "") +
      (a.req.commitments.empty() ? ""
                                 : "，承诺 " + std::to_string(a.req.commitments.size()) + " 项");
  return {};
}

Status sign_off(Applying& a) {
  for (auto& ans : a.rec.answers)
    if (ans.status == "drafted") {
      ans.status = "signed";
      ans.signed_by_name = a.caller.principal.display_name;
      ans.signed_at = a.tx.now();
      a.rec.row.answer_class = ans.answer_class;
      a.detail = "签发答复（" + ans.answer_class + " 类）";
      if (auto st = storage::save_answer(a.tx.db(), ans); !st) return st;
    }
  a.rec.row.answered_on = today_text(a);
  return {};
}

Status void_answer(Applying& a) {
  for (auto it = a.rec.answers.rbegin(); it != a.rec.answers.rend(); ++it)
    if (it->status != "void") {
      it->status = "void";
      if (auto st = storage::save_answer(a.tx.db(), *it); !st) return st;
      break;
    }
  a.rec.row.answered_on.clear();
  a.rec.row.answer_class.clear();
  a.detail = "退回答复：" + a.req.reason;
  return {};
}

void start_rehandling_round(Applying& a) {
  a.rec.row.in_rehandling = true;
  a.rec.row.rehandling_started_on = today_text(a);
  a.rec.row.round += 1;
}

Status record_evaluation(Applying& a, const std::string& kind, const std::string& rating) {
  const auto* answer = current_answer(a.rec);
  std::int64_t person = a.rec.row.lead_person_id;
  std::string name = a.rec.row.lead_name;
  if (a.actor == Actor::cosigner)
    for (const auto& c : a.rec.cosigners)
      if (a.caller.principal.person_id && c.person_id == *a.caller.principal.person_id) {
        person = c.person_id;
        name = c.name;
      }
  storage::EvaluationRow e{.answer_id = answer ? std::optional(answer->id) : std::nullopt,
                           .person_id = person,
                           .person_name = name,
                           .kind = kind,
                           .rating = rating,
                           .comment = a.req.comment,
                           .at = a.tx.now()};
  a.rec.evaluations.push_back(e);
  return storage::insert_evaluation(a.tx.db(), a.rec.row.id, e);
}

storage::CommitmentRow* mutable_commitment(Applying& a) {
  for (auto& c : a.rec.commitments)
    if (a.req.commitment_id && c.id == *a.req.commitment_id) return &c;
  return nullptr;
}

// What the action writes besides state and clocks.
Status apply_action(Applying& a, const sg::Decision& d) {
  auto& s = a.rec.row;
  switch (d.action) {
    case Action::invite_cosigners:
      return invite(a);
    case Action::cosigner_confirm:
      return respond_cosign(a, true);
    case Action::cosigner_decline:
      return respond_cosign(a, false);
    case Action::submit:
      s.submitted_at = a.tx.now();
      s.return_reason.clear();
      return {};
    case Action::re_review_accept: {
      auto n = storage::next_suggestion_number(a.tx.db(), s.session_id);
      if (!n) return std::unexpected(n.error());
      s.number = *n;
      a.detail = "立案，编号第" + std::to_string(*n) + "号";
      return {};
    }
    case Action::return_for_revision:
      s.return_reason = a.req.reason;
      a.detail = "退回修改：" + a.req.reason;
      return {};
    case Action::reject_not_suggestion:
      s.not_accepted_reason = a.req.reason_code + (a.req.reason.empty() ? "" : "：" + a.req.reason);
      a.detail = "不作为建议处理：" + s.not_accepted_reason;
      return {};
    case Action::classify: {
      const auto* star = a.rules.star_level(static_cast<int>(a.req.star_level.value_or(0)));
      if (!a.rules.is_category(a.req.category))
        return fail_fields({{"category", "请从列表中选择类别"}});
      note_change(a.changes, "star_level", s.star_level ? std::to_string(*s.star_level) : "",
                  std::to_string(*a.req.star_level));
      note_change(a.changes, "category", s.category, a.req.category);
      s.star_level = a.req.star_level;
      s.category = a.req.category;
      a.detail = std::to_string(*a.req.star_level) + " 星（" +
                 (star ? star->supervised_by_zh : "") + "），类别：" + a.req.category;
      return {};
    }
    case Action::merge:
      return merge(a);
    case Action::assign: {
      auto units = assignment_units(a);
      if (!units) return std::unexpected(units.error());
      s.assign_mode = d.effects.empty() ? "joint" : "split";
      a.detail = "交办（" + units_text(*units) + "）";
      if (s.assign_mode == "split") {
        a.detail = "分办至 " + std::to_string(units->size()) + " 个单位";
        return split(a, std::move(*units));
      }
      return insert_units(a, a.rec, *units);
    }
    case Action::sign_for:
      if (auto* u = mutable_acting_unit(a)) {
        u->signed_on = today_text(a);
        a.acting_unit_id = u->unit_id;
        a.detail = u->name + "签收";
        return storage::save_unit(a.tx.db(), *u);
      }
      return {};
    case Action::request_reassignment:
      if (auto* u = mutable_acting_unit(a)) {
        u->reassignment_pending = true;
        u->reassignment_reason = a.req.reason;
        a.acting_unit_id = u->unit_id;
        a.detail = u->name + "申请改办：" + a.req.reason;
        return storage::save_unit(a.tx.db(), *u);
      }
      return {};
    case Action::approve_reassignment:
      return approve_reassignment(a, d.from);
    case Action::reject_reassignment:
      return reject_reassignment(a);
    case Action::request_extension:
      s.extension_requested = true;
      s.extension_until = a.req.until;
      s.extension_reason = a.req.reason;
      a.detail = "申请延期至 " + a.req.until + "：" + a.req.reason;
      return {};
    case Action::approve_extension:
      s.extension_requested = false;
      s.extended_to = format_date(*d.clocks.front().due);
      s.extension_until = s.extended_to;
      a.detail = "批准延期至 " + s.extended_to;
      return {};
    case Action::reject_extension:
      s.extension_requested = false;
      a.detail = "不批准延期" + (a.req.reason.empty() ? "" : "：" + a.req.reason);
      return {};
    case Action::log_contact: {
      auto* u = mutable_acting_unit(a);
      if (!u) return {};
      std::optional<Date> on;
      if (!a.req.contact_on.empty()) on = parse_date(a.req.contact_on);
      if (on && *on > a.today) return fail_fields({{"contact_on", "沟通日期不能晚于今天"}});
      if (a.req.summary.empty()) return fail_fields({{"summary", "请填写沟通情况"}});
      storage::ContactRow row{.unit_id = u->unit_id,
                              .unit_name = u->name,
                              .round = s.round,
                              .method = a.req.method,
                              .contact_on = on ? format_date(*on) : today_text(a),
                              .summary = a.req.summary,
                              .created_by_name = a.caller.principal.display_name,
                              .created_at = a.tx.now()};
      a.rec.contacts.push_back(row);
      a.detail = "登记沟通（" + row.contact_on + "）：" + a.req.summary;
      return storage::insert_contact(a.tx.db(), s.id, row, a.caller.principal.user_id);
    }
    case Action::submit_co_opinion:
      if (auto* u = mutable_acting_unit(a)) {
        u->opinion = a.req.note;
        u->opinion_at = a.tx.now();
        a.acting_unit_id = u->unit_id;
        a.detail = u->name + "提交协办意见";
        return storage::save_unit(a.tx.db(), *u);
      }
      return {};
    case Action::draft_answer:
      return draft_answer(a);
    case Action::sign_off_answer:
      return sign_off(a);
    case Action::send_back_answer:
      return void_answer(a);
    case Action::evaluate:
      if (a.actor == Actor::cosigner) {  // a co-signer's own rating: recorded, moves nothing
        a.detail = std::string("联名代表评价：") + outcome_title(a.req.rating) +
                   (a.req.comment.empty() ? "" : "。" + a.req.comment);
        return record_evaluation(a, "evaluation", a.req.rating);
      }
      s.rating = a.req.rating;
      a.detail = std::string("评价：") + outcome_title(a.req.rating) +
                 (a.req.comment.empty() ? "" : "。" + a.req.comment);
      if (d.to == State::rehandling) {
        s.dissatisfied_rounds += 1;
        start_rehandling_round(a);
      }
      return record_evaluation(a, "evaluation", a.req.rating);
    case Action::close:
      a.detail = "评价期限已过，办结";
      return {};
    case Action::report_progress:
      if (auto* c = mutable_commitment(a)) {
        c->last_progress = a.req.note;
        if (a.req.done) {
          c->status = "done";
          c->done_on = today_text(a);
        }
        a.detail = "报告进展（" + c->what + "）：" + a.req.note + (a.req.done ? "，已落实" : "");
        return storage::save_commitment(a.tx.db(), *c);
      }
      return {};
    case Action::look_back: {
      auto* c = mutable_commitment(a);
      if (!c) return {};
      a.detail = "回头看（" + c->what + "）：" + outcome_title(a.req.result) +
                 (a.req.comment.empty() ? "" : "。" + a.req.comment);
      if (a.req.result == "done") {
        c->status = "done";
        c->done_on = today_text(a);
      } else if (c->status == "done") {
        c->status = "open";  // the look-back found it was not really done
        c->done_on.clear();
      }
      if (d.to == State::rehandling) start_rehandling_round(a);
      if (auto st = storage::save_commitment(a.tx.db(), *c); !st) return st;
      return record_evaluation(a, "look_back", a.req.result);
    }
    case Action::withdraw:
      a.detail = "撤回" + (a.req.reason.empty() ? "" : "：" + a.req.reason);
      return {};
    default:
      return {};
  }
}

// The state-independent checks of text the request carries.
Status check_lengths(const ActionRequest& r) {
  std::vector<FieldError> errors;
  auto limit = [&](const char* field, const std::string& v, std::size_t max) {
    if (utf8_length(v) > max)
      errors.push_back({field, "不能超过 " + std::to_string(max) + " 个字"});
  };
  limit("reason", r.reason, kReasonMax);
  limit("note", r.note, kBodyMax);
  limit("summary", r.summary, kReasonMax);
  limit("body", r.body, kBodyMax);
  limit("comment", r.comment, kReasonMax);
  for (std::size_t i = 0; i < r.commitments.size(); ++i) {
    if (r.commitments[i].what.empty())
      errors.push_back({"commitments[" + std::to_string(i) + "].what", "请填写承诺事项"});
    if (r.commitments[i].due_on.empty())
      errors.push_back({"commitments[" + std::to_string(i) + "].due_on", "请填写完成时限"});
  }
  if (!errors.empty()) return fail_fields(std::move(errors), "请检查标出的内容");
  return {};
}

std::string notification_title(const storage::SuggestionRow& s, Action action) {
  return "《" + s.title + "》" + std::string(sg::action_title_zh(action));
}

std::string notification_body(const storage::SuggestionRow& s, State to) {
  const auto n = number_text(s);
  return (n.empty() ? "" : n + "，") + "当前状态：" + std::string(sg::state_title_zh(to));
}

// Timeline, audit and notifications of one applied decision on `rec`.
Status record_step(Tx& tx, const storage::SuggestionRecord& rec, const sg::Decision& d,
                   const std::string& detail, std::vector<audit::FieldChange> changes) {
  const auto& s = rec.row;
  storage::EventRow e{.at = tx.now(),
                      .user_id = tx.caller().principal.user_id,
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

// Starts the clocks of a split child (its own assignment) and records its step.
Status finish_child(Tx& tx, storage::SuggestionRecord& child, const sg::Decision& d,
                    const Applying& parent) {
  Applying a{tx, child, parent.caller, parent.req, parent.rules, parent.today, d.actor};
  for (const auto& ch : d.clocks)
    if (auto st = apply_clock(a, ch); !st) return st;
  child.row.state = std::string(sg::state_name(d.to));
  refresh_next_due(child, parent.rules, parent.today);
  auto v = storage::save_suggestion(tx.db(), child.row, tx.now());
  if (!v) return std::unexpected(v.error());
  child.row.version = *v;
  return record_step(
      tx, child, d,
      "分办（原件 " + std::to_string(parent.rec.row.id) + "）：主办 " + child.row.lead_unit_name,
      {});
}

// The one pipeline of a workflow step inside a transaction. `rec` is loaded and visible.
Status run_step(Tx& tx, storage::SuggestionRecord& rec, const std::vector<Actor>& held,
                Action action, const ActionRequest& req, const sg::Rules& rules) {
  if (auto st = check_lengths(req); !st) return st;
  const State state = state_of(rec.row);
  if (req.version != rec.row.version)
    return fail(ErrorCode::conflict, "该建议已被他人更新，请刷新后重试");
  const Actor actor = sg::acting_relation(state, action, held);
  auto in = domain_input(req, rec, action);
  if (!in) return std::unexpected(in.error());
  const auto facts = facts_of(rec, actor, tx.caller().principal, *in, rules);
  auto d = sg::decide(facts, state, action, actor, tx.now(), rules);
  if (!d) {
    Error e = d.error();
    for (auto& f : e.fields) {  // the domain's names for what the API calls otherwise
      if (f.field == "cosigners") f.field = "person_ids";
      if (f.field == "commitment") f.field = "commitment_id";
      if (f.field == "units") f.field = "unit_ids";
      if (f.field.ends_with(".due")) f.field += "_on";
    }
    return std::unexpected(std::move(e));
  }
  Applying a{tx, rec, tx.caller(), req, rules, china_date(tx.now()), actor};
  if (actor == Actor::co_unit_officer)
    if (const auto* u = acting_unit_row(rec, actor, tx.caller().principal))
      a.acting_unit_id = u->unit_id;
  if (auto st = apply_action(a, *d); !st) return st;
  for (const auto& ch : d->clocks)
    if (auto st = apply_clock(a, ch); !st) return st;
  rec.row.state = std::string(sg::state_name(d->to));
  if (d->to == State::closed && !rec.row.closed_at) rec.row.closed_at = tx.now();
  if (d->to != State::closed) rec.row.closed_at.reset();
  refresh_next_due(rec, rules, a.today);
  auto v = storage::save_suggestion(tx.db(), rec.row, tx.now());
  if (!v) return std::unexpected(v.error());
  rec.row.version = *v;
  if (auto st = record_step(tx, rec, *d, a.detail, a.changes); !st) return st;
  for (auto& child : a.split_children)
    if (auto st = finish_child(tx, child, *d, a); !st) return st;
  return {};
}

Result<SuggestionView> view_of(storage::SuggestionRecord rec, std::vector<Actor> held,
                               const access::Principal& p, TimeMs now, const sg::Rules& rules) {
  SuggestionView v;
  const auto today = china_date(now);
  const State state = state_of(rec.row);
  std::set<Action> available;
  for (Actor a : held) {
    const auto facts = facts_of(rec, a, p, sg::ActionInput{}, rules);
    for (const auto& t : sg::transitions()) {
      if (t.from != state || t.actor != a || available.contains(t.action)) continue;
      // Offered when it would pass, or fails only for want of the form's own data.
      auto d = sg::decide(facts, state, t.action, a, now, rules);
      if (d || d.error().code == ErrorCode::invalid_argument) available.insert(t.action);
    }
  }
  // 回头看 needs a commitment whose date has passed.
  if (available.contains(Action::look_back)) {
    const auto* answer = current_answer(rec);
    const bool any_due =
        answer && std::any_of(rec.commitments.begin(), rec.commitments.end(), [&](const auto& c) {
          auto due = parse_date(c.due_on);
          return c.answer_id == answer->id && due && today > *due;
        });
    if (!any_due) available.erase(Action::look_back);
  }
  v.available.assign(available.begin(), available.end());
  for (const auto& k : rec.clocks) {
    sg::ItemClock c;
    for (auto kind : sg::all_clock_kinds())
      if (sg::clock_kind_name(kind) == k.kind) c.kind = kind;
    c.started_on = parse_date(k.started_on).value_or(today);
    c.due_on = parse_date(k.due_on).value_or(today);
    c.stopped_on = opt_date(k.stopped_on);
    auto flags = sg::clock_flags(c, today, rules);
    if (!sg::is_obligation(c.kind)) flags.overdue = flags.very_overdue = false;  // windows lapse
    v.clock_flags.push_back(flags);
  }
  if (auto due = opt_date(rec.row.next_due_on)) v.flags = sg::deadline_flags(*due, today, rules);
  v.record = std::move(rec);
  v.relations = std::move(held);
  return v;
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
          auto earlier = storage::find_idempotent(tx.db(), p.user_id, in.idempotency_key);
          if (!earlier) return std::unexpected(earlier.error());
          if (*earlier) {
            replayed = true;
            return **earlier;
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
        auto session = storage::find_session_place(tx.db(), in.session_id);
        if (!session) return std::unexpected(session.error());
        // The calendar of the suggestion's congress (the session's).
        auto rules =
            load_rules(tx.db(), *session ? std::optional((*session)->org_node_id) : std::nullopt);
        if (!rules) return std::unexpected(rules.error());
        if (!in.category.empty() && !rules->is_category(in.category))
          errors.push_back({"category", "请从列表中选择类别"});
        if (!*session) errors.push_back({"session_id", "会议不存在"});
        if (!errors.empty()) return fail_fields(std::move(errors), "请检查标出的内容");
        const auto& place = **session;
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
        auto reg = storage::person_home(tx.db(), lead_person);
        if (!reg) return std::unexpected(reg.error());
        const bool below = access::path_within(reg->path, path);
        storage::SuggestionRow s{.org_node_id = place.org_node_id,
                                 .org_path = path,
                                 .review_org_id = below ? reg->id : place.org_node_id,
                                 .review_path = below ? reg->path : path,
                                 .session_id = in.session_id,
                                 .term_id = term_id,
                                 .title = in.title,
                                 .body = in.body,
                                 .category = in.category,
                                 .is_public = in.is_public,
                                 .lead_person_id = lead_person,
                                 .lead_name = person->name};
        const Actor actor = on_behalf ? Actor::liaison_staff : Actor::lead_deputy;
        sg::SuggestionFacts facts;
        auto d = sg::decide(facts, State::none, action, actor, tx.now(), *rules);
        if (!d) return std::unexpected(d.error());
        s.state = std::string(sg::state_name(d->to));
        if (on_behalf) {
          s.entered_by = p.user_id;
          s.submitted_at = tx.now();
        }
        auto id = storage::insert_suggestion(tx.db(), s, tx.now());
        if (!id) return std::unexpected(id.error());
        auto rec = storage::load_suggestion(tx.db(), *id);
        if (!rec) return std::unexpected(rec.error());
        if (!in.idempotency_key.empty())
          if (auto st =
                  storage::record_idempotent(tx.db(), p.user_id, in.idempotency_key, *id, tx.now());
              !st)
            return std::unexpected(st.error());
        if (auto st = record_step(tx, *rec, *d, on_behalf ? "代录纸质建议" : "起草建议", {}); !st)
          return std::unexpected(st.error());
        return *id;
      });
  if (!id) return std::unexpected(id.error());
  auto view = get_suggestion(env, caller, *id);
  if (view) view->replayed = replayed;
  return view;
}

Result<SuggestionView> get_suggestion(Env& env, const Caller& caller, std::int64_t id) {
  return read<SuggestionView>(env, [&](Connection& c) -> Result<SuggestionView> {
    std::vector<Actor> held;
    auto rec = load_visible(c, caller.principal, id, held);
    if (!rec) return std::unexpected(rec.error());
    auto rules = load_rules(c, rec->row.org_node_id);
    if (!rules) return std::unexpected(rules.error());
    return view_of(std::move(*rec), std::move(held), caller.principal, env.clock.now_ms(), *rules);
  });
}

Result<SuggestionView> update_draft(Env& env, const Caller& caller, std::int64_t id,
                                    const DraftPatch& patch) {
  auto st = write_tx(
      env, caller,
      [&](Tx& tx) -> Status {
        std::vector<Actor> held;
        auto rec = load_visible(tx.db(), caller.principal, id, held);
        if (!rec) return std::unexpected(rec.error());
        if (std::find(held.begin(), held.end(), Actor::lead_deputy) == held.end())
          return fail(ErrorCode::permission_denied, "只有领衔代表可以修改建议内容");
        const State state = state_of(rec->row);
        if (state != State::draft && state != State::cosigning && state != State::returned)
          return fail(ErrorCode::failed_precondition,
                      "当前状态为“" + std::string(sg::state_title_zh(state)) + "”，不能修改内容");
        if (patch.version != rec->row.version)
          return fail(ErrorCode::conflict, "该建议已被他人更新，请刷新后重试");
        auto& s = rec->row;
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
        if (!errors.empty()) return fail_fields(std::move(errors), "请检查标出的内容");
        auto v = storage::save_suggestion(tx.db(), s, tx.now());
        if (!v) return std::unexpected(v.error());
        return tx.audit({.action = "suggestion.edit",
                         .object_type = "suggestion",
                         .object_id = std::to_string(id),
                         .org_node_id = s.org_node_id,
                         .role = "lead_deputy",
                         .changes = changes});
      },
      attempt("suggestion.edit", "suggestion", id));
  if (!st) return std::unexpected(st.error());
  return get_suggestion(env, caller, id);
}

Result<SuggestionView> act(Env& env, const Caller& caller, std::int64_t id, Action action,
                           const ActionRequest& req) {
  auto st = write_tx(
      env, caller,
      [&](Tx& tx) -> Status {
        std::vector<Actor> held;
        auto rec = load_visible(tx.db(), caller.principal, id, held);
        if (!rec) return std::unexpected(rec.error());
        auto rules = load_rules(tx.db(), rec->row.org_node_id);
        if (!rules) return std::unexpected(rules.error());
        return run_step(tx, *rec, held, action, req, *rules);
      },
      attempt("suggestion." + std::string(sg::action_name(action)), "suggestion", id));
  if (!st) return std::unexpected(st.error());
  return get_suggestion(env, caller, id);
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
                        auto loaded = load_rules(tx.db(), node);
                        if (!loaded) return std::unexpected(loaded.error());
                        return &rules.emplace(node, std::move(*loaded)).first->second;
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

}  // namespace daibiao::app
