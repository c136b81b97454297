// Accounts, role grants and the three separated administrators (三员分立):
// sysadmin (system_admin) manages accounts, secadmin (security_admin) grants roles,
// auditor (audit_admin) reads and exports the audit log — and none can do the others' work.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import {
  fieldsOf,
  isPostgres,
  listAll,
  startServer,
  strongPassword,
  unique,
} from './support/server.mjs';

const USERS = '/api/v1/users';

let server;
let sysadmin;
let secadmin;
let auditor;
let deputy;
before(async () => {
  server = await startServer();
  [sysadmin, secadmin, auditor, deputy] = await Promise.all(
    ['sysadmin', 'secadmin', 'auditor', 'deputy.li'].map((u) => server.login(u)),
  );
});
after(async () => {
  await server?.stop();
});

function assertProblem(r, status, code) {
  assert.equal(r.status, status, r.text);
  assert.match(r.headers.get('content-type'), /^application\/problem\+json/);
  assert.equal(r.body.code, code, r.text);
}

const userCount = async () => (await sysadmin.get(`${USERS}?page_size=1`)).body.total;

async function createUser(fields = {}) {
  const username = fields.username ?? unique('u');
  const password = fields.password ?? strongPassword();
  const r = await sysadmin.post(USERS, {
    username,
    display_name: `Test ${username}`,
    password,
    org_node_id: 1,
    ...fields,
  });
  assert.equal(r.status, 201, r.text);
  return { ...r.body, password };
}

describe('system admin: accounts', () => {
  test('creates an account that can then sign in', async () => {
    const username = unique('new.user');
    const password = strongPassword();
    const before = await userCount();
    const r = await sysadmin.post(USERS, {
      username,
      display_name: 'New User',
      password,
      org_node_id: 1,
    });
    assert.equal(r.status, 201, r.text);
    assert.equal(r.body.username, username);
    assert.equal(r.body.display_name, 'New User');
    assert.equal(r.body.org_node_id, 1);
    assert.equal(r.body.active, true);
    assert.equal(r.body.version, 1);
    assert.equal(r.body.unit_id, null);
    assert.ok(!('password' in r.body) && !('password_hash' in r.body), 'no password in the answer');
    assert.ok(!r.text.includes(password));
    assert.equal(await userCount(), before + 1);
    const got = await sysadmin.get(`${USERS}/${r.body.id}`);
    assert.deepEqual(got.body, r.body);
    const c = server.client();
    assert.equal((await c.login(username, password)).status, 200);
    assert.deepEqual(c.user.grants, [], 'a new account holds no roles');
  });

  test(
    'accounts with Chinese display names can be created and renamed',
    {
    },
    async () => {
      for (const name of ['王小明', '欧阳娜娜', '李']) {
        const username = unique('cn');
        const r = await sysadmin.post(USERS, { username, display_name: name, password: strongPassword(), org_node_id: 1 });
        assert.equal(r.status, 201, `${name}: ${r.text}`);
        assert.equal(r.body.display_name, name);
        const renamed = await sysadmin.patch(`${USERS}/${r.body.id}`, { version: r.body.version, display_name: `${name}二` });
        assert.equal(renamed.status, 200, renamed.text);
        assert.equal(renamed.body.display_name, `${name}二`);
      }
    },
  );

  test('weak passwords and bad usernames answer 400 field errors; nothing is created', async () => {
    const before = await userCount();
    const cases = [
      [{ password: 'short1A!' }, ['password'], 'too short'],
      [{ password: 'onlylowercaseletters' }, ['password'], 'one character class'],
      [{ username: 'zhang.wei', password: 'xZhang.Wei-2024' }, ['password'], 'contains the username'],
      [{ username: 'Bad Name' }, ['username'], 'invalid username'],
      [{ username: '9lives' }, ['username'], 'username must start with a letter'],
      // A fixed password: a random one contains "ab" now and then, which is a password error too.
      [{ username: 'ab', password: 'Pw-9f7e5d3c1x-Zq9' }, ['username'], 'username too short'],
      [{ display_name: '' }, ['display_name'], 'empty display name'],
      [{ org_node_id: 'root' }, ['org_node_id'], 'wrong type'],
      [{ role: 'system_admin' }, ['role'], 'unknown field'],
    ];
    for (const [patch, fields, why] of cases) {
      const body = {
        username: unique('w'),
        display_name: 'Weak',
        password: strongPassword(),
        org_node_id: 1,
        ...patch,
      };
      const r = await sysadmin.post(USERS, body);
      assert.equal(r.status, 400, `${why}: ${r.text}`);
      assert.equal(r.body.code, 'invalid_argument');
      assert.deepEqual([...new Set(fieldsOf(r.body))], fields, why);
    }
    const r = await sysadmin.post(USERS, { username: unique('w'), display_name: 'W', password: 'abc', org_node_id: 1 });
    assert.ok(r.body.errors.filter((e) => e.field === 'password').length >= 2, 'every password problem is listed');
    assert.equal(await userCount(), before);
  });

  test('an account may only be linked to an existing unit inside its home subtree', async () => {
    const staff = await server.login('staff.wang');
    const city = (await staff.get('/api/v1/org/nodes?code=4304')).body.items[0];
    const rootUnit = (await staff.get('/api/v1/org/units?org_node_id=1&page_size=1')).body.items[0];
    const cityUnit = await staff.post('/api/v1/org/units', { org_node_id: city.id, code: unique('U'), name: '衡阳市某局' });
    assert.equal(cityUnit.status, 201, cityUnit.text);
    const base = () => ({ username: unique('unit'), display_name: 'Unit Officer', password: strongPassword(), org_node_id: city.id });
    const before = await userCount();
    for (const unit_id of [rootUnit.id, 999999]) {
      const r = await sysadmin.post(USERS, { ...base(), unit_id });
      assert.equal(r.status, 400, `unit ${unit_id}: ${r.text}`);
      assert.deepEqual(fieldsOf(r.body), ['unit_id']);
    }
    assert.equal(await userCount(), before);
    const ok = await sysadmin.post(USERS, { ...base(), unit_id: cityUnit.body.id });
    assert.equal(ok.status, 201, ok.text);
    assert.equal(ok.body.unit_id, cityUnit.body.id);
    const moved = await sysadmin.patch(`${USERS}/${ok.body.id}`, { version: ok.body.version, unit_id: rootUnit.id });
    assert.equal(moved.status, 400, moved.text);
    assert.deepEqual(fieldsOf(moved.body), ['unit_id']);
    const cleared = await sysadmin.patch(`${USERS}/${ok.body.id}`, { version: ok.body.version, unit_id: null });
    assert.equal(cleared.status, 200, cleared.text);
    assert.equal(cleared.body.unit_id, null);
  });

  test('a duplicate username answers 409 conflict', async () => {
    const r = await sysadmin.post(USERS, {
      username: 'staff.wang',
      display_name: '冒名',
      password: strongPassword(),
      org_node_id: 1,
    });
    assertProblem(r, 409, 'conflict');
  });

  test('deactivating an account ends its sessions; it cannot sign in', async () => {
    const u = await createUser();
    const c = await server.login(u.username, u.password);
    assert.equal((await c.get('/api/v1/auth/me')).status, 200);
    const r = await sysadmin.patch(`${USERS}/${u.id}`, { version: u.version, active: false });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.body.active, false);
    assert.equal(r.body.version, u.version + 1);
    assertProblem(await c.get('/api/v1/auth/me'), 401, 'unauthenticated');
    assertProblem(await server.client().login(u.username, u.password), 401, 'unauthenticated');
    assertProblem(await sysadmin.patch(`${USERS}/${u.id}`, { version: u.version, active: true }), 409, 'conflict');
    const inactive = await listAll(sysadmin, `${USERS}?active=false`);
    assert.ok(inactive.some((a) => a.id === u.id));
    assert.ok(inactive.every((a) => a.active === false));
  });

  test('an administrator cannot deactivate itself', async () => {
    const me = await sysadmin.get(`${USERS}/${sysadmin.user.id}`);
    const r = await sysadmin.patch(`${USERS}/${sysadmin.user.id}`, { version: me.body.version, active: false });
    assertProblem(r, 409, 'failed_precondition');
    assert.equal((await sysadmin.get('/api/v1/auth/me')).status, 200);
  });

  test('a password reset replaces the password and ends sessions', async () => {
    const u = await createUser();
    const c = await server.login(u.username, u.password);
    const weak = await sysadmin.post(`${USERS}/${u.id}/password`, { password: 'weak' });
    assert.equal(weak.status, 400);
    assert.deepEqual([...new Set(fieldsOf(weak.body))], ['password']);
    const next = strongPassword();
    const r = await sysadmin.post(`${USERS}/${u.id}/password`, { password: next });
    assert.equal(r.status, 204, r.text);
    assertProblem(await c.get('/api/v1/auth/me'), 401, 'unauthenticated');
    assertProblem(await server.client().login(u.username, u.password), 401, 'unauthenticated');
    assert.equal((await server.client().login(u.username, next)).status, 200);
  });

  test('the system admin cannot grant roles (403) and nothing is granted', async () => {
    const u = await createUser();
    const r = await sysadmin.post(`${USERS}/${u.id}/grants`, { role: 'deputy', org_node_id: 1 });
    assertProblem(r, 403, 'permission_denied');
    const grants = await secadmin.get(`${USERS}/${u.id}/grants`);
    assert.deepEqual(grants.body.items, []);
  });

  test('the system admin cannot read or export the audit log (403)', async () => {
    assertProblem(await sysadmin.get('/api/v1/audit/records'), 403, 'permission_denied');
    assertProblem(await sysadmin.get('/api/v1/audit/export'), 403, 'permission_denied');
  });
});

describe('security admin: grants', () => {
  test('grants a role; the grant shows in the list and in the account’s session', async () => {
    const u = await createUser();
    const r = await secadmin.post(`${USERS}/${u.id}/grants`, { role: 'deputy', org_node_id: 1 });
    assert.equal(r.status, 201, r.text);
    assert.equal(r.body.role, 'deputy');
    assert.equal(r.body.user_id, u.id);
    assert.equal(r.body.org_node_id, 1);
    assert.equal(r.body.role_title, '代表');
    const list = await secadmin.get(`${USERS}/${u.id}/grants`);
    assert.deepEqual(list.body.items.map((g) => g.id), [r.body.id]);
    const c = await server.login(u.username, u.password);
    assert.deepEqual(c.user.grants.map((g) => g.role), ['deputy']);
    assert.deepEqual(c.user.permissions, ['org.read', 'suggestion.draft']);
    assertProblem(
      await secadmin.post(`${USERS}/${u.id}/grants`, { role: 'deputy', org_node_id: 1 }),
      409,
      'conflict',
    );
  });

  test('revoking a grant takes effect at once', async () => {
    const u = await createUser();
    const g = await secadmin.post(`${USERS}/${u.id}/grants`, { role: 'liaison_staff', org_node_id: 1 });
    assert.equal(g.status, 201);
    const c = await server.login(u.username, u.password);
    assert.equal((await c.get('/api/v1/org/nodes/1')).status, 200);
    assertProblem(await sysadmin.del(`/api/v1/grants/${g.body.id}`), 403, 'permission_denied');
    const r = await secadmin.del(`/api/v1/grants/${g.body.id}`);
    assert.equal(r.status, 204, r.text);
    // The account now holds no role at all: refused outright.
    assertProblem(await c.get('/api/v1/org/nodes/1'), 403, 'permission_denied');
    assert.deepEqual((await secadmin.get(`${USERS}/${u.id}/grants`)).body.items, []);
  });

  test('an unknown role answers 400 on role', async () => {
    const u = await createUser();
    const r = await secadmin.post(`${USERS}/${u.id}/grants`, { role: 'emperor', org_node_id: 1 });
    assert.equal(r.status, 400);
    assert.deepEqual(fieldsOf(r.body), ['role']);
  });

  test('三员分立: audit_admin cannot be added to a system_admin (409)', async () => {
    const r = await secadmin.post(`${USERS}/${sysadmin.user.id}/grants`, { role: 'audit_admin', org_node_id: 1 });
    assertProblem(r, 409, 'failed_precondition');
    const r2 = await secadmin.post(`${USERS}/${auditor.user.id}/grants`, { role: 'system_admin', org_node_id: 1 });
    assertProblem(r2, 409, 'failed_precondition');
    const grants = await secadmin.get(`${USERS}/${sysadmin.user.id}/grants`);
    assert.deepEqual(grants.body.items.map((g) => g.role), ['system_admin']);
  });

  test('administrators do no business work and business accounts get no admin role (409)', async () => {
    const r = await secadmin.post(`${USERS}/${sysadmin.user.id}/grants`, { role: 'liaison_staff', org_node_id: 1 });
    assertProblem(r, 409, 'failed_precondition');
    const staffId = (await server.login('staff.wang')).user.id;
    const r2 = await secadmin.post(`${USERS}/${staffId}/grants`, { role: 'security_admin', org_node_id: 1 });
    assertProblem(r2, 409, 'failed_precondition');
  });

  test('nobody grants themselves a role (403)', async () => {
    const r = await secadmin.post(`${USERS}/${secadmin.user.id}/grants`, { role: 'security_admin', org_node_id: 2 });
    assertProblem(r, 403, 'permission_denied');
    const mine = await secadmin.get(`${USERS}/${secadmin.user.id}/grants`);
    assert.equal(mine.body.items.length, 1);
    const [own] = mine.body.items;
    assertProblem(await secadmin.del(`/api/v1/grants/${own.id}`), 403, 'permission_denied');
  });

  test('the security admin cannot create accounts or read the audit log (403)', async () => {
    const r = await secadmin.post(USERS, {
      username: unique('sec'),
      display_name: 'x',
      password: strongPassword(),
      org_node_id: 1,
    });
    assertProblem(r, 403, 'permission_denied');
    assertProblem(await secadmin.get('/api/v1/audit/records'), 403, 'permission_denied');
    assertProblem(await secadmin.get('/api/v1/audit/export'), 403, 'permission_denied');
  });
});

describe('audit admin', () => {
  test('reads the audit log', async () => {
    const r = await auditor.get('/api/v1/audit/records?page_size=5');
    assert.equal(r.status, 200, r.text);
    assert.equal(r.body.items.length, 5);
    assert.ok(r.body.total > 5);
    const rec = r.body.items[0];
    for (const k of ['seq', 'at', 'actor_id', 'actor_name', 'action', 'object_type', 'object_id', 'outcome', 'changes', 'hash'])
      assert.ok(k in rec, `record has ${k}`);
    assert.match(rec.hash, /^[0-9a-f]{64}$/);
  });

  test('exports CSV: BOM, header row, one row per record, formula-like cells neutralised', async () => {
    // Attacker-chosen text that lands in cells: a failed login records the username tried.
    const evil = ['=HYPERLINK("http://evil.example","x")', '+1+2', '-3+4', '@SUM(1,2)'];
    for (const name of evil) await server.client().login(name, 'Whatever-123');
    const r = await auditor.get('/api/v1/audit/export');
    assert.equal(r.status, 200, r.text);
    assert.match(r.headers.get('content-type'), /^text\/csv/);
    assert.match(r.headers.get('content-disposition') ?? '', /attachment;.*\.csv/);
    assert.ok(r.text.startsWith('\uFEFF'), 'starts with a UTF-8 BOM for spreadsheet programs');
    const text = r.text.slice(1);
    const rows = parseCsv(text);
    assert.deepEqual(rows[0], [
      '序号', '时间(UTC)', '操作人ID', '操作人', '角色', '机构ID', '来源IP', '请求编号',
      '操作', '对象类型', '对象ID', '结果', '变更', '哈希',
    ]);
    const data = rows.slice(1);
    assert.ok(data.length > 10);
    for (const row of data) assert.equal(row.length, 14);
    const seqs = data.map((row) => Number(row[0]));
    assert.deepEqual(seqs, [...seqs].sort((a, b) => a - b), 'in chain order');
    for (const row of data)
      for (const cell of row) assert.ok(!/^[=+\-@]/.test(cell), `cell ${JSON.stringify(cell)} is not a formula`);
    const actorNames = data.map((row) => row[3]);
    for (const name of evil) assert.ok(actorNames.includes(`'${name}`), `${name} kept, neutralised`);
  });

  test(
    'CSV cells starting with a tab or carriage return are neutralised too (OWASP)',
    {
    },
    async () => {
      await server.client().login('\t=1+2', 'Whatever-123');
      await server.client().login('\r=3+4', 'Whatever-123');
      const rows = parseCsv((await auditor.get('/api/v1/audit/export')).text.replace(/^\uFEFF/, ''));
      for (const row of rows.slice(1))
        for (const cell of row) assert.ok(!/^[\t\r]/.test(cell), `cell ${JSON.stringify(cell)}`);
    },
  );

  test('export honours the search filters', async () => {
    const r = await auditor.get('/api/v1/audit/export?action=auth.login&outcome=failure');
    assert.equal(r.status, 200);
    const data = parseCsv(r.text.replace(/^\uFEFF/, '')).slice(1);
    assert.ok(data.length >= 4);
    for (const row of data) {
      assert.equal(row[8], 'auth.login');
      assert.equal(row[11], 'failure');
    }
  });

  test(
    'the audit admin gets 403 (not 404) creating an account, and the attempt is audited as denied',
    {
    },
    async () => {
      const before = await userCount();
      const r = await auditor.post(USERS, {
        username: unique('aud'),
        display_name: 'x',
        password: strongPassword(),
        org_node_id: 1,
      });
      assertProblem(r, 403, 'permission_denied');
      assert.equal(await userCount(), before);
      const denied = await auditor.get(
        `/api/v1/audit/records?action=user.create&outcome=denied&actor_id=${auditor.user.id}`,
      );
      assert.ok(denied.body.total >= 1, 'the refused attempt is in the audit log');
    },
  );

  test('the audit admin cannot create accounts, grant roles or change the org tree', async () => {
    const before = await userCount();
    const a = await auditor.post(USERS, { username: unique('aud'), display_name: 'x', password: strongPassword(), org_node_id: 1 });
    assert.ok([403, 404].includes(a.status), a.text);
    assert.equal(await userCount(), before);
    const u = await createUser();
    const g = await auditor.post(`${USERS}/${u.id}/grants`, { role: 'deputy', org_node_id: 1 });
    assert.ok([403, 404].includes(g.status), g.text);
    assert.deepEqual((await secadmin.get(`${USERS}/${u.id}/grants`)).body.items, []);
    const n = await auditor.post('/api/v1/org/nodes', { code: unique(), name: 'x', level: 'city', parent_id: 1 });
    assert.ok([403, 404].includes(n.status), n.text);
  });
});

describe('business roles', () => {
  test('a deputy cannot create org nodes (403) and nothing is created', async () => {
    const code = unique('dep');
    const r = await deputy.post('/api/v1/org/nodes', { code, name: '代表建的市', level: 'city', parent_id: 1 });
    assertProblem(r, 403, 'permission_denied');
    const staff = await server.login('staff.wang');
    assert.equal((await staff.get(`/api/v1/org/nodes?code=${code}`)).body.total, 0);
  });

  test('a deputy reads the org tree but sees no accounts', async () => {
    assert.equal((await deputy.get('/api/v1/org/nodes/1')).status, 200);
    // A list the role has no permission for at all is refused, not shown empty.
    assertProblem(await deputy.get(USERS), 403, 'permission_denied');
    // Without user.read anywhere the answer is a plain 403 that says nothing about the account.
    assertProblem(await deputy.get(`${USERS}/${sysadmin.user.id}`), 403, 'permission_denied');
    assertProblem(await deputy.get('/api/v1/audit/records'), 403, 'permission_denied');
  });

  test('a deputy cannot create accounts or grant roles', async () => {
    const r = await deputy.post(USERS, { username: unique('d'), display_name: 'x', password: strongPassword(), org_node_id: 1 });
    assert.ok([403, 404].includes(r.status), r.text);
    const g = await deputy.post(`${USERS}/${deputy.user.id}/grants`, { role: 'leader', org_node_id: 1 });
    assert.ok([403, 404].includes(g.status), g.text);
    const mine = await server.login('deputy.li');
    assert.deepEqual(mine.user.grants.map((x) => x.role), ['deputy']);
  });

  test('the role catalogue lists nine roles with disjoint admin permissions', async () => {
    const r = await deputy.get('/api/v1/access/roles');
    assert.equal(r.status, 200);
    const roles = Object.fromEntries(r.body.items.map((x) => [x.role, x]));
    assert.equal(Object.keys(roles).length, 9);
    assert.deepEqual(roles.audit_admin.permissions.sort(), ['audit.export', 'audit.read']);
    assert.ok(!roles.system_admin.permissions.includes('role.grant'));
    assert.ok(!roles.system_admin.permissions.some((p) => p.startsWith('audit.')));
    assert.ok(!roles.security_admin.permissions.includes('user.manage'));
    assert.ok(!roles.security_admin.permissions.some((p) => p.startsWith('audit.')));
    assert.equal(roles.deputy.admin, false);
    assert.equal(roles.audit_admin.admin, true);
  });
});

/** RFC 4180 CSV (quoted cells, doubled quotes, CRLF rows). */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (ch === '"') {
        quoted = false;
        i++;
        continue;
      }
      cell += ch;
      i++;
      continue;
    }
    if (ch === '"') {
      quoted = true;
    } else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else {
      cell += ch;
    }
    i++;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
