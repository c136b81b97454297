-- 0008 audit retention: records older than the retention period (at least 180 days,
-- 等保) may be purged from the front of the chain. audit_retention holds the base: the last
-- purged record's seq and hash, from which verify continues the chain. The database itself
-- allows a delete only up to the base, and moves the base only forward, to a record that
-- exists with that hash and is more than 180 days old by the database's clock.
CREATE TABLE audit_retention (
  id         INTEGER PRIMARY KEY CHECK (id = 1),
  base_seq   INTEGER NOT NULL,
  base_hash  TEXT NOT NULL,
  purged_at  INTEGER NOT NULL
);
INSERT INTO audit_retention (id, base_seq, base_hash, purged_at) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000', 0);

-- @sqlite
DROP TRIGGER audit_log_no_delete;
-- @postgres
DROP TRIGGER audit_log_no_update ON audit_log;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();

CREATE FUNCTION audit_log_purge_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.seq > (SELECT base_seq FROM audit_retention WHERE id = 1) THEN
    RAISE EXCEPTION 'audit_log is append-only: only records up to the retention base may be purged'
      USING ERRCODE = '23000';
  END IF;
  RETURN OLD;
END $$;
-- @both
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
-- @sqlite
WHEN OLD.seq > (SELECT base_seq FROM audit_retention WHERE id = 1)
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: only records up to the retention base may be purged'); END;
-- @postgres
  FOR EACH ROW EXECUTE FUNCTION audit_log_purge_only();
-- @both

-- @sqlite
CREATE TRIGGER audit_retention_forward BEFORE UPDATE ON audit_retention
WHEN NEW.id <> 1 OR NEW.base_seq < OLD.base_seq OR NOT EXISTS (
  SELECT 1 FROM audit_log WHERE seq = NEW.base_seq AND hash = NEW.base_hash
    AND at < (CAST(strftime('%s', 'now') AS INTEGER) - 180 * 86400) * 1000)
BEGIN SELECT RAISE(ABORT, 'the audit retention base moves only forward, to a record older than 180 days'); END;
CREATE TRIGGER audit_retention_no_delete BEFORE DELETE ON audit_retention
BEGIN SELECT RAISE(ABORT, 'audit_retention cannot be deleted'); END;
-- @postgres
CREATE FUNCTION audit_retention_forward_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'UPDATE' THEN
    RAISE EXCEPTION 'audit_retention cannot be deleted' USING ERRCODE = '23000';
  END IF;
  IF NEW.id <> 1 OR NEW.base_seq < OLD.base_seq OR NOT EXISTS (
       SELECT 1 FROM audit_log WHERE seq = NEW.base_seq AND hash = NEW.base_hash
         AND at < (EXTRACT(EPOCH FROM now()) * 1000)::BIGINT - 180::BIGINT * 86400000) THEN
    RAISE EXCEPTION 'the audit retention base moves only forward, to a record older than 180 days'
      USING ERRCODE = '23000';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER audit_retention_guard BEFORE UPDATE OR DELETE ON audit_retention
  FOR EACH ROW EXECUTE FUNCTION audit_retention_forward_only();
CREATE TRIGGER audit_retention_no_truncate BEFORE TRUNCATE ON audit_retention
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
-- @both
