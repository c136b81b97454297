// 等保 level 3, audit (issue 9): fail-closed when the audit write fails. A trigger installed
// behind the running server's back (sqlite3 CLI on SQLite, psql + a PL/pgSQL function on
// PostgreSQL) makes every insert into audit_log with one action fail. The request that needs
// that record must answer 500 (problem+json, code internal, a request id, no internal detail)
// and leave nothing behind, since the change and its record share one transaction; the server
// keeps serving; once the trigger is dropped the same request succeeds. Runs on the backend
// of DAIBIAO_API_DB (SQLite by default, or PostgreSQL).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { isPostgres, psql, run, sqlExec, sqlite3Path, startServer, strongPassword, unique } from './support/server.mjs';

const MARK = 'audit write refused by test trigger';
let server;
let staff;
let sysadmin;
let auditor;
let skip = null; // why the database cannot be manipulated here

const exec = (statement) => sqlExec(server, statement);

// Makes inserts of audit records with `action` fail until the returned function is called.
// kind 'error': a plain database error at run time (PostgreSQL: RAISE EXCEPTION; SQLite: an
// integer overflow in the trigger body, since RAISE() on SQLite is a constraint error);
// kind 'constraint': the failure is a constraint violation (SQLite RAISE(ABORT), PostgreSQL
// SQLSTATE check_violation), as a CHECK on audit_log or a duplicate seq would be.
async function breakAudit(action, kind = 'error') {
  const name = `test_fail_${action.replaceAll('.', '_')}`;
  const quoted = `'${action.replaceAll("'", "''")}'`;
  if (isPostgres(server.backend)) {
    const errcode = kind === 'constraint' ? " USING ERRCODE = 'check_violation'" : '';
    await exec(
      `CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '${MARK}'${errcode}; END $$;` +
        `CREATE TRIGGER ${name} BEFORE INSERT ON audit_log FOR EACH ROW WHEN (NEW.action = ${quoted}) EXECUTE FUNCTION ${name}();`,
    );
    return () => exec(`DROP TRIGGER ${name} ON audit_log; DROP FUNCTION ${name}();`);
  }
  const body = kind === 'constraint' ? `SELECT RAISE(ABORT, '${MARK}');` : 'SELECT abs(-9223372036854775807 - 1);';
  await exec(`CREATE TRIGGER ${name} BEFORE INSERT ON audit_log WHEN NEW.action = ${quoted} BEGIN ${body} END;`);
  return () => exec(`DROP TRIGGER ${name};`);
}

function assertInternal(r) {
  assert.equal(r.status, 500, r.text);
  assert.match(r.headers.get('content-type') ?? '', /^application\/problem\+json/);
  assert.equal(r.body?.code, 'internal', r.text);
  assert.equal(r.body.status, 500);
  assert.ok(r.body.request_id, 'a request id to quote');
  assert.equal(r.headers.get('x-request-id'), r.body.request_id);
  for (const leak of [MARK, 'audit_log', 'trigger', 'overflow', 'sqlite', 'SQLITE', 'postgres', 'ERROR:', 'INSERT'])
    assert.ok(!r.text.includes(leak), `no internal detail (${leak}): ${r.text}`);
}

async function stillServing() {
  assert.ok(server.isRunning(), 'the process is alive');
  assert.equal((await staff.get('/api/v1/org/nodes?page_size=1')).status, 200);
  assert.equal((await fetch(`${server.url}/readyz`)).status, 200);
  // Another write, whose audit record is not refused, still works.
  const unit = await staff.post('/api/v1/org/units', { org_node_id: 1, code: unique('U'), name: '仍可写入' });
  assert.equal(unit.status, 201, unit.text);
}

async function auditCount(query) {
  const r = await auditor.get(`/api/v1/audit/records?${query}&page_size=1`);
  assert.equal(r.status, 200, r.text);
  return r.body.total;
}

before(async () => {
  if (!isPostgres() && !sqlite3Path()) {
    skip = 'the sqlite3 command-line tool is not installed';
    return;
  }
  server = await startServer();
  [staff, sysadmin, auditor] = await Promise.all(['staff.wang', 'sysadmin', 'auditor'].map((n) => server.login(n)));
});
after(async () => {
  await server?.stop();
});

describe(`fail-closed when the audit write fails (${isPostgres() ? 'PostgreSQL' : 'SQLite'})`, () => {
  test('org.node.create: 500, no node, the server keeps serving; without the trigger it succeeds', async (t) => {
    if (skip) return t.skip(skip);
    const code = unique('fc');
    const body = { code, name: '审计失败市', level: 'city', parent_id: 1 };
    const before = await auditCount('action=org.node.create');
    const restore = await breakAudit('org.node.create');
    try {
      assertInternal(await staff.post('/api/v1/org/nodes', body));
      const found = await staff.get(`/api/v1/org/nodes?code=${code}`);
      assert.equal(found.status, 200, found.text);
      assert.equal(found.body.total, 0, 'the node was not created');
      await stillServing();
    } finally {
      await restore();
    }
    assert.equal(await auditCount('action=org.node.create'), before, 'no record either');
    const created = await staff.post('/api/v1/org/nodes', body);
    assert.equal(created.status, 201, created.text);
    assert.equal((await staff.get(`/api/v1/org/nodes?code=${code}`)).body.total, 1);
    assert.equal(await auditCount(`action=org.node.create&object_id=${created.body.id}`), 1);
  });

  test('user.create: 500, no account; without the trigger it succeeds and signs in', async (t) => {
    if (skip) return t.skip(skip);
    const username = unique('fc');
    const password = strongPassword();
    const body = { username, display_name: '审计失败', password, org_node_id: 1 };
    const restore = await breakAudit('user.create');
    try {
      assertInternal(await sysadmin.post('/api/v1/users', body));
      const found = await sysadmin.get(`/api/v1/users?q=${username}`);
      assert.equal(found.status, 200, found.text);
      assert.equal(found.body.total, 0, 'the account was not created');
      assert.equal((await server.client().login(username, password)).status, 401);
      await stillServing();
    } finally {
      await restore();
    }
    const created = await sysadmin.post('/api/v1/users', body);
    assert.equal(created.status, 201, created.text);
    assert.equal((await server.client().login(username, password)).status, 200);
  });

  test('auth.login: 500 and no session when the login record cannot be written', async (t) => {
    if (skip) return t.skip(skip);
    const restore = await breakAudit('auth.login');
    let r;
    const c = server.client();
    try {
      r = await c.login('deputy.li', server.logins['deputy.li'].password);
      assertInternal(r);
      assert.equal(c.cookie, null, 'no session cookie');
      await stillServing();
    } finally {
      await restore();
    }
    assert.equal((await c.login('deputy.li', server.logins['deputy.li'].password)).status, 200);
  });

  test('audit.export: 500 and no data when the export record cannot be written', async (t) => {
    if (skip) return t.skip(skip);
    const restore = await breakAudit('audit.export');
    try {
      const r = await auditor.get('/api/v1/audit/export');
      assertInternal(r);
      assert.ok(!r.text.includes('org.node.create'), 'no exported rows in the answer');
      await stillServing();
    } finally {
      await restore();
    }
    const r = await auditor.get('/api/v1/audit/export');
    assert.equal(r.status, 200);
    assert.match(r.text, /org\.node\.create/);
  });

  // Found by this file: a constraint-class failure while appending the audit record used to
  // be mapped like a client's constraint violation (400 "数据不满足约束"); app::Tx::audit now
  // turns any failed append into internal (500).
  test(
    'a constraint failure in the audit append is a server error (500), not the client’s (400)',
    async (t) => {
      if (skip) return t.skip(skip);
      const code = unique('fcc');
      const restore = await breakAudit('org.node.create', 'constraint');
      try {
        const r = await staff.post('/api/v1/org/nodes', { code, name: '约束失败市', level: 'city', parent_id: 1 });
        // Fail-closed holds either way.
        assert.equal((await staff.get(`/api/v1/org/nodes?code=${code}`)).body.total, 0, 'the node was not created');
        assertInternal(r);
      } finally {
        await restore();
      }
    },
  );

  test('after all that the hash chain still verifies', async (t) => {
    if (skip) return t.skip(skip);
    const { code } = await server.stopProcess();
    assert.equal(code, 0, server.stderr());
    const v = await run(['audit', 'verify', '--db', server.dbUrl]);
    assert.equal(v.code, 0, v.stdout + v.stderr);
  });
});
