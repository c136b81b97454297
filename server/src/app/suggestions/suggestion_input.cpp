#include "app/suggestions/suggestion_input.hpp"

#include "app/suggestions/suggestion_facts.hpp"
#include "base/text.hpp"

namespace daibiao::app {

namespace sg = suggestions;
using sg::Action;
using sg::State;

namespace {

void require_date(std::vector<FieldError>& errors, const std::string& field,
                  const std::string& value, std::optional<Date>& out) {
  if (value.empty()) return;
  out = parse_date(value);
  if (!out) errors.push_back({field, "日期格式应为 YYYY-MM-DD"});
}

}  // namespace

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

Error api_error(Error e) {
  for (auto& f : e.fields) {
    if (f.field == "cosigners") f.field = "person_ids";
    if (f.field == "commitment") f.field = "commitment_id";
    if (f.field == "units") f.field = "unit_ids";
    if (f.field.ends_with(".due")) f.field += "_on";
  }
  return e;
}

}  // namespace daibiao::app
