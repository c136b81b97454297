-- 0018: awards (评选表彰, domain/supervision/awards.hpp). A round of one kind for a congress's
-- year, its weighted criteria, its nominations (a suggestion, a handling unit or a deputy — the
-- person — by target_id, with the target's name as it was when nominated) and the panel's
-- sheets. On publication each scored nomination gets its score, rank and whether it won.
CREATE TABLE award_rounds (
  id                INTEGER PRIMARY KEY AUTOINCREMENT,
  org_node_id       INTEGER NOT NULL REFERENCES org_nodes(id),
  org_path          TEXT NOT NULL,
  year              INTEGER NOT NULL,
  kind              TEXT NOT NULL CHECK (kind IN ('suggestion', 'unit', 'deputy')),
  title             TEXT NOT NULL,
  quota             INTEGER NOT NULL CHECK (quota BETWEEN 1 AND 100),
  note              TEXT NOT NULL DEFAULT '',
  status            TEXT NOT NULL CHECK (status IN ('nominating', 'scoring', 'published')),
  published_at      INTEGER,
  created_by        INTEGER NOT NULL REFERENCES users(id),
  version           INTEGER NOT NULL DEFAULT 1,
  created_at        INTEGER NOT NULL,
  updated_at        INTEGER NOT NULL
);
CREATE INDEX award_rounds_org ON award_rounds(org_path, year);

CREATE TABLE award_criteria (
  round_id   INTEGER NOT NULL REFERENCES award_rounds(id),
  ordinal    INTEGER NOT NULL,
  name       TEXT NOT NULL,
  weight     INTEGER NOT NULL CHECK (weight BETWEEN 1 AND 100),
  PRIMARY KEY (round_id, ordinal)
);

CREATE TABLE award_nominations (
  id                  INTEGER PRIMARY KEY AUTOINCREMENT,
  round_id            INTEGER NOT NULL REFERENCES award_rounds(id),
  target_id           INTEGER NOT NULL,
  target_name         TEXT NOT NULL,
  reason              TEXT NOT NULL,
  nominated_by_name   TEXT NOT NULL,
  score_centi         INTEGER,
  rank_no             INTEGER,
  awarded             INTEGER NOT NULL DEFAULT 0,
  created_at          INTEGER NOT NULL,
  UNIQUE (round_id, target_id)
);
-- The honours of a target: published winners by kind and target.
CREATE INDEX award_nominations_target ON award_nominations(target_id, awarded);

-- One sheet per panel member and nomination: the scores in criteria order, and their weighted
-- total in hundredths of a point.
CREATE TABLE award_sheets (
  nomination_id  INTEGER NOT NULL REFERENCES award_nominations(id),
  user_id        INTEGER NOT NULL REFERENCES users(id),
  user_name      TEXT NOT NULL,
  scores         TEXT NOT NULL,
  total_centi    INTEGER NOT NULL,
  updated_at     INTEGER NOT NULL,
  PRIMARY KEY (nomination_id, user_id)
);
