// Deadlines of suggestion handling (办理时限): which clocks run, when each is due, and the
// flags lists show (临近到期, 已超期, 严重超期). Flags are computed from dates whenever they
// are shown and never stored, so they are right on any day without a batch job.
//
// All dates are Asia/Shanghai calendar days (see calendar.hpp). A clock is due at the end
// of its due date: it is overdue from the day after.
#pragma once

#include <optional>
#include <span>
#include <string_view>

#include "base/result.hpp"
#include "domain/calendar/calendar.hpp"
#include "domain/suggestions/rules.hpp"

namespace daibiao::suggestions {

enum class ClockKind {
  sign_for,  // 签收期限: the unit signs for an assigned item (when Rules::sign_for is set)
  answer,    // 答复期限: the lead unit's answer; an extension (延期) moves its due date
  reassignment_window,  // 申请改办期限: a unit may ask to be re-assigned until then (a window)
  co_opinion,           // 协办意见期限: a co-unit's written opinion to the lead unit
  evaluation,           // 代表反馈期限: the lead deputy evaluates the answer (a window)
  rehandling,  // 重新办理期限: the next answer after 不满意 or a slipped commitment
  commitment,  // 承诺落实期限: a commitment's own date (what, by when)
};

std::span<const ClockKind> all_clock_kinds();
std::string_view clock_kind_name(ClockKind k);      // "answer"
std::string_view clock_kind_title_zh(ClockKind k);  // "答复期限"
// Obligations become overdue; windows (re-assignment, evaluation) only lapse, so they never
// raise the overdue flags of an item.
bool is_obligation(ClockKind k);

// The end of `p` counted from `start` (the start day itself is not counted): working days on
// the rules' calendar; calendar days and months moved to the next working day when the end
// falls on a day off and Rules::roll_to_working_day is set.
Date due_after(Date start, Period p, const Rules& r);
// When a clock of `kind` started on `start` is due. nullopt for a commitment (its date is
// its own) and for sign_for when Rules::sign_for is not set (no such clock).
std::optional<Date> due_date(ClockKind kind, Date start, const Rules& r);

// 答复期限 from the assignment (交办), and the latest date an extension may reach.
Date answer_due(Date assigned_on, const Rules& r);
Date extension_cap(Date assigned_on, const Rules& r);

// 延期: moving the answer deadline from `current_due` to `until` must move it later and may
// not go past extension_cap(assigned_on). invalid_argument on field "until" otherwise; the
// message names the cap's date.
Status check_extension_until(Date assigned_on, Date current_due, Date until, const Rules& r);
// The same, and the request states a reason (field "reason"): what a unit's request needs.
Status check_extension(Date assigned_on, Date current_due, Date until, std::string_view reason,
                       const Rules& r);

// A clock as storage records it: started, due, and stopped when its obligation was met
// (or became moot).
struct ItemClock {
  ClockKind kind = ClockKind::answer;
  Date started_on;
  Date due_on;
  std::optional<Date> stopped_on;
};

struct DeadlineFlags {
  bool due_soon = false;      // 临近到期: 0 ≤ days_left ≤ Rules::due_soon_days (default 7)
  bool overdue = false;       // 已超期: today is after the due date (days_left < 0)
  bool very_overdue = false;  // 严重超期: more than Rules::very_overdue_days (default 30) after it
  int days_left = 0;          // due − today in calendar days; negative once overdue
};

// The flags of a due date on `today`.
DeadlineFlags deadline_flags(Date due, Date today, const Rules& r);
// The flags of a clock: a stopped clock raises none (days_left still says how it ended).
DeadlineFlags clock_flags(const ItemClock& c, Date today, const Rules& r);
// True when a stopped clock stopped on or before its due date (按时); false while running.
bool met_deadline(const ItemClock& c);

// The flags of an item: any running obligation's flags, and its nearest running due date.
struct ItemFlags {
  bool due_soon = false;
  bool overdue = false;
  bool very_overdue = false;
  std::optional<Date> next_due;  // earliest due date among running obligations
  std::optional<ClockKind> next_kind;
};
ItemFlags item_flags(std::span<const ItemClock> clocks, Date today, const Rules& r);

}  // namespace daibiao::suggestions
