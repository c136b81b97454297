-- 0001 foundation: org tree, accounts, grants, login sessions, audit log.
-- Times are BIGINT milliseconds since the epoch (UTC). Every mutable row has `version`.

CREATE TABLE org_nodes (
  id             INTEGER PRIMARY KEY AUTOINCREMENT,
  code           TEXT NOT NULL UNIQUE,
  name           TEXT NOT NULL,
  level          TEXT NOT NULL CHECK (level IN ('province','city','county','township')),
  parent_id      INTEGER REFERENCES org_nodes(id),
  path           TEXT NOT NULL,           -- '/1/4/17/': ancestors then self, for scope checks
  committee_name TEXT NOT NULL DEFAULT '', -- 联工委 (township: 人大主席团)
  version        INTEGER NOT NULL DEFAULT 1,
  created_at     INTEGER NOT NULL,
  updated_at     INTEGER NOT NULL
);
CREATE INDEX org_nodes_parent ON org_nodes(parent_id);
-- @sqlite
CREATE INDEX org_nodes_path ON org_nodes(path);
-- @postgres
CREATE INDEX org_nodes_path ON org_nodes(path text_pattern_ops);
-- @both

CREATE TABLE handling_units (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  org_node_id  INTEGER NOT NULL REFERENCES org_nodes(id),
  code         TEXT NOT NULL UNIQUE,
  name         TEXT NOT NULL,
  kind         TEXT NOT NULL DEFAULT 'government',
  active       INTEGER NOT NULL DEFAULT 1,
  version      INTEGER NOT NULL DEFAULT 1,
  created_at   INTEGER NOT NULL,
  updated_at   INTEGER NOT NULL
);
CREATE INDEX handling_units_org ON handling_units(org_node_id, name);

CREATE TABLE terms (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  org_node_id  INTEGER NOT NULL REFERENCES org_nodes(id),
  number       INTEGER NOT NULL CHECK (number > 0),
  start_date   TEXT NOT NULL,
  end_date     TEXT NOT NULL,
  version      INTEGER NOT NULL DEFAULT 1,
  created_at   INTEGER NOT NULL,
  updated_at   INTEGER NOT NULL,
  UNIQUE (org_node_id, number)
);

CREATE TABLE congress_sessions (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  term_id     INTEGER NOT NULL REFERENCES terms(id),
  number      INTEGER NOT NULL CHECK (number > 0),
  opens_on    TEXT NOT NULL,
  version     INTEGER NOT NULL DEFAULT 1,
  created_at  INTEGER NOT NULL,
  updated_at  INTEGER NOT NULL,
  UNIQUE (term_id, number)
);

CREATE TABLE users (
  id                  INTEGER PRIMARY KEY AUTOINCREMENT,
  username            TEXT NOT NULL UNIQUE,
  display_name        TEXT NOT NULL,
  password_hash       TEXT NOT NULL,
  org_node_id         INTEGER NOT NULL REFERENCES org_nodes(id),
  unit_id             INTEGER REFERENCES handling_units(id),
  active              INTEGER NOT NULL DEFAULT 1,
  locked_until        INTEGER NOT NULL DEFAULT 0,
  password_changed_at INTEGER NOT NULL,
  version             INTEGER NOT NULL DEFAULT 1,
  created_at          INTEGER NOT NULL,
  updated_at          INTEGER NOT NULL
);
CREATE INDEX users_org ON users(org_node_id);

CREATE TABLE login_failures (
  id       INTEGER PRIMARY KEY AUTOINCREMENT,
  user_id  INTEGER NOT NULL REFERENCES users(id),
  at       INTEGER NOT NULL
);
CREATE INDEX login_failures_user ON login_failures(user_id, at);

CREATE TABLE grants (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  user_id      INTEGER NOT NULL REFERENCES users(id),
  role         TEXT NOT NULL,
  org_node_id  INTEGER NOT NULL REFERENCES org_nodes(id),
  created_at   INTEGER NOT NULL,
  created_by   INTEGER,
  UNIQUE (user_id, role, org_node_id)
);
CREATE INDEX grants_user ON grants(user_id);

CREATE TABLE auth_sessions (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  token_hash    TEXT NOT NULL UNIQUE,
  user_id       INTEGER NOT NULL REFERENCES users(id),
  csrf_token    TEXT NOT NULL,
  created_at    INTEGER NOT NULL,
  last_seen_at  INTEGER NOT NULL,
  expires_at    INTEGER NOT NULL,
  ip            TEXT NOT NULL DEFAULT ''
);
CREATE INDEX auth_sessions_user ON auth_sessions(user_id);

CREATE TABLE audit_log (
  seq          INTEGER PRIMARY KEY,
  at           INTEGER NOT NULL,
  actor_id     INTEGER,
  actor_name   TEXT NOT NULL DEFAULT '',
  role         TEXT NOT NULL DEFAULT '',
  org_node_id  INTEGER,
  ip           TEXT NOT NULL DEFAULT '',
  request_id   TEXT NOT NULL DEFAULT '',
  action       TEXT NOT NULL,
  object_type  TEXT NOT NULL DEFAULT '',
  object_id    TEXT NOT NULL DEFAULT '',
  outcome      TEXT NOT NULL,
  changes      TEXT NOT NULL DEFAULT '[]',
  prev_hash    TEXT NOT NULL,
  hash         TEXT NOT NULL
);
CREATE INDEX audit_log_at ON audit_log(at);
CREATE INDEX audit_log_actor ON audit_log(actor_id, seq);
CREATE INDEX audit_log_action ON audit_log(action, seq);

-- The chain head: one row, locked by every append so the chain stays linear.
CREATE TABLE audit_head (
  id    INTEGER PRIMARY KEY CHECK (id = 1),
  seq   INTEGER NOT NULL,
  hash  TEXT NOT NULL
);
INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- @sqlite
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
-- @postgres
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = '23000';
END $$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
-- @both
