-- 0005 idempotent creation (PostgreSQL): a client that did not hear the answer to "create this
-- suggestion" sends the same Idempotency-Key again and gets the same suggestion, not a second.
CREATE TABLE idempotency_keys (
  user_id        BIGINT NOT NULL REFERENCES users(id),
  key            TEXT NOT NULL,
  suggestion_id  BIGINT NOT NULL REFERENCES suggestions(id),
  created_at     BIGINT NOT NULL,
  PRIMARY KEY (user_id, key)
);
