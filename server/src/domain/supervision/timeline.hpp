// The steps the supervision area adds to a suggestion's timeline (suggestion_events.action),
// beside the workflow's actions: they record what happened around the item without moving it
// from its state.
#pragma once

#include <array>

#include "base/enum_table.hpp"

namespace daibiao::supervision {

enum class TimelineStep {
  meeting_scheduled,
  meeting_held,
  meeting_cancelled,
  leader_named,
  key_designated,
  key_activity,
  key_concluded,
  funding_asked,
  funding_granted,
  funding_refused,
  funding_spent,
  award_won,
};
inline constexpr auto kTimelineSteps = std::to_array<EnumEntry<TimelineStep>>({
    {TimelineStep::meeting_scheduled, "meeting_scheduled", "安排五到场办理会"},
    {TimelineStep::meeting_held, "meeting_held", "召开五到场办理会"},
    {TimelineStep::meeting_cancelled, "meeting_cancelled", "取消五到场办理会"},
    {TimelineStep::leader_named, "leader_named", "指定督办领导"},
    {TimelineStep::key_designated, "key_designated", "列为重点督办"},
    {TimelineStep::key_activity, "key_activity", "重点督办活动"},
    {TimelineStep::key_concluded, "key_concluded", "重点督办办结"},
    {TimelineStep::funding_asked, "funding_asked", "申请办理经费"},
    {TimelineStep::funding_granted, "funding_granted", "核定办理经费"},
    {TimelineStep::funding_refused, "funding_refused", "经费未予安排"},
    {TimelineStep::funding_spent, "funding_spent", "登记经费支出"},
    {TimelineStep::award_won, "award_won", "获评优秀代表建议"},
});
static_assert(enum_table_ok(kTimelineSteps));
constexpr const auto& enum_table(TimelineStep) { return kTimelineSteps; }

}  // namespace daibiao::supervision
