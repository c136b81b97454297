-- 0009 schema parity: the same schema on both databases (tests/storage/schema_parity_test.cpp,
-- docs/schema-parity.md). job_leases.name was a TEXT PRIMARY KEY, which SQLite lets hold NULL
-- (only an INTEGER PRIMARY KEY or a WITHOUT ROWID table implies NOT NULL); in PostgreSQL it is
-- NOT NULL already. SQLite rebuilds the table with NOT NULL, the leases kept (a lease without a
-- name names no job); PostgreSQL states it again.
-- @sqlite
CREATE TABLE job_leases_new (
  name         TEXT NOT NULL PRIMARY KEY,
  holder       TEXT NOT NULL,         -- "host:pid:random" of the node running it
  expires_at   INTEGER NOT NULL,      -- ms; another node may take it after this
  runs         INTEGER NOT NULL DEFAULT 0,
  last_run_at  INTEGER
);
INSERT INTO job_leases_new (name, holder, expires_at, runs, last_run_at)
  SELECT name, holder, expires_at, runs, last_run_at FROM job_leases WHERE name IS NOT NULL;
DROP TABLE job_leases;
ALTER TABLE job_leases_new RENAME TO job_leases;
-- @postgres
ALTER TABLE job_leases ALTER COLUMN name SET NOT NULL;
-- @both
