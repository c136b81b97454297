-- 0012: random sampling review (随机抽样点评), the first tool of the supervision area
-- (domain/supervision/sampling.hpp states the draw, review.hpp the scoring). A draw is
-- announced with its population fixed (sampling_population, hashed into population_hash), its
-- seed's source named and its scoring criteria (sampling_criteria); the seed is recorded once;
-- the drawn items (sampling_items) never change after. Each drawn item is then reviewed — the
-- unit's report, members' comments (sampling_comments) and score sheets (sampling_scores) —
-- and the results are published: frozen, told to the parties, low scores handled again.
CREATE TABLE sampling_draws (
  id                  INTEGER PRIMARY KEY AUTOINCREMENT,
  org_node_id         INTEGER NOT NULL REFERENCES org_nodes(id),
  org_path            TEXT NOT NULL,
  title               TEXT NOT NULL,
  session_id          INTEGER NOT NULL REFERENCES congress_sessions(id),
  stage               TEXT NOT NULL CHECK (stage IN ('assigned', 'answered')),
  filter_unit_id      INTEGER REFERENCES handling_units(id),
  filter_category     TEXT,
  filter_star_level   INTEGER,
  strata              TEXT NOT NULL CHECK (strata IN ('none', 'lead_unit', 'category', 'answer_class')),
  sample_size         INTEGER NOT NULL CHECK (sample_size > 0),
  seed_source         TEXT NOT NULL,
  seed                TEXT,
  status              TEXT NOT NULL CHECK (status IN ('announced', 'drawn', 'published')),
  pass_score          INTEGER NOT NULL DEFAULT 60 CHECK (pass_score BETWEEN 0 AND 100),
  population_size     INTEGER NOT NULL,
  population_hash     TEXT NOT NULL,
  announced_by        INTEGER NOT NULL REFERENCES users(id),
  seeded_at           INTEGER,
  drawn_at            INTEGER,
  drawn_by            INTEGER REFERENCES users(id),
  published_at        INTEGER,
  published_by        INTEGER REFERENCES users(id),
  version             INTEGER NOT NULL DEFAULT 1,
  created_at          INTEGER NOT NULL,
  updated_at          INTEGER NOT NULL
);
CREATE INDEX sampling_draws_org ON sampling_draws(org_path, created_at);

-- The population as fixed at announcement: one row per item, with its stratum.
CREATE TABLE sampling_population (
  draw_id        INTEGER NOT NULL REFERENCES sampling_draws(id),
  suggestion_id  INTEGER NOT NULL REFERENCES suggestions(id),
  stratum        TEXT NOT NULL,
  PRIMARY KEY (draw_id, suggestion_id)
);

-- The scoring criteria (测评项目) with integer weights summing to 100.
CREATE TABLE sampling_criteria (
  draw_id        INTEGER NOT NULL REFERENCES sampling_draws(id),
  ordinal        INTEGER NOT NULL,
  name           TEXT NOT NULL,
  weight         INTEGER NOT NULL CHECK (weight BETWEEN 1 AND 100),
  PRIMARY KEY (draw_id, ordinal)
);

-- The items drawn, in rank order, with the key each was drawn by; then the unit's report
-- (汇报) and, once published, the score in hundredths and the outcome.
CREATE TABLE sampling_items (
  draw_id        INTEGER NOT NULL REFERENCES sampling_draws(id),
  suggestion_id  INTEGER NOT NULL REFERENCES suggestions(id),
  stratum        TEXT NOT NULL,
  ordinal        INTEGER NOT NULL,    -- 1… in the order drawn
  draw_key       TEXT NOT NULL,
  report         TEXT NOT NULL DEFAULT '',
  reported_by    INTEGER REFERENCES users(id),
  reported_at    INTEGER,
  score_centi    INTEGER,             -- 8725 = 87.25 points
  outcome        TEXT CHECK (outcome IN ('passed', 'below')),
  rehandling     INTEGER NOT NULL DEFAULT 0 CHECK (rehandling IN (0, 1)),
  PRIMARY KEY (draw_id, suggestion_id)
);

-- Members' comments (点评) on a drawn item.
CREATE TABLE sampling_comments (
  id             INTEGER PRIMARY KEY AUTOINCREMENT,
  draw_id        INTEGER NOT NULL REFERENCES sampling_draws(id),
  suggestion_id  INTEGER NOT NULL REFERENCES suggestions(id),
  member_name    TEXT NOT NULL,       -- who commented (entered by them, or by staff from paper)
  body           TEXT NOT NULL,
  entered_by     INTEGER NOT NULL REFERENCES users(id),
  created_at     INTEGER NOT NULL
);
CREATE INDEX sampling_comments_item ON sampling_comments(draw_id, suggestion_id);

-- Members' score sheets (测评): one per member and item, the scores in criteria order.
CREATE TABLE sampling_scores (
  draw_id        INTEGER NOT NULL REFERENCES sampling_draws(id),
  suggestion_id  INTEGER NOT NULL REFERENCES suggestions(id),
  member_name    TEXT NOT NULL,
  scores         TEXT NOT NULL,       -- "80,90,75,85"
  total_centi    INTEGER NOT NULL,    -- Σ weight × score: 8350 = 83.50 points
  entered_by     INTEGER NOT NULL REFERENCES users(id),
  updated_at     INTEGER NOT NULL,
  PRIMARY KEY (draw_id, suggestion_id, member_name)
);
CREATE INDEX sampling_items_suggestion ON sampling_items(suggestion_id);
