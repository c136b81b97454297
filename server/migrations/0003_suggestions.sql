-- 0003 suggestion handling (代表建议办理).
-- Dates of the deadline engine are Asia/Shanghai calendar days as 'YYYY-MM-DD' text; times
-- are BIGINT milliseconds (UTC). Flags (临近到期, 已超期) are never stored: lists compute them
-- from next_due_on and today's date.

-- A deputy's own account is linked to the deputy's person record.
ALTER TABLE users ADD COLUMN person_id INTEGER REFERENCES persons(id);
CREATE INDEX users_person ON users(person_id);
CREATE INDEX users_unit ON users(unit_id);

-- The working-day calendar as data: days off (holiday) and make-up working days (makeup).
CREATE TABLE calendar_days (
  day   TEXT PRIMARY KEY,
  kind  TEXT NOT NULL CHECK (kind IN ('holiday','makeup')),
  name  TEXT NOT NULL DEFAULT ''
);

-- 第N号: the last number given in each session.
CREATE TABLE suggestion_counters (
  session_id   INTEGER PRIMARY KEY REFERENCES congress_sessions(id),
  last_number  INTEGER NOT NULL
);

CREATE TABLE suggestions (
  id                    INTEGER PRIMARY KEY AUTOINCREMENT,
  org_node_id           INTEGER NOT NULL REFERENCES org_nodes(id),  -- the congress handling it
  org_path              TEXT NOT NULL,                              -- its path (scope)
  review_org_id         INTEGER NOT NULL REFERENCES org_nodes(id),  -- initial review (初审)
  review_path           TEXT NOT NULL,
  session_id            INTEGER NOT NULL REFERENCES congress_sessions(id),
  number                INTEGER,                                    -- 第N号 once accepted
  parent_id             INTEGER REFERENCES suggestions(id),         -- 分办: the original item
  merge_group           INTEGER,                                    -- 并案: the group's first id
  title                 TEXT NOT NULL,
  body                  TEXT NOT NULL,
  category              TEXT NOT NULL DEFAULT '',
  is_public             INTEGER NOT NULL DEFAULT 0,
  lead_person_id        INTEGER NOT NULL REFERENCES persons(id),
  lead_name             TEXT NOT NULL,
  entered_by            INTEGER REFERENCES users(id),               -- 代录 by staff
  state                 TEXT NOT NULL,
  star_level            INTEGER,
  assign_mode           TEXT,                                       -- joint | split
  lead_unit_id          INTEGER REFERENCES handling_units(id),
  round                 INTEGER NOT NULL DEFAULT 1,                 -- handling round (re-handling +1)
  in_rehandling         INTEGER NOT NULL DEFAULT 0,
  rehandling_started_on TEXT,
  dissatisfied_rounds   INTEGER NOT NULL DEFAULT 0,
  answered_on           TEXT,                                       -- sign-off of the current answer
  answer_class          TEXT,
  rating                TEXT,                                       -- the lead deputy's last rating
  extension_requested   INTEGER NOT NULL DEFAULT 0,
  extension_until       TEXT,                                       -- requested or approved date
  extension_reason      TEXT NOT NULL DEFAULT '',
  extended_to           TEXT,                                       -- approved answer deadline
  return_reason         TEXT NOT NULL DEFAULT '',
  not_accepted_reason   TEXT NOT NULL DEFAULT '',
  next_due_on           TEXT,                                       -- earliest running obligation
  next_due_kind         TEXT,
  submitted_at          INTEGER,
  closed_at             INTEGER,
  version               INTEGER NOT NULL DEFAULT 1,
  created_at            INTEGER NOT NULL,
  updated_at            INTEGER NOT NULL
);
CREATE UNIQUE INDEX suggestions_number ON suggestions(session_id, number) WHERE parent_id IS NULL AND number IS NOT NULL;
CREATE INDEX suggestions_path ON suggestions(org_path, updated_at);
CREATE INDEX suggestions_state ON suggestions(state, next_due_on);
CREATE INDEX suggestions_state_star ON suggestions(state, star_level, next_due_on);
CREATE INDEX suggestions_due ON suggestions(next_due_on);
CREATE INDEX suggestions_unit ON suggestions(lead_unit_id, state);
CREATE INDEX suggestions_lead ON suggestions(lead_person_id);
CREATE INDEX suggestions_session ON suggestions(session_id, number);
CREATE INDEX suggestions_updated ON suggestions(updated_at, id);

CREATE TABLE suggestion_cosigners (
  suggestion_id  INTEGER NOT NULL REFERENCES suggestions(id),
  person_id      INTEGER NOT NULL REFERENCES persons(id),
  name           TEXT NOT NULL,
  status         TEXT NOT NULL CHECK (status IN ('invited','confirmed','declined')),
  invited_at     INTEGER NOT NULL,
  responded_at   INTEGER,
  PRIMARY KEY (suggestion_id, person_id)
);
CREATE INDEX suggestion_cosigners_person ON suggestion_cosigners(person_id);

-- The units on an item: the lead unit (主办) and co-units (协办); a released unit left it.
CREATE TABLE suggestion_units (
  id                    INTEGER PRIMARY KEY AUTOINCREMENT,
  suggestion_id         INTEGER NOT NULL REFERENCES suggestions(id),
  unit_id               INTEGER NOT NULL REFERENCES handling_units(id),
  role                  TEXT NOT NULL CHECK (role IN ('lead','co')),
  signed_on             TEXT,
  opinion               TEXT NOT NULL DEFAULT '',
  opinion_at            INTEGER,
  reassignment_pending  INTEGER NOT NULL DEFAULT 0,
  reassignment_reason   TEXT NOT NULL DEFAULT '',
  released              INTEGER NOT NULL DEFAULT 0,
  assigned_at           INTEGER NOT NULL
);
CREATE INDEX suggestion_units_item ON suggestion_units(suggestion_id);
CREATE INDEX suggestion_units_unit ON suggestion_units(unit_id, released);

-- Clocks (时限): whose (unit_id for a unit's clock, NULL for the deputy's), running until stopped.
CREATE TABLE suggestion_clocks (
  id             INTEGER PRIMARY KEY AUTOINCREMENT,
  suggestion_id  INTEGER NOT NULL REFERENCES suggestions(id),
  kind           TEXT NOT NULL,
  party          TEXT NOT NULL,               -- lead_unit | co_unit | deputy
  unit_id        INTEGER REFERENCES handling_units(id),
  commitment_id  INTEGER,
  started_on     TEXT NOT NULL,
  due_on         TEXT NOT NULL,
  stopped_on     TEXT
);
CREATE INDEX suggestion_clocks_item ON suggestion_clocks(suggestion_id);
CREATE INDEX suggestion_clocks_running ON suggestion_clocks(stopped_on, due_on);

-- The timeline: every step, who, when, what changed.
CREATE TABLE suggestion_events (
  id             INTEGER PRIMARY KEY AUTOINCREMENT,
  suggestion_id  INTEGER NOT NULL REFERENCES suggestions(id),
  at             INTEGER NOT NULL,
  user_id        INTEGER REFERENCES users(id),
  actor_name     TEXT NOT NULL,
  relation       TEXT NOT NULL,
  action         TEXT NOT NULL,
  from_state     TEXT NOT NULL,
  to_state       TEXT NOT NULL,
  detail         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX suggestion_events_item ON suggestion_events(suggestion_id, id);

CREATE TABLE suggestion_contacts (
  id             INTEGER PRIMARY KEY AUTOINCREMENT,
  suggestion_id  INTEGER NOT NULL REFERENCES suggestions(id),
  unit_id        INTEGER NOT NULL REFERENCES handling_units(id),
  round          INTEGER NOT NULL,
  method         TEXT NOT NULL,
  contact_on     TEXT NOT NULL,
  summary        TEXT NOT NULL,
  created_by     INTEGER NOT NULL REFERENCES users(id),
  created_by_name TEXT NOT NULL,
  created_at     INTEGER NOT NULL
);
CREATE INDEX suggestion_contacts_item ON suggestion_contacts(suggestion_id, round);

CREATE TABLE suggestion_answers (
  id              INTEGER PRIMARY KEY AUTOINCREMENT,
  suggestion_id   INTEGER NOT NULL REFERENCES suggestions(id),
  round           INTEGER NOT NULL,
  answer_class    TEXT NOT NULL,
  body            TEXT NOT NULL,
  status          TEXT NOT NULL CHECK (status IN ('drafted','signed','void')),
  drafted_by_name TEXT NOT NULL,
  drafted_at      INTEGER NOT NULL,
  signed_by_name  TEXT,
  signed_at       INTEGER
);
CREATE INDEX suggestion_answers_item ON suggestion_answers(suggestion_id, id);

CREATE TABLE suggestion_commitments (
  id              INTEGER PRIMARY KEY AUTOINCREMENT,
  suggestion_id   INTEGER NOT NULL REFERENCES suggestions(id),
  answer_id       INTEGER NOT NULL REFERENCES suggestion_answers(id),
  what            TEXT NOT NULL,
  due_on          TEXT NOT NULL,
  status          TEXT NOT NULL CHECK (status IN ('open','done')),
  done_on         TEXT,
  last_progress   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX suggestion_commitments_item ON suggestion_commitments(suggestion_id);

CREATE TABLE suggestion_evaluations (
  id             INTEGER PRIMARY KEY AUTOINCREMENT,
  suggestion_id  INTEGER NOT NULL REFERENCES suggestions(id),
  answer_id      INTEGER REFERENCES suggestion_answers(id),
  person_id      INTEGER NOT NULL REFERENCES persons(id),
  person_name    TEXT NOT NULL,
  kind           TEXT NOT NULL DEFAULT 'evaluation',  -- evaluation | look_back
  rating         TEXT NOT NULL,
  comment        TEXT NOT NULL DEFAULT '',
  at             INTEGER NOT NULL
);
CREATE INDEX suggestion_evaluations_item ON suggestion_evaluations(suggestion_id);

CREATE TABLE suggestion_messages (
  id             INTEGER PRIMARY KEY AUTOINCREMENT,
  suggestion_id  INTEGER NOT NULL REFERENCES suggestions(id),
  user_id        INTEGER NOT NULL REFERENCES users(id),
  author_name    TEXT NOT NULL,
  side           TEXT NOT NULL,       -- deputy | unit | committee
  body           TEXT NOT NULL,
  at             INTEGER NOT NULL
);
CREATE INDEX suggestion_messages_item ON suggestion_messages(suggestion_id, id);

-- Files live outside the web root under random names; the row keeps the user's name.
CREATE TABLE suggestion_attachments (
  id             INTEGER PRIMARY KEY AUTOINCREMENT,
  suggestion_id  INTEGER NOT NULL REFERENCES suggestions(id),
  file_name      TEXT NOT NULL,
  stored_name    TEXT NOT NULL UNIQUE,
  content_type   TEXT NOT NULL,
  size_bytes     INTEGER NOT NULL,
  sha256         TEXT NOT NULL,
  uploaded_by    INTEGER NOT NULL REFERENCES users(id),
  created_at     INTEGER NOT NULL
);
CREATE INDEX suggestion_attachments_item ON suggestion_attachments(suggestion_id);

-- The notification outbox: one row per recipient account; dedupe_key makes reminders once.
CREATE TABLE notifications (
  id             INTEGER PRIMARY KEY AUTOINCREMENT,
  user_id        INTEGER NOT NULL REFERENCES users(id),
  suggestion_id  INTEGER REFERENCES suggestions(id),
  kind           TEXT NOT NULL,
  title          TEXT NOT NULL,
  body           TEXT NOT NULL DEFAULT '',
  created_at     INTEGER NOT NULL,
  read_at        INTEGER,
  dedupe_key     TEXT UNIQUE
);
CREATE INDEX notifications_user ON notifications(user_id, id);
CREATE INDEX notifications_unread ON notifications(user_id, read_at);

-- China's 2025–2026 arrangements (国务院办公厅通知), editable by staff afterwards.
INSERT INTO calendar_days (day, kind, name) VALUES
  ('2025-01-01', 'holiday', '元旦'),
  ('2025-01-26', 'makeup', '春节调休上班'),
  ('2025-01-28', 'holiday', '春节'),
  ('2025-01-29', 'holiday', '春节'),
  ('2025-01-30', 'holiday', '春节'),
  ('2025-01-31', 'holiday', '春节'),
  ('2025-02-01', 'holiday', '春节'),
  ('2025-02-02', 'holiday', '春节'),
  ('2025-02-03', 'holiday', '春节'),
  ('2025-02-04', 'holiday', '春节'),
  ('2025-02-08', 'makeup', '春节调休上班'),
  ('2025-04-04', 'holiday', '清明节'),
  ('2025-04-05', 'holiday', '清明节'),
  ('2025-04-06', 'holiday', '清明节'),
  ('2025-04-27', 'makeup', '劳动节调休上班'),
  ('2025-05-01', 'holiday', '劳动节'),
  ('2025-05-02', 'holiday', '劳动节'),
  ('2025-05-03', 'holiday', '劳动节'),
  ('2025-05-04', 'holiday', '劳动节'),
  ('2025-05-05', 'holiday', '劳动节'),
  ('2025-05-31', 'holiday', '端午节'),
  ('2025-06-01', 'holiday', '端午节'),
  ('2025-06-02', 'holiday', '端午节'),
  ('2025-09-28', 'makeup', '国庆节调休上班'),
  ('2025-10-01', 'holiday', '国庆节、中秋节'),
  ('2025-10-02', 'holiday', '国庆节、中秋节'),
  ('2025-10-03', 'holiday', '国庆节、中秋节'),
  ('2025-10-04', 'holiday', '国庆节、中秋节'),
  ('2025-10-05', 'holiday', '国庆节、中秋节'),
  ('2025-10-06', 'holiday', '国庆节、中秋节'),
  ('2025-10-07', 'holiday', '国庆节、中秋节'),
  ('2025-10-08', 'holiday', '国庆节、中秋节'),
  ('2025-10-11', 'makeup', '国庆节调休上班'),
  ('2026-01-01', 'holiday', '元旦'),
  ('2026-01-02', 'holiday', '元旦'),
  ('2026-01-03', 'holiday', '元旦'),
  ('2026-01-04', 'makeup', '元旦调休上班'),
  ('2026-02-14', 'makeup', '春节调休上班'),
  ('2026-02-15', 'holiday', '春节'),
  ('2026-02-16', 'holiday', '春节'),
  ('2026-02-17', 'holiday', '春节'),
  ('2026-02-18', 'holiday', '春节'),
  ('2026-02-19', 'holiday', '春节'),
  ('2026-02-20', 'holiday', '春节'),
  ('2026-02-21', 'holiday', '春节'),
  ('2026-02-22', 'holiday', '春节'),
  ('2026-02-23', 'holiday', '春节'),
  ('2026-02-28', 'makeup', '春节调休上班'),
  ('2026-04-04', 'holiday', '清明节'),
  ('2026-04-05', 'holiday', '清明节'),
  ('2026-04-06', 'holiday', '清明节'),
  ('2026-05-01', 'holiday', '劳动节'),
  ('2026-05-02', 'holiday', '劳动节'),
  ('2026-05-03', 'holiday', '劳动节'),
  ('2026-05-04', 'holiday', '劳动节'),
  ('2026-05-05', 'holiday', '劳动节'),
  ('2026-05-09', 'makeup', '劳动节调休上班'),
  ('2026-06-19', 'holiday', '端午节'),
  ('2026-06-20', 'holiday', '端午节'),
  ('2026-06-21', 'holiday', '端午节'),
  ('2026-09-20', 'makeup', '国庆节调休上班'),
  ('2026-09-25', 'holiday', '中秋节'),
  ('2026-09-26', 'holiday', '中秋节'),
  ('2026-09-27', 'holiday', '中秋节'),
  ('2026-10-01', 'holiday', '国庆节'),
  ('2026-10-02', 'holiday', '国庆节'),
  ('2026-10-03', 'holiday', '国庆节'),
  ('2026-10-04', 'holiday', '国庆节'),
  ('2026-10-05', 'holiday', '国庆节'),
  ('2026-10-06', 'holiday', '国庆节'),
  ('2026-10-07', 'holiday', '国庆节'),
  ('2026-10-10', 'makeup', '国庆节调休上班');

