// Attacks found by probing the server (issue 9), each replayed here and expected to fail:
// 三员分立 (an administrator taking over another kind of administrator), an account link that
// made any account a deputy, and board filter combinations that answered 500.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { listAll, startServer, strongPassword, unique } from './support/server.mjs';

const USERS = '/api/v1/users';
const REQUESTS = '/api/v1/admin-requests';
const S = '/api/v1/suggestions';

let server;
let sysadmin;
let secadmin;
let auditor;
let staff;
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
