// A second factor (等保: TOTP, RFC 6238) required for administrators, optional for others:
// an administrator without one can only set it up; a code signs in once; a wrong code counts
// as a failed sign-in; only non-administrators may turn it off.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { startServer, totpCode as totp } from './support/server.mjs';

let server;
let auditorSecret; // set when the auditor binds an authenticator
before(async () => {
  server = await startServer({ withKey: true, adminTotp: 'required' });
});
after(async () => {
  await server?.stop();
});

const nowStep = () => Math.floor(Date.now() / 30_000);

async function loginWith(username, totp_code) {
  const c = server.client();
  const r = await c.request('POST', '/api/v1/auth/login', {
    body: { username, password: server.logins[username].password, ...(totp_code ? { totp_code } : {}) },
  });
  if (r.status === 200) {
    c.csrf = r.body.csrf_token;
    c.user = r.body.user;
  }
  return { c, r };
}

describe('administrators', () => {
  let secret;

  test('an administrator without a second factor may only set one up', async () => {
    const { c, r } = await loginWith('sysadmin');
    assert.equal(r.status, 200, r.text);
    const me = await c.get('/api/v1/auth/me');
    assert.equal(me.body.totp_setup_required, true);
    assert.equal(me.body.totp_enabled, false);
    const users = await c.get('/api/v1/users');
    assert.equal(users.status, 403);
    assert.match(users.body.detail, /动态口令/);
    const setup = await c.post('/api/v1/auth/totp/setup');
    assert.equal(setup.status, 200, setup.text);
    assert.match(setup.body.secret, /^[A-Z2-7]{32}$/, '160 bits in base32');
    assert.match(setup.body.otpauth_uri, /^otpauth:\/\/totp\/daibiao:sysadmin\?secret=[A-Z2-7]+&issuer=daibiao/);
    assert.equal(setup.headers.get('cache-control'), 'no-store');
    secret = setup.body.secret;
    const wrong = await c.post('/api/v1/auth/totp/enable', { code: totp(secret, nowStep() + 5) });
    assert.equal(wrong.status, 400, wrong.text);
    assert.equal(wrong.body.errors[0].field, 'code');
    const ok = await c.post('/api/v1/auth/totp/enable', { code: totp(secret) });
    assert.equal(ok.status, 204, ok.text);
    const after = await c.get('/api/v1/auth/me');
    assert.equal(after.body.totp_setup_required, false);
    assert.equal(after.body.totp_enabled, true);
    assert.equal((await c.get('/api/v1/users')).status, 200);
  });

  test('the password alone no longer signs in; each code signs in once', async () => {
    const none = await loginWith('sysadmin');
    assert.equal(none.r.status, 401);
    assert.equal(none.r.body.errors[0].field, 'totp_code');
    const wrong = await loginWith('sysadmin', '000000' === totp(secret) ? '111111' : '000000');
    assert.equal(wrong.r.status, 401);
    assert.match(wrong.r.body.errors[0].message, /不正确/);
    // The step used by enable is spent: the next step's code (one step of drift) signs in.
    const next = totp(secret, nowStep() + 1);
    const first = await loginWith('sysadmin', next);
    assert.equal(first.r.status, 200, first.r.text);
    const replay = await loginWith('sysadmin', next);
    assert.equal(replay.r.status, 401, 'a code signs in once');
    const old = await loginWith('sysadmin', totp(secret, nowStep() - 3));
    assert.equal(old.r.status, 401, 'an old code is refused');
    // Administrators may not turn it off.
    const off = await first.c.post('/api/v1/auth/totp/disable', { password: server.logins.sysadmin.password });
    assert.equal(off.status, 403);
  });

  test('wrong codes count towards throttling like wrong passwords', async () => {
    let last;
    for (let i = 0; i < 6; i++) last = await loginWith('sysadmin', '12345x'.replace('x', String(i)));
    assert.equal(last.r.status, 429, last.r.text);
  });
});

describe('others', () => {
  test('a deputy signs in without one, may enable it, and then needs it; may turn it off', async () => {
    const { c, r } = await loginWith('deputy.li');
    assert.equal(r.status, 200);
    assert.equal((await c.get('/api/v1/auth/me')).body.totp_setup_required, false);
    const setup = await c.post('/api/v1/auth/totp/setup');
    assert.equal((await c.post('/api/v1/auth/totp/enable', { code: totp(setup.body.secret) })).status, 204);
    assert.equal((await loginWith('deputy.li')).r.status, 401);
    const withCode = await loginWith('deputy.li', totp(setup.body.secret, nowStep() + 1));
    assert.equal(withCode.r.status, 200, withCode.r.text);
    const badPw = await withCode.c.post('/api/v1/auth/totp/disable', { password: 'Not-the-password-1' });
    assert.equal(badPw.status, 400);
    const off = await withCode.c.post('/api/v1/auth/totp/disable', { password: server.logins['deputy.li'].password });
    assert.equal(off.status, 204, off.text);
    assert.equal((await loginWith('deputy.li')).r.status, 200);
    const auditor = await loginWith('auditor');
    assert.equal(auditor.r.status, 200);
  });

  test('enabling and disabling are audited', async () => {
    // The auditor must set up a second factor before reading the log.
    const { c } = await loginWith('auditor');
    assert.equal((await c.get('/api/v1/audit/records')).status, 403);
    const setup = await c.post('/api/v1/auth/totp/setup');
    assert.equal((await c.post('/api/v1/auth/totp/enable', { code: totp(setup.body.secret) })).status, 204);
    auditorSecret = setup.body.secret;
    const recs = await c.get('/api/v1/audit/records?action=auth.totp.enable&page_size=100');
    assert.equal(recs.status, 200, recs.text);
    assert.ok(recs.body.items.length >= 3, 'sysadmin, deputy.li and auditor enabled one');
    const off = await c.get('/api/v1/audit/records?action=auth.totp.disable&page_size=100');
    assert.equal(off.body.items.length, 1);
    assert.ok(!JSON.stringify(recs.body).includes(setup.body.secret), 'no secret in the log');
  });
});

describe('a lost authenticator', () => {
  test('an administrator’s second factor is reset only through a second administrator', async () => {
    // sysadmin has one (set up above); the security admin asks, the auditor approves.
    const sec = await loginWith('secadmin');
    const secSetup = await sec.c.post('/api/v1/auth/totp/setup');
    assert.equal((await sec.c.post('/api/v1/auth/totp/enable', { code: totp(secSetup.body.secret) })).status, 204);
    const users = (await sec.c.get('/api/v1/users?page_size=100')).body.items;
    const id = users.find((u) => u.username === 'sysadmin').id;
    const filed = await sec.c.post(`/api/v1/users/${id}/totp/reset`);
    assert.equal(filed.status, 202, filed.text);
    assert.equal(filed.body.pending_request.action, 'totp.reset');
    assert.ok([401, 429].includes((await loginWith('sysadmin')).r.status), 'still needs its code (or is throttled by the test above)');
    const aud = await loginWith('auditor', totp(auditorSecret, nowStep() + 1));
    assert.equal(aud.r.status, 200, aud.r.text);
    const ok = await aud.c.post(`/api/v1/admin-requests/${filed.body.pending_request.id}/approve`);
    assert.equal(ok.status, 200, ok.text);
    const after = await loginWith('sysadmin');
    assert.equal(after.r.status, 200, 'signs in with the password, then must set up a new one');
    assert.equal((await after.c.get('/api/v1/auth/me')).body.totp_setup_required, true);
  });
});
