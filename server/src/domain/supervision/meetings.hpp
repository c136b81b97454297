// Five-present handling meetings (五到场办理会, DOMAIN.md "Supervision"): a meeting on one
// suggestion where the handling is settled face to face. It counts as "five present" when each
// of the five parties came: the responsible leader (分管负责同志), the deputy who raised it,
// the handling unit's officers, the congress's supervisor (人大督办人员) and the press.
//
// A meeting is scheduled (date, time, place, topic) on an item its lead unit is handling;
// then it is either held — who came for each party, the minutes (会议纪要), photos from the
// item's attachments — or cancelled with a reason. Nothing changes after either.
#pragma once

#include <array>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "base/date.hpp"
#include "base/enum_table.hpp"
#include "base/result.hpp"
#include "domain/suggestions/workflow.hpp"
#include "domain/supervision/handling.hpp"

namespace daibiao::supervision {

enum class Party { leader, deputy, unit, supervisor, press };
inline constexpr auto kParties = std::to_array<EnumEntry<Party>>({
    {Party::leader, "leader", "分管领导"},
    {Party::deputy, "deputy", "提出建议的代表"},
    {Party::unit, "unit", "承办单位"},
    {Party::supervisor, "supervisor", "人大督办人员"},
    {Party::press, "press", "新闻媒体"},
});
static_assert(enum_table_ok(kParties));
constexpr const auto& enum_table(Party) { return kParties; }
inline constexpr std::size_t kPartyCount = kParties.size();

enum class MeetingStatus { scheduled, held, cancelled };
inline constexpr auto kMeetingStatuses = std::to_array<EnumEntry<MeetingStatus>>({
    {MeetingStatus::scheduled, "scheduled", "已安排"},
    {MeetingStatus::held, "held", "已召开"},
    {MeetingStatus::cancelled, "cancelled", "已取消"},
});
static_assert(enum_table_ok(kMeetingStatuses));
constexpr const auto& enum_table(MeetingStatus) { return kMeetingStatuses; }

// Who came, per party (in kParties order): the names as written ("张三、李四"); empty when
// nobody of that party came.
using Attendance = std::array<std::string, kPartyCount>;

// True when every party has someone present.
bool all_five_present(const Attendance& a);
// How many parties have someone present.
int parties_present(const Attendance& a);

// A meeting is scheduled while the item is with its lead unit (handling.hpp with_lead_unit);
// the committee or the lead unit schedules, records or cancels it (acts_on_handling).

struct ScheduleInput {
  std::string scheduled_on;  // YYYY-MM-DD
  std::string start_time;    // HH:MM, "" when not fixed yet
  std::string place;
  std::string topic;
};
struct CheckedSchedule {
  Date scheduled_on;
  std::string start_time, place, topic;
};
// Field errors: a real date in 2000–2100, a 24-hour HH:MM time, a place (≤ 100 characters),
// a topic of ≤ 200 characters.
Result<CheckedSchedule> check_schedule(const ScheduleInput& in);

struct RecordInput {
  std::string held_on;  // YYYY-MM-DD, not after today
  Attendance attendance;
  std::string minutes;  // required, ≤ 10,000 characters
};
struct CheckedRecord {
  Date held_on;
  Attendance attendance;
  std::string minutes;
};
// Field errors: held_on a real date not after today and not before 2000; each party's names ≤
// 100 characters (attendance.<party>); minutes required. At least one party must have come.
Result<CheckedRecord> check_record(const RecordInput& in, Date today);

// The figure per unit (docs/supervision.md, "Five-present meetings"): meetings held in a
// year, and of them those with all five present.
struct MeetingFigure {
  std::int64_t held = 0;
  std::int64_t all_five = 0;
  // all_five / held in hundredths of a percent (10000 = 100%); nullopt when none were held.
  std::optional<int> rate_bp() const;
};

}  // namespace daibiao::supervision
