-- 0019: unit scorecards (domain/supervision/scorecards.hpp). A congress's weights for a year, one
-- row per component (integer percentages summing to 100; the app checks). Without rows the
-- defaults apply.
CREATE TABLE scorecard_weights (
  org_node_id  INTEGER NOT NULL REFERENCES org_nodes(id),
  year         INTEGER NOT NULL,
  component    TEXT NOT NULL CHECK (component IN ('on_time', 'contact', 'resolution', 'implementation', 'satisfaction', 'sampling')),
  weight       INTEGER NOT NULL CHECK (weight BETWEEN 0 AND 100),
  updated_by   INTEGER NOT NULL REFERENCES users(id),
  updated_at   INTEGER NOT NULL,
  PRIMARY KEY (org_node_id, year, component)
);
