-- 0004 job leases: a background job (deadline reminders) runs on one node at a
-- time. The holder renews its lease each run; when a node dies its lease expires and
-- another node takes the job over.
CREATE TABLE job_leases (
  name         TEXT PRIMARY KEY,
  holder       TEXT NOT NULL,         -- "host:pid:random" of the node running it
  expires_at   INTEGER NOT NULL,      -- ms; another node may take it after this
  runs         INTEGER NOT NULL DEFAULT 0,
  last_run_at  INTEGER
);

-- 回头看 tasks look for signed commitments past their date.
CREATE INDEX suggestion_commitments_due ON suggestion_commitments(due_on);
