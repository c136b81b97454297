// `daibiao bench-data --scale 0.1` (the CI size of the generated province): it fills an empty
// database with a believable province whose audit chain verifies, and refuses a database that
// already holds data. Run on SQLite only: the same portable SQL runs on PostgreSQL in
// `bench/` and takes a minute and a half there on this machine.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';

import { BACKEND, isPostgres, run, sqlite3Path } from './support/server.mjs';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'daibiao-scale-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));

test('scale 0.1: a province with deputies, units and five years of suggestions', { skip: isPostgres(BACKEND) && 'SQLite only' }, async () => {
  const db = `sqlite://${path.join(dir, 'scale.db')}`;
  const key = path.join(dir, 'field.key');
  assert.equal((await run(['migrate', '--db', db])).code, 0);
  assert.equal((await run(['keygen', '--out', key])).code, 0);
  const noKey = await run(['bench-data', '--db', db, '--scale', '0.1']);
  assert.equal(noKey.code, 2, 'the personal data needs the key');
  const r = await run(['bench-data', '--db', db, '--scale', '0.1', '--key-file', key], { timeoutMs: 300_000 });
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /suggestions\s+50000 \/ 50000/, 'progress is shown');
  const q = (sql) => execFileSync(sqlite3Path(), [path.join(dir, 'scale.db'), sql], { encoding: 'utf8' }).trim();
  assert.equal(q("select count(*) from org_nodes where level = 'township'"), '144');
  assert.ok(Number(q('select count(*) from persons')) > 12000);
  assert.equal(q('select count(*) from handling_units'), '154');
  assert.equal(q('select count(*) from suggestions'), '50000');
  assert.equal(q('select count(*) from suggestion_events'), '150000');
  // Believable: Chinese titles, every year, mostly closed in old years, open ones with due dates.
  assert.match(q('select title from suggestions order by id limit 1'), /^关于.+的建议$/);
  assert.equal(q('select count(distinct cs.number) from suggestions s join congress_sessions cs on cs.id = s.session_id'), '5');
  assert.ok(Number(q("select count(*) from suggestions where state = 'closed'")) > 25000);
  assert.equal(q("select count(*) from suggestions where state = 'handling' and next_due_on is null"), '0');
  assert.ok(Number(q("select count(distinct title) from suggestions")) > 1000, 'varied titles');
  // ID numbers are stored sealed, with their masked form and a unique lookup hash.
  assert.match(q('select id_sealed from persons limit 1'), /^v1:/);
  assert.match(q('select id_masked from persons limit 1'), /\*/);
  assert.equal(q('select count(distinct id_hash) = count(*) from persons'), '1');
  const unkeyed = await run(['audit', 'verify', '--db', db]);
  assert.equal(unkeyed.code, 1, 'a keyed chain cannot be verified without its key');
  const verify = await run(['audit', 'verify', '--db', db, '--key-file', key]);
  assert.equal(verify.code, 0, verify.stdout);
  assert.match(verify.stdout, /50000 records/);
  assert.equal(q('PRAGMA integrity_check'), 'ok');
  // A database that already holds data is refused.
  const again = await run(['bench-data', '--db', db, '--scale', '0.1', '--key-file', key]);
  assert.notEqual(again.code, 0);
});
