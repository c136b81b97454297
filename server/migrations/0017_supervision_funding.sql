-- 0017: funding (经费保障, domain/supervision/funding.hpp). Money is integer fen.
-- A fund pool is a congress's special fund or budget line for a year. granted_fen and spent_fen
-- are the sums of its grants and of their spending, kept by the same statements that grant and
-- spend so that a grant can be refused atomically when the pool has too little (the CHECK is the
-- last guard). A request is one ask of money for one item; it is granted from a pool or refused.
CREATE TABLE fund_pools (
  id               INTEGER PRIMARY KEY AUTOINCREMENT,
  org_node_id      INTEGER NOT NULL REFERENCES org_nodes(id),
  org_path         TEXT NOT NULL,
  year             INTEGER NOT NULL,
  name             TEXT NOT NULL,
  source           TEXT NOT NULL CHECK (source IN ('special_fund', 'budget_line')),
  budget_line      TEXT NOT NULL DEFAULT '',
  total_fen        INTEGER NOT NULL CHECK (total_fen > 0),
  granted_fen      INTEGER NOT NULL DEFAULT 0 CHECK (granted_fen >= 0 AND granted_fen <= total_fen),
  spent_fen        INTEGER NOT NULL DEFAULT 0 CHECK (spent_fen >= 0 AND spent_fen <= granted_fen),
  note             TEXT NOT NULL DEFAULT '',
  status           TEXT NOT NULL CHECK (status IN ('open', 'closed')),
  created_by       INTEGER NOT NULL REFERENCES users(id),
  version          INTEGER NOT NULL DEFAULT 1,
  created_at       INTEGER NOT NULL,
  updated_at       INTEGER NOT NULL,
  UNIQUE (org_node_id, year, name)
);
CREATE INDEX fund_pools_org ON fund_pools(org_path, year);

CREATE TABLE funding_requests (
  id               INTEGER PRIMARY KEY AUTOINCREMENT,
  suggestion_id    INTEGER NOT NULL REFERENCES suggestions(id),
  org_node_id      INTEGER NOT NULL REFERENCES org_nodes(id),
  org_path         TEXT NOT NULL,
  unit_id          INTEGER REFERENCES handling_units(id),
  asked_fen        INTEGER NOT NULL CHECK (asked_fen > 0),
  purpose          TEXT NOT NULL,
  status           TEXT NOT NULL CHECK (status IN ('asked', 'granted', 'refused')),
  pool_id          INTEGER REFERENCES fund_pools(id),
  granted_fen      INTEGER NOT NULL DEFAULT 0 CHECK (granted_fen >= 0 AND granted_fen <= asked_fen),
  spent_fen        INTEGER NOT NULL DEFAULT 0 CHECK (spent_fen >= 0 AND spent_fen <= granted_fen),
  decision_note    TEXT NOT NULL DEFAULT '',
  asked_by_name    TEXT NOT NULL,
  decided_by_name  TEXT NOT NULL DEFAULT '',
  decided_at       INTEGER,
  created_by       INTEGER NOT NULL REFERENCES users(id),
  version          INTEGER NOT NULL DEFAULT 1,
  created_at       INTEGER NOT NULL,
  updated_at       INTEGER NOT NULL
);
CREATE INDEX funding_requests_item ON funding_requests(suggestion_id, id);
CREATE INDEX funding_requests_pool ON funding_requests(pool_id, id);
CREATE INDEX funding_requests_status ON funding_requests(status, org_path);

-- Each payment out of a grant.
CREATE TABLE funding_spends (
  id               INTEGER PRIMARY KEY AUTOINCREMENT,
  request_id       INTEGER NOT NULL REFERENCES funding_requests(id),
  amount_fen       INTEGER NOT NULL CHECK (amount_fen > 0),
  spent_on         TEXT NOT NULL,
  note             TEXT NOT NULL,
  created_by_name  TEXT NOT NULL,
  created_at       INTEGER NOT NULL
);
CREATE INDEX funding_spends_request ON funding_spends(request_id, id);
