-- 0013: clearing campaign (清零行动, domain/supervision/clearing.hpp). The board counts a
-- year's remaining items live. To keep that fast at province scale (a year of ~100,000 items)
-- each item carries the year its session opened (session_year: set when the item is created,
-- and again when a session's date is changed), so a year's items in one state are one range
-- of a covering index, already in lead-unit order: counting them by state and unit reads the
-- range once and sorts nothing. Open commitments past their date have an index of their own.
ALTER TABLE suggestions ADD COLUMN session_year INTEGER;
UPDATE suggestions SET session_year =
  (SELECT CAST(substr(cs.opens_on, 1, 4) AS INTEGER) FROM congress_sessions cs WHERE cs.id = suggestions.session_id);
CREATE INDEX suggestions_clearing ON suggestions(session_year, state, lead_unit_id, next_due_on, org_path);
CREATE INDEX suggestion_commitments_open ON suggestion_commitments(status, due_on, suggestion_id);

-- A carry-over plan (结转计划): what remained of a congress's year when the committee
-- carried it over, with the date it is to be cleared by. One per congress and year.
CREATE TABLE clearing_plans (
  id               INTEGER PRIMARY KEY AUTOINCREMENT,
  org_node_id      INTEGER NOT NULL REFERENCES org_nodes(id),
  org_path         TEXT NOT NULL,
  year             INTEGER NOT NULL,
  title            TEXT NOT NULL,
  due_on           TEXT NOT NULL,
  note             TEXT NOT NULL DEFAULT '',
  item_count       INTEGER NOT NULL,
  created_by       INTEGER NOT NULL REFERENCES users(id),
  created_by_name  TEXT NOT NULL,
  created_at       INTEGER NOT NULL,
  UNIQUE (org_node_id, year)
);
CREATE INDEX clearing_plans_org ON clearing_plans(org_path, year);

-- The items carried over, as they stood then (stage and flags); whether each has since been
-- cleared is read from the item itself.
CREATE TABLE clearing_plan_items (
  plan_id        INTEGER NOT NULL REFERENCES clearing_plans(id),
  suggestion_id  INTEGER NOT NULL REFERENCES suggestions(id),
  unit_id        INTEGER REFERENCES handling_units(id),
  stage          TEXT NOT NULL,
  overdue        INTEGER NOT NULL,
  slipped        INTEGER NOT NULL,
  PRIMARY KEY (plan_id, suggestion_id)
);
