-- 0007 calendar scope: the working-day calendar belongs to a congress (org node).
-- A congress's calendar in force is the base rows (org_node_id NULL: the national arrangement,
-- maintained by the root congress) plus the rows of each congress from the root down to it,
-- nearer congresses overriding farther ones for the same day. Existing rows belong to the
-- root congress (the org node without a parent); with no org node yet (a fresh database whose
-- demo data is loaded after migrating) they stay base rows. One row per congress per day.
-- @sqlite
CREATE TABLE calendar_days_scoped (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  org_node_id  INTEGER REFERENCES org_nodes(id),
  day          TEXT NOT NULL,
  kind         TEXT NOT NULL CHECK (kind IN ('holiday','makeup')),
  name         TEXT NOT NULL DEFAULT ''
);
INSERT INTO calendar_days_scoped (org_node_id, day, kind, name)
  SELECT (SELECT id FROM org_nodes WHERE parent_id IS NULL ORDER BY id LIMIT 1), day, kind, name
  FROM calendar_days ORDER BY day;
DROP TABLE calendar_days;
ALTER TABLE calendar_days_scoped RENAME TO calendar_days;
CREATE UNIQUE INDEX calendar_days_node_day ON calendar_days (COALESCE(org_node_id, 0), day);
-- @postgres
ALTER TABLE calendar_days DROP CONSTRAINT calendar_days_pkey;
ALTER TABLE calendar_days ADD COLUMN id BIGSERIAL PRIMARY KEY;
ALTER TABLE calendar_days ADD COLUMN org_node_id BIGINT REFERENCES org_nodes(id);
UPDATE calendar_days
  SET org_node_id = (SELECT id FROM org_nodes WHERE parent_id IS NULL ORDER BY id LIMIT 1);
CREATE UNIQUE INDEX calendar_days_node_day ON calendar_days ((COALESCE(org_node_id, 0)), day);
-- @both
CREATE INDEX calendar_days_day ON calendar_days (day);
