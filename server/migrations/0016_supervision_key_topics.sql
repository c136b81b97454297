-- 0016: key suggestions (重点督办, domain/supervision/key_topics.hpp). A topic decided by the
-- chairman's meeting groups one or more items; it names a supervising leader (a leader
-- account), the government leader who leads the handling (领办) and the special committee
-- (对口督办); its activities (视察, 座谈, 专题询问 with questions and answers) are logged here and
-- in each item's timeline. An item is in at most one active topic (the app checks).
CREATE TABLE key_topics (
  id                 INTEGER PRIMARY KEY AUTOINCREMENT,
  org_node_id        INTEGER NOT NULL REFERENCES org_nodes(id),
  org_path           TEXT NOT NULL,
  title              TEXT NOT NULL,
  description        TEXT NOT NULL DEFAULT '',
  decided_on         TEXT NOT NULL,
  meeting            TEXT NOT NULL DEFAULT '',
  leader_user_id     INTEGER REFERENCES users(id),
  government_leader  TEXT NOT NULL DEFAULT '',
  committee          TEXT NOT NULL DEFAULT '',
  status             TEXT NOT NULL CHECK (status IN ('active', 'concluded')),
  conclusion         TEXT NOT NULL DEFAULT '',
  created_by         INTEGER NOT NULL REFERENCES users(id),
  version            INTEGER NOT NULL DEFAULT 1,
  created_at         INTEGER NOT NULL,
  updated_at         INTEGER NOT NULL
);
CREATE INDEX key_topics_org ON key_topics(org_path, decided_on);

CREATE TABLE key_topic_items (
  topic_id       INTEGER NOT NULL REFERENCES key_topics(id),
  suggestion_id  INTEGER NOT NULL REFERENCES suggestions(id),
  PRIMARY KEY (topic_id, suggestion_id)
);
CREATE INDEX key_topic_items_item ON key_topic_items(suggestion_id);

CREATE TABLE key_activities (
  id               INTEGER PRIMARY KEY AUTOINCREMENT,
  topic_id         INTEGER NOT NULL REFERENCES key_topics(id),
  kind             TEXT NOT NULL CHECK (kind IN ('inspection', 'forum', 'inquiry')),
  held_on          TEXT NOT NULL,
  place            TEXT NOT NULL DEFAULT '',
  participants     TEXT NOT NULL DEFAULT '',
  summary          TEXT NOT NULL,
  created_by_name  TEXT NOT NULL,
  created_at       INTEGER NOT NULL
);
CREATE INDEX key_activities_topic ON key_activities(topic_id, held_on);

CREATE TABLE key_activity_questions (
  activity_id  INTEGER NOT NULL REFERENCES key_activities(id),
  ordinal      INTEGER NOT NULL,
  question     TEXT NOT NULL,
  asked_by     TEXT NOT NULL,
  answer       TEXT NOT NULL DEFAULT '',
  answered_by  TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (activity_id, ordinal)
);
