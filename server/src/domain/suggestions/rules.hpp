// The configurable rules of suggestion handling. They vary by place and year (DOMAIN.md,
// "Rules from the regulations"), so every number and list the workflow and the deadline
// engine use lives here, with the national defaults of the issue text.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.hpp"
#include "domain/calendar/calendar.hpp"

namespace daibiao::suggestions {

enum class PeriodUnit {
  working_days,   // 工作日: counted on the working calendar, the start day excluded
  calendar_days,  // 日（自然日）
  months,         // 个月: calendar months, clamped to the month's end
};

// A length of time a deadline is counted in, e.g. {5, working_days}.
struct Period {
  int count = 0;
  PeriodUnit unit = PeriodUnit::calendar_days;
};

// "5个工作日", "10日", "3个月".
std::string period_text(Period p);

// 答复类别: A 已解决或采纳, B 正在解决或列入计划, C 因条件限制暂不能解决, D 留作参考.
struct AnswerClass {
  std::string code;                // "B"
  std::string title_zh;            // "正在解决或列入计划"
  bool needs_commitments = false;  // the answer must carry commitments (what, by when)
};

// 星级: the level fixes who pushes the suggestion (★★★ a chairman's-meeting member …).
struct StarLevel {
  int stars = 1;
  std::string supervised_by_zh;  // "主任会议成员督办"
};

struct Rules {
  // Every period of handling counts from the assignment (交办), as the regulations say: a
  // unit that is slow to sign for does not gain time by it.
  // 签收期限: each unit signs for an assigned item; unset means the congress sets none.
  std::optional<Period> sign_for = Period{3, PeriodUnit::working_days};
  // 答复期限.
  Period answer{3, PeriodUnit::months};
  // 延期上限: an extended answer deadline is at most this long after the assignment.
  Period max_answer{6, PeriodUnit::months};
  // 申请改办期限: a unit may ask to be re-assigned within it; afterwards the assignment
  // stands (7 working days in most provinces; 5, 10 or 3 elsewhere).
  Period reassignment_window{7, PeriodUnit::working_days};
  // 协办意见期限: a co-unit sends its written opinion to the lead unit.
  Period co_opinion{1, PeriodUnit::months};
  // 急件: an urgent item is answered faster. for_urgent() puts these in place of sign_for,
  // answer and max_answer.
  std::optional<Period> urgent_sign_for = Period{1, PeriodUnit::working_days};
  Period urgent_answer{1, PeriodUnit::months};
  Period urgent_max_answer{2, PeriodUnit::months};
  // 代表反馈期限: the lead deputy evaluates an answer, from its sign-off (签发).
  Period evaluation{10, PeriodUnit::calendar_days};
  // 重新办理期限: after 不满意 (or a look-back found a commitment not done).
  Period rehandling{1, PeriodUnit::months};
  // How many times 不满意 sends an item back; afterwards 不满意 is recorded and it moves on.
  int max_dissatisfied_rounds = 1;
  // A calendar-day or month deadline that falls on a day off moves to the next working day
  // (as periods do in Chinese procedural law). Working-day periods always end on one.
  bool roll_to_working_day = true;
  // Flags: "due soon" from this many calendar days before the due date (inclusive);
  // "very overdue" when more than this many calendar days after it.
  int due_soon_days = 7;
  int very_overdue_days = 30;

  std::vector<AnswerClass> answer_classes{
      {"A", "已解决或采纳", false},
      {"B", "正在解决或列入计划", true},
      {"C", "因条件限制暂不能解决", false},
      {"D", "留作参考", false},
  };
  // 不作为建议处理的理由 (DOMAIN.md: personal matters, court cases, passed-on letters, ads).
  std::vector<std::string> not_suggestion_reasons{
      "属于个人诉求或私人事务", "属于诉讼、仲裁案件或应通过法定途径解决的事项", "代转他人来信",
      "属于广告宣传", "其他不宜作为代表建议的事项"};
  // 建议类别 (the committee's own list; the board filters and counts by it).
  std::vector<std::string> categories{"经济发展", "城乡建设", "交通运输", "教育科技", "医疗卫生",
                                      "农业农村", "生态环境", "社会保障", "民主法治", "其他"};
  std::vector<StarLevel> star_levels{
      {3, "主任会议成员督办"}, {2, "专门委员会督办"}, {1, "联工委常规督办"}};

  // The working-day calendar deadlines count on (weekends only unless set).
  calendar::WorkingCalendar calendar;

  const AnswerClass* answer_class(std::string_view code) const;
  const StarLevel* star_level(int stars) const;
  bool is_not_suggestion_reason(std::string_view reason) const;
  bool is_category(std::string_view category) const;
  // The rules an urgent item (急件) runs under: these, with the urgent periods in place of
  // the sign-for, answer and extension-cap periods.
  Rules for_urgent() const;
};

// The defaults above with China's 2025–2026 holidays and make-up days.
Rules default_rules();

// Every problem with a rule set at once (counts positive, lists non-empty, codes unique),
// as field errors; empty when usable.
std::vector<FieldError> rules_problems(const Rules& r);

}  // namespace daibiao::suggestions
