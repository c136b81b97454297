// Five-present handling meetings (五到场办理会): schedule a meeting on a suggestion, record it
// as held (who came for each party, minutes, photos) or cancel it, list them, and the figure
// "meetings with all five present" per unit. The rules are domain/supervision/meetings.hpp;
// the rows storage/supervision/meeting_store.hpp.
//
// Who: whoever sees the item reads its meetings; the committee (liaison staff over the item)
// and the lead unit (officers, head) schedule, record and cancel. The figures are read like
// the other supervision views (suggestion.read or supervision.manage over the congress).
// Each step is audited (supervision.meeting.schedule / .record / .cancel), appears in the
// item's timeline, and the schedule and cancellation are told to the lead unit and deputy.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/listing.hpp"
#include "app/use_case.hpp"
#include "domain/supervision/meetings.hpp"
#include "storage/supervision/meeting_store.hpp"

namespace daibiao::app {

struct MeetingView {
  storage::MeetingRow meeting;
  bool can_organise = false;  // the caller may record or cancel it (while scheduled)
};

// failed_precondition when the item is not with its lead unit (with_lead_unit).
Result<MeetingView> schedule_meeting(Env&, const Caller&, std::int64_t suggestion_id,
                                     const supervision::ScheduleInput&);
// The meeting must still be scheduled (failed_precondition). `photo_ids` are attachments of
// the same item that are images (JPG or PNG); field errors otherwise.
Result<MeetingView> record_meeting(Env&, const Caller&, std::int64_t id, std::int64_t version,
                                   const supervision::RecordInput&,
                                   const std::vector<std::int64_t>& photo_ids);
// The meeting must still be scheduled; a reason is required.
Result<MeetingView> cancel_meeting(Env&, const Caller&, std::int64_t id, std::int64_t version,
                                   const std::string& reason);
Result<MeetingView> get_meeting(Env&, const Caller&, std::int64_t id);
Result<ListResult<storage::MeetingRow>> list_meetings(Env&, const Caller&,
                                                      const storage::ListRequest&);

struct MeetingFigures {
  std::int64_t org_node_id = 0;
  std::string org_name;
  int year = 0;
  std::vector<storage::UnitMeetingFigure> units;  // by unit name
  supervision::MeetingFigure total;
};
Result<MeetingFigures> meeting_figures(Env&, const Caller&, std::optional<std::int64_t> org_node_id,
                                       std::optional<int> year);

}  // namespace daibiao::app
