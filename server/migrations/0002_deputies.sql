-- 0002 deputies registry (代表信息库): persons and mandates.
-- ID numbers and phones are stored sealed (AES-256-GCM, "v1:" hex) with a keyed hash for
-- duplicate checks and the masked form for lists; the plain value is never stored.

CREATE TABLE persons (
  id             INTEGER PRIMARY KEY AUTOINCREMENT,
  org_node_id    INTEGER NOT NULL REFERENCES org_nodes(id),  -- the registering congress (scope)
  name           TEXT NOT NULL,
-- @sqlite
  name_sort      TEXT NOT NULL,            -- ICU pinyin sort key (hex)
-- @postgres
  name_sort      TEXT COLLATE "C" NOT NULL, -- ICU pinyin sort key (hex), byte order
-- @both
  gender         TEXT NOT NULL CHECK (gender IN ('male','female')),
  ethnicity      TEXT NOT NULL,
  birth_date     TEXT NOT NULL,
  party          TEXT NOT NULL DEFAULT '',
  education      TEXT NOT NULL DEFAULT '',
  occupation     TEXT NOT NULL DEFAULT '',
  field          TEXT NOT NULL DEFAULT '',  -- 专业领域
  employer       TEXT NOT NULL DEFAULT '',
  post           TEXT NOT NULL DEFAULT '',
  phone_sealed   TEXT NOT NULL DEFAULT '',
  phone_masked   TEXT NOT NULL DEFAULT '',
  id_sealed      TEXT NOT NULL,
  id_hash        TEXT NOT NULL UNIQUE,
  id_masked      TEXT NOT NULL,
  version        INTEGER NOT NULL DEFAULT 1,
  created_at     INTEGER NOT NULL,
  updated_at     INTEGER NOT NULL
);
CREATE INDEX persons_org ON persons(org_node_id, name_sort);
CREATE INDEX persons_name_sort ON persons(name_sort, id);

CREATE TABLE mandates (
  id            INTEGER PRIMARY KEY AUTOINCREMENT,
  person_id     INTEGER NOT NULL REFERENCES persons(id),
  org_node_id   INTEGER NOT NULL REFERENCES org_nodes(id),  -- the congress of this mandate
  term_id       INTEGER NOT NULL REFERENCES terms(id),
  delegation    TEXT NOT NULL,             -- 代表团 / 选举单位
  status        TEXT NOT NULL CHECK (status IN ('serving','resigned','recalled','terminated','deceased')),
  started_on    TEXT NOT NULL,
  ended_on      TEXT,
  end_reason    TEXT NOT NULL DEFAULT '',
  version       INTEGER NOT NULL DEFAULT 1,
  created_at    INTEGER NOT NULL,
  updated_at    INTEGER NOT NULL,
  UNIQUE (person_id, term_id)
);
CREATE INDEX mandates_person ON mandates(person_id);
CREATE INDEX mandates_node ON mandates(org_node_id, status);
CREATE INDEX mandates_term ON mandates(term_id, delegation);
