// Attacks found by probing the server (issue 9), each replayed here and expected to fail:
// 三员分立 (an administrator taking over another kind of administrator), an account link that
// made any account a deputy, and board filter combinations that answered 500.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { execFileSync } from 'node:child_process';

import { isPostgres, listAll, psql, sqlite3Path, startServer, strongPassword, unique } from './support/server.mjs';

const USERS = '/api/v1/users';
const REQUESTS = '/api/v1/admin-requests';
const S = '/api/v1/suggestions';

let server;
let sysadmin;
let secadmin;
let auditor;
let staff; // reassigned after a logout test
let li;
let ids; // user ids by username

before(async () => {
  server = await startServer({ withKey: true });
  [sysadmin, secadmin, auditor, staff, li] = await Promise.all(
    ['sysadmin', 'secadmin', 'auditor', 'staff.wang', 'deputy.li'].map((u) => server.login(u)),
  );
  ids = Object.fromEntries((await listAll(sysadmin, USERS)).map((a) => [a.username, a.id]));
});
after(async () => {
  await server?.stop();
});

async function auditOf(action, objectId) {
  const r = await auditor.get(`/api/v1/audit/records?action=${action}&object_id=${objectId}&page_size=100`);
  assert.equal(r.status, 200, r.text);
  return r.body.items;
}

async function version(id) {
  return (await secadmin.get(`${USERS}/${id}`)).body.version;
}

describe('三员分立: administrator accounts', () => {
  test('the system admin cannot reset, rename or deactivate the security or audit admin; each try is audited', async () => {
    for (const target of ['secadmin', 'auditor']) {
      const id = ids[target];
      const reset = await sysadmin.post(`${USERS}/${id}/password`, { password: strongPassword() });
      assert.equal(reset.status, 403, reset.text);
      assert.match(reset.body.detail, /安全管理员/);
      const v = (await sysadmin.get(`${USERS}/${id}`)).body.version;
      const off = await sysadmin.patch(`${USERS}/${id}`, { version: v, active: false });
      assert.equal(off.status, 403, off.text);
      const renamed = await sysadmin.patch(`${USERS}/${id}`, { version: v, display_name: 'x' });
      assert.equal(renamed.status, 403, renamed.text);
      const denied = await auditOf('user.password.reset', String(id));
      assert.ok(denied.some((r) => r.outcome === 'denied' && r.actor_name === 'sysadmin'), 'the refused reset is audited');
    }
    // They still sign in with their own passwords.
    assert.equal((await server.client().login('auditor', server.logins.auditor.password)).status, 200);
    assert.equal((await server.client().login('secadmin', server.logins.secadmin.password)).status, 200);
  });

  test('the security admin resets the auditor only once another administrator approves', async () => {
    const id = ids.auditor;
    const fresh = strongPassword();
    const filed = await secadmin.post(`${USERS}/${id}/password`, { password: fresh });
    assert.equal(filed.status, 202, filed.text);
    const req = filed.body.pending_request;
    assert.equal(req.action, 'password.reset');
    assert.equal(req.status, 'pending');
    assert.equal(req.target_username, 'auditor');
    assert.ok(!filed.text.includes(fresh) && !filed.text.includes('argon2'), 'no password or hash in the answer');
    // Nothing changed yet.
    assert.equal((await server.client().login('auditor', fresh)).status, 401);
    assert.equal((await server.client().login('auditor', server.logins.auditor.password)).status, 200);
    // Not by the requester, not by the account's owner, not by a business account.
    assert.equal((await secadmin.post(`${REQUESTS}/${req.id}/approve`)).status, 403);
    assert.equal((await auditor.post(`${REQUESTS}/${req.id}/approve`)).status, 403);
    assert.equal((await staff.post(`${REQUESTS}/${req.id}/approve`)).status, 403);
    assert.equal((await staff.get(REQUESTS)).status, 403);
    const listed = await sysadmin.get(`${REQUESTS}?status=pending`);
    assert.equal(listed.status, 200, listed.text);
    assert.ok(listed.body.items.some((r) => r.id === req.id));
    // A second administrator approves: now the new password works and the old one does not.
    const ok = await sysadmin.post(`${REQUESTS}/${req.id}/approve`);
    assert.equal(ok.status, 200, ok.text);
    assert.equal(ok.body.status, 'approved');
    assert.equal(ok.body.decided_by_name, 'sysadmin');
    assert.equal((await server.client().login('auditor', fresh)).status, 200);
    assert.equal((await server.client().login('auditor', server.logins.auditor.password)).status, 401);
    server.logins.auditor.password = fresh;
    auditor = await server.login('auditor');
    // Decided once only.
    assert.equal((await sysadmin.post(`${REQUESTS}/${req.id}/approve`)).status, 409);
    const trail = await auditOf('admin.request', String(id));
    assert.equal(trail.filter((r) => r.outcome === 'success').length, 1);
    const approvals = await auditOf('admin.request.approve', String(id));
    assert.equal(approvals.filter((r) => r.outcome === 'success').length, 1);
  });

  test('deactivating an administrator waits for approval; a rejection leaves it active', async () => {
    const id = ids.sysadmin;
    const filed = await secadmin.patch(`${USERS}/${id}`, { version: await version(id), active: false });
    assert.equal(filed.status, 202, filed.text);
    assert.equal(filed.body.pending_request.action, 'deactivate');
    assert.equal((await secadmin.get(`${USERS}/${id}`)).body.active, true);
    const no = await auditor.post(`${REQUESTS}/${filed.body.pending_request.id}/reject`);
    assert.equal(no.status, 200, no.text);
    assert.equal(no.body.status, 'rejected');
    assert.equal((await secadmin.get(`${USERS}/${id}`)).body.active, true);
    assert.equal((await sysadmin.get('/api/v1/auth/me')).status, 200, 'still signed in');
  });

  test('an approved deactivation ends the administrator’s sessions', async () => {
    // A second audit administrator, created by the system admin and granted by the security admin.
    const username = unique('audit2');
    const password = strongPassword();
    const created = await sysadmin.post(USERS, { username, display_name: '审计员二', password, org_node_id: 1 });
    assert.equal(created.status, 201, created.text);
    const g = await secadmin.post(`${USERS}/${created.body.id}/grants`, { role: 'audit_admin', org_node_id: 1 });
    assert.equal(g.status, 201, g.text);
    const other = await server.login(username, password);
    // From now on the system admin can no longer reset it.
    assert.equal((await sysadmin.post(`${USERS}/${created.body.id}/password`, { password: strongPassword() })).status, 403);
    const filed = await secadmin.patch(`${USERS}/${created.body.id}`, { version: await version(created.body.id), active: false });
    assert.equal(filed.status, 202, filed.text);
    assert.equal((await sysadmin.post(`${REQUESTS}/${filed.body.pending_request.id}/approve`)).status, 200);
    assert.equal((await other.get('/api/v1/auth/me')).status, 401);
    assert.equal((await server.client().login(username, password)).status, 401);
  });
});

describe('linking an account to a deputy', () => {
  test('a link alone grants nothing: an account without the deputy role cannot read or act on the deputy’s drafts', async () => {
    const me = await li.get('/api/v1/auth/me');
    const person = me.body.person_id;
    assert.ok(person, 'deputy.li is linked to a person');
    const options = await li.get(`${S}/options`);
    const draft = await li.post(S, {
      session_id: options.body.sessions[0].id,
      title: '关于增设公交站点的建议',
      body: '建议在新建小区门口增设公交站点。',
      category: '城乡建设',
      is_public: true,
    });
    assert.equal(draft.status, 201, draft.text);

    const password = strongPassword();
    const acct = await sysadmin.post(USERS, { username: unique('plain'), display_name: '普通账号', password, org_node_id: 1 });
    assert.equal(acct.status, 201, acct.text);
    // The system admin may not make the link (it is liaison staff's act) …
    const bySys = await sysadmin.patch(`${USERS}/${acct.body.id}`, { version: acct.body.version, person_id: person });
    assert.equal(bySys.status, 403, bySys.text);
    // … nor create an account born linked.
    const born = await sysadmin.post(USERS, { username: unique('born'), display_name: 'x', password, org_node_id: 1, person_id: person });
    assert.equal(born.status, 403, born.text);
    // Liaison staff may, and it is audited.
    const linked = await staff.patch(`${USERS}/${acct.body.id}`, { version: acct.body.version, person_id: person });
    assert.equal(linked.status, 200, linked.text);
    assert.equal(linked.body.person_id, person);
    assert.equal((await auditOf('user.link_person', String(acct.body.id))).length, 1);

    const intruder = await server.login(acct.body.username, password);
    assert.equal((await intruder.get('/api/v1/auth/me')).body.person_id, null, 'acts as no deputy');
    assert.ok([403, 404].includes((await intruder.get(`${S}/${draft.body.id}`)).status));
    const submit = await intruder.post(`${S}/${draft.body.id}/actions/submit`, { version: draft.body.version });
    assert.ok([403, 404].includes(submit.status), submit.text);
    const withdraw = await intruder.post(`${S}/${draft.body.id}/actions/withdraw`, { version: draft.body.version });
    assert.ok([403, 404].includes(withdraw.status), withdraw.text);
    assert.equal((await li.get(`${S}/${draft.body.id}`)).body.state, 'draft', 'the draft is untouched');
  });

  test('an administrator account is never linked to a deputy', async () => {
    const person = (await li.get('/api/v1/auth/me')).body.person_id;
    for (const target of ['auditor', 'secadmin', 'sysadmin']) {
      const v = (await sysadmin.get(`${USERS}/${ids[target]}`)).body.version;
      const r = await staff.patch(`${USERS}/${ids[target]}`, { version: v, person_id: person });
      assert.ok([403, 404].includes(r.status), `${target}: ${r.text}`);
    }
  });
});

describe('the board answers every filter combination without a server error', () => {
  test('every demo account × flag × box × unit × state × text', async () => {
    const names = Object.keys(server.logins);
    const clients = await Promise.all(names.map((n) => server.login(n)));
    const unitId = (await (await server.login('officer.zhao')).get('/api/v1/auth/me')).body.unit_id;
    const values = {
      flag: [undefined, 'overdue', 'very_overdue', 'due_soon'],
      box: [undefined, 'mine', 'unit', 'review'],
      unit_id: [undefined, String(unitId)],
      state: [undefined, 'assigned'],
      q: [undefined, '饮水'],
    };
    let combos = [{}];
    for (const [k, vs] of Object.entries(values))
      combos = combos.flatMap((c) => vs.map((v) => (v === undefined ? c : { ...c, [k]: v })));
    assert.equal(combos.length, 128);
    const failures = [];
    let answered = 0;
    for (const [i, c] of clients.entries()) {
      for (const combo of combos) {
        const r = await c.get(`${S}?${new URLSearchParams(combo)}`);
        answered++;
        if (r.status >= 500 || ![200, 403].includes(r.status)) failures.push(`${names[i]} ${JSON.stringify(combo)} → ${r.status}`);
      }
    }
    assert.deepEqual(failures, []);
    assert.equal(answered, names.length * 128);
  });
});

describe('transport hardening', () => {
  async function draftOfLi() {
    const options = await li.get(`${S}/options`);
    const r = await li.post(S, {
      session_id: options.body.sessions[0].id,
      title: '关于附件上传的建议',
      body: '附件测试。',
      category: '城乡建设',
      is_public: true,
    });
    assert.equal(r.status, 201, r.text);
    return r.body;
  }
  const upload = (client, id, name, bytes) =>
    client.request('POST', `${S}/${id}/attachments?file_name=${encodeURIComponent(name)}`, {
      body: new Uint8Array(bytes),
      headers: { 'content-type': 'application/octet-stream' },
    });

  test('an attachment of 5 MiB with a normal Content-Length is accepted; other bodies stay capped at 1 MiB', async () => {
    const d = await draftOfLi();
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(5 * 1024 * 1024, 0x41)]);
    const r = await upload(li, d.id, '五兆报告.pdf', pdf);
    assert.equal(r.status, 201, r.text);
    const got = await li.get(`${S}/${d.id}/attachments/${r.body.id}`);
    assert.equal(Buffer.compare(got.raw, pdf), 0, 'the file comes back byte for byte');
    const bigJson = JSON.stringify({ title: 'x'.repeat(1_200_000) });
    const j = await li.request('PATCH', `${S}/${d.id}`, { body: bigJson }).catch(() => ({ status: 'closed' }));
    assert.ok(j.status === 413 || j.status === 'closed', String(j.status));
    const tooBig = Buffer.concat([Buffer.from('%PDF-'), Buffer.alloc(11 * 1024 * 1024)]);
    const t = await upload(li, d.id, 'big.pdf', tooBig).catch(() => ({ status: 'closed' }));
    assert.ok(t.status === 413 || t.status === 'closed', String(t.status));
  });

  test('attachment names with line breaks, control or direction-override characters are refused', async () => {
    const d = await draftOfLi();
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(100, 0x41)]);
    for (const name of ['a\r\nSet-Cookie: x.pdf', 'tab\there.pdf', 'nul\u0000.pdf', '报告\u202Efdp.exe', 'x\u2066y.pdf', 'c1\u0085.pdf']) {
      const r = await upload(li, d.id, name, pdf);
      assert.equal(r.status, 400, `${JSON.stringify(name)}: ${r.text}`);
    }
    assert.equal((await upload(li, d.id, '正常的名字 (1).pdf', pdf)).status, 201);
  });

  test('JSON routes require Content-Type application/json (415 for text/plain and forms)', async () => {
    const body = JSON.stringify({ session_id: 1, title: 't', body: 'b' });
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const r = await li.request('POST', S, { body, headers: { 'content-type': type } });
      assert.equal(r.status, 415, `${type}: ${r.text}`);
      assert.equal(r.body.code, 'unsupported_media_type');
    }
    const ok = await staff.request('POST', '/api/v1/auth/logout', { headers: { 'content-type': 'text/plain' } });
    assert.equal(ok.status, 204, 'a write without a body needs no content type');
    staff = await server.login('staff.wang');
  });

  test('integer query parameters must be whole integers', async () => {
    for (const q of ['unit_id=2abc', 'session_id=1x', 'page=2abc', 'page_size=10.5']) {
      const r = await staff.get(`${S}?${q}`);
      assert.equal(r.status, 400, `${q}: ${r.text}`);
    }
    assert.equal((await staff.get(`${S}/people?session_id=3abc`)).status, 400);
    assert.equal((await staff.get('/api/v1/calendar/2026abc')).status, 404);
  });

  test('a client X-Request-Id is used only when it is a plain token', async () => {
    const good = await staff.get('/api/v1/auth/me', { headers: { 'x-request-id': 'abc-123.x_y' } });
    assert.equal(good.headers.get('x-request-id'), 'abc-123.x_y');
    for (const bad of ['<script>', 'a'.repeat(65), 'x y', '北京']) {
      const r = await staff.get('/api/v1/auth/me', { headers: { 'x-request-id': encodeURIComponent(bad) === bad ? bad : encodeURIComponent(bad) + '%' } });
      assert.notEqual(r.headers.get('x-request-id'), bad);
      assert.match(r.headers.get('x-request-id'), /^[0-9a-f-]+$/);
    }
  });
});

describe('/metrics is not public', () => {
  let proxied;
  let tokenFile;
  before(async () => {
    const fs = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    tokenFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'daibiao-metrics-')), 'token');
    fs.writeFileSync(tokenFile, 'metrics-token-0123456789abcdef\n', { mode: 0o600 });
    proxied = await startServer({ demo: false, serveArgs: ['--trust-proxy', '--metrics-token-file', tokenFile] });
  });
  after(async () => {
    await proxied?.stop();
  });

  test('loopback clients read it; remote ones get 404 unless they bring the token', async () => {
    const local = await proxied.client().get('/metrics');
    assert.equal(local.status, 200);
    assert.match(local.text, /daibiao_/);
    const remote = await proxied.client({ ip: '203.0.113.9' }).get('/metrics');
    assert.equal(remote.status, 404);
    const wrong = await proxied.client({ ip: '203.0.113.9' }).get('/metrics', { headers: { authorization: 'Bearer metrics-token-0123456789abcdeX' } });
    assert.equal(wrong.status, 404);
    const right = await proxied.client({ ip: '203.0.113.9' }).get('/metrics', { headers: { authorization: 'Bearer metrics-token-0123456789abcdef' } });
    assert.equal(right.status, 200);
  });
});

describe('the registry is no ID-number oracle', () => {
  function idNumber(birth, seq, male) {
    const body = `110105${birth.replaceAll('-', '')}${String(seq).padStart(2, '0')}${male ? 1 : 2}`;
    const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    const sum = [...body].reduce((s, d, i) => s + Number(d) * weights[i], 0);
    return body + '10X98765432'[sum % 11];
  }
  const csv = (rows) =>
    ['姓名,性别,民族,身份证号码,手机号码,代表团,当选日期', ...rows.map((r) => r.join(','))].join('\r\n') + '\r\n';
  let clerk;
  let city;
  let cityTerm;
  const provinceIds = [];

  before(async () => {
    // A city clerk: liaison staff whose scope is one city.
    city = (await staff.get('/api/v1/org/nodes?level=city&page_size=1')).body.items[0];
    cityTerm = (await staff.get(`/api/v1/org/terms?org_node_id=${city.id}`)).body.items[0];
    assert.ok(city && cityTerm, 'the demo has a city with a term');
    const password = strongPassword();
    const acct = await sysadmin.post(USERS, { username: unique('city.clerk'), display_name: '市联工委', password, org_node_id: city.id });
    assert.equal(acct.status, 201, acct.text);
    assert.equal((await secadmin.post(`${USERS}/${acct.body.id}/grants`, { role: 'liaison_staff', org_node_id: city.id })).status, 201);
    clerk = await server.login(acct.body.username, password);
    // Deputies registered by the province, outside the city's scope.
    const term = (await staff.get('/api/v1/org/terms?org_node_id=1')).body.items[0];
    for (let i = 0; i < 5; i++) {
      const id = idNumber('1971-03-0' + (i + 1), 60 + i, i % 2 === 0);
      const r = await staff.post('/api/v1/deputies', {
        name: `省代表${i}`, gender: i % 2 === 0 ? 'male' : 'female', ethnicity: '汉族', party: '群众', field: '教育',
        employer: '某单位', phone: `1390000${String(2000 + i)}`, id_number: id,
        mandate: { org_node_id: 1, term_id: term.id, delegation: '长沙市代表团', started_on: '2023-01-16' },
      });
      assert.equal(r.status, 201, r.text);
      provinceIds.push(id);
    }
  });

  const check = (client, rows) =>
    client.post(`/api/v1/deputies/import?org_node_id=${city.id}&term_id=${cityTerm.id}`, csv(rows), {
      headers: { 'content-type': 'text/csv' },
    });

  test('a number registered outside the clerk’s scope reads "cannot be registered here", not "registered"', async () => {
    const r = await check(clerk, [['王某', '男', '汉族', provinceIds[0], '13900003333', '第一选区', '2023-01-16']]);
    assert.equal(r.status, 200, r.text);
    assert.equal(r.body.errors.length, 1);
    assert.equal(r.body.errors[0].field, 'id_number');
    assert.doesNotMatch(r.body.errors[0].message, /已登记/);
    assert.match(r.body.errors[0].message, /无法在此登记/);
    // Registering it one by one says the same.
    const one = await clerk.post('/api/v1/deputies', {
      name: '王某', gender: 'male', ethnicity: '汉族', party: '群众', field: '教育', employer: '某单位',
      phone: '13900003334', id_number: provinceIds[0],
      mandate: { org_node_id: city.id, term_id: cityTerm.id, delegation: '第一选区', started_on: '2023-01-16' },
    });
    assert.equal(one.status, 409, one.text);
    assert.doesNotMatch(one.text, /已登记/);
    // The province, whose scope holds the person, is told plainly.
    const term = (await staff.get('/api/v1/org/terms?org_node_id=1')).body.items[0];
    const plain = await staff.post(`/api/v1/deputies/import?org_node_id=1&term_id=${term.id}`,
      csv([['王某', '男', '汉族', provinceIds[0], '13900003333', '第一选区', '2023-01-16']]), { headers: { 'content-type': 'text/csv' } });
    assert.match(plain.body.errors[0].message, /已登记/);
  });

  test('a file probing several outside numbers is stopped without row details, and audited', async () => {
    const rows = provinceIds.map((id, i) => [`某${i}`, i % 2 === 0 ? '男' : '女', '汉族', id, `1390000${4000 + i}`, '第一选区', '2023-01-16']);
    const r = await check(clerk, rows);
    assert.equal(r.status, 409, r.text);
    assert.ok(!('errors' in r.body) || r.body.errors.length === 0, 'no row-by-row answer');
    const recs = await auditOf('deputy.import.check', String(city.id));
    assert.ok(recs.some((x) => x.outcome === 'denied' && x.changes.some((c) => c.field === 'ids_registered_elsewhere' && c.after === '5')), JSON.stringify(recs));
    assert.ok(recs.some((x) => x.outcome === 'success'), 'the earlier dry run is audited too');
  });

  test('checks and imports are rate-limited per account (429 with Retry-After)', async () => {
    const row = [['李某', '女', '汉族', idNumber('1988-08-08', 77, false), '13900005555', '第一选区', '2023-01-16']];
    let last;
    for (let i = 0; i < 40; i++) {
      last = await check(clerk, row);
      if (last.status === 429) break;
      assert.equal(last.status, 200, last.text);
    }
    assert.equal(last.status, 429, 'limited within 40 checks an hour');
    assert.ok(Number(last.headers.get('retry-after')) > 0);
    assert.match(last.body.detail, /每小时最多/);
  });
});

describe('passwords (等保: blocklist, no reuse of the last 5, 90 days for staff)', () => {
  async function sql(statement) {
    if (isPostgres(server.dbUrl)) await psql(server.dbUrl, statement);
    else execFileSync(sqlite3Path(), [server.dbUrl.replace('sqlite://', ''), statement]);
  }

  async function staffAccount() {
    const password = strongPassword();
    const acct = await sysadmin.post(USERS, { username: unique('pw.staff'), display_name: '密码测试', password, org_node_id: 1 });
    assert.equal(acct.status, 201, acct.text);
    assert.equal((await secadmin.post(`${USERS}/${acct.body.id}/grants`, { role: 'leader', org_node_id: 1 })).status, 201);
    return { ...acct.body, password };
  }

  test('a well-known weak password is refused on create, change and reset', async () => {
    const r = await sysadmin.post(USERS, { username: unique('weak'), display_name: 'w', password: 'P@ssw0rd-2026', org_node_id: 1 });
    assert.equal(r.status, 400, r.text);
    assert.match(r.body.errors[0].message, /弱口令/);
  });

  test('none of the last five passwords may come back', async () => {
    const a = await staffAccount();
    const c = await server.login(a.username, a.password);
    const used = [a.password];
    for (let i = 0; i < 5; i++) {
      const next = strongPassword();
      const r = await c.post('/api/v1/auth/password', { old_password: used.at(-1), new_password: next });
      assert.equal(r.status, 204, r.text);
      used.push(next);
    }
    // used[0] is now six changes back: allowed again; used[1..4] are refused.
    for (const old of used.slice(1, 5)) {
      const r = await c.post('/api/v1/auth/password', { old_password: used.at(-1), new_password: old });
      assert.equal(r.status, 400, r.text);
      assert.match(r.body.errors[0].message, /最近 5 次/);
    }
    const reset = await sysadmin.post(`${USERS}/${a.id}/password`, { password: used[3] });
    assert.equal(reset.status, 400, 'an administrator reset may not bring one back either');
    const back = await c.post('/api/v1/auth/password', { old_password: used.at(-1), new_password: used[0] });
    assert.equal(back.status, 204, back.text);
  });

  test('a staff password older than 90 days allows only changing it', async () => {
    const a = await staffAccount();
    const c = await server.login(a.username, a.password);
    assert.equal((await c.get(`${S}?page_size=1`)).status, 200);
    const old = Date.now() - 91 * 24 * 3600_000;
    await sql(`UPDATE users SET password_changed_at = ${old} WHERE id = ${a.id}`);
    const blocked = await c.get(`${S}?page_size=1`);
    assert.equal(blocked.status, 403, blocked.text);
    assert.match(blocked.body.detail, /90 天/);
    const me = await c.get('/api/v1/auth/me');
    assert.equal(me.status, 200);
    assert.equal(me.body.password_expired, true);
    const fresh = strongPassword();
    assert.equal((await c.post('/api/v1/auth/password', { old_password: a.password, new_password: fresh })).status, 204);
    assert.equal((await c.get(`${S}?page_size=1`)).status, 200);
    assert.equal((await c.get('/api/v1/auth/me')).body.password_expired, false);
    // A deputy's old password does not expire.
    const liId = ids['deputy.li'];
    await sql(`UPDATE users SET password_changed_at = ${old} WHERE id = ${liId}`);
    assert.equal((await li.get(`${S}?page_size=1`)).status, 200);
  });
});

describe('sessions (等保: the security administrator lists and ends them; changes bite at once)', () => {
  test('the security admin lists sessions and ends one; that browser is signed out at its next request', async () => {
    const a = { username: unique('sess'), password: strongPassword() };
    const acct = await sysadmin.post(USERS, { ...a, display_name: '会话测试', org_node_id: 1 });
    assert.equal(acct.status, 201, acct.text);
    assert.equal((await secadmin.post(`${USERS}/${acct.body.id}/grants`, { role: 'leader', org_node_id: 1 })).status, 201);
    const phone = await server.login(a.username, a.password);
    const desk = await server.login(a.username, a.password);
    const list = await secadmin.get(`/api/v1/sessions?user_id=${acct.body.id}`);
    assert.equal(list.status, 200, list.text);
    assert.equal(list.body.items.length, 2);
    assert.ok(list.body.items.every((x) => x.username === a.username && x.ip));
    assert.ok(!list.text.includes('token'), 'no session tokens or hashes are listed');
    // Others may not look.
    for (const c of [sysadmin, auditor, staff, li]) assert.equal((await c.get('/api/v1/sessions')).status, 403);
    const ended = await secadmin.del(`/api/v1/sessions/${list.body.items[0].id}`);
    assert.equal(ended.status, 204, ended.text);
    const statuses = [(await phone.get('/api/v1/auth/me')).status, (await desk.get('/api/v1/auth/me')).status].sort();
    assert.deepEqual(statuses, [200, 401], 'exactly the ended session is gone');
    assert.equal((await auditOf('session.end', String(acct.body.id))).length, 1);
  });

  test('a revoked role and a deactivation take effect on the very next request', async () => {
    const a = { username: unique('bite'), password: strongPassword() };
    const acct = await sysadmin.post(USERS, { ...a, display_name: '即时生效', org_node_id: 1 });
    const g = await secadmin.post(`${USERS}/${acct.body.id}/grants`, { role: 'leader', org_node_id: 1 });
    const c = await server.login(a.username, a.password);
    assert.equal((await c.get(`${S}?page_size=1`)).status, 200);
    assert.equal((await secadmin.del(`/api/v1/grants/${g.body.id}`)).status, 204);
    assert.equal((await c.get(`${S}?page_size=1`)).status, 403);
    const v = (await sysadmin.get(`${USERS}/${acct.body.id}`)).body.version;
    assert.equal((await sysadmin.patch(`${USERS}/${acct.body.id}`, { version: v, active: false })).status, 200);
    assert.equal((await c.get('/api/v1/auth/me')).status, 401);
  });

  test('behind TLS the cookie is __Host- prefixed, Secure, host-only; the plain name is not accepted', async () => {
    const tls = await startServer({ serveArgs: ['--secure-cookies'] });
    try {
      const { password } = tls.logins['staff.wang'];
      const r = await fetch(`${tls.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'staff.wang', password }),
      });
      assert.equal(r.status, 200);
      const cookie = r.headers.getSetCookie()[0];
      assert.match(cookie, /^__Host-daibiao_session=[0-9a-f]{64};/);
      const attrs = cookie.split(';').map((x) => x.trim().toLowerCase());
      assert.ok(attrs.includes('secure') && attrs.includes('path=/') && attrs.includes('httponly'));
      assert.ok(!attrs.some((x) => x.startsWith('domain=')));
      const token = /=([0-9a-f]+);/.exec(cookie)[1];
      assert.ok(token.length * 4 >= 128, 'at least 128 bits');
      const good = await fetch(`${tls.url}/api/v1/auth/me`, { headers: { cookie: `__Host-daibiao_session=${token}` } });
      assert.equal(good.status, 200);
      const plain = await fetch(`${tls.url}/api/v1/auth/me`, { headers: { cookie: `daibiao_session=${token}` } });
      assert.equal(plain.status, 401);
      // A new login rotates the id.
      const again = await fetch(`${tls.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'staff.wang', password }),
      });
      assert.notEqual(/=([0-9a-f]+);/.exec(again.headers.getSetCookie()[0])[1], token);
    } finally {
      await tls.stop();
    }
  });
});

describe('account upkeep (等保: idle 90 days, ended mandates)', () => {
  test('`accounts sweep` disables an idle staff account and a former deputy, never an administrator', async () => {
    const a = { username: unique('idle'), password: strongPassword() };
    const acct = await sysadmin.post(USERS, { ...a, display_name: '久未登录', org_node_id: 1 });
    assert.equal(acct.status, 201, acct.text);
    await secadmin.post(`${USERS}/${acct.body.id}/grants`, { role: 'leader', org_node_id: 1 });
    const old = Date.now() - 91 * 24 * 3600_000;
    const sql = async (statement) => {
      if (isPostgres(server.dbUrl)) await psql(server.dbUrl, statement);
      else execFileSync(sqlite3Path(), [server.dbUrl.replace('sqlite://', ''), statement]);
    };
    await sql(`UPDATE users SET created_at = ${old}, last_login_at = NULL WHERE id = ${acct.body.id}`);
    await sql(`UPDATE users SET last_login_at = ${old} WHERE id = ${ids.auditor}`);
    // deputy.zhou's only mandate ends.
    const zhou = await server.login('deputy.zhou');
    const person = (await zhou.get('/api/v1/auth/me')).body.person_id;
    const p = await staff.get(`/api/v1/deputies/${person}`);
    for (const m of p.body.mandates.filter((x) => x.status === 'serving')) {
      const r = await staff.post(`/api/v1/mandates/${m.id}/end`, { version: m.version, status: 'resigned', ended_on: '2026-11-30', reason: '辞职' });
      assert.equal(r.status, 200, r.text);
    }
    const { run: runBin } = await import('./support/server.mjs');
    const swept = await runBin(['accounts', 'sweep', '--db', server.dbUrl, '--key-file', server.keyFile]);
    assert.equal(swept.code, 0, swept.stderr);
    assert.match(swept.stdout, /disabled [1-9]\d* accounts/);
    assert.equal((await server.client().login(a.username, a.password)).status, 401);
    assert.equal((await zhou.get('/api/v1/auth/me')).status, 401, 'the former deputy is signed out');
    assert.equal((await server.client().login('auditor', server.logins.auditor.password)).status, 200, 'administrators stay');
    const recs = await auditOf('user.disable', String(acct.body.id));
    assert.equal(recs.length, 1);
    assert.ok(recs[0].changes.some((c) => c.field === 'reason' && c.after === 'idle_90_days'));
    const zhouId = ids['deputy.zhou'];
    assert.ok((await auditOf('user.disable', String(zhouId))).some((r) => r.changes.some((c) => c.after === 'mandate_ended')));
    const again = await runBin(['accounts', 'sweep', '--db', server.dbUrl, '--key-file', server.keyFile]);
    assert.match(again.stdout, /disabled 0 accounts/, 'once each');
  });
});
