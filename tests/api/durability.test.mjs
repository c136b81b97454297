// Durability (issue 5): clients create suggestions while the server is killed with SIGKILL
// at random moments and restarted on the same database. Every create the server
// acknowledged (201) must survive exactly once, with its timeline event and its audit
// record; nothing is stored twice; the database is intact (SQLite `PRAGMA integrity_check`)
// and the audit hash chain verifies (`daibiao audit verify`).
//
// A create is one write transaction (the suggestion, its `create` timeline event, its
// `suggestion.create` audit record and the audit head). A request that fails with a
// connection error may or may not have committed: it is not acknowledged, so either outcome
// is fine — but it must then exist at most once.
//
// The same file is the short run of `make test` and the long run of `make bench`
// (bench/crash.sh). Environment:
//   CRASH_KILLS    SIGKILLs (default 5)
//   CRASH_CLIENTS  concurrent client loops, each its own login as deputy.li (default 4)
//   CRASH_MIN_MS, CRASH_MAX_MS  random pause before each kill, counted from the first
//                  acknowledged create after the previous restart (default 200, 800)
//   CRASH_SUMMARY  if set, a file that receives the run's figures as one JSON object
//   DAIBIAO_BIN, DAIBIAO_API_DB  as for every API test (support/server.mjs)
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, test } from 'node:test';

import { BIN, Client, isPostgres, psql, run, sqlite3Path, startServer } from './support/server.mjs';

const int = (name, dflt) => {
  const v = process.env[name];
  if (v === undefined || v === '') return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer, not ${v}`);
  return n;
};
const KILLS = int('CRASH_KILLS', 5);
const CLIENTS = Math.max(1, int('CRASH_CLIENTS', 4));
const MIN_MS = int('CRASH_MIN_MS', 200);
const MAX_MS = Math.max(MIN_MS, int('CRASH_MAX_MS', 800));
const S = '/api/v1/suggestions';

let server;
let sessionId;

before(async () => {
  server = await startServer({ withKey: true });
  const li = await server.login('deputy.li');
  const options = await li.get(`${S}/options`);
  assert.equal(options.status, 200, options.text);
  sessionId = options.body.sessions[0].id;
});
after(async () => {
  await server?.stop();
});

/** Rows of a query on the server's database, each an array of the `|`-separated columns. */
async function query(sql) {
  let out;
  if (isPostgres(server.dbUrl)) out = (await psql(server.dbUrl, sql)).stdout;
  else out = execFileSync(sqliteCli(), [server.dbUrl.replace('sqlite://', ''), sql], { encoding: 'utf8' });
  return out
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => l.split('|'));
}

function sqliteCli() {
  const p = sqlite3Path();
  if (!p) throw new Error('the sqlite3 command-line shell is needed (Debian package sqlite3)');
  return p;
}

test(`acknowledged suggestions survive ${KILLS} SIGKILLs exactly once`, { timeout: 30 * 60_000 }, async (t) => {
  const started = Date.now();
  const runId = randomBytes(4).toString('hex'); // titles of this run: `dur-<runId>-c<i>-n<n> …`
  const prefix = `dur-${runId}-`;
  const password = server.logins['deputy.li'].password;

  const acked = []; // {id, title} answered 201
  const attempted = new Set(); // every title sent, acknowledged or not
  const statuses = {}; // unexpected HTTP statuses: status → count
  const samples = []; // a few unexpected answers, for the failure message
  let connectionErrors = 0;
  let inFlight = 0;
  const inFlightAtKill = [];
  let stopping = false;

  const clientLoop = async (i) => {
    let c = null;
    for (let n = 0; !stopping; ) {
      try {
        if (!c) {
          const fresh = new Client(server.url);
          const r = await fresh.login('deputy.li', password);
          if (r.status !== 200) {
            statuses[`login ${r.status}`] = (statuses[`login ${r.status}`] ?? 0) + 1;
            if (samples.length < 5) samples.push(`login ${r.status} ${r.text}`);
            await sleep(50);
            continue;
          }
          c = fresh;
        }
        const title = `${prefix}c${i}-n${n++} 耐久性测试`;
        attempted.add(title);
        inFlight++;
        let r;
        try {
          r = await c.post(S, {
            session_id: sessionId,
            title,
            body: '断电与强制终止后，已确认的建议必须完整保留。',
            category: '农业农村',
            is_public: true,
          });
        } finally {
          inFlight--;
        }
        if (r.status === 201) {
          assert.equal(r.body.title, title, 'the 201 answer names another title');
          acked.push({ id: r.body.id, title });
        } else {
          statuses[r.status] = (statuses[r.status] ?? 0) + 1;
          if (samples.length < 5) samples.push(`${r.status} ${r.text.slice(0, 300)}`);
          if (r.status === 401) c = null; // the session is gone: log in again
          else await sleep(20);
        }
      } catch (e) {
        if (e?.code === 'ERR_ASSERTION') throw e;
        // fetch failed: the server is being killed, restarting, or the socket was reset.
        connectionErrors++;
        await sleep(20);
      }
    }
  };

  // Resolves once some create was acknowledged after `since` acks (the server is serving).
  const progressAfter = async (since, what) => {
    const deadline = Date.now() + 30_000;
    while (acked.length <= since) {
      if (Date.now() > deadline)
        throw new Error(`no create acknowledged within 30 s ${what}\n${JSON.stringify(statuses)}\n` +
          `${samples.join('\n')}\n${server.stderr().slice(-2000)}`);
      await sleep(10);
    }
  };

  const loops = Array.from({ length: CLIENTS }, (_, i) => clientLoop(i));
  let kills = 0;
  const restartMs = [];
  try {
    await progressAfter(0, 'at the start');
    for (let k = 0; k < KILLS; k++) {
      await sleep(MIN_MS + Math.floor(Math.random() * (MAX_MS - MIN_MS + 1)));
      inFlightAtKill.push(inFlight);
      const { signal } = await server.kill('SIGKILL');
      assert.equal(signal, 'SIGKILL', `the server exited by itself before kill ${k + 1}\n${server.stderr()}`);
      kills++;
      const ackedAtKill = acked.length;
      const t0 = Date.now();
      await server.restart();
      restartMs.push(Date.now() - t0);
      await progressAfter(ackedAtKill, `after restart ${k + 1}`);
    }
  } finally {
    stopping = true;
    await Promise.allSettled(loops);
  }
  for (const r of await Promise.allSettled(loops)) if (r.status === 'rejected') throw r.reason;
  const loadMs = Date.now() - started;

  // No id was acknowledged twice.
  const ids = new Set(acked.map((a) => a.id));
  assert.equal(ids.size, acked.length, 'one id acknowledged for two creates');

  // Every acknowledged suggestion reads back through the API with its title.
  const reader = await server.login('deputy.li');
  const lost = [];
  let next = 0;
  const readLoop = async () => {
    while (next < acked.length) {
      const a = acked[next++];
      const r = await reader.get(`${S}/${a.id}`);
      if (r.status !== 200 || r.body.title !== a.title)
        lost.push(`${a.id} "${a.title}": ${r.status} ${r.status === 200 ? `title "${r.body.title}"` : r.text}`);
    }
  };
  await Promise.all(Array.from({ length: Math.min(8, CLIENTS) }, readLoop));
  assert.deepEqual(lost, [], `acknowledged suggestions not found after the crashes:\n${lost.slice(0, 20).join('\n')}`);

  // The database directly: each of this run's suggestions once per title, with exactly one
  // `create` timeline event and one `suggestion.create` audit record (one transaction).
  const rows = await query(`
    WITH e AS (SELECT suggestion_id, count(*) AS n FROM suggestion_events
               WHERE action = 'create' GROUP BY suggestion_id),
         a AS (SELECT object_id, count(*) AS n FROM audit_log
               WHERE action = 'suggestion.create' AND object_type = 'suggestion' GROUP BY object_id)
    SELECT s.id, s.title, coalesce(e.n, 0), coalesce(a.n, 0)
    FROM suggestions s
    LEFT JOIN e ON e.suggestion_id = s.id
    LEFT JOIN a ON a.object_id = CAST(s.id AS TEXT)
    WHERE s.title LIKE '${prefix}%'
    ORDER BY s.id`);
  const byTitle = new Map();
  const problems = [];
  for (const [id, title, events, audits] of rows) {
    byTitle.set(title, [...(byTitle.get(title) ?? []), Number(id)]);
    if (!attempted.has(title)) problems.push(`suggestion ${id} has a title nobody sent: ${title}`);
    if (events !== '1') problems.push(`suggestion ${id} has ${events} create events`);
    if (audits !== '1') problems.push(`suggestion ${id} has ${audits} suggestion.create audit records`);
  }
  for (const [title, list] of byTitle)
    if (list.length !== 1) problems.push(`"${title}" stored ${list.length} times: ids ${list.join(', ')}`);
  for (const a of acked) {
    const list = byTitle.get(a.title);
    if (!list) problems.push(`acknowledged ${a.id} "${a.title}" is not in the database`);
    else if (list[0] !== a.id) problems.push(`acknowledged ${a.id} "${a.title}" is stored as ${list.join(', ')}`);
  }
  assert.deepEqual(problems, [], problems.slice(0, 20).join('\n'));

  // The database file is intact and the audit chain verifies.
  if (!isPostgres(server.dbUrl)) {
    const file = server.dbUrl.replace('sqlite://', '');
    assert.equal(execFileSync(sqliteCli(), [file, 'PRAGMA integrity_check'], { encoding: 'utf8' }).trim(), 'ok');
    assert.equal(execFileSync(sqliteCli(), [file, 'PRAGMA foreign_key_check'], { encoding: 'utf8' }).trim(), '');
  }
  const verify = await run(['audit', 'verify', '--db', server.dbUrl, '--key-file', server.keyFile], { timeoutMs: 120_000 });
  assert.equal(verify.code, 0, `audit verify: ${verify.stdout}${verify.stderr}`);

  // Every create answered either 201 or failed on the connection: anything else (a 500
  // after a restart, say) is a finding of its own.
  assert.deepEqual(statuses, {}, `unexpected answers: ${samples.join('\n')}`);
  assert.ok(acked.length > 0);

  const summary = {
    backend: isPostgres(server.dbUrl) ? 'postgresql' : 'sqlite',
    binary: BIN,
    kills,
    clients: CLIENTS,
    acknowledged: acked.length,
    attempted: attempted.size,
    stored: rows.length,
    committed_unacknowledged: rows.length - acked.length,
    connection_errors: connectionErrors,
    unexpected_statuses: statuses,
    in_flight_at_kill: inFlightAtKill,
    restart_ms_max: Math.max(0, ...restartMs),
    restart_ms_avg: restartMs.length ? Math.round(restartMs.reduce((x, y) => x + y, 0) / restartMs.length) : 0,
    load_s: Number((loadMs / 1000).toFixed(1)),
    total_s: Number(((Date.now() - started) / 1000).toFixed(1)),
    audit_verify: verify.stdout.trim(),
    verified: true,
  };
  t.diagnostic(`durability: ${JSON.stringify(summary)}`);
  if (process.env.CRASH_SUMMARY) fs.writeFileSync(process.env.CRASH_SUMMARY, `${JSON.stringify(summary)}\n`);
});
