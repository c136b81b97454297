-- 0006 security: failed sign-ins counted per user name and address (throttling
-- that cannot lock an owner out from elsewhere), and changes to administrator accounts that
-- wait for a second administrator's approval (三员分立).
CREATE TABLE login_attempts (
  id        INTEGER PRIMARY KEY AUTOINCREMENT,
  username  TEXT NOT NULL,   -- as typed, lower-cased; also for names that do not exist
  ip        TEXT NOT NULL,
  at        INTEGER NOT NULL
);
CREATE INDEX login_attempts_name_ip ON login_attempts(username, ip, at);
CREATE INDEX login_attempts_ip ON login_attempts(ip, at);

CREATE TABLE admin_requests (
  id              INTEGER PRIMARY KEY AUTOINCREMENT,
  target_user_id  INTEGER NOT NULL REFERENCES users(id),
  action          TEXT NOT NULL,  -- password.reset | deactivate | activate | edit
  password_hash   TEXT,           -- password.reset: the new hash, cleared once decided
  display_name    TEXT,           -- edit
  requested_by    INTEGER NOT NULL REFERENCES users(id),
  requested_at    INTEGER NOT NULL,
  status          TEXT NOT NULL DEFAULT 'pending',  -- pending | approved | rejected
  decided_by      INTEGER REFERENCES users(id),
  decided_at      INTEGER,
  reason          TEXT NOT NULL DEFAULT ''
);
CREATE INDEX admin_requests_status ON admin_requests(status, requested_at);

-- Events counted by rate limits (e.g. imports per account per hour): one row per event.
CREATE TABLE rate_events (
  id    INTEGER PRIMARY KEY AUTOINCREMENT,
  key   TEXT NOT NULL,   -- "deputy.import:<user id>"
  at    INTEGER NOT NULL
);
CREATE INDEX rate_events_key ON rate_events(key, at);

-- Earlier password hashes (等保: no reuse of the last 5). Written when a password is replaced.
CREATE TABLE password_history (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  user_id     INTEGER NOT NULL REFERENCES users(id),
  hash        TEXT NOT NULL,
  replaced_at INTEGER NOT NULL
);
CREATE INDEX password_history_user ON password_history(user_id, id);

-- A second factor (TOTP, RFC 6238): the secret sealed with the field key, a secret being set
-- up until its first code is confirmed, and the last time step used (each code once).
ALTER TABLE users ADD COLUMN totp_secret TEXT;
ALTER TABLE users ADD COLUMN totp_pending TEXT;
ALTER TABLE users ADD COLUMN totp_last_step INTEGER NOT NULL DEFAULT 0;

-- The last successful sign-in, for disabling accounts idle for 90 days (NULL: never).
ALTER TABLE users ADD COLUMN last_login_at INTEGER;
