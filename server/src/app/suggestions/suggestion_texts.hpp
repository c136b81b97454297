// The words of suggestion handling (zh-CN), in one place: the timeline line of each step,
// notifications and reminders, and the titles shown beside codes.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/suggestions/suggestion_service.hpp"

namespace daibiao::app {

// What applying a decision did that its timeline line names (suggestion_effects fills it).
struct Applied {
  std::vector<std::string> names;       // invited deputies; merged items' titles
  std::vector<storage::UnitRow> units;  // the units of an assignment
  std::string unit_name;                // the acting, released or refused unit
  std::optional<std::int64_t> number;   // 立案编号
  std::string answer_class;             // the class of the answer signed off
  std::string date;                     // the contact's date; the extended deadline
  std::string commitment;               // what the named commitment promises
};

// The timeline line of a workflow step.
std::string step_detail(const suggestions::Decision& d, const ActionRequest& req,
                        const Applied& done, const suggestions::Rules& rules);
// The timeline line of a new suggestion: drafted by the deputy, or entered by staff (代录).
std::string created_detail(bool on_behalf);
// The timeline line of an item made by 分办 from item `original`.
std::string split_detail(std::int64_t original, const std::string& lead_unit_name);

// 《title》答复 / "第12号，当前状态：办理中": what a workflow notification says.
std::string notification_title(const storage::SuggestionRow& s, suggestions::Action action);
std::string notification_body(const storage::SuggestionRow& s, suggestions::State to);
// A reminder of a running clock that is due soon or overdue.
std::string reminder_title(const std::string& suggestion_title, suggestions::ClockKind kind,
                           const suggestions::DeadlineFlags& flags, const std::string& due_on);
std::string reminder_body(const std::string& due_on);
// 回头看: the lead deputy is asked whether a commitment whose date passed was kept.
std::string look_back_title(const std::string& suggestion_title);
std::string look_back_body(const std::string& what, const std::string& due_on);

// 满意 / 基本满意 / 不满意 for an evaluation's rating, 已落实 / 部分落实 / 未落实 for a
// look-back's result; "" for anything else.
const char* outcome_title(const std::string& name);
// "第12号", or "" before numbering.
std::string number_text(const storage::SuggestionRow& s);
// "主办：甲局；协办：乙局、丙局".
std::string units_text(const std::vector<storage::UnitRow>& units);

}  // namespace daibiao::app
