// Key rotation (等保: personal data encrypted at rest with key rotation; 商密 profile). The
// demo registry (~615 deputies) and a second factor are sealed under key version 1 (standard,
// AES-256-GCM); `keys add --profile sm` makes version 2 (SM4 + HMAC-SM3) current after a
// restart; `keys reencrypt` rewrites every value while the server keeps answering. Values
// open before, during and after; duplicates are found across versions mid-rotation; the
// audit chain (k1 then k2 links) and anchors verify; the run is audited.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import { run, startServer, totpCode } from './support/server.mjs';

const DEPUTIES = '/api/v1/deputies';

function idNumber(birth, seq, male) {
  const body = `110105${birth.replaceAll('-', '')}${String(seq).padStart(2, '0')}${male ? 1 : 2}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((s, d, i) => s + Number(d) * weights[i], 0);
  return body + '10X98765432'[sum % 11];
}

let server;
let staff;
let termId;
let anchorFile;
const ID = idNumber('1971-02-03', 61, true);
let personId;
let totpSecret;
let lastStep = 0; // the newest time step used (each code signs in once)

/** A code of a step not used yet, within the server's ±1 step of drift (waits if need be). */
async function freshCode() {
  const now = () => Math.floor(Date.now() / 30_000);
  while (now() + 1 <= lastStep) await new Promise((r) => setTimeout(r, 500));
  lastStep = now() + 1;
  return totpCode(totpSecret, lastStep);
}

function deputy(id, name) {
  return {
    name,
    gender: 'male',
    ethnicity: '汉族',
    birth_date: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`,
    party: '群众',
    field: '农业',
    employer: '某县农业合作社',
    phone: '13811112222',
    id_number: id,
    mandate: { org_node_id: 1, term_id: termId, delegation: '长沙市代表团', started_on: '2023-01-16' },
  };
}

async function cli(...args) {
  const r = await run(args);
  return { ...r, out: r.stdout + r.stderr };
}

async function staleCount() {
  const r = await cli('keys', 'status', '--db', server.dbUrl, '--key-file', server.keyFile);
  assert.equal(r.code, 0, r.out);
  return Number(/(\d+) rows hold/.exec(r.stdout)[1]);
}

before(async () => {
  server = await startServer({ withKey: true });
  staff = await server.login('staff.wang');
  termId = (await staff.get('/api/v1/org/terms?org_node_id=1')).body.items[0].id;
  anchorFile = path.join(server.dir, 'anchors.log');
});
after(async () => {
  await server?.stop();
});

describe('rotating the field key while serving', () => {
  test('version 1 seals the registry and a second factor', async () => {
    const created = await staff.post(DEPUTIES, deputy(ID, '罗建国'));
    assert.equal(created.status, 201, created.text);
    personId = created.body.id;
    const me = server.client();
    await me.login('deputy.li', server.logins['deputy.li'].password);
    const setup = await me.post('/api/v1/auth/totp/setup');
    assert.equal(setup.status, 200, setup.text);
    totpSecret = setup.body.secret;
    lastStep = Math.floor(Date.now() / 30_000);
    assert.equal((await me.post('/api/v1/auth/totp/enable', { code: totpCode(totpSecret, lastStep) })).status, 204);
    const anchored = await cli('audit', 'anchor', '--db', server.dbUrl, '--key-file', server.keyFile, '--out', anchorFile);
    assert.equal(anchored.code, 0, anchored.out);
    const listed = await cli('keys', 'list', '--key-file', server.keyFile);
    assert.equal(listed.stdout, '1\tstandard\tcurrent\n');
    // Already current: nothing to do.
    assert.equal(await staleCount(), 0);
  });

  test('keys add --profile sm and a restart make SM4 version 2 current', async () => {
    const added = await cli('keys', 'add', '--key-file', server.keyFile, '--profile', 'sm');
    assert.equal(added.code, 0, added.out);
    assert.match(added.stdout, /added key version 2 \(sm\)/);
    assert.equal((fs.statSync(server.keyFile).mode & 0o777).toString(8), '600');
    const listed = await cli('keys', 'list', '--key-file', server.keyFile);
    assert.equal(listed.stdout, '1\tstandard\tolder\n2\tsm\tcurrent\n');
    assert.ok(!listed.stdout.match(/[0-9a-f]{64}/), 'the keys themselves are never printed');
    await server.stopProcess();
    await server.restart();
    staff = await server.login('staff.wang');
    assert.ok((await staleCount()) > 600, 'the demo registry is still under version 1');
  });

  test('mid-rotation: old values open, new ones are sealed under v2, duplicates are found across versions', async () => {
    const shown = await staff.post(`${DEPUTIES}/${personId}/reveal`, {});
    assert.equal(shown.status, 200, shown.text);
    assert.equal(shown.body.id_number, ID);
    // The same ID number, whose stored hash is version 1's, is still a duplicate.
    const dup = await staff.post(DEPUTIES, deputy(ID, '罗建军'));
    assert.equal(dup.status, 409, dup.text);
    assert.equal(dup.body.errors[0].field, 'id_number');
    const before = await staleCount();
    const fresh = await staff.post(DEPUTIES, deputy(idNumber('1972-04-05', 62, true), '罗建新'));
    assert.equal(fresh.status, 201, fresh.text);
    assert.equal(await staleCount(), before, 'a new value is sealed under the current version');
    // Moving a person onto a number held under version 1 is refused as well.
    const moved = await staff.patch(`${DEPUTIES}/${fresh.body.id}`, {
      version: fresh.body.version,
      id_number: ID,
      birth_date: '1971-02-03',
    });
    assert.equal(moved.status, 409, moved.text);
    // A second factor sealed under version 1 still signs in.
    const c = server.client();
    const r = await c.request('POST', '/api/v1/auth/login', {
      body: { username: 'deputy.li', password: server.logins['deputy.li'].password, totp_code: await freshCode() },
    });
    assert.equal(r.status, 200, r.text);
  });

  test('keys reencrypt rewrites every value in batches while the server answers', async () => {
    let stop = false;
    let requests = 0;
    const failures = [];
    const load = (async () => {
      while (!stop) {
        const list = await staff.get(`${DEPUTIES}?page_size=20&page=${1 + (requests % 30)}`);
        const shown = await staff.post(`${DEPUTIES}/${personId}/reveal`, {});
        requests += 2;
        if (list.status !== 200) failures.push(`list ${list.status}`);
        if (shown.status !== 200 || shown.body.id_number !== ID) failures.push(`reveal ${shown.status} ${shown.text}`);
      }
    })();
    const r = await cli('keys', 'reencrypt', '--db', server.dbUrl, '--key-file', server.keyFile, '--batch', '50');
    stop = true;
    await load;
    assert.equal(r.code, 0, r.out);
    const m = /re-encrypted (\d+) persons and (\d+) accounts under key version 2; 0 rows left/.exec(r.stdout);
    assert.ok(m, r.out);
    assert.ok(Number(m[1]) > 600, r.stdout);
    assert.equal(Number(m[2]), 1);
    assert.match(r.stderr, /已重新加密/);
    assert.ok(requests > 0);
    assert.deepEqual(failures, [], 'no request failed during the re-encryption');
    assert.equal(await staleCount(), 0);
    // A second run finds nothing to do.
    const again = await cli('keys', 'reencrypt', '--db', server.dbUrl, '--key-file', server.keyFile);
    assert.match(again.stdout, /re-encrypted 0 persons and 0 accounts/);
  });

  test('after the rotation everything opens and verifies, and the run is audited', async () => {
    const shown = await staff.post(`${DEPUTIES}/${personId}/reveal`, {});
    assert.equal(shown.body.id_number, ID);
    assert.equal((await staff.post(DEPUTIES, deputy(ID, '罗建军'))).status, 409);
    const c = server.client();
    const r = await c.request('POST', '/api/v1/auth/login', {
      body: {
        username: 'deputy.li',
        password: server.logins['deputy.li'].password,
        totp_code: await freshCode(),
      },
    });
    assert.equal(r.status, 200, r.text);
    const auditor = await server.login('auditor');
    const log = await auditor.get('/api/v1/audit/records?action=keys.reencrypt');
    assert.equal(log.status, 200);
    assert.equal(log.body.items.length, 2);
    const changes = Object.fromEntries(log.body.items.at(-1).changes.map((ch) => [ch.field, ch.after]));
    assert.equal(changes.key_version, '2');
    assert.equal(changes.profile, 'sm');
    assert.equal(changes.remaining, '0');
    // The chain holds k1 links before the restart and k2 (HMAC-SM3) links after; both verify,
    // and so do the anchor signed under version 1 and one signed under version 2.
    const anchored = await cli('audit', 'anchor', '--db', server.dbUrl, '--key-file', server.keyFile, '--out', anchorFile);
    assert.equal(anchored.code, 0, anchored.out);
    assert.match(fs.readFileSync(anchorFile, 'utf8').trim().split('\n').at(-1), /\tk2:[0-9a-f]{64}$/);
    const verified = await cli('audit', 'verify', '--db', server.dbUrl, '--key-file', server.keyFile, '--anchors', anchorFile);
    assert.equal(verified.code, 0, verified.out);
    assert.match(verified.stdout, /audit chain ok: \d+ records, 2 anchors hold/);
    // Without version 1 in the keyring the older links can no longer be checked: the file
    // must keep every version the log still needs.
    const trimmed = path.join(server.dir, 'only-v2.key');
    const lines = fs.readFileSync(server.keyFile, 'utf8').split('\n').filter((l) => !l.startsWith('1 '));
    fs.writeFileSync(trimmed, lines.join('\n'), { mode: 0o600 });
    const broken = await cli('audit', 'verify', '--db', server.dbUrl, '--key-file', trimmed);
    assert.equal(broken.code, 1, broken.out);
    assert.match(broken.stdout, /BROKEN/);
  });

  test('a staged version is readable but not used until activated', async () => {
    const added = await cli('keys', 'add', '--key-file', server.keyFile, '--staged');
    assert.equal(added.code, 0, added.out);
    assert.match(added.stdout, /keys activate --version 3/);
    assert.equal((await cli('keys', 'list', '--key-file', server.keyFile)).stdout, '1\tstandard\tolder\n2\tsm\tcurrent\n3\tstandard\tstaged\n');
    assert.equal(await staleCount(), 0, 'version 2 is still current');
    const activated = await cli('keys', 'activate', '--key-file', server.keyFile, '--version', '3');
    assert.equal(activated.code, 0, activated.out);
    assert.ok((await staleCount()) > 600, 'now version 2 values are the older ones');
    const missing = await cli('keys', 'activate', '--key-file', server.keyFile, '--version', '9');
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /没有版本 9/);
  });
});
