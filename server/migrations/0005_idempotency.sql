-- 0005 idempotent creation: a client that did not hear the answer to "create this
-- suggestion" sends the same Idempotency-Key again and gets the same suggestion, not a second.
CREATE TABLE idempotency_keys (
  user_id        INTEGER NOT NULL REFERENCES users(id),
  key            TEXT NOT NULL,
  suggestion_id  INTEGER NOT NULL REFERENCES suggestions(id),
  created_at     INTEGER NOT NULL,
  PRIMARY KEY (user_id, key)
);
