-- 0010: urgent items (急件), answered on shorter periods (Rules::urgent_*), and whether
-- a suggestion was raised during the session (大会期间, 'session') or between sessions (闭会期间,
-- 'recess'). Items stored before are ordinary and raised during the session.
ALTER TABLE suggestions ADD COLUMN urgent INTEGER NOT NULL DEFAULT 0 CHECK (urgent IN (0, 1));
ALTER TABLE suggestions ADD COLUMN raised_in TEXT NOT NULL DEFAULT 'session'
  CHECK (raised_in IN ('session', 'recess'));
CREATE INDEX suggestions_urgent ON suggestions (urgent, next_due_on) WHERE urgent = 1;
