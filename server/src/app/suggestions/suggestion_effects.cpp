#include "app/suggestions/suggestion_effects.hpp"

#include <algorithm>
#include <set>

#include "app/suggestions/suggestion_facts.hpp"
#include "storage/suggestions/suggestion_lookups.hpp"

namespace daibiao::app {

namespace sg = suggestions;
using sg::Actor;
using sg::Effect;
using sg::State;
using storage::Connection;

namespace {

const access::Principal& me(const Applying& a) { return a.tx.caller().principal; }
std::string today_text(const Applying& a) { return format_date(a.today); }

// ---- Co-signers ----

Status invite(Applying& a) {
  std::vector<FieldError> errors;
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
    a.done.names.push_back(p->name);
  }
  if (!errors.empty()) return fail_fields(std::move(errors), "请检查邀请的联名代表");
  return {};
}

Status answer_invitation(Applying& a, bool confirm) {
  for (auto& c : a.rec.cosigners)
    if (me(a).person_id && c.person_id == *me(a).person_id) {
      c.status = confirm ? "confirmed" : "declined";
      c.responded_at = a.tx.now();
      return storage::upsert_cosigner(a.tx.db(), a.rec.row.id, c);
    }
  return {};
}

// ---- Review and classification ----

Status number_in_session(Applying& a) {
  DAIBIAO_TRY(auto n, storage::next_suggestion_number(a.tx.db(), a.rec.row.session_id));
  a.rec.row.number = n;
  a.done.number = n;
  return {};
}

Status set_classification(Applying& a) {
  auto& s = a.rec.row;
  if (!a.rules.is_category(a.req.category))
    return fail_fields({{"category", "请从列表中选择类别"}});
  note_change(a.changes, "star_level", s.star_level ? std::to_string(*s.star_level) : "",
              std::to_string(*a.req.star_level));
  note_change(a.changes, "category", s.category, a.req.category);
  s.star_level = a.req.star_level;
  s.category = a.req.category;
  if (a.req.urgent) {
    note_change(a.changes, "urgent", s.urgent ? "1" : "0", *a.req.urgent ? "1" : "0");
    s.urgent = *a.req.urgent;
  }
  return {};
}

Status link_merged(Applying& a) {
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
    a.done.names.push_back(other->title);
  }
  if (!errors.empty()) return fail_fields(std::move(errors), "请检查并案的建议");
  a.rec.row.merge_group = group;
  return storage::set_merge_group(a.tx.db(), ids, group);
}

// ---- Assignment ----

// A unit the congress at `path` may assign to: of its level or below, or of an ancestor
// (provincial departments answer county suggestions passed up), and active.
Result<std::string> unit_name(Connection& c, std::int64_t unit_id, const std::string& path) {
  auto unit = storage::find_handling_unit(c, unit_id);
  if (!unit) return std::unexpected(unit.error());
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

Status assign_units(Applying& a) {
  auto units = assignment_units(a);
  if (!units) return std::unexpected(units.error());
  a.rec.row.assign_mode = "joint";
  a.done.units = *units;
  return insert_units(a, a.rec, *units);
}

// 分办: the first unit keeps this item; each other unit gets an item of its own.
Status split_per_unit(Applying& a) {
  auto units = assignment_units(a);
  if (!units) return std::unexpected(units.error());
  a.rec.row.assign_mode = "split";
  a.done.units = *units;
  if (units->empty()) return {};
  if (auto st = insert_units(a, a.rec, {units->front()}); !st) return st;
  for (std::size_t i = 1; i < units->size(); ++i) {
    storage::SuggestionRecord child;
    child.row = a.rec.row;
    child.row.parent_id = a.rec.row.id;
    child.row.lead_unit_id.reset();
    child.row.version = 1;
    auto id = storage::insert_suggestion(a.tx.db(), child.row, a.tx.now());
    if (!id) return std::unexpected(id.error());
    child.row.id = *id;
    child.cosigners = a.rec.cosigners;
    for (const auto& c : child.cosigners)
      if (auto st = storage::upsert_cosigner(a.tx.db(), *id, c); !st) return st;
    (*units)[i].role = "lead";
    if (auto st = insert_units(a, child, {(*units)[i]}); !st) return st;
    a.split_children.push_back(std::move(child));
  }
  return {};
}

// The acting relation's own unit on the item, to change.
storage::UnitRow* acting_unit(Applying& a) {
  for (auto& u : a.rec.units) {
    if (u.released) continue;
    if (a.actor == Actor::lead_unit_officer && u.role == "lead") return &u;
    if (a.actor == Actor::co_unit_officer && u.role == "co" && me(a).unit_id &&
        *me(a).unit_id == u.unit_id)
      return &u;
  }
  return nullptr;
}

// Changes the acting unit with `change` and saves it (nothing when the caller acts for none).
template <typename F>
Status change_acting_unit(Applying& a, F change) {
  auto* u = acting_unit(a);
  if (!u) return {};
  change(*u);
  a.acting_unit_id = u->unit_id;
  a.done.unit_name = u->name;
  return storage::save_unit(a.tx.db(), *u);
}

// 改办: the committee's new units replace the old ones.
Status replace_assignment(Applying& a) {
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
  a.done.units = *units;
  return insert_units(a, a.rec, *units);
}

// A co-unit whose re-assignment request was approved leaves the item.
Status release_co_unit(Applying& a) {
  for (auto& u : a.rec.units)
    if (!u.released && u.role == "co" && u.reassignment_pending &&
        (!a.req.unit_id || *a.req.unit_id == u.unit_id)) {
      u.released = true;
      u.reassignment_pending = false;
      a.acting_unit_id = u.unit_id;
      a.done.unit_name = u.name;
      return storage::save_unit(a.tx.db(), u);
    }
  return fail_fields({{"unit_id", "该单位没有待审批的改办申请"}});
}

Status refuse_reassignment(Applying& a) {
  for (auto& u : a.rec.units)
    if (!u.released && u.reassignment_pending && (!a.req.unit_id || *a.req.unit_id == u.unit_id)) {
      u.reassignment_pending = false;
      a.done.unit_name = u.name;
      if (auto st = storage::save_unit(a.tx.db(), u); !st) return st;
    }
  return {};
}

// ---- Handling ----

Status grant_extension(Applying& a, const sg::Decision& d) {
  auto& s = a.rec.row;
  for (const auto& ch : d.clocks)
    if (ch.op == sg::ClockOp::extend && ch.due) s.extended_to = format_date(*ch.due);
  s.extension_requested = false;
  s.extension_until = s.extended_to;
  a.done.date = s.extended_to;
  return {};
}

Status record_contact(Applying& a) {
  auto* u = acting_unit(a);
  if (!u) return {};
  std::optional<Date> on;
  if (!a.req.contact_on.empty()) on = parse_date(a.req.contact_on);
  if (on && *on > a.today) return fail_fields({{"contact_on", "沟通日期不能晚于今天"}});
  if (a.req.summary.empty()) return fail_fields({{"summary", "请填写沟通情况"}});
  storage::ContactRow row{.unit_id = u->unit_id,
                          .unit_name = u->name,
                          .round = a.rec.row.round,
                          .method = a.req.method,
                          .contact_on = on ? format_date(*on) : today_text(a),
                          .summary = a.req.summary,
                          .created_by_name = me(a).display_name,
                          .created_at = a.tx.now()};
  a.rec.contacts.push_back(row);
  a.done.date = row.contact_on;
  return storage::insert_contact(a.tx.db(), a.rec.row.id, row, me(a).user_id);
}

// ---- Answers ----

Status draft_answer(Applying& a) {
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
                         .drafted_by_name = me(a).display_name,
                         .drafted_at = a.tx.now()};
  auto id = storage::insert_answer(a.tx.db(), a.rec.row.id, ans);
  if (!id) return std::unexpected(id.error());
  ans.id = *id;
  a.rec.answers.push_back(ans);
  for (const auto& c : a.req.commitments) {
    storage::CommitmentRow row{
        .answer_id = *id, .what = c.what, .due_on = c.due_on, .status = "open"};
    DAIBIAO_TRY(row.id, storage::insert_commitment(a.tx.db(), a.rec.row.id, row));
    a.rec.commitments.push_back(row);
  }
  return {};
}

Status publish_answer(Applying& a) {
  for (auto& ans : a.rec.answers)
    if (ans.status == "drafted") {
      ans.status = "signed";
      ans.signed_by_name = me(a).display_name;
      ans.signed_at = a.tx.now();
      a.rec.row.answer_class = ans.answer_class;
      a.done.answer_class = ans.answer_class;
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
  return {};
}

// ---- Evaluation and follow-up ----

// An evaluation row (kind evaluation | look_back) by the acting deputy.
Status record_evaluation(Applying& a, const std::string& kind, const std::string& rating) {
  const auto* answer = current_answer(a.rec);
  std::int64_t person = a.rec.row.lead_person_id;
  std::string name = a.rec.row.lead_name;
  if (a.actor == Actor::cosigner)
    for (const auto& c : a.rec.cosigners)
      if (me(a).person_id && c.person_id == *me(a).person_id) {
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

// The commitment the request names, changed with `change` and saved (nothing when none).
template <typename F>
Status change_commitment(Applying& a, F change) {
  for (auto& c : a.rec.commitments)
    if (a.req.commitment_id && c.id == *a.req.commitment_id) {
      change(c);
      a.done.commitment = c.what;
      return storage::save_commitment(a.tx.db(), c);
    }
  return {};
}

}  // namespace

Status apply_effect(Applying& a, Effect effect, const sg::Decision& d) {
  auto& s = a.rec.row;
  switch (effect) {
    case Effect::invite_cosigners:
      return invite(a);
    case Effect::confirm_cosigner:
      return answer_invitation(a, true);
    case Effect::decline_cosigner:
      return answer_invitation(a, false);
    case Effect::mark_submitted:
      s.submitted_at = a.tx.now();
      s.return_reason.clear();
      return {};
    case Effect::number_in_session:
      return number_in_session(a);
    case Effect::record_return_reason:
      s.return_reason = a.req.reason;
      return {};
    case Effect::record_not_accepted_reason:
      s.not_accepted_reason = a.req.reason_code + (a.req.reason.empty() ? "" : "：" + a.req.reason);
      return {};
    case Effect::set_classification:
      return set_classification(a);
    case Effect::link_merged:
      return link_merged(a);
    case Effect::assign_units:
      return assign_units(a);
    case Effect::split_per_unit:
      return split_per_unit(a);
    case Effect::sign_for_unit:
      return change_acting_unit(a, [&](storage::UnitRow& u) { u.signed_on = today_text(a); });
    case Effect::request_reassignment:
      return change_acting_unit(a, [&](storage::UnitRow& u) {
        u.reassignment_pending = true;
        u.reassignment_reason = a.req.reason;
      });
    case Effect::replace_assignment:
      return replace_assignment(a);
    case Effect::release_co_unit:
      return release_co_unit(a);
    case Effect::refuse_reassignment:
      return refuse_reassignment(a);
    case Effect::request_extension:
      s.extension_requested = true;
      s.extension_until = a.req.until;
      s.extension_reason = a.req.reason;
      return {};
    case Effect::grant_extension:
      return grant_extension(a, d);
    case Effect::refuse_extension:
      s.extension_requested = false;
      return {};
    case Effect::record_contact:
      return record_contact(a);
    case Effect::record_co_opinion:
      return change_acting_unit(a, [&](storage::UnitRow& u) {
        u.opinion = a.req.note;
        u.opinion_at = a.tx.now();
      });
    case Effect::draft_answer:
      return draft_answer(a);
    case Effect::publish_answer:
      return publish_answer(a);
    case Effect::void_answer:
      return void_answer(a);
    case Effect::rate_item:
      s.rating = a.req.rating;
      return {};
    case Effect::count_dissatisfied_round:
      s.dissatisfied_rounds += 1;
      return {};
    case Effect::start_rehandling_round:
      s.in_rehandling = true;
      s.rehandling_started_on = today_text(a);
      s.round += 1;
      return {};
    case Effect::record_evaluation:
      return record_evaluation(a, "evaluation", a.req.rating);
    case Effect::record_progress:
      return change_commitment(a, [&](storage::CommitmentRow& c) { c.last_progress = a.req.note; });
    case Effect::close_commitment:
      return change_commitment(a, [&](storage::CommitmentRow& c) {
        c.status = "done";
        c.done_on = today_text(a);
      });
    case Effect::reopen_commitment:  // the look-back found it was not really done
      return change_commitment(a, [&](storage::CommitmentRow& c) {
        if (c.status != "done") return;
        c.status = "open";
        c.done_on.clear();
      });
    case Effect::record_look_back: {
      const auto* c = find_commitment(a.rec, a.req.commitment_id);
      if (!c) return {};
      a.done.commitment = c->what;
      return record_evaluation(a, "look_back", a.req.result);
    }
  }
  return {};
}

}  // namespace daibiao::app
