-- 0015: leader coverage (领衔督办全覆盖, domain/supervision/leaders.hpp). An item's supervising
-- leader (督办领导) is the one named for it, else the one its congress's division of work
-- gives its star level and category (the category's rule before the rule for any category,
-- written '').
CREATE TABLE suggestion_supervisors (
  suggestion_id  INTEGER PRIMARY KEY REFERENCES suggestions(id),
  user_id        INTEGER NOT NULL REFERENCES users(id),
  named_by       INTEGER NOT NULL REFERENCES users(id),
  named_at       INTEGER NOT NULL
);
CREATE INDEX suggestion_supervisors_user ON suggestion_supervisors(user_id);

CREATE TABLE supervision_leader_rules (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  org_node_id  INTEGER NOT NULL REFERENCES org_nodes(id),
  star_level   INTEGER NOT NULL CHECK (star_level BETWEEN 1 AND 3),
  category     TEXT NOT NULL DEFAULT '',
  user_id      INTEGER NOT NULL REFERENCES users(id),
  created_at   INTEGER NOT NULL,
  UNIQUE (org_node_id, star_level, category)
);
CREATE INDEX supervision_leader_rules_user ON supervision_leader_rules(user_id);
