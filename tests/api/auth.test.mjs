// Sign-in, sessions, lockout, CSRF and origin checks, password change.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { fieldsOf, listAll, startServer, unique } from './support/server.mjs';

let server;
before(async () => {
  server = await startServer({ serveArgs: ['--trust-proxy'] });
});
after(async () => {
  await server?.stop();
});

const LOGIN = '/api/v1/auth/login';
const ME = '/api/v1/auth/me';

function assertUnauthenticated(r) {
  assert.equal(r.status, 401, r.text);
  assert.match(r.headers.get('content-type'), /^application\/problem\+json/);
  assert.equal(r.body.code, 'unauthenticated');
}

// The parts of a failed-login answer an attacker could compare.
const loginFailureShape = (r) => ({
  status: r.status,
  code: r.body?.code,
  title: r.body?.title,
  detail: r.body?.detail,
  errors: r.body?.errors,
  cookie: r.headers.getSetCookie(),
});

describe('login', () => {
  test('the right password signs in: csrf token, session cookie flags, user', async () => {
    const c = server.client();
    const { password } = server.logins['staff.wang'];
    const r = await c.login('staff.wang', password);
    assert.equal(r.status, 200, r.text);
    assert.match(r.body.csrf_token, /^[0-9a-f]{32,}$/);
    assert.ok(Date.parse(r.body.expires_at) > Date.now());
    assert.equal(r.body.user.username, 'staff.wang');
    assert.deepEqual(
      r.body.user.grants.map((g) => [g.role, g.org_node_id]),
      [['liaison_staff', 1]],
    );
    assert.ok(r.body.user.permissions.includes('org.manage'));
    const cookies = r.headers.getSetCookie();
    assert.equal(cookies.length, 1);
    const [cookie] = cookies;
    assert.match(cookie, /^daibiao_session=[0-9a-f]{32,};/);
    const attrs = cookie.split(';').map((a) => a.trim().toLowerCase());
    assert.ok(attrs.includes('httponly'), cookie);
    assert.ok(attrs.includes('samesite=lax'), cookie);
    assert.ok(attrs.includes('path=/'), cookie);
    assert.ok(!attrs.includes('secure'), 'no Secure flag over plain http without --secure-cookies');
    assert.ok(!cookie.includes(r.body.csrf_token), 'the CSRF token is not the session token');

    const me = await c.get(ME);
    assert.equal(me.status, 200);
    assert.equal(me.body.username, 'staff.wang');
    assert.equal(me.body.id, r.body.user.id);
  });

  test('wrong password and unknown user answer identically', async () => {
    const c = server.client();
    const wrong = await c.login('officer.zhao', 'Not-the-password-1');
    const unknown = await c.login('nobody.here', 'Not-the-password-1');
    assertUnauthenticated(wrong);
    assertUnauthenticated(unknown);
    assert.deepEqual(loginFailureShape(wrong), loginFailureShape(unknown));
    assert.deepEqual(wrong.headers.getSetCookie(), []);
    assert.equal(c.cookie, null);
  });

  test('five wrong passwords from one address throttle that name there (429, Retry-After), not the owner elsewhere', async () => {
    const attacker = server.client({ ip: '203.0.113.5' });
    const { password } = server.logins['head.chen'];
    for (let i = 0; i < 5; i++) assertUnauthenticated(await attacker.login('head.chen', `Wrong-Password-${i}`));
    const throttled = await attacker.login('head.chen', password);
    assert.equal(throttled.status, 429, throttled.text);
    assert.equal(throttled.body.code, 'too_many_requests');
    assert.match(throttled.body.detail, /分钟后再试/);
    const retry = Number(throttled.headers.get('retry-after'));
    assert.ok(retry > 800 && retry <= 900, `Retry-After ${retry}`);
    assert.equal(attacker.cookie, null);
    // The owner, from their own address, is not locked out by the attacker.
    const owner = await server.client({ ip: '198.51.100.7' }).login('head.chen', password);
    assert.equal(owner.status, 200, owner.text);
    // An unknown name is throttled identically: a 429 does not reveal that a name exists.
    for (let i = 0; i < 5; i++) assertUnauthenticated(await attacker.login('no.such.user', `Wrong-Password-${i}`));
    const unknown = await attacker.login('no.such.user', 'Wrong-Password-9');
    assert.equal(unknown.status, 429);
    assert.deepEqual(
      { ...loginFailureShape(unknown), detail: undefined },
      { ...loginFailureShape(throttled), detail: undefined },
    );
  });

  test('one address failing across many names sees 429 before the 31st attempt, audited once', async () => {
    const flooder = server.client({ ip: '203.0.113.77' });
    const statuses = [];
    for (let i = 0; i < 40; i++) statuses.push((await flooder.login(`guess.${i}`, 'Wrong-Password-1')).status);
    assert.deepEqual(statuses.slice(0, 30), Array(30).fill(401));
    assert.deepEqual(statuses.slice(30), Array(10).fill(429));
    const right = await flooder.login('leader.liu', server.logins['leader.liu'].password);
    assert.equal(right.status, 429, 'the address waits, even with a right password');
    const auditor = await server.login('auditor');
    const recs = await auditor.get('/api/v1/audit/records?action=auth.throttle&page_size=100');
    assert.equal(recs.status, 200, recs.text);
    const mine = recs.body.items.filter((r) => r.object_id === '203.0.113.77');
    assert.equal(mine.length, 1, 'a flood is one audit record, not one per attempt');
  });

  test('four wrong passwords do not throttle; a success resets the count', async () => {
    const c = server.client({ ip: '192.0.2.44' });
    const { password } = server.logins['committee.sun'];
    for (let i = 0; i < 4; i++) assertUnauthenticated(await c.login('committee.sun', `Nope-Nope-${i}`));
    assert.equal((await c.login('committee.sun', password)).status, 200);
    for (let i = 0; i < 4; i++) assertUnauthenticated(await c.login('committee.sun', `Nope-Nope-${i}`));
    assert.equal((await server.client({ ip: '192.0.2.44' }).login('committee.sun', password)).status, 200);
  });

  test('a cross-site login (foreign Origin) is refused with 403 and starts no session', async () => {
    const c = server.client();
    const { password } = server.logins['staff.wang'];
    const r = await c.post(LOGIN, { username: 'staff.wang', password }, { headers: { origin: 'http://evil.example' } });
    assert.equal(r.status, 403, r.text);
    assert.equal(r.body.code, 'permission_denied');
    assert.deepEqual(r.headers.getSetCookie(), []);
    const same = await c.post(LOGIN, { username: 'staff.wang', password }, { headers: { origin: `http://${server.address}` } });
    assert.equal(same.status, 200, same.text);
  });

  test('a malformed login body answers 400 with field errors', async () => {
    const c = server.client();
    const missing = await c.post(LOGIN, { username: 'staff.wang' });
    assert.equal(missing.status, 400);
    assert.equal(missing.body.code, 'invalid_argument');
    assert.deepEqual(fieldsOf(missing.body), ['password']);
    const extra = await c.post(LOGIN, { username: 'a', password: 'b', remember: true });
    assert.equal(extra.status, 400);
    assert.deepEqual(fieldsOf(extra.body), ['remember']);
    const typed = await c.post(LOGIN, { username: 42, password: null });
    assert.equal(typed.status, 400);
    assert.deepEqual(fieldsOf(typed.body), ['password', 'username']);
    const notJson = await c.post(LOGIN, '{"username":');
    assert.equal(notJson.status, 400);
    assert.equal(notJson.body.code, 'invalid_argument');
  });
});

describe('sessions', () => {
  test('/auth/me without a cookie answers 401 and sets no cookie', async () => {
    const r = await server.client().get(ME);
    assertUnauthenticated(r);
    assert.deepEqual(r.headers.getSetCookie(), []);
  });

  test('a garbage session cookie answers 401 and is cleared', async () => {
    const c = server.client();
    for (const junk of ['garbage', '0'.repeat(64), "x'; DROP TABLE users; --"]) {
      const r = await c.get(ME, { headers: { cookie: `daibiao_session=${junk}` } });
      assertUnauthenticated(r);
      const [clear] = r.headers.getSetCookie();
      assert.match(clear ?? '', /^daibiao_session=;/);
      assert.match(clear, /Max-Age=0/i);
    }
  });

  test('logout ends the session: the old cookie answers 401', async () => {
    const c = await server.login('leader.liu');
    const oldCookie = c.cookie;
    assert.equal((await c.get(ME)).status, 200);
    const noCsrf = await c.post('/api/v1/auth/logout', undefined, { csrf: false });
    assert.equal(noCsrf.status, 403, 'logout is state-changing: CSRF applies');
    const out = await c.post('/api/v1/auth/logout');
    assert.equal(out.status, 204, out.text);
    assert.match(out.headers.getSetCookie()[0] ?? '', /^daibiao_session=;.*Max-Age=0/i);
    const again = await server.client().get(ME, { headers: { cookie: `daibiao_session=${oldCookie}` } });
    assertUnauthenticated(again);
  });

  test('sessions are independent: logging out one leaves the other signed in', async () => {
    const a = await server.login('deputy.li');
    const b = await server.login('deputy.li');
    assert.notEqual(a.cookie, b.cookie);
    assert.notEqual(a.csrf, b.csrf);
    const aCookie = a.cookie;
    assert.equal((await a.post('/api/v1/auth/logout')).status, 204);
    assert.equal((await b.get(ME)).status, 200);
    assertUnauthenticated(await a.get(ME, { headers: { cookie: `daibiao_session=${aCookie}` } }));
  });
});

describe('CSRF and origin', () => {
  let staff;
  const nodes = () => listAll(staff, '/api/v1/org/nodes');
  const newCity = () => ({
    code: unique('csrf'),
    name: '测试市人民代表大会',
    level: 'city',
    parent_id: 1,
  });

  before(async () => {
    staff = await server.login('staff.wang');
  });

  test('a write without X-CSRF-Token answers 403 and changes nothing', async () => {
    const body = newCity();
    const r = await staff.post('/api/v1/org/nodes', body, { csrf: false });
    assert.equal(r.status, 403);
    assert.equal(r.body.code, 'permission_denied');
    assert.ok(!(await nodes()).some((n) => n.code === body.code));
  });

  test('a write with a wrong X-CSRF-Token answers 403', async () => {
    const body = newCity();
    const wrongs = ['0'.repeat(staff.csrf.length), staff.csrf.slice(0, -1), `${staff.csrf}0`, ''];
    for (const token of wrongs) {
      const r = await staff.post('/api/v1/org/nodes', body, { headers: { 'x-csrf-token': token } });
      assert.equal(r.status, 403, `token ${JSON.stringify(token)}`);
      assert.equal(r.body.code, 'permission_denied');
    }
    assert.ok(!(await nodes()).some((n) => n.code === body.code));
  });

  test("another session's CSRF token does not work", async () => {
    const other = await server.login('staff.wang');
    const body = newCity();
    const r = await staff.post('/api/v1/org/nodes', body, { headers: { 'x-csrf-token': other.csrf } });
    assert.equal(r.status, 403);
  });

  test('PATCH and DELETE need the token too', async () => {
    const patch = await staff.patch('/api/v1/org/nodes/1', { version: 1, name: 'x' }, { csrf: false });
    assert.equal(patch.status, 403);
    const del = await staff.del('/api/v1/org/nodes/2?version=1', { csrf: false });
    assert.equal(del.status, 403);
    const root = await staff.get('/api/v1/org/nodes/1');
    assert.equal(root.body.name, '湖南省人民代表大会');
  });

  test('a foreign Origin answers 403 even with the right token', async () => {
    const body = newCity();
    for (const origin of ['http://evil.example', 'null', `https://${server.address}.evil.example`]) {
      const r = await staff.post('/api/v1/org/nodes', body, { headers: { origin } });
      assert.equal(r.status, 403, `origin ${origin}`);
      assert.equal(r.body.code, 'permission_denied');
    }
    assert.ok(!(await nodes()).some((n) => n.code === body.code));
  });

  test('the same-host Origin with the right token is accepted', async () => {
    const body = newCity();
    const r = await staff.post('/api/v1/org/nodes', body, {
      headers: { origin: `http://${server.address}` },
    });
    assert.equal(r.status, 201, r.text);
    assert.ok((await nodes()).some((n) => n.code === body.code));
  });

  test('reads need no token', async () => {
    const r = await staff.get('/api/v1/org/nodes/1', { headers: { origin: 'http://evil.example' } });
    assert.equal(r.status, 200);
  });
});

describe('change password', () => {
  const PW = '/api/v1/auth/password';

  test('policy problems are field errors on new_password; nothing changes', async () => {
    const c = await server.login('officer.zhao');
    const old = server.logins['officer.zhao'].password;
    const cases = [
      ['Sh0rt!', 'too short'],
      ['alllowercaseletters', 'one class only'],
      ['Officer.Zhao-2024x', 'contains the username'],
      [old, 'same as the old one'],
    ];
    for (const [candidate, why] of cases) {
      const r = await c.post(PW, { old_password: old, new_password: candidate });
      assert.equal(r.status, 400, `${why}: ${r.text}`);
      assert.equal(r.body.code, 'invalid_argument');
      assert.deepEqual([...new Set(fieldsOf(r.body))], ['new_password'], why);
    }
    const wrongOld = await c.post(PW, { old_password: 'Not-The-Old-1', new_password: 'Brand-New-Pass-42' });
    assert.equal(wrongOld.status, 400);
    assert.deepEqual(fieldsOf(wrongOld.body), ['old_password']);
    const missing = await c.post(PW, { new_password: 'Brand-New-Pass-42' });
    assert.equal(missing.status, 400);
    assert.deepEqual(fieldsOf(missing.body), ['old_password']);
    // The old password still works.
    assert.equal((await server.client().login('officer.zhao', old)).status, 200);
  });

  test('a good new password replaces the old one', async () => {
    const c = await server.login('deputy.li');
    const old = server.logins['deputy.li'].password;
    const next = 'Brand-New-Pass-42';
    const r = await c.post(PW, { old_password: old, new_password: next });
    assert.equal(r.status, 204, r.text);
    assertUnauthenticated(await server.client().login('deputy.li', old));
    const fresh = server.client();
    assert.equal((await fresh.login('deputy.li', next)).status, 200);
    assert.equal((await fresh.get(ME)).body.username, 'deputy.li');
    server.logins['deputy.li'].password = next;
  });

  test('changing the password ends the other sessions and keeps this one', async () => {
    const old = server.logins['committee.sun'].password;
    const here = await server.login('committee.sun');
    const elsewhere = await server.login('committee.sun');
    const next = 'Rotated-Pass-2024';
    const r = await here.post(PW, { old_password: old, new_password: next });
    assert.equal(r.status, 204, r.text);
    assert.equal((await here.get(ME)).status, 200, 'the session that changed it stays');
    assertUnauthenticated(await elsewhere.get(ME));
    server.logins['committee.sun'].password = next;
  });

  test('changing the password needs a session and the CSRF token', async () => {
    const anon = await server.client().post(PW, { old_password: 'a', new_password: 'b' });
    assertUnauthenticated(anon);
    const c = await server.login('leader.liu');
    const r = await c.post(
      PW,
      { old_password: server.logins['leader.liu'].password, new_password: 'Another-Pass-77' },
      { csrf: false },
    );
    assert.equal(r.status, 403);
    assert.equal((await server.client().login('leader.liu', server.logins['leader.liu'].password)).status, 200);
  });
});
