-- 0009 schema parity (PostgreSQL): the same schema as SQLite (tests/storage/schema_parity_test.cpp,
-- docs/schema-parity.md). job_leases.name is NOT NULL here already (a PRIMARY KEY column); the
-- SQLite migration rebuilds the table to match. Stated again so both files say the same.
ALTER TABLE job_leases ALTER COLUMN name SET NOT NULL;
