// Audit retention (等保: audit records kept at least 180 days; the purge audits itself). The
// log starts with 100 keyed records from 300-665 days ago and 900 spread over the last year,
// with an anchor after each part; then the demo data and the server. `audit purge` removes
// what is older than the retention period, archives it, appends an audit.purge record naming
// the new base, and the chain still verifies from that base. The database refuses a shorter
// retention whatever the caller does, and a purge done behind the database's back is found.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import { isPostgres, psqlTry, run, sqlite3Path, startServer } from './support/server.mjs';

const DAY = 24 * 60 * 60 * 1000;
let server;
let anchors;

before(async () => {
  server = await startServer({
    withKey: true,
    prepare: async ({ dbUrl, dir, keyFile, run: runOk }) => {
      anchors = path.join(dir, 'anchors.log');
      const bench = (n, until) =>
        runOk(['bench-data', '--db', dbUrl, '--key-file', keyFile, '--audit-records', String(n), '--audit-until-days-ago', String(until)]);
      await bench(100, 300);
      await runOk(['audit', 'anchor', '--db', dbUrl, '--key-file', keyFile, '--out', anchors]);
      await bench(900, 0);
      await runOk(['audit', 'anchor', '--db', dbUrl, '--key-file', keyFile, '--out', anchors]);
    },
  });
});
after(async () => {
  await server?.stop();
});

/** Runs SQL straight against the database, as someone holding it would. */
async function sql(text, s = server) {
  if (isPostgres(s.backend)) return psqlTry(s.dbUrl, text);
  const sqlite3 = sqlite3Path();
  assert.ok(sqlite3, 'the sqlite3 command-line tool (scripts/install-deps.sh installs it)');
  return run([s.dbUrl.replace('sqlite://', ''), text], { program: sqlite3 });
}

const cli = (...args) => run(args);
const verify = () => cli('audit', 'verify', '--db', server.dbUrl, '--key-file', server.keyFile, '--anchors', anchors);

describe('audit retention', () => {
  test('a retention under 180 days is refused by the command and by serve', async () => {
    const r = await cli('audit', 'purge', '--db', server.dbUrl, '--key-file', server.keyFile, '--older-than-days', '179');
    assert.equal(r.code, 1, r.stdout + r.stderr);
    assert.match(r.stderr, /至少保留 180 天/);
    const bad = await cli('serve', '--db', server.dbUrl, '--listen', '127.0.0.1:0', '--audit-retention-days', '30');
    assert.equal(bad.code, 2, bad.stdout + bad.stderr);
    assert.match(bad.stderr, /至少为 180 天/);
  });

  test('the database itself refuses to move the base to a young record or delete above it', async () => {
    const head = Number((await sql('SELECT seq FROM audit_head WHERE id = 1')).stdout.trim());
    assert.ok(head > 1000, `head ${head}`);
    const young = await sql(
      `UPDATE audit_retention SET base_seq = ${head - 1}, base_hash = (SELECT hash FROM audit_log WHERE seq = ${head - 1}) WHERE id = 1`,
    );
    assert.notEqual(young.code, 0, 'moving the base to a record of today is refused');
    assert.match(young.stderr, /older than 180 days/);
    const old = await sql('DELETE FROM audit_log WHERE seq = 1');
    assert.notEqual(old.code, 0, 'a record above the base cannot be deleted, however old');
    assert.match(old.stderr, /append-only/);
    const gone = await sql('DELETE FROM audit_retention');
    assert.notEqual(gone.code, 0);
    assert.equal((await verify()).code, 0);
  });

  let base;
  test('purge removes what is past retention, archives it and audits itself; the chain verifies from the base', async () => {
    const auditor = await server.login('auditor');
    const count = async () => Number((await sql('SELECT COUNT(*) FROM audit_log')).stdout.trim());
    const before = await count();
    const archiveDir = path.join(server.dir, 'archive');
    fs.mkdirSync(archiveDir);
    const startedAt = Date.now();
    const r = await cli('audit', 'purge', '--db', server.dbUrl, '--key-file', server.keyFile, '--older-than-days', '180', '--archive-dir', archiveDir);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    const m = /purged (\d+) audit records older than 180 days; the chain now starts after record (\d+)/.exec(r.stdout);
    assert.ok(m, r.stdout);
    const purged = Number(m[1]);
    base = Number(m[2]);
    // All 100 of the first part and about 185/365 of the 900.
    assert.equal(purged, base);
    assert.ok(purged >= 100 + 440 && purged <= 100 + 470, `purged ${purged}`);

    // The archive holds exactly those records, chained, all older than 180 days.
    const file = path.join(archiveDir, `audit-1-${base}.jsonl`);
    assert.match(r.stdout, new RegExp(`archived .*audit-1-${base}\\.jsonl`));
    assert.equal((fs.statSync(file).mode & 0o777).toString(8), '600');
    const lines = fs.readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(lines.length, purged);
    lines.forEach((rec, i) => {
      assert.equal(rec.seq, i + 1);
      assert.ok(rec.at < startedAt - 180 * DAY, `record ${rec.seq} is older than 180 days`);
      if (i > 0) assert.equal(rec.prev_hash, lines[i - 1].hash);
      assert.match(rec.hash, /^k1:[0-9a-f]{64}$/);
    });

    // The log now starts after the base, and the purge is recorded in it.
    assert.equal(await count(), before - purged + 1);
    const oldest = await auditor.get('/api/v1/audit/records?sort=seq&page_size=1');
    assert.equal(oldest.body.items[0].seq, base + 1);
    const log = await auditor.get('/api/v1/audit/records?action=audit.purge');
    assert.equal(log.body.items.length, 1);
    const rec = log.body.items[0];
    assert.equal(rec.object_id, String(base));
    const changes = Object.fromEntries(rec.changes.map((c) => [c.field, c.after]));
    assert.deepEqual(changes, {
      records: String(purged),
      from_seq: '1',
      to_seq: String(base),
      retention_days: '180',
      archive: `audit-1-${base}.jsonl`,
    });

    // Verify continues from the base; the anchor inside the purged part is reported as such.
    const v = await verify();
    assert.equal(v.code, 0, v.stdout + v.stderr);
    assert.match(v.stdout, /audit chain ok: \d+ records, 1 anchors hold \(1 older ones precede the retention base\)/);

    // Nothing more is old enough: a second run purges nothing and writes nothing.
    const again = await cli('audit', 'purge', '--db', server.dbUrl, '--key-file', server.keyFile, '--older-than-days', '180');
    assert.match(again.stdout, /purged 0 audit records/);
    assert.equal((await auditor.get('/api/v1/audit/records?action=audit.purge')).body.items.length, 1);
  });

  test('records removed behind the database triggers, base moved, are found by verify', async () => {
    const to = base + 5;
    const moveBase = `UPDATE audit_retention SET base_seq = ${to}, base_hash = (SELECT hash FROM audit_log WHERE seq = ${to}) WHERE id = 1`;
    const del = `DELETE FROM audit_log WHERE seq <= ${to}`;
    const r = isPostgres(server.backend)
      ? await sql(
          `ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_delete; ALTER TABLE audit_retention DISABLE TRIGGER audit_retention_guard; ${moveBase}; ${del};`,
        )
      : await sql(`DROP TRIGGER audit_log_no_delete; DROP TRIGGER audit_retention_forward; ${moveBase}; ${del};`);
    assert.equal(r.code, 0, r.stderr);
    const v = await verify();
    assert.equal(v.code, 1, v.stdout + v.stderr);
    assert.match(v.stdout, /没有对应的清理记录/);
  });
});

describe('serve --audit-retention-days', () => {
  test('the reminders leaseholder purges on its own, archived and audited', async () => {
    const archiveDir = fs.mkdtempSync(path.join(os.tmpdir(), 'daibiao-archive-'));
    const s = await startServer({
      withKey: true,
      demo: false,
      prepare: async ({ dbUrl, keyFile, run: runOk }) => {
        await runOk(['bench-data', '--db', dbUrl, '--key-file', keyFile, '--audit-records', '50', '--audit-until-days-ago', '200']);
      },
      serveArgs: ['--remind-interval', '1', '--audit-retention-days', '365', '--audit-archive-dir', archiveDir],
    });
    try {
      // 365 days: of the 50 records (spread over 200-565 days ago) the 28 older than 365 go.
      let base = 0;
      for (let i = 0; i < 100 && base === 0; i++) {
        await new Promise((r) => setTimeout(r, 200));
        base = Number((await sql('SELECT base_seq FROM audit_retention WHERE id = 1', s)).stdout.trim());
      }
      assert.ok(base >= 25 && base <= 28, `base ${base}`);
      const purge = await sql("SELECT object_id FROM audit_log WHERE action = 'audit.purge'", s);
      assert.equal(purge.stdout.trim(), String(base));
      assert.deepEqual(fs.readdirSync(archiveDir), [`audit-1-${base}.jsonl`]);
      const v = await run(['audit', 'verify', '--db', s.dbUrl, '--key-file', s.keyFile]);
      assert.equal(v.code, 0, v.stdout + v.stderr);
    } finally {
      await s.stop();
      fs.rmSync(archiveDir, { recursive: true, force: true });
    }
  });
});
