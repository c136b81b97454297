#include "app/suggestions/suggestion_texts.hpp"

#include <algorithm>

namespace daibiao::app {

namespace sg = suggestions;
using sg::Action;
using sg::Actor;

namespace {

std::string joined(const std::vector<std::string>& parts) {
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : "、") + p;
  return out;
}

// "：理由" when there is one.
std::string with_reason(const std::string& reason) {
  return reason.empty() ? std::string() : "：" + reason;
}

// "。意见" when there is one.
std::string with_comment(const std::string& comment) {
  return comment.empty() ? std::string() : "。" + comment;
}

}  // namespace

std::string step_detail(const sg::Decision& d, const ActionRequest& req, const Applied& done,
                        const sg::Rules& rules) {
  switch (d.action) {
    case Action::invite_cosigners:
      return "邀请联名：" + joined(done.names);
    case Action::re_review_accept:
      return done.number ? "立案，编号第" + std::to_string(*done.number) + "号" : std::string();
    case Action::return_for_revision:
      return "退回修改：" + req.reason;
    case Action::reject_not_suggestion:
      return "不作为建议处理：" + req.reason_code + with_reason(req.reason);
    case Action::classify: {
      const auto* star = rules.star_level(static_cast<int>(req.star_level.value_or(0)));
      return std::to_string(req.star_level.value_or(0)) + " 星（" +
             (star ? star->supervised_by_zh : "") + "），类别：" + req.category;
    }
    case Action::merge:
      return done.names.empty() ? std::string() : "并案：" + joined(done.names);
    case Action::assign:
      if (std::find(d.effects.begin(), d.effects.end(), sg::Effect::split_per_unit) !=
          d.effects.end())
        return "分办至 " + std::to_string(done.units.size()) + " 个单位";
      return "交办（" + units_text(done.units) + "）";
    case Action::sign_for:
      return done.unit_name.empty() ? std::string() : done.unit_name + "签收";
    case Action::request_reassignment:
      return done.unit_name.empty() ? std::string() : done.unit_name + "申请改办：" + req.reason;
    case Action::approve_reassignment:
      if (d.from == sg::State::reassignment_requested)
        return "同意改办，重新交办（" + units_text(done.units) + "）";
      return "同意" + done.unit_name + "不再协办";
    case Action::reject_reassignment:
      return done.unit_name.empty()
                 ? std::string()
                 : "不同意" + done.unit_name + "的改办申请" + with_reason(req.reason);
    case Action::request_extension:
      return "申请延期至 " + req.until + "：" + req.reason;
    case Action::approve_extension:
      return "批准延期至 " + done.date;
    case Action::reject_extension:
      return "不批准延期" + with_reason(req.reason);
    case Action::log_contact:
      return done.date.empty() ? std::string() : "登记沟通（" + done.date + "）：" + req.summary;
    case Action::submit_co_opinion:
      return done.unit_name.empty() ? std::string() : done.unit_name + "提交协办意见";
    case Action::draft_answer: {
      const auto* cls = rules.answer_class(req.answer_class);
      return "答复类别 " + req.answer_class + (cls ? "（" + cls->title_zh + "）" : "") +
             (req.commitments.empty() ? ""
                                      : "，承诺 " + std::to_string(req.commitments.size()) + " 项");
    }
    case Action::sign_off_answer:
      return done.answer_class.empty() ? std::string() : "签发答复（" + done.answer_class + " 类）";
    case Action::send_back_answer:
      return "退回答复：" + req.reason;
    case Action::evaluate:
      return std::string(d.actor == Actor::cosigner ? "联名代表评价：" : "评价：") +
             outcome_title(req.rating) + with_comment(req.comment);
    case Action::close:
      // Taken only once the window lapsed: the deputy gave no feedback (未反馈).
      return d.to == sg::State::follow_up ? "代表在评价期限内未反馈，转入跟踪落实"
                                          : "代表在评价期限内未反馈，办结";
    case Action::report_progress:
      return done.commitment.empty() ? std::string()
                                     : "报告进展（" + done.commitment + "）：" + req.note +
                                           (req.done ? "，已落实" : "");
    case Action::look_back:
      return done.commitment.empty() ? std::string()
                                     : "回头看（" + done.commitment + "）：" +
                                           outcome_title(req.result) + with_comment(req.comment);
    case Action::withdraw:
      return "撤回" + with_reason(req.reason);
    case Action::supervise_rehandling:
      return "督办重办：" + req.reason;
    case Action::create:
    case Action::enter_on_behalf:
    case Action::cosigner_confirm:
    case Action::cosigner_decline:
    case Action::submit:
    case Action::initial_review_pass:
    case Action::edit:
      return {};
  }
  return {};
}

std::string created_detail(bool on_behalf) { return on_behalf ? "代录纸质建议" : "起草建议"; }

std::string split_detail(std::int64_t original, const std::string& lead_unit_name) {
  return "分办（原件 " + std::to_string(original) + "）：主办 " + lead_unit_name;
}

std::string notification_title(const storage::SuggestionRow& s, Action action) {
  return "《" + s.title + "》" + std::string(sg::action_title_zh(action));
}

std::string notification_body(const storage::SuggestionRow& s, sg::State to) {
  const auto n = number_text(s);
  return (n.empty() ? "" : n + "，") + "当前状态：" + std::string(sg::state_title_zh(to));
}

std::string reminder_title(const std::string& suggestion_title, sg::ClockKind kind,
                           const sg::DeadlineFlags& flags, const std::string& due_on) {
  return "《" + suggestion_title + "》" + std::string(sg::clock_kind_title_zh(kind)) +
         (flags.overdue ? "已超期 " + std::to_string(-flags.days_left) + " 天"
                        : "将于 " + due_on + " 到期");
}

std::string reminder_body(const std::string& due_on) { return "截止日期：" + due_on; }

std::string look_back_title(const std::string& suggestion_title) {
  return "《" + suggestion_title + "》请回头看：承诺的期限已到";
}

std::string look_back_body(const std::string& what, const std::string& due_on) {
  return "承诺：" + what + "（" + due_on + "前完成）。请告诉我们已落实、部分落实还是未落实。";
}

const char* outcome_title(const std::string& r) {
  if (r == "satisfied") return "满意";
  if (r == "basically_satisfied") return "基本满意";
  if (r == "dissatisfied") return "不满意";
  if (r == "done") return "已落实";
  if (r == "partly_done") return "部分落实";
  if (r == "not_done") return "未落实";
  return "";
}

std::string number_text(const storage::SuggestionRow& s) {
  return s.number ? "第" + std::to_string(*s.number) + "号" : std::string();
}

std::string units_text(const std::vector<storage::UnitRow>& units) {
  std::string lead, co;
  for (const auto& u : units) {
    auto& list = u.role == "lead" ? lead : co;
    list += (list.empty() ? "" : "、") + u.name;
  }
  return "主办：" + lead + (co.empty() ? "" : "；协办：" + co);
}

}  // namespace daibiao::app
