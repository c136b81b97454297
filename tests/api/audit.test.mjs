// The audit log: what gets recorded (changes, masking, denials, failed logins), the
// auditor's search, and the hash chain verified — and tampering detected — on disk.
import assert from 'node:assert/strict';
import { createHash, createHmac } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import {
  isPostgres,
  psql,
  psqlTry,
  run,
  sqlite3Path,
  startServer,
  strongPassword,
  unique,
} from './support/server.mjs';

const RECORDS = '/api/v1/audit/records';

let server;
let auditor;
let staff;
let deputy;
let sysadmin;
// What the setup did, for the tests to look up.
const done = {};

before(async () => {
  server = await startServer();
  [auditor, staff, deputy, sysadmin] = await Promise.all(
    ['auditor', 'staff.wang', 'deputy.li', 'sysadmin'].map((u) => server.login(u)),
  );

  const code = unique('aud');
  const created = await staff.post(
    '/api/v1/org/nodes',
    { code, name: '审计测试市', level: 'city', parent_id: 1 },
    // Without --trust-proxy a client-sent X-Forwarded-For must not become the recorded ip.
    { headers: { 'x-request-id': `create-${code}`, 'x-forwarded-for': '203.0.113.9' } },
  );
  assert.equal(created.status, 201, created.text);
  done.node = created.body;
  done.createRequestId = created.headers.get('x-request-id');
  const renamed = await staff.patch(`/api/v1/org/nodes/${done.node.id}`, { version: 1, name: '审计测试市（改）' });
  assert.equal(renamed.status, 200, renamed.text);

  const denied = await deputy.post('/api/v1/org/nodes', { code: unique(), name: '越权', level: 'city', parent_id: 1 });
  assert.equal(denied.status, 403, denied.text);

  assert.equal((await server.client().login('officer.zhao', 'Wrong-Password-1')).status, 401);
  done.ghost = unique('ghost');
  assert.equal((await server.client().login(done.ghost, 'Wrong-Password-1')).status, 401);

  const alice = await sysadmin.post('/api/v1/users', {
    username: unique('alice'),
    display_name: 'Alice Example',
    password: strongPassword(),
    org_node_id: 1,
  });
  assert.equal(alice.status, 201, alice.text);
  done.alice = alice.body;
});

after(async () => {
  await server?.stop();
});

async function search(query) {
  const r = await auditor.get(`${RECORDS}?${query}`);
  assert.equal(r.status, 200, r.text);
  return r.body;
}

describe('what is recorded', () => {
  test('a create: found by action and actor, with the changes, role, request id and real ip', async () => {
    const page = await search(`action=org.node.create&actor_id=${staff.user.id}`);
    assert.ok(page.total >= 1);
    for (const rec of page.items) {
      assert.equal(rec.action, 'org.node.create');
      assert.equal(rec.actor_id, staff.user.id);
    }
    const rec = page.items.find((r) => r.object_id === String(done.node.id));
    assert.ok(rec, 'the create of the test node');
    assert.equal(rec.outcome, 'success');
    assert.equal(rec.object_type, 'org_node');
    assert.equal(rec.actor_name, 'staff.wang');
    assert.equal(rec.role, 'liaison_staff');
    assert.equal(rec.request_id, done.createRequestId, 'ties the record to the HTTP request');
    assert.equal(rec.ip, '127.0.0.1', 'the socket address, not the spoofable X-Forwarded-For');
    assert.ok(Math.abs(Date.parse(rec.at) - Date.parse(done.node.created_at)) < 5_000);
    const changes = Object.fromEntries(rec.changes.map((c) => [c.field, c]));
    assert.equal(changes.code.after, done.node.code);
    assert.equal(changes.name.after, '审计测试市');
    assert.equal(changes.level.after, 'city');
    assert.ok([null, ''].includes(changes.code.before));
  });

  test('an update records before and after of what changed only', async () => {
    const page = await search(`action=org.node.update&object_id=${done.node.id}`);
    assert.equal(page.total, 1);
    const [rec] = page.items;
    assert.deepEqual(rec.changes, [{ field: 'name', before: '审计测试市', after: '审计测试市（改）' }]);
  });

  test('a refused attempt is recorded with outcome "denied"', async () => {
    const page = await search(`outcome=denied&actor_id=${deputy.user.id}`);
    assert.ok(page.items.some((r) => r.action === 'org.node.create'), JSON.stringify(page.items));
    for (const r of page.items) assert.equal(r.outcome, 'denied');
  });

  test('failed logins are recorded, for known and unknown usernames', async () => {
    const page = await search('action=auth.login&outcome=failure&page_size=100');
    const officerId = (await staff.get('/api/v1/users?q=officer.zhao')).body.items[0].id;
    const wrong = page.items.find((r) => r.object_id === String(officerId));
    assert.ok(wrong, 'the wrong password for officer.zhao');
    assert.deepEqual(wrong.changes.find((c) => c.field === 'reason')?.after, 'wrong_password');
    const ghost = page.items.find((r) => r.actor_name === done.ghost);
    assert.ok(ghost, 'the attempt with an unknown username');
    assert.equal(ghost.changes.find((c) => c.field === 'reason')?.after, 'unknown_user');
    assert.equal(ghost.actor_id, null);
    const ok = await search(`action=auth.login&outcome=success&actor_id=${auditor.user.id}`);
    assert.ok(ok.total >= 1, 'successful logins too');
  });

  test('personal fields are masked; usernames are not', async () => {
    const page = await search(`action=user.create&object_id=${done.alice.id}`);
    assert.equal(page.total, 1);
    const changes = Object.fromEntries(page.items[0].changes.map((c) => [c.field, c]));
    assert.equal(changes.username.after, done.alice.username);
    const shown = changes.display_name.after;
    assert.notEqual(shown, 'Alice Example');
    assert.match(shown, /\*/);
    assert.equal(shown.length, 'Alice Example'.length);
    assert.ok(shown.startsWith('A') && shown.endsWith('e'), shown);
    assert.ok(!JSON.stringify(page.items[0]).includes('Alice Example'));
  });

  test(
    'a Chinese personal name is masked by characters and stays readable',
    {
    },
    async () => {
      const wang = await sysadmin.post('/api/v1/users', {
        username: unique('wang'),
        display_name: '王小明',
        password: strongPassword(),
        org_node_id: 1,
      });
      assert.equal(wang.status, 201, wang.text);
      const page = await search(`action=user.create&object_id=${wang.body.id}`);
      assert.equal(page.total, 1);
      const rec = page.items[0];
      const change = rec.changes.find((c) => c.field === 'display_name');
      assert.ok(change, `the display_name change is shown: ${JSON.stringify(rec.changes)}`);
      const shown = change.after;
      assert.ok(!shown.includes('\uFFFD'), `valid text: ${JSON.stringify(shown)}`);
      assert.ok(!shown.includes('小'), 'the middle character is hidden');
      assert.match(shown, /^王\*+明$/);
    },
  );

  test('reading the audit log without the permission is refused and recorded', async () => {
    const r = await staff.get(RECORDS);
    assert.equal(r.status, 403);
    const page = await search(`actor_id=${staff.user.id}&outcome=denied`);
    assert.ok(page.items.some((x) => x.action === 'audit.search'), JSON.stringify(page.items));
  });

  test('an export is itself recorded with the number of records', async () => {
    const csv = await auditor.get('/api/v1/audit/export?action=org.node.update');
    assert.equal(csv.status, 200);
    const page = await search(`action=audit.export&actor_id=${auditor.user.id}`);
    assert.ok(page.total >= 1);
    const counts = page.items.flatMap((r) => r.changes.filter((c) => c.field === 'records').map((c) => c.after));
    assert.ok(counts.includes('1'), JSON.stringify(page.items));
  });
});

describe('searching', () => {
  test('newest first by default; pages do not overlap', async () => {
    const first = await search('page_size=5');
    const second = await search('page_size=5&page=2');
    const items = [...first.items, ...second.items];
    assert.equal(new Set(items.map((r) => r.seq)).size, 10);
    for (let i = 1; i < items.length; i++) assert.ok(items[i - 1].at >= items[i].at, 'newest first');
    const asc = await search('sort=seq&page_size=3');
    assert.deepEqual(asc.items.map((r) => r.seq), [1, 2, 3]);
  });

  test(
    'the default order is the chain order (seq descending), also after concurrent writes',
    {
    },
    async () => {
      await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          staff.post('/api/v1/org/nodes', { code: unique(`par${i}`), name: '并发', level: 'city', parent_id: 1 }),
        ),
      );
      const seqs = (await search('page_size=100')).items.map((r) => r.seq);
      assert.deepEqual(seqs, [...seqs].sort((a, b) => b - a));
    },
  );

  test('time range filters (dates and times, UTC)', async () => {
    const all = (await search('page_size=1')).total;
    assert.equal((await search('at_from=2999-01-01')).total, 0);
    assert.equal((await search('at_to=2000-01-01')).total, 0);
    assert.equal((await search('at_from=2000-01-01&at_to=2999-12-31')).total, all);
    const newest = (await search('page_size=1')).items[0];
    const today = newest.at.slice(0, 10);
    assert.equal((await search(`at_to=${today}`)).total, all, 'a bare at_to date includes that whole day');
    const second = newest.at.slice(0, 19) + 'Z';
    const since = await search(`at_from=${second}`);
    assert.ok(since.total >= 1 && since.total <= all);
    for (const r of since.items) assert.ok(r.at >= second.replace('Z', ''), `${r.at} >= ${second}`);
    for (const bad of ['yesterday', '2026-02-30', '1700000000000']) {
      const r = await auditor.get(`${RECORDS}?at_from=${bad}`);
      assert.equal(r.status, 400, `${bad}: ${r.text}`);
      assert.deepEqual(r.body.errors.map((e) => e.field), ['at_from']);
    }
  });

  test('unknown filters and bad values answer 400 field errors', async () => {
    for (const [q, field] of [
      ['colour=red', 'colour'],
      ['actor_id=abc', 'actor_id'],
      ['sort=hash', 'sort'],
      ['page_size=101', 'page_size'],
    ]) {
      const r = await auditor.get(`${RECORDS}?${q}`);
      assert.equal(r.status, 400, `${q}: ${r.text}`);
      assert.deepEqual(r.body.errors.map((e) => e.field), [field]);
    }
  });

  test('the audit log has no write routes', async () => {
    for (const method of ['POST', 'PATCH', 'DELETE', 'PUT']) {
      const r = await auditor.request(method, RECORDS, { body: {} });
      assert.equal(r.status, 405, `${method}: ${r.text}`);
    }
  });
});

describe('the hash chain on disk', () => {
  let seq;
  const verify = () => run(['audit', 'verify', '--db', server.dbUrl]);

  before(async () => {
    const page = await search(`action=org.node.create&object_id=${done.node.id}`);
    seq = page.items[0].seq;
    assert.ok(seq > 1);
  });

  test('after the server stops, `audit verify` passes', async () => {
    const { code, signal } = await server.stopProcess();
    assert.equal(signal, null, server.stderr());
    assert.equal(code, 0, server.stderr());
    const r = await verify();
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /ok: (\d+) records/);
    const n = Number(/ok: (\d+) records/.exec(r.stdout)[1]);
    assert.ok(n > seq, `${n} records`);
  });

  test('a plain UPDATE of audit_log is refused by the database', async (t) => {
    const sql = `UPDATE audit_log SET changes = '[]' WHERE seq = ${seq}`;
    if (isPostgres(server.backend)) {
      const r = await psqlTry(server.dbUrl, sql);
      assert.notEqual(r.code, 0);
      assert.match(r.stderr, /append-only/);
    } else {
      const sqlite3 = sqlite3Path();
      if (!sqlite3) return t.skip('the sqlite3 command-line tool is not installed');
      const r = await run([dbFile(), sql], { program: sqlite3 });
      assert.notEqual(r.code, 0);
      assert.match(r.stderr, /append-only/);
    }
    const v = await verify();
    assert.equal(v.code, 0, 'still intact');
  });

  test('a record changed behind the trigger is found by `audit verify` (exit 1, names the record)', async (t) => {
    const forged = `UPDATE audit_log SET changes = '[{"field":"name","before":"","after":"forged"}]' WHERE seq = ${seq}`;
    if (isPostgres(server.backend)) {
      await psql(server.dbUrl, `ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update; ${forged}`);
    } else {
      const sqlite3 = sqlite3Path();
      if (!sqlite3) return t.skip('the sqlite3 command-line tool is not installed');
      const r = await run([dbFile(), `DROP TRIGGER audit_log_no_update; ${forged};`], { program: sqlite3 });
      assert.equal(r.code, 0, r.stderr);
    }
    const v = await verify();
    assert.equal(v.code, 1, v.stdout + v.stderr);
    assert.match(v.stdout, new RegExp(`\\b${seq}\\b`), `names record ${seq}: ${v.stdout}`);
  });
});

// PostgreSQL text cannot hold NUL; libpq takes parameters as C strings and cuts there.
describe('NUL characters in input', () => {
  let s;
  before(async () => {
    s = await startServer();
  });
  after(async () => {
    await s?.stop();
  });

  test(
    'a NUL in a text field is refused with 400 and nothing is stored',
    {
    },
    async () => {
      const staff = await s.login('staff.wang');
      const code = unique('nul');
      const r = await staff.post('/api/v1/org/nodes', { code, name: 'a\u0000b', level: 'city', parent_id: 1 });
      assert.equal(r.status, 400, r.text);
      assert.deepEqual(r.body.errors.map((e) => e.field), ['name']);
      assert.equal((await staff.get(`/api/v1/org/nodes?code=${code}`)).body.total, 0);
    },
  );

  test(
    'an anonymous login with a NUL in the username leaves the audit chain verifiable',
    {
    },
    async () => {
      // Control characters are refused at the door, so nothing odd reaches the audit log.
      const r = await s.client().login('nobody\u0000evil', 'Whatever-123');
      assert.equal(r.status, 400);
      assert.equal(r.body.errors[0].field, 'username');
      const { code } = await s.stopProcess();
      assert.equal(code, 0, s.stderr());
      const v = await run(['audit', 'verify', '--db', s.dbUrl]);
      assert.equal(v.code, 0, v.stdout + v.stderr);
    },
  );
});

function dbFile() {
  const file = server.dbUrl.replace(/^sqlite:\/\//, '');
  assert.ok(fs.existsSync(file), file);
  return file;
}

// Someone with database access rewrites a record and recomputes the chain after it. With a
// key the chain is an HMAC, so a plain SHA-256 re-chaining is found; with the key stolen too,
// the signed anchors written outside the database still expose it.
describe('the keyed chain and its anchors', () => {
  let s;
  let anchorFile;
  const field = (v) => `${Buffer.byteLength(v)}:${v}|`;
  const canonical = (r) =>
    [r.seq, r.at, r.actor_id ?? '', r.actor_name, r.role, r.org_node_id ?? '', r.ip, r.request_id,
      r.action, r.object_type, r.object_id, r.outcome, r.changes, r.prev_hash]
      .map((v) => field(String(v))).join('');

  async function rows() {
    const cols = 'seq, at, actor_id, actor_name, role, org_node_id, ip, request_id, action, object_type, object_id, outcome, changes, prev_hash, hash';
    if (isPostgres(s.backend)) {
      const r = await psql(s.dbUrl, `SELECT coalesce(json_agg(t ORDER BY seq), '[]') FROM (SELECT ${cols} FROM audit_log) t`);
      return JSON.parse(r.stdout);
    }
    const r = await run(['-json', dbPath(s), `SELECT ${cols} FROM audit_log ORDER BY seq`], { program: sqlite3Path() });
    return JSON.parse(r.stdout || '[]');
  }
  // Through standard input: the statements are too long for a command line.
  async function exec(sqlText) {
    const r = isPostgres(s.backend)
      ? await run([s.dbUrl, '-v', 'ON_ERROR_STOP=1', '-q'], {
          program: 'psql',
          input: `ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update;\n${sqlText}`,
        })
      : await run([dbPath(s)], {
          program: sqlite3Path(),
          input: `DROP TRIGGER IF EXISTS audit_log_no_update;\n${sqlText}`,
        });
    assert.equal(r.code, 0, r.stderr);
  }
  const q = (v) => `'${String(v).replaceAll("'", "''")}'`;
  // Forges record `seq` and re-links every record after it with `link(bytes)`.
  async function forgeAndRechain(seq, link) {
    const all = await rows();
    let prev = null;
    const updates = [];
    for (const r of all) {
      if (r.seq < seq) { prev = r.hash; continue; }
      if (r.seq === seq) r.changes = '[{"field":"name","before":"","after":"forged"}]';
      r.prev_hash = prev ?? '0'.repeat(64);
      r.hash = link(canonical(r));
      prev = r.hash;
      updates.push(`UPDATE audit_log SET changes = ${q(r.changes)}, prev_hash = ${q(r.prev_hash)}, hash = ${q(r.hash)} WHERE seq = ${r.seq};`);
    }
    updates.push(`UPDATE audit_head SET hash = ${q(prev)} WHERE id = 1;`);
    await exec(updates.join('\n'));
  }
  const verify = (...extra) => run(['audit', 'verify', '--db', s.dbUrl, ...extra]);

  before(async () => {
    anchorFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'daibiao-anchors-')), 'anchors.log');
    s = await startServer({
      withKey: true,
      serveArgs: ['--audit-anchor-file', anchorFile, '--audit-anchor-interval', '1'],
    });
  });
  after(async () => {
    await s?.stop();
  });

  test('records are keyed; the anchors written while serving and at shutdown hold', async () => {
    await s.login('staff.wang');
    await new Promise((r) => setTimeout(r, 1500));
    await s.login('deputy.li');
    const { code } = await s.stopProcess();
    assert.equal(code, 0, s.stderr());
    const again = await run(['audit', 'anchor', '--db', s.dbUrl, '--key-file', s.keyFile, '--out', anchorFile]);
    assert.equal(again.code, 0, again.stderr);
    const lines = fs.readFileSync(anchorFile, 'utf8').trim().split('\n');
    assert.ok(lines.length >= 3, `anchors while serving, at shutdown and by command: ${lines.length}`);
    assert.equal(fs.statSync(anchorFile).mode & 0o077, 0, 'the anchor file is private');
    const all = await rows();
    assert.ok(all.length > 10 && all.every((r) => r.hash.startsWith('k1:')), 'every link is keyed');
    assert.equal((await verify()).code, 1, 'a keyed chain needs its key to be verified');
    const ok = await verify('--key-file', s.keyFile, '--anchors', anchorFile);
    assert.equal(ok.code, 0, ok.stdout + ok.stderr);
    assert.match(ok.stdout, new RegExp(`${lines.length} anchors hold`));
  });

  test('a record rewritten and the chain re-hashed with plain SHA-256 is found', async () => {
    const target = (await rows())[5].seq;
    await forgeAndRechain(target, (b) => createHash('sha256').update(b).digest('hex'));
    const v = await verify('--key-file', s.keyFile);
    assert.equal(v.code, 1, v.stdout);
    assert.match(v.stdout, new RegExp(`record ${target}\\b`));
  });

  test('even re-hashed with the stolen key, the anchors kept elsewhere expose it', async () => {
    // The keyring's version 1 line: "1 standard <64 hex>".
    const master = Buffer.from(/^1 standard ([0-9a-f]{64})$/m.exec(fs.readFileSync(s.keyFile, 'utf8'))[1], 'hex');
    const chainKey = createHmac('sha256', master).update('daibiao audit chain v1').digest();
    const target = (await rows())[5].seq;
    await forgeAndRechain(target, (b) => `k1:${createHmac('sha256', chainKey).update(b).digest('hex')}`);
    const chainOnly = await verify('--key-file', s.keyFile);
    assert.equal(chainOnly.code, 0, 'the chain itself now verifies: ' + chainOnly.stdout);
    const withAnchors = await verify('--key-file', s.keyFile, '--anchors', anchorFile);
    assert.equal(withAnchors.code, 1, withAnchors.stdout);
    assert.match(withAnchors.stdout, /锚点不符/);
  });
});

function dbPath(srv) {
  return srv.dbUrl.replace(/^sqlite:\/\//, '');
}
