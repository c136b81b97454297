#include "http/handlers/suggestions/suggestion_json.hpp"

#include "app/suggestions/suggestion_texts.hpp"
#include "domain/supervision/timeline.hpp"
#include "http/json_io.hpp"

namespace daibiao::http {

namespace sg = suggestions;
using boost::json::array;
using boost::json::object;
using boost::json::value;

std::string state_title(const std::string& state) {
  auto s = sg::parse_state(state);
  return s ? std::string(sg::state_title_zh(*s)) : state;
}

const char* method_title(const std::string& m) {
  if (m == "phone") return "电话";
  if (m == "visit") return "走访";
  if (m == "meeting") return "座谈见面";
  return "其他";
}

namespace {

value opt_int(const std::optional<std::int64_t>& v) { return v ? value(*v) : value(nullptr); }

value opt_str(const std::string& s) { return s.empty() ? value(nullptr) : value(s); }

value opt_time(const std::optional<std::int64_t>& v) {
  return v ? value(iso_time(*v)) : value(nullptr);
}

std::string clock_title(const std::string& kind) {
  for (auto k : sg::all_clock_kinds())
    if (sg::clock_kind_name(k) == kind) return std::string(sg::clock_kind_title_zh(k));
  return kind;
}

bool clock_is_obligation(const std::string& kind) {
  for (auto k : sg::all_clock_kinds())
    if (sg::clock_kind_name(k) == kind) return sg::is_obligation(k);
  return false;
}

object flags_json(const sg::DeadlineFlags& f, bool has_due) {
  return {{"due_soon", f.due_soon},
          {"overdue", f.overdue},
          {"very_overdue", f.very_overdue},
          {"days_left", has_due ? value(f.days_left) : value(nullptr)}};
}

const char* cosigner_status_title(const std::string& s) {
  if (s == "invited") return "待确认";
  if (s == "confirmed") return "已确认";
  return "已拒绝";
}

std::string class_title(const std::string& code) {
  static const sg::Rules rules = sg::default_rules();  // the classes do not depend on the calendar
  const auto* c = rules.answer_class(code);
  return c ? c->title_zh : "";
}

// A workflow action's title, or that of a step the supervision area adds to the timeline.
std::string action_title(const std::string& name) {
  if (auto a = sg::parse_action(name)) return std::string(sg::action_title_zh(*a));
  if (auto e = parse<supervision::TimelineStep>(name)) return std::string(title_of(*e));
  return name;
}

std::string relation_title(const std::string& name) {
  for (auto a : sg::all_actors())
    if (sg::actor_name(a) == name) return std::string(sg::actor_title_zh(a));
  return name;
}

}  // namespace

object summary_json(const storage::SuggestionRow& s, const sg::DeadlineFlags& flags, bool has_due) {
  return {{"id", s.id},
          {"number", opt_int(s.number)},
          {"number_text", opt_str(app::number_text(s))},
          {"title", s.title},
          {"category", s.category},
          {"urgent", s.urgent},
          {"raised_in", name_of(s.raised_in)},
          {"raised_in_title", title_of(s.raised_in)},
          {"state", s.state},
          {"state_title", state_title(s.state)},
          {"star_level", opt_int(s.star_level)},
          {"session_id", s.session_id},
          {"session_title", s.session_title},
          {"org_node_id", s.org_node_id},
          {"lead_person_id", s.lead_person_id},
          {"lead_name", s.lead_name},
          {"lead_unit_id", opt_int(s.lead_unit_id)},
          {"lead_unit_name", opt_str(s.lead_unit_name)},
          {"answer_class", opt_str(s.answer_class)},
          {"rating", opt_str(s.rating)},
          {"next_due_on", opt_str(s.next_due_on)},
          {"next_due_kind", opt_str(s.next_due_kind)},
          {"flags", flags_json(flags, has_due)},
          {"parent_id", opt_int(s.parent_id)},
          {"created_at", iso_time(s.created_at)},
          {"updated_at", iso_time(s.updated_at)},
          {"version", s.version}};
}

object detail_json(const app::SuggestionView& v) {
  const auto& rec = v.record;
  const auto& s = rec.row;
  object o = summary_json(s, v.flags, !s.next_due_on.empty());
  o["body"] = s.body;
  o["is_public"] = s.is_public;
  o["org_name"] = s.org_name;
  o["assign_mode"] = opt_str(s.assign_mode);
  o["round"] = s.round;
  o["dissatisfied_rounds"] = s.dissatisfied_rounds;
  o["return_reason"] = s.return_reason;
  o["not_accepted_reason"] = s.not_accepted_reason;
  o["extension"] = object{{"requested", s.extension_requested},
                          {"until", opt_str(s.extension_until)},
                          {"reason", s.extension_reason},
                          {"approved_until", opt_str(s.extended_to)}};
  o["submitted_at"] = opt_time(s.submitted_at);
  o["closed_at"] = opt_time(s.closed_at);
  array relations, actions, cosigners, units, clocks, contacts, answers, commitments, evals, files,
      merged, timeline;
  for (auto a : v.relations) relations.push_back(value(sg::actor_name(a)));
  // Every button: enabled, or disabled with the reason (the refusal the action would answer).
  for (const auto& a : v.offers)
    actions.push_back(object{{"name", sg::action_name(a.action)},
                             {"title", sg::action_title_zh(a.action)},
                             {"enabled", a.enabled()},
                             {"reason", a.enabled() ? value(nullptr) : value(a.blocked)}});
  for (const auto& c : rec.cosigners)
    cosigners.push_back(object{{"person_id", c.person_id},
                               {"name", c.name},
                               {"status", c.status},
                               {"status_title", cosigner_status_title(c.status)}});
  for (const auto& u : rec.units)
    units.push_back(object{{"unit_id", u.unit_id},
                           {"name", u.name},
                           {"role", u.role},
                           {"signed_on", opt_str(u.signed_on)},
                           {"opinion", u.opinion},
                           {"reassignment_pending", u.reassignment_pending},
                           {"reassignment_reason", u.reassignment_reason},
                           {"released", u.released}});
  for (std::size_t i = 0; i < rec.clocks.size(); ++i) {
    const auto& k = rec.clocks[i];
    clocks.push_back(object{{"id", k.id},
                            {"kind", k.kind},
                            {"kind_title", clock_title(k.kind)},
                            {"unit_id", opt_int(k.unit_id)},
                            {"unit_name", opt_str(k.unit_name)},
                            {"started_on", k.started_on},
                            {"due_on", k.due_on},
                            {"stopped_on", opt_str(k.stopped_on)},
                            {"obligation", clock_is_obligation(k.kind)},
                            {"flags", flags_json(v.clock_flags[i], true)}});
  }
  for (const auto& c : rec.contacts)
    contacts.push_back(object{{"id", c.id},
                              {"unit_name", c.unit_name},
                              {"method", c.method},
                              {"method_title", method_title(c.method)},
                              {"contact_on", c.contact_on},
                              {"summary", c.summary},
                              {"round", c.round},
                              {"created_by_name", c.created_by_name}});
  for (const auto& a : rec.answers)
    answers.push_back(object{{"id", a.id},
                             {"round", a.round},
                             {"answer_class", a.answer_class},
                             {"class_title", class_title(a.answer_class)},
                             {"body", a.body},
                             {"status", a.status},
                             {"drafted_by_name", a.drafted_by_name},
                             {"drafted_at", iso_time(a.drafted_at)},
                             {"signed_by_name", opt_str(a.signed_by_name)},
                             {"signed_at", opt_time(a.signed_at)}});
  for (const auto& c : rec.commitments)
    commitments.push_back(object{{"id", c.id},
                                 {"answer_id", c.answer_id},
                                 {"what", c.what},
                                 {"due_on", c.due_on},
                                 {"status", c.status},
                                 {"done_on", opt_str(c.done_on)},
                                 {"last_progress", c.last_progress}});
  for (const auto& e : rec.evaluations)
    evals.push_back(object{{"person_name", e.person_name},
                           {"kind", e.kind},
                           {"rating", e.rating},
                           {"rating_title", app::outcome_title(e.rating)},
                           {"comment", e.comment},
                           {"at", iso_time(e.at)}});
  for (const auto& f : rec.attachments)
    files.push_back(object{{"id", f.id},
                           {"file_name", f.file_name},
                           {"content_type", f.content_type},
                           {"size", f.size_bytes},
                           {"created_at", iso_time(f.created_at)}});
  for (const auto& m : rec.merged_with)
    merged.push_back(object{
        {"id", m.id},
        {"number_text", m.number ? value("第" + std::to_string(*m.number) + "号") : value(nullptr)},
        {"title", m.title}});
  for (const auto& e : rec.events)
    timeline.push_back(object{{"at", iso_time(e.at)},
                              {"actor_name", e.actor_name},
                              {"relation", e.relation},
                              {"relation_title", relation_title(e.relation)},
                              {"action", e.action},
                              {"action_title", action_title(e.action)},
                              {"from_state", e.from_state},
                              {"from_state_title", state_title(e.from_state)},
                              {"to_state", e.to_state},
                              {"to_state_title", state_title(e.to_state)},
                              {"detail", e.detail}});
  o["relations"] = std::move(relations);
  o["available_actions"] = std::move(actions);
  o["cosigners"] = std::move(cosigners);
  o["units"] = std::move(units);
  o["clocks"] = std::move(clocks);
  o["contacts"] = std::move(contacts);
  o["answers"] = std::move(answers);
  o["commitments"] = std::move(commitments);
  o["evaluations"] = std::move(evals);
  o["attachments"] = std::move(files);
  o["merged_with"] = std::move(merged);
  o["timeline"] = std::move(timeline);
  return o;
}

}  // namespace daibiao::http
