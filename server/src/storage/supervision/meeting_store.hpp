// Rows of the five-present handling meetings (handling_meetings, handling_meeting_photos;
// migration 0014). The rules are domain/supervision/meetings.hpp.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/suggestions/visibility.hpp"
#include "domain/supervision/meetings.hpp"
#include "storage/db.hpp"
#include "storage/list_page.hpp"

namespace daibiao::storage {

struct MeetingPhoto {
  std::int64_t attachment_id = 0;
  std::string file_name, content_type;
};

struct MeetingRow {
  std::int64_t id = 0;
  std::int64_t suggestion_id = 0;
  std::optional<std::int64_t> suggestion_number;
  std::string suggestion_title, suggestion_state;
  std::int64_t org_node_id = 0;
  std::string org_path;
  std::int64_t unit_id = 0;
  std::string unit_name;
  std::string scheduled_on, start_time, place, topic;
  supervision::MeetingStatus status = supervision::MeetingStatus::scheduled;
  std::optional<std::string> held_on;
  supervision::Attendance attendance;
  std::string minutes, cancel_reason;
  std::string created_by_name, closed_by_name;
  std::vector<MeetingPhoto> photos;  // filled by find_meeting only
  std::int64_t version = 0;
  std::int64_t created_at = 0, updated_at = 0;
};

// Stores a scheduled meeting (the fields through `topic`, created_by_name); returns its id.
Result<std::int64_t> insert_meeting(Connection& c, const MeetingRow& m, std::int64_t created_by,
                                    std::int64_t now);
// With its photos; not_found when absent.
Result<MeetingRow> find_meeting(Connection& c, std::int64_t id);

// Records the meeting as held, when still at `version` (conflict otherwise).
Status save_held(Connection& c, std::int64_t id, std::int64_t version,
                 const supervision::CheckedRecord& r, const std::vector<std::int64_t>& photo_ids,
                 const std::string& by_name, std::int64_t now);
Status save_cancelled(Connection& c, std::int64_t id, std::int64_t version,
                      const std::string& reason, const std::string& by_name, std::int64_t now);

// Meetings on the items `visibility` sees; filters suggestion_id, status, unit_id; sorted by
// scheduled_on (default, latest first), held_on or created_at.
Result<ListPage<MeetingRow>> list_meetings(Connection& c, const suggestions::Visibility& visibility,
                                           const ListRequest& req);

// Per unit, the meetings held in `year` on items of congresses under `path`.
struct UnitMeetingFigure {
  std::int64_t unit_id = 0;
  std::string unit_name;
  supervision::MeetingFigure figure;
};
Result<std::vector<UnitMeetingFigure>> meeting_figures(Connection& c, int year,
                                                       const std::string& path);

}  // namespace daibiao::storage
