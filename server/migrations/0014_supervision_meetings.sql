-- 0014: five-present handling meetings (五到场办理会, domain/supervision/meetings.hpp). A
-- meeting on one suggestion, scheduled by the committee or the lead unit, then held (who came
-- for each of the five parties, the minutes, photos from the item's attachments) or
-- cancelled. unit_id is the lead unit when it was scheduled: the figure per unit counts by it.
CREATE TABLE handling_meetings (
  id                INTEGER PRIMARY KEY AUTOINCREMENT,
  suggestion_id     INTEGER NOT NULL REFERENCES suggestions(id),
  org_node_id       INTEGER NOT NULL REFERENCES org_nodes(id),
  org_path          TEXT NOT NULL,
  unit_id           INTEGER NOT NULL REFERENCES handling_units(id),
  scheduled_on      TEXT NOT NULL,
  start_time        TEXT NOT NULL DEFAULT '',
  place             TEXT NOT NULL,
  topic             TEXT NOT NULL DEFAULT '',
  status            TEXT NOT NULL CHECK (status IN ('scheduled', 'held', 'cancelled')),
  held_on           TEXT,
  leader_names      TEXT NOT NULL DEFAULT '',
  deputy_names      TEXT NOT NULL DEFAULT '',
  unit_names        TEXT NOT NULL DEFAULT '',
  supervisor_names  TEXT NOT NULL DEFAULT '',
  press_names       TEXT NOT NULL DEFAULT '',
  all_five          INTEGER NOT NULL DEFAULT 0,
  minutes           TEXT NOT NULL DEFAULT '',
  cancel_reason     TEXT NOT NULL DEFAULT '',
  created_by        INTEGER NOT NULL REFERENCES users(id),
  created_by_name   TEXT NOT NULL,
  closed_by_name    TEXT NOT NULL DEFAULT '',
  version           INTEGER NOT NULL DEFAULT 1,
  created_at        INTEGER NOT NULL,
  updated_at        INTEGER NOT NULL
);
CREATE INDEX handling_meetings_item ON handling_meetings(suggestion_id, id);
CREATE INDEX handling_meetings_when ON handling_meetings(scheduled_on, id);
CREATE INDEX handling_meetings_held ON handling_meetings(status, held_on, unit_id);

-- The photos of a held meeting: images among the item's attachments.
CREATE TABLE handling_meeting_photos (
  meeting_id     INTEGER NOT NULL REFERENCES handling_meetings(id),
  attachment_id  INTEGER NOT NULL REFERENCES suggestion_attachments(id),
  PRIMARY KEY (meeting_id, attachment_id)
);
