-- 0012: random sampling review (随机抽样点评), the first tool of the supervision area
-- (domain/supervision/sampling.hpp states the draw). A draw is announced with its population
-- fixed (sampling_population, hashed into population_hash) and its seed's source named; the
-- seed is recorded once; the drawn items (sampling_items) never change after.
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
  status              TEXT NOT NULL CHECK (status IN ('announced', 'drawn')),
  population_size     INTEGER NOT NULL,
  population_hash     TEXT NOT NULL,
  announced_by        INTEGER NOT NULL REFERENCES users(id),
  seeded_at           INTEGER,
  drawn_at            INTEGER,
  drawn_by            INTEGER REFERENCES users(id),
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

-- The items drawn, in rank order, with the key each was drawn by.
CREATE TABLE sampling_items (
  draw_id        INTEGER NOT NULL REFERENCES sampling_draws(id),
  suggestion_id  INTEGER NOT NULL REFERENCES suggestions(id),
  stratum        TEXT NOT NULL,
  ordinal        INTEGER NOT NULL,    -- 1… in the order drawn
  draw_key       TEXT NOT NULL,
  PRIMARY KEY (draw_id, suggestion_id)
);
CREATE INDEX sampling_items_suggestion ON sampling_items(suggestion_id);
