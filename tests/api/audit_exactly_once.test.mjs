// 等保 level 3, audit (issue 9): exactly one audit record per auditable action. Each test
// performs one action through the API and compares the audit log before and after (every
// record with a higher seq, read as `auditor`): exactly the expected records and nothing else.
//
// The actions are those of `.action = "…"` / `attempt("…")` in server/src/app/*.cpp.
// Covered (success unless noted):
//   auth.login (success and failure), auth.logout, auth.password.change, auth.totp.enable,
//   auth.totp.disable, auth.throttle (denied, once per flood), user.create, user.update,
//   user.link_person, user.password.reset, role.grant, role.revoke, session.end,
//   admin.request, admin.request.approve, admin.request.reject,
//   org.node.create/update/delete, org.unit.create/update/delete, org.term.create/update/delete,
//   org.session.create/update/delete, deputy.create, deputy.update, deputy.reveal,
//   deputy.mandate.add, deputy.mandate.end, deputy.export, deputy.import.check,
//   deputy.import (+ one deputy.create per imported row; a commit refused for a bad row
//   still adds its one deputy.import record, outcome success, and no deputy.create), calendar.update,
//   suggestion.create (also: an Idempotency-Key replay adds nothing), suggestion.edit,
//   suggestion.attach, suggestion.message, suggestion.export, suggestion.enter_on_behalf and the
//   workflow actions invite_cosigners, cosigner_confirm, cosigner_decline, submit,
//   initial_review_pass, re_review_accept, return_for_revision, reject_not_suggestion,
//   classify, merge, assign (single, and batch-assign: one per item), sign_for,
//   request_reassignment, approve_reassignment, reject_reassignment, request_extension,
//   approve_extension, reject_extension, log_contact, submit_co_opinion, draft_answer,
//   sign_off_answer, send_back_answer, evaluate, close-by-evaluation, withdraw,
//   audit.export; denied: org.node.create, audit.search, audit.export, deputy.reveal,
//   deputy.export, user.password.reset (三员分立), suggestion.<action>.
//   Reads (lists, details, the audit search itself when allowed) add nothing.
// Not covered here:
//   - user.create with role "cli" (`daibiao admin create` / `demo`): CLI only, no route.
//   - suggestion.report_progress and suggestion.look_back: they need a commitment whose date
//     has passed, i.e. moving dates in the database and running `daibiao remind`;
//     suggestions.test.mjs walks look_back; the audit call is the same run_step() as for
//     every other workflow action covered here.
//   - suggestion.close as a separate action: reached here through the final evaluate.
//   - auth.totp setup (POST /auth/totp/setup) is not audited by design: it only stores a
//     pending secret; the change (enable) is audited.
//   - reminders/notifications (`daibiao remind`, the background job) write no audit records.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { listAll, startServer, strongPassword, unique, totpCode as totp } from './support/server.mjs';

const RECORDS = '/api/v1/audit/records';
const S = '/api/v1/suggestions';
const USERS = '/api/v1/users';

let server;
let auditor;
let u; // demo clients by short name
let sessionId; // a people's-congress session for suggestions
let provinceTermId;
let leadUnit;
let coUnit;
let zhouPerson;

// ---- the audit log, before and after ----------------------------------------------------

async function headSeq() {
  const r = await auditor.get(`${RECORDS}?sort=-seq&page_size=1`);
  assert.equal(r.status, 200, r.text);
  return r.body.items[0]?.seq ?? 0;
}

// Every record with seq > `from`, oldest first.
async function recordsAfter(from) {
  const out = [];
  for (let page = 1; ; page++) {
    const r = await auditor.get(`${RECORDS}?sort=-seq&page_size=100&page=${page}`);
    assert.equal(r.status, 200, r.text);
    const newer = r.body.items.filter((x) => x.seq > from);
    out.push(...newer);
    if (newer.length < r.body.items.length || r.body.items.length < 100) break;
  }
  return out.reverse();
}

const show = (recs) => recs.map((r) => `${r.action}/${r.outcome} ${r.object_type}:${r.object_id}`).join('; ') || '(none)';

/**
 * Runs `fn` and asserts the audit log gained exactly `expect` (an array, or a function of
 * fn's result giving one): entries {action, outcome = 'success', count = 1, object_type,
 * object_id}; any other new record fails the test. Returns fn's result.
 */
async function audited(fn, expect) {
  const from = await headSeq();
  const result = await fn();
  const recs = await recordsAfter(from);
  const want = (typeof expect === 'function' ? expect(result) : expect).map((e) => ({
    outcome: 'success',
    count: 1,
    ...e,
  }));
  for (const w of want) {
    const hits = recs.filter((r) => r.action === w.action && r.outcome === w.outcome);
    assert.equal(hits.length, w.count, `${w.count} × ${w.action}/${w.outcome} expected; got: ${show(recs)}`);
    for (const h of hits) {
      if (w.object_type !== undefined) assert.equal(h.object_type, w.object_type, show([h]));
      if (w.object_id !== undefined) assert.equal(h.object_id, String(w.object_id), show([h]));
    }
  }
  const others = recs.filter((r) => !want.some((w) => w.action === r.action && w.outcome === r.outcome));
  assert.equal(others.length, 0, `unexpected records: ${show(others)}`);
  return result;
}

const one = (action, object_type, object_id, outcome = 'success') => [{ action, object_type, object_id, outcome }];

function ok(r, status = 200) {
  assert.equal(r.status, status, r.text);
  return r.body;
}

// ---- helpers ---------------------------------------------------------------------------


function idNumber(birth, seq, male) {
  const body = `110105${birth.replaceAll('-', '')}${String(seq).padStart(2, '0')}${male ? 1 : 2}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((s, d, i) => s + Number(d) * weights[i], 0);
  return body + '10X98765432'[sum % 11];
}

function addDays(days) {
  const d = new Date(Date.now() + 8 * 3600_000 + days * 86400_000);
  return d.toISOString().slice(0, 10);
}

async function act(client, id, action, body = {}) {
  const r = await client.post(`${S}/${id}/actions/${action}`, body);
  assert.equal(r.status, 200, `${action}: ${r.text}`);
  return r.body;
}
// One workflow step, asserted to add exactly one suggestion.<action> record for item `id`.
const step = (client, id, action, body, expect) =>
  audited(() => act(client, id, action, body), expect ?? one(`suggestion.${action}`, 'suggestion', id));

async function draft(title) {
  return ok(
    await u.li.post(S, { session_id: sessionId, title, body: '建议内容：请有关部门研究解决。', category: '农业农村' }),
    201,
  );
}
// Draft → submitted → reviewed → accepted → classified (not itself under test).
async function accepted(title) {
  const d = await draft(title);
  let s = await act(u.li, d.id, 'submit', { version: d.version });
  s = await act(u.staff, d.id, 'initial_review_pass', { version: s.version });
  s = await act(u.staff, d.id, 're_review_accept', { version: s.version });
  return act(u.staff, d.id, 'classify', { version: s.version, star_level: 1, category: '城乡建设' });
}

before(async () => {
  server = await startServer({ withKey: true });
  auditor = await server.login('auditor');
  u = {};
  for (const [k, name] of Object.entries({
    sys: 'sysadmin',
    sec: 'secadmin',
    staff: 'staff.wang',
    li: 'deputy.li',
    zhou: 'deputy.zhou',
    zhao: 'officer.zhao',
    sun: 'officer.sun',
    head: 'head.chen',
    leader: 'leader.liu',
  }))
    u[k] = await server.login(name);
  const options = ok(await u.li.get(`${S}/options`));
  sessionId = options.sessions[0].id;
  provinceTermId = ok(await u.staff.get('/api/v1/org/terms?org_node_id=1')).items[0].id;
  leadUnit = ok(await u.zhao.get('/api/v1/auth/me')).unit_id;
  coUnit = ok(await u.sun.get('/api/v1/auth/me')).unit_id;
  zhouPerson = ok(await u.zhou.get('/api/v1/auth/me')).person_id;
  assert.ok(leadUnit && coUnit && zhouPerson);
});
after(async () => {
  await server?.stop();
});

describe('reads', () => {
  test('lists, details and the allowed audit search add no record', async () => {
    await audited(async () => {
      for (const [c, p] of [
        [u.staff, '/api/v1/org/nodes?page_size=100'],
        [u.staff, '/api/v1/org/units'],
        [u.staff, '/api/v1/org/terms'],
        [u.staff, '/api/v1/org/sessions'],
        [u.sys, USERS],
        [u.sec, '/api/v1/sessions'],
        [u.staff, '/api/v1/deputies?page_size=5'],
        [u.staff, `${S}?page_size=5`],
        [u.li, '/api/v1/notifications'],
        [u.staff, '/api/v1/calendar/2026'],
        [u.li, '/api/v1/auth/me'],
        [auditor, `${RECORDS}?action=auth.login`],
      ])
        ok(await c.get(p));
      const person = ok(await u.staff.get('/api/v1/deputies?page_size=1')).items[0];
      ok(await u.staff.get(`/api/v1/deputies/${person.person_id ?? person.id}`));
    }, []);
  });

  test('a refused audit search adds one audit.search "denied"', async () => {
    await audited(async () => assert.equal((await u.staff.get(RECORDS)).status, 403), one('audit.search', 'audit_log', '', 'denied'));
  });

  test('an audit export adds one audit.export; a refused one one "denied"', async () => {
    await audited(async () => ok(await auditor.get('/api/v1/audit/export?action=org.node.update')), one('audit.export', 'audit_log'));
    await audited(async () => assert.equal((await u.staff.get('/api/v1/audit/export')).status, 403), one('audit.export', 'audit_log', '', 'denied'));
  });
});

describe('org', () => {
  let node;
  let unit;
  let term;
  let session;

  test('org.node.create / update / delete, and a refused create', async () => {
    node = await audited(
      async () => ok(await u.staff.post('/api/v1/org/nodes', { code: unique('eo'), name: '审计一次市', level: 'city', parent_id: 1 }), 201),
      (n) => one('org.node.create', 'org_node', n.id),
    );
    await audited(
      async () => ok(await u.staff.patch(`/api/v1/org/nodes/${node.id}`, { version: node.version, name: '审计一次市（改）' })),
      one('org.node.update', 'org_node', node.id),
    );
    await audited(
      async () => assert.equal((await u.li.post('/api/v1/org/nodes', { code: unique('x'), name: '越权', level: 'city', parent_id: 1 })).status, 403),
      [{ action: 'org.node.create', outcome: 'denied' }],
    );
    const spare = ok(await u.staff.post('/api/v1/org/nodes', { code: unique('eo'), name: '待删市', level: 'city', parent_id: 1 }), 201);
    await audited(
      async () => assert.equal((await u.staff.del(`/api/v1/org/nodes/${spare.id}?version=${spare.version}`)).status, 204),
      one('org.node.delete', 'org_node', spare.id),
    );
  });

  test('org.unit.create / update / delete', async () => {
    unit = await audited(
      async () => ok(await u.staff.post('/api/v1/org/units', { org_node_id: node.id, code: unique('U'), name: '某局' }), 201),
      (x) => [{ action: 'org.unit.create', object_id: x.id }],
    );
    unit = await audited(
      async () => ok(await u.staff.patch(`/api/v1/org/units/${unit.id}`, { version: unit.version, name: '某局（改）' })),
      [{ action: 'org.unit.update', object_id: unit.id }],
    );
    await audited(
      async () => assert.equal((await u.staff.del(`/api/v1/org/units/${unit.id}?version=${unit.version}`)).status, 204),
      [{ action: 'org.unit.delete', object_id: unit.id }],
    );
  });

  test('org.term.* and org.session.*', async () => {
    term = await audited(
      async () => ok(await u.staff.post('/api/v1/org/terms', { org_node_id: node.id, number: 15, start_date: '2021-10-01', end_date: '2026-09-30' }), 201),
      (x) => [{ action: 'org.term.create', object_id: x.id }],
    );
    term = await audited(
      async () => ok(await u.staff.patch(`/api/v1/org/terms/${term.id}`, { version: term.version, end_date: '2026-10-31' })),
      [{ action: 'org.term.update', object_id: term.id }],
    );
    session = await audited(
      async () => ok(await u.staff.post('/api/v1/org/sessions', { term_id: term.id, number: 1, opens_on: '2022-01-16' }), 201),
      (x) => [{ action: 'org.session.create', object_id: x.id }],
    );
    session = await audited(
      async () => ok(await u.staff.patch(`/api/v1/org/sessions/${session.id}`, { version: session.version, opens_on: '2022-01-18' })),
      [{ action: 'org.session.update', object_id: session.id }],
    );
    await audited(
      async () => assert.equal((await u.staff.del(`/api/v1/org/sessions/${session.id}?version=${session.version}`)).status, 204),
      [{ action: 'org.session.delete', object_id: session.id }],
    );
    await audited(
      async () => assert.equal((await u.staff.del(`/api/v1/org/terms/${term.id}?version=${term.version}`)).status, 204),
      [{ action: 'org.term.delete', object_id: term.id }],
    );
  });
});

describe('accounts, sign-in and administrators', () => {
  let acct;
  let password;
  let client;
  let ids;

  before(async () => {
    ids = Object.fromEntries((await listAll(u.sys, USERS)).map((a) => [a.username, a.id]));
  });

  test('user.create', async () => {
    password = strongPassword();
    acct = await audited(
      async () => ok(await u.sys.post(USERS, { username: unique('once'), display_name: '一次', password, org_node_id: 1 }), 201),
      (a) => one('user.create', 'user', a.id),
    );
  });

  test('auth.login: success, failure; auth.throttle once per flood', async () => {
    client = await audited(async () => {
      const c = server.client();
      ok(await c.login(acct.username, password));
      return c;
    }, one('auth.login', 'user', acct.id));
    await audited(
      async () => assert.equal((await server.client().login(acct.username, 'Wrong-Password-1')).status, 401),
      one('auth.login', 'user', acct.id, 'failure'),
    );
    // Until the limit: one failure record each; the attempt that reaches it adds auth.throttle.
    const from = await headSeq();
    const ghost = unique('ghost');
    let n = 0;
    for (; n < 30; n++) {
      const r = await server.client().login(ghost, 'Wrong-Password-1');
      if (r.status === 429) break;
      assert.equal(r.status, 401, r.text);
    }
    assert.ok(n > 0 && n < 30, `throttled after ${n} attempts`);
    const recs = await recordsAfter(from);
    assert.equal(recs.filter((r) => r.action === 'auth.login' && r.outcome === 'failure').length, n, show(recs));
    assert.equal(recs.filter((r) => r.action === 'auth.throttle' && r.outcome === 'denied').length, 1, show(recs));
    assert.equal(recs.length, n + 1, show(recs));
  });

  test('auth.password.change', async () => {
    const fresh = strongPassword();
    await audited(
      async () => assert.equal((await client.post('/api/v1/auth/password', { old_password: password, new_password: fresh })).status, 204),
      one('auth.password.change', 'user', acct.id),
    );
    password = fresh;
  });

  test('auth.totp.enable / disable (setup itself is not audited)', async () => {
    const setup = await audited(async () => ok(await client.post('/api/v1/auth/totp/setup')), []);
    await audited(
      async () => assert.equal((await client.post('/api/v1/auth/totp/enable', { code: totp(setup.secret) })).status, 204),
      one('auth.totp.enable', 'user', acct.id),
    );
    await audited(
      async () => assert.equal((await client.post('/api/v1/auth/totp/disable', { password })).status, 204),
      one('auth.totp.disable', 'user', acct.id),
    );
  });

  test('auth.logout', async () => {
    await audited(async () => assert.equal((await client.post('/api/v1/auth/logout')).status, 204), one('auth.logout', 'user', acct.id));
  });

  test('session.end', async () => {
    await server.login(acct.username, password);
    const mine = ok(await u.sec.get(`/api/v1/sessions?user_id=${acct.id}`)).items;
    assert.equal(mine.length, 1);
    await audited(
      async () => assert.equal((await u.sec.del(`/api/v1/sessions/${mine[0].id}`)).status, 204),
      one('session.end', 'user', acct.id),
    );
  });

  test('user.update, user.link_person, user.password.reset', async () => {
    acct = ok(await u.sys.get(`${USERS}/${acct.id}`));
    acct = await audited(
      async () => ok(await u.sys.patch(`${USERS}/${acct.id}`, { version: acct.version, display_name: '一次（改）' })),
      one('user.update', 'user', acct.id),
    );
    const person = ok(await u.li.get('/api/v1/auth/me')).person_id;
    assert.ok(person);
    acct = await audited(
      async () => ok(await u.staff.patch(`${USERS}/${acct.id}`, { version: acct.version, person_id: person })),
      one('user.link_person', 'user', acct.id),
    );
    await audited(
      async () => assert.equal((await u.sys.post(`${USERS}/${acct.id}/password`, { password: strongPassword() })).status, 204),
      one('user.password.reset', 'user', acct.id),
    );
    // 三员分立: the system admin may not reset the auditor: one denied record.
    await audited(
      async () => assert.equal((await u.sys.post(`${USERS}/${ids.auditor}/password`, { password: strongPassword() })).status, 403),
      one('user.password.reset', 'user', ids.auditor, 'denied'),
    );
  });

  test('role.grant / role.revoke', async () => {
    const grant = await audited(
      async () => ok(await u.sec.post(`${USERS}/${acct.id}/grants`, { role: 'leader', org_node_id: 1 }), 201),
      one('role.grant', 'user', acct.id),
    );
    await audited(
      async () => assert.equal((await u.sec.del(`/api/v1/grants/${grant.id}`)).status, 204),
      one('role.revoke', 'user', acct.id),
    );
  });

  test('admin.request, admin.request.approve, admin.request.reject', async () => {
    const version = async () => ok(await u.sec.get(`${USERS}/${ids.sysadmin}`)).version;
    let filed = await audited(
      async () => ok(await u.sec.patch(`${USERS}/${ids.sysadmin}`, { version: await version(), display_name: '系统管理员甲' }), 202),
      one('admin.request', 'user', ids.sysadmin),
    );
    await audited(
      async () => ok(await auditor.post(`/api/v1/admin-requests/${filed.pending_request.id}/approve`)),
      one('admin.request.approve', 'user', ids.sysadmin),
    );
    filed = ok(await u.sec.patch(`${USERS}/${ids.sysadmin}`, { version: await version(), display_name: '系统管理员乙' }), 202);
    await audited(
      async () => ok(await auditor.post(`/api/v1/admin-requests/${filed.pending_request.id}/reject`)),
      one('admin.request.reject', 'user', ids.sysadmin),
    );
  });
});

describe('deputies registry', () => {
  let person;

  test('deputy.create / update / reveal and a refused reveal', async () => {
    const birth = '1979-03-04';
    person = await audited(
      async () =>
        ok(
          await u.staff.post('/api/v1/deputies', {
            name: '欧阳一次',
            gender: 'female',
            ethnicity: '汉族',
            birth_date: birth,
            employer: '某县第二中学',
            phone: '13912340000',
            id_number: idNumber(birth, 41, false),
            mandate: { org_node_id: 1, term_id: provinceTermId, delegation: '郴州市代表团', started_on: '2023-01-16' },
          }),
          201,
        ),
      (p) => one('deputy.create', 'person', p.id),
    );
    person = await audited(
      async () => ok(await u.staff.patch(`/api/v1/deputies/${person.id}`, { version: person.version, employer: '某县第三中学' })),
      one('deputy.update', 'person', person.id),
    );
    await audited(async () => ok(await u.staff.post(`/api/v1/deputies/${person.id}/reveal`, {})), one('deputy.reveal', 'person', person.id));
    await audited(
      async () => assert.equal((await u.leader.post(`/api/v1/deputies/${person.id}/reveal`, {})).status, 403),
      one('deputy.reveal', 'person', person.id, 'denied'),
    );
  });

  test('deputy.mandate.add / deputy.mandate.end', async () => {
    const city = ok(await u.staff.post('/api/v1/org/nodes', { code: unique('mc'), name: '任期市', level: 'city', parent_id: 1 }), 201);
    const term = ok(await u.staff.post('/api/v1/org/terms', { org_node_id: city.id, number: 16, start_date: '2022-01-01', end_date: '2026-12-31' }), 201);
    person = await audited(
      async () =>
        ok(await u.staff.post(`/api/v1/deputies/${person.id}/mandates`, { org_node_id: city.id, term_id: term.id, delegation: '第一选区', started_on: '2022-02-01' }), 201),
      (p) => one('deputy.mandate.add', 'mandate', p.mandates.find((x) => x.org_node_id === city.id)?.id),
    );
    const m = person.mandates.find((x) => x.org_node_id === city.id);
    await audited(
      async () => ok(await u.staff.post(`/api/v1/mandates/${m.id}/end`, { version: m.version, status: 'resigned', ended_on: '2024-06-30', reason: '本人申请' })),
      one('deputy.mandate.end', 'mandate', m.id),
    );
  });

  test('deputy.export and a refused export', async () => {
    await audited(async () => ok(await u.staff.get('/api/v1/deputies/export?level=province')), [{ action: 'deputy.export', object_type: 'person' }]);
    await audited(
      async () => assert.equal((await u.leader.get('/api/v1/deputies/export')).status, 403),
      [{ action: 'deputy.export', outcome: 'denied' }],
    );
  });

  test('deputy.import.check (dry run), deputy.import (+ one deputy.create per row)', async () => {
    const csv =
      ['姓名,性别,民族,身份证号码,手机号码,代表团,当选日期', ...[['王一次', '男', idNumber('1990-01-01', 61, true)], ['赵一次', '女', idNumber('1991-02-02', 62, false)]].map(
        ([n, g, id], i) => [n, g, '汉族', id, `1390000${String(2000 + i)}`, '第一选区', '2023-01-16'].join(','),
      )].join('\r\n') + '\r\n';
    const url = `/api/v1/deputies/import?org_node_id=1&term_id=${provinceTermId}`;
    const headers = { 'content-type': 'text/csv' };
    await audited(async () => {
      const r = ok(await u.staff.post(url, csv, { headers }));
      assert.equal(r.valid_rows, 2, JSON.stringify(r));
    }, one('deputy.import.check', 'org_node', 1));
    await audited(async () => ok(await u.staff.post(`${url}&dry_run=false`, csv, { headers }), 201), [
      { action: 'deputy.import', object_type: 'org_node', object_id: 1 },
      { action: 'deputy.create', object_type: 'person', count: 2 },
    ]);
    // A commit refused for a bad row imports nothing: one deputy.import record with outcome
    // "failure" (and rows_with_problems), and no deputy.create.
    const bad = csv.replace(/13900002001/, '1390000');
    await audited(async () => assert.equal((await u.staff.post(`${url}&dry_run=false`, bad, { headers })).status, 400), [
      { action: 'deputy.import', object_type: 'org_node', object_id: 1, outcome: 'failure' },
    ]);
  });
});

describe('suggestions', () => {
  test('create, edit, invite, confirm/decline, submit; an Idempotency-Key replay adds nothing', async () => {
    const body = { session_id: sessionId, title: '关于一次审计的建议', body: '内容。', category: '农业农村' };
    const key = `k-${unique()}`;
    const d = await audited(
      async () => ok(await u.li.post(S, body, { headers: { 'idempotency-key': key } }), 201),
      (x) => one('suggestion.create', 'suggestion', x.id),
    );
    await audited(async () => {
      const again = await u.li.post(S, body, { headers: { 'idempotency-key': key } });
      assert.equal(again.status, 201);
      assert.equal(again.body.id, d.id);
    }, []);
    const edited = await audited(
      async () => ok(await u.li.patch(`${S}/${d.id}`, { version: d.version, title: '关于一次审计的建议（改）' })),
      one('suggestion.edit', 'suggestion', d.id),
    );
    let s = await step(u.li, d.id, 'invite_cosigners', { version: edited.version, person_ids: [zhouPerson] });
    s = await step(u.zhou, d.id, 'cosigner_confirm', { version: s.version });
    s = await step(u.li, d.id, 'submit', { version: s.version });
    assert.equal(s.state, 'submitted');

    const d2 = await draft('关于婉拒联名的建议');
    s = await act(u.li, d2.id, 'invite_cosigners', { version: d2.version, person_ids: [zhouPerson] });
    await step(u.zhou, d2.id, 'cosigner_decline', { version: s.version });
  });

  test('attach, message, enter_on_behalf, export', async () => {
    const d = await draft('关于附件审计的建议');
    await audited(
      async () =>
        ok(
          await u.li.request('POST', `${S}/${d.id}/attachments?file_name=${encodeURIComponent('报告.pdf')}`, {
            body: new Uint8Array(Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(500, 0x41)])),
            headers: { 'content-type': 'application/octet-stream' },
          }),
          201,
        ),
      one('suggestion.attach', 'suggestion', d.id),
    );
    const handling = ok(await u.zhao.get(`${S}?box=unit&state=handling`)).items[0];
    await audited(
      async () => ok(await u.zhao.post(`${S}/${handling.id}/messages`, { body: '请问何时方便座谈？' }), 201),
      one('suggestion.message', 'suggestion', handling.id),
    );
    const liPerson = ok(await u.li.get('/api/v1/auth/me')).person_id;
    await audited(
      async () => ok(await u.staff.post(S, { session_id: sessionId, title: '关于代录审计的建议', body: '纸质建议。', lead_person_id: liPerson }), 201),
      (x) => one('suggestion.enter_on_behalf', 'suggestion', x.id),
    );
    await audited(async () => ok(await u.staff.get(`${S}/export?state=handling`)), [{ action: 'suggestion.export', object_type: 'suggestion' }]);
  });

  test('review steps: initial_review_pass, return_for_revision, reject_not_suggestion, re_review_accept, classify, merge, withdraw', async () => {
    const a = await draft('关于退回审计的建议');
    let s = await act(u.li, a.id, 'submit', { version: a.version });
    s = await step(u.staff, a.id, 'initial_review_pass', { version: s.version });
    await step(u.staff, a.id, 'return_for_revision', { version: s.version, reason: '请补充。' });

    const b = await draft('关于不是建议的审计');
    s = await act(u.li, b.id, 'submit', { version: b.version });
    s = await act(u.staff, b.id, 'initial_review_pass', { version: s.version });
    const reason = ok(await u.staff.get(`${S}/options`)).not_suggestion_reasons?.[0];
    assert.ok(reason, 'a not-a-suggestion reason from the options');
    await step(u.staff, b.id, 'reject_not_suggestion', { version: s.version, reason_code: reason });

    const c = await draft('关于受理审计的建议');
    s = await act(u.li, c.id, 'submit', { version: c.version });
    s = await act(u.staff, c.id, 'initial_review_pass', { version: s.version });
    s = await step(u.staff, c.id, 're_review_accept', { version: s.version });
    s = await step(u.staff, c.id, 'classify', { version: s.version, star_level: 1, category: '城乡建设' });
    const other = await accepted('关于并案审计的另一件建议');
    await step(u.staff, c.id, 'merge', { version: s.version, merge_with: [other.id] });

    const w = await draft('关于撤回审计的建议');
    s = await act(u.li, w.id, 'submit', { version: w.version });
    await step(u.li, w.id, 'withdraw', { version: s.version, reason: '问题已解决。' });
  });

  test('assignment: assign, batch-assign (one per item), reassignment and extension requests', async () => {
    let s = await accepted('关于交办审计的建议');
    s = await step(u.staff, s.id, 'assign', { version: s.version, lead_unit_id: leadUnit });
    s = await step(u.zhao, s.id, 'request_reassignment', { version: s.version, reason: '不属于本单位职责。' });
    s = await step(u.staff, s.id, 'reject_reassignment', { version: s.version, reason: '属于贵单位职责。' });
    s = await step(u.zhao, s.id, 'request_reassignment', { version: s.version, reason: '确不属于本单位。' });
    s = await step(u.staff, s.id, 'approve_reassignment', { version: s.version, lead_unit_id: coUnit });
    s = await step(u.sun, s.id, 'sign_for', { version: s.version });
    s = await step(u.sun, s.id, 'request_extension', { version: s.version, until: addDays(150), reason: '需跨年度安排资金。' });
    s = await step(u.staff, s.id, 'reject_extension', { version: s.version, reason: '请按期答复。' });
    s = await step(u.sun, s.id, 'request_extension', { version: s.version, until: addDays(150), reason: '确需延期。' });
    await step(u.staff, s.id, 'approve_extension', { version: s.version });

    const items = [];
    for (const t of ['关于批量交办审计一的建议', '关于批量交办审计二的建议']) {
      const x = await accepted(t);
      items.push({ id: x.id, version: x.version });
    }
    await audited(async () => assert.equal(ok(await u.staff.post(`${S}/batch-assign`, { items, lead_unit_id: leadUnit })).assigned, 2), [
      { action: 'suggestion.assign', object_type: 'suggestion', count: 2 },
    ]);
    // A refused step: one denied record.
    const seen = ok(await u.leader.get(`${S}/${items[0].id}`));
    await audited(
      async () => assert.equal((await u.leader.post(`${S}/${items[0].id}/actions/sign_for`, { version: seen.version })).status, 403),
      one('suggestion.sign_for', 'suggestion', items[0].id, 'denied'),
    );
  });

  test('handling: log_contact, submit_co_opinion, draft_answer, sign_off_answer, send_back_answer, evaluate', async () => {
    let s = await accepted('关于办理审计的建议');
    s = await act(u.staff, s.id, 'assign', { version: s.version, mode: 'joint', lead_unit_id: leadUnit, co_unit_ids: [coUnit] });
    s = await act(u.zhao, s.id, 'sign_for', { version: s.version });
    s = await act(u.sun, s.id, 'sign_for', { version: s.version });
    const id = s.id;
    s = await step(u.zhao, id, 'log_contact', { version: s.version, method: 'phone', summary: '电话沟通。' });
    s = await step(u.sun, id, 'submit_co_opinion', { version: s.version, note: '同意。' });
    s = await step(u.zhao, id, 'draft_answer', { version: s.version, answer_class: 'C', body: '暂不具备条件。' });
    s = await step(u.head, id, 'sign_off_answer', { version: s.version });
    s = await step(u.staff, id, 'send_back_answer', { version: s.version, reason: '答复过于简单。' });
    s = await act(u.zhao, id, 'draft_answer', { version: s.version, answer_class: 'A', body: '已解决。' });
    s = await act(u.head, id, 'sign_off_answer', { version: s.version });
    s = await step(u.li, id, 'evaluate', { version: s.version, rating: 'satisfied' });
    assert.equal(s.state, 'closed');
  });
});

describe('calendar', () => {
  test('calendar.update and a refused one', async () => {
    await audited(
      async () => ok(await u.staff.put('/api/v1/calendar/2028', { holidays: [{ date: '2028-01-01', name: '元旦' }], makeup_workdays: [] })),
      [{ action: 'calendar.update', object_type: 'calendar', object_id: 2028 }],
    );
    await audited(
      async () => assert.equal((await u.li.put('/api/v1/calendar/2028', { holidays: [], makeup_workdays: [] })).status, 403),
      [{ action: 'calendar.update', outcome: 'denied' }],
    );
  });
});
