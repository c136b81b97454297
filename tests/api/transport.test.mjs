// Transport: health, metrics, request ids, access log, routing errors, size limits,
// keep-alive and graceful shutdown — against the real server.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import {
  probeConnect,
  rawConnection,
  run,
  startServer,
  unique,
} from './support/server.mjs';

// A generated id: 1–64 characters of [A-Za-z0-9._-] (the same alphabet accepted from callers).
const GENERATED_ID = /^[A-Za-z0-9._-]{8,64}$/;

let server;
before(async () => {
  server = await startServer();
});
after(async () => {
  await server?.stop();
});

function assertProblem(r, status, code) {
  assert.equal(r.status, status, r.text);
  assert.match(r.headers.get('content-type'), /^application\/problem\+json/);
  assert.equal(r.body.status, status);
  assert.equal(r.body.code, code);
  assert.equal(typeof r.body.title, 'string');
  assert.ok(r.body.title.length > 0);
  assert.equal(typeof r.body.detail, 'string');
  assert.equal(r.body.request_id, r.headers.get('x-request-id'));
}

async function waitFor(check, timeoutMs = 10_000) {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 2));
  }
}

function metricValue(text, name, labels) {
  const wanted = Object.entries(labels)
    .map(([k, v]) => `${k}="${v}"`)
    .join(',');
  for (const line of text.split('\n')) {
    if (line.startsWith(`${name}{${wanted}} `) || (wanted === '' && line.startsWith(`${name} `)))
      return Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return undefined;
}

describe('health', () => {
  test('GET /healthz answers 200 with status ok and the standard headers', async () => {
    const r = await server.client().get('/healthz');
    assert.equal(r.status, 200);
    assert.match(r.headers.get('content-type'), /^application\/json/);
    assert.deepEqual(r.body, { status: 'ok' });
    assert.match(r.headers.get('x-request-id'), GENERATED_ID);
    assert.equal(r.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(r.headers.get('cache-control'), 'no-store');
  });

  test('GET /readyz answers 200 with the database ok', async () => {
    const r = await server.client().get('/readyz');
    assert.equal(r.status, 200);
    assert.equal(r.body.status, 'ready');
    assert.equal(r.body.database, 'ok');
  });
});

describe('metrics', () => {
  test('/metrics counts requests by route, method and status', async () => {
    const c = server.client();
    const before = await c.get('/metrics');
    assert.equal(before.status, 200);
    assert.match(before.headers.get('content-type'), /^text\/plain/);
    const labels = { route: '/healthz', method: 'GET', status: '200' };
    const n0 = metricValue(before.text, 'daibiao_http_requests_total', labels) ?? 0;
    await c.get('/healthz');
    await c.get('/healthz');
    await c.get('/api/v1/no/such/route');
    const afterText = (await c.get('/metrics')).text;
    assert.match(afterText, /^# TYPE daibiao_http_requests_total counter$/m);
    assert.equal(metricValue(afterText, 'daibiao_http_requests_total', labels), n0 + 2);
    assert.ok(
      metricValue(afterText, 'daibiao_http_requests_total', {
        route: 'unmatched',
        method: 'GET',
        status: '404',
      }) >= 1,
      'the 404 is counted under route="unmatched"',
    );
  });

  test('/metrics has a latency histogram per route', async () => {
    const c = server.client();
    await c.get('/readyz');
    const text = (await c.get('/metrics')).text;
    assert.match(text, /^# TYPE daibiao_http_request_duration_seconds histogram$/m);
    const buckets = text
      .split('\n')
      .filter((l) => l.startsWith('daibiao_http_request_duration_seconds_bucket{route="/readyz",'))
      .map((l) => Number(l.slice(l.lastIndexOf(' ') + 1)));
    assert.ok(buckets.length >= 2, 'several buckets');
    for (let i = 1; i < buckets.length; i++)
      assert.ok(buckets[i] >= buckets[i - 1], 'buckets are cumulative');
    const inf = metricValue(text, 'daibiao_http_request_duration_seconds_bucket', {
      route: '/readyz',
      le: '+Inf',
    });
    const count = metricValue(text, 'daibiao_http_request_duration_seconds_count', {
      route: '/readyz',
    });
    const sum = metricValue(text, 'daibiao_http_request_duration_seconds_sum', { route: '/readyz' });
    assert.ok(count >= 1);
    assert.equal(inf, count);
    assert.ok(sum > 0 && sum < count * 10, `plausible sum ${sum}`);
  });

  test('/metrics has database pool gauges and in-flight requests', async () => {
    const text = (await server.client().get('/metrics')).text;
    assert.match(text, /^# TYPE daibiao_db_pool_connections gauge$/m);
    assert.match(text, /^# TYPE daibiao_db_pool_in_use gauge$/m);
    const size = metricValue(text, 'daibiao_db_pool_connections', {});
    const inUse = metricValue(text, 'daibiao_db_pool_in_use', {});
    assert.ok(Number.isInteger(size) && size >= 1, `pool size ${size}`);
    assert.ok(Number.isInteger(inUse) && inUse >= 0 && inUse <= size, `in use ${inUse}`);
    assert.ok(metricValue(text, 'daibiao_db_pool_waits_total', {}) >= 0);
    // /metrics itself is being handled while it renders.
    assert.ok(metricValue(text, 'daibiao_http_in_flight', {}) >= 1);
  });
});

describe('request ids and the access log', () => {
  test('a valid incoming X-Request-Id is echoed, also in problem bodies', async () => {
    const id = `req-${unique()}_A.b`;
    const r = await server.client().get('/api/v1/nowhere', { headers: { 'x-request-id': id } });
    assert.equal(r.status, 404);
    assert.equal(r.headers.get('x-request-id'), id);
    assert.equal(r.body.request_id, id);
  });

  test('an invalid incoming X-Request-Id is replaced by a fresh one', async () => {
    const c = server.client();
    for (const bad of ['has space', 'a'.repeat(65), 'semi;colon', '']) {
      const r = await c.get('/healthz', { headers: { 'x-request-id': bad } });
      assert.equal(r.status, 200);
      const id = r.headers.get('x-request-id');
      assert.match(id, GENERATED_ID, `replaces ${JSON.stringify(bad)}`);
      assert.notEqual(id, bad);
    }
    const a = await c.get('/healthz');
    const b = await c.get('/healthz');
    assert.notEqual(a.headers.get('x-request-id'), b.headers.get('x-request-id'));
  });

  test('every request writes exactly one JSON access-log line', async () => {
    const c = server.client();
    const ids = { ok: unique('ok-'), param: unique('param-'), miss: unique('miss-') };
    await c.get('/healthz', { headers: { 'x-request-id': ids.ok } });
    await c.get('/api/v1/org/nodes/7', { headers: { 'x-request-id': ids.param } });
    await c.get('/api/v1/missing', { headers: { 'x-request-id': ids.miss } });
    const line = await server.waitForLog((o) => o.request_id === ids.miss);
    await server.waitForLog((o) => o.request_id === ids.ok);
    await server.waitForLog((o) => o.request_id === ids.param);
    const of = (id) => server.logLines().filter((o) => o.request_id === id);
    for (const id of Object.values(ids)) assert.equal(of(id).length, 1, `one line for ${id}`);
    const [ok] = of(ids.ok);
    assert.equal(ok.method, 'GET');
    assert.equal(ok.route, '/healthz');
    assert.equal(ok.path, '/healthz');
    assert.equal(ok.status, 200);
    assert.equal(typeof ok.duration_ms, 'number');
    assert.ok(!Number.isNaN(Date.parse(ok.ts)));
    const [param] = of(ids.param);
    assert.equal(param.route, '/api/v1/org/nodes/{id}', 'the route is the pattern');
    assert.equal(param.path, '/api/v1/org/nodes/7');
    assert.equal(param.status, 401);
    assert.equal(line.route, 'unmatched');
    assert.equal(line.status, 404);
  });

  test('the access log names the signed-in user', async () => {
    const staff = await server.login('staff.wang');
    const id = unique('me-');
    await staff.get('/api/v1/auth/me', { headers: { 'x-request-id': id } });
    const line = await server.waitForLog((o) => o.request_id === id);
    assert.equal(line.user_id, staff.user.id);
    assert.ok(staff.user.id > 0);
  });
});

describe('routing errors', () => {
  test('an unknown route answers 404 problem+json', async () => {
    const c = server.client();
    for (const p of ['/api/v1/nope', '/nope', '/api/v1/org/nodes/1/extra']) {
      const r = await c.get(p);
      assertProblem(r, 404, 'not_found');
    }
  });

  test('a known path with the wrong method answers 405 problem+json', async () => {
    const c = server.client();
    const r = await c.request('DELETE', '/healthz');
    assertProblem(r, 405, 'method_not_allowed');
    const r2 = await c.request('PUT', '/api/v1/org/nodes');
    assertProblem(r2, 405, 'method_not_allowed');
  });

  test('a 405 names the allowed methods in Allow (RFC 9110 §15.5.6)', async () => {
    const c = server.client();
    const r = await c.request('DELETE', '/healthz');
    assert.equal(r.status, 405);
    assert.deepEqual(r.headers.get('allow')?.split(/,\s*/), ['GET']);
    const nodes = await c.request('PUT', '/api/v1/org/nodes/1');
    assert.equal(nodes.status, 405);
    assert.deepEqual(nodes.headers.get('allow')?.split(/,\s*/).sort(), ['DELETE', 'GET', 'PATCH']);
    const users = await c.request('DELETE', '/api/v1/users');
    assert.deepEqual(users.headers.get('allow')?.split(/,\s*/).sort(), ['GET', 'POST']);
  });

  test('an unparsable request answers 400 bad_request and closes', async () => {
    const conn = await rawConnection(server.port);
    await conn.send('THIS IS NOT HTTP\r\n\r\n');
    const res = await conn.next();
    assert.equal(res.status, 400);
    assert.equal(JSON.parse(res.body).code, 'bad_request');
    await conn.closed;
  });
});

describe('size limits', () => {
  // These send nothing the server does not read before it answers: a server that closes
  // with unread input makes the kernel reset the connection, which can lose the answer.
  test('a declared Content-Length over 1 MiB answers 413 payload_too_large', async () => {
    const conn = await rawConnection(server.port);
    await conn.send(
      `POST /api/v1/auth/login HTTP/1.1\r\nHost: ${server.address}\r\n` +
        `Content-Type: application/json\r\nContent-Length: ${1024 * 1024 + 1}\r\n\r\n`,
    );
    const res = await conn.next();
    assert.equal(res.status, 413);
    assert.match(res.headers['content-type'], /^application\/problem\+json/);
    const body = JSON.parse(res.body);
    assert.equal(body.code, 'payload_too_large');
    assert.equal(body.status, 413);
    assert.equal(body.request_id, res.headers['x-request-id']);
    assert.match(res.headers['x-request-id'], GENERATED_ID);
    await conn.closed;
  });

  test('a chunked body whose last chunk and trailer arrive byte by byte gets an answer, not a crash', async () => {
    // Found by fuzz_http_request: Beast 1.81 asserted on this and a debug build aborted.
    const request =
      `POST /api/v1/suggestions/1/attachments HTTP/1.1\r\nHost: ${server.address}\r\n` +
      'Transfer-Encoding: chunked\r\n\r\n0\r\nhello\r\n0\r\n\r\n';
    for (const piece of [1, 2, 3]) {
      const conn = await rawConnection(server.port);
      for (let i = 0; i < request.length; i += piece) {
        await conn.send(request.slice(i, i + piece));
        await new Promise((r) => setTimeout(r, 2));
      }
      const res = await conn.next().catch(() => ({ status: 'closed' }));
      assert.ok(res.status === 'closed' || (res.status >= 400 && res.status < 500), String(res.status));
      const health = await fetch(`${server.url}/healthz`);
      assert.equal(health.status, 200, 'the server still serves');
    }
  });

  test('a chunked body growing over 1 MiB answers 413', async () => {
    const conn = await rawConnection(server.port);
    const chunk = 'z'.repeat(600 * 1024);
    const hex = chunk.length.toString(16);
    await conn.send(
      `POST /api/v1/auth/login HTTP/1.1\r\nHost: ${server.address}\r\n` +
        `Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n` +
        `${hex}\r\n${chunk}\r\n${hex}\r\n`,
    );
    const res = await conn.next();
    assert.equal(res.status, 413);
    assert.equal(JSON.parse(res.body).code, 'payload_too_large');
    await conn.closed;
  });

  test(
    'a client uploading far more than 1 MiB still receives the 413, not a reset',
    {
    },
    async () => {
      const outcomes = [];
      for (let i = 0; i < 5; i++) {
        try {
          const r = await fetch(`${server.url}/api/v1/auth/login`, {
            method: 'POST',
            body: 'x'.repeat(4 * 1024 * 1024),
            headers: { 'content-type': 'application/json' },
          });
          await r.text();
          outcomes.push(r.status);
        } catch (e) {
          outcomes.push(e.cause?.code ?? e.message);
        }
      }
      assert.deepEqual(outcomes, [413, 413, 413, 413, 413]);
    },
  );

  test('a body of exactly 1 MiB is read and judged on its content', async () => {
    const prefix = '{"username":"staff.wang","password":"';
    const suffix = '"}';
    const body = prefix + 'a'.repeat(1024 * 1024 - prefix.length - suffix.length) + suffix;
    assert.equal(Buffer.byteLength(body), 1024 * 1024);
    const r = await server.client().post('/api/v1/auth/login', body);
    assert.equal(r.status, 400, r.text);
    assert.equal(r.body.code, 'invalid_argument');
    assert.deepEqual(
      r.body.errors.map((e) => e.field),
      ['password'],
    );
  });

  test('request headers over 16 KiB answer 431 header_too_large', async () => {
    const conn = await rawConnection(server.port);
    await conn.send(
      `GET /healthz HTTP/1.1\r\nHost: ${server.address}\r\nX-Big: ${'a'.repeat(17 * 1024)}\r\n\r\n`,
    );
    const res = await conn.next();
    assert.equal(res.status, 431);
    const body = JSON.parse(res.body);
    assert.equal(body.code, 'header_too_large');
    assert.equal(body.status, 431);
    await conn.closed;
  });

  test('headers well under 16 KiB are accepted', async () => {
    const r = await server.client().get('/healthz', { headers: { 'x-big': 'a'.repeat(8 * 1024) } });
    assert.equal(r.status, 200);
  });

  test('the refused request is logged and counted as route "rejected"', async () => {
    const conn = await rawConnection(server.port);
    await conn.send(`GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'b'.repeat(20 * 1024)}\r\n\r\n`);
    const res = await conn.next();
    assert.equal(res.status, 431);
    const id = res.headers['x-request-id'];
    const line = await server.waitForLog((o) => o.request_id === id);
    assert.equal(line.route, 'rejected');
    assert.equal(line.status, 431);
  });
});

describe('connections', () => {
  test('keep-alive: two requests on one connection', async () => {
    const conn = await rawConnection(server.port);
    await conn.send(`GET /healthz HTTP/1.1\r\nHost: ${server.address}\r\n\r\n`);
    const first = await conn.next();
    assert.equal(first.status, 200);
    assert.notEqual(first.headers.connection?.toLowerCase(), 'close');
    assert.equal(conn.isClosed(), false);
    await conn.send(`GET /readyz HTTP/1.1\r\nHost: ${server.address}\r\n\r\n`);
    const second = await conn.next();
    assert.equal(second.status, 200);
    assert.equal(JSON.parse(second.body).database, 'ok');
    assert.notEqual(first.headers['x-request-id'], second.headers['x-request-id']);
    conn.close();
  });

  test('pipelined requests are answered in order', async () => {
    const conn = await rawConnection(server.port);
    await conn.send(
      `GET /healthz HTTP/1.1\r\nHost: x\r\nX-Request-Id: pipe-1\r\n\r\n` +
        `GET /nope HTTP/1.1\r\nHost: x\r\nX-Request-Id: pipe-2\r\n\r\n`,
    );
    const a = await conn.next();
    const b = await conn.next();
    assert.equal(a.headers['x-request-id'], 'pipe-1');
    assert.equal(a.status, 200);
    assert.equal(b.headers['x-request-id'], 'pipe-2');
    assert.equal(b.status, 404);
    conn.close();
  });

  test('Connection: close is honoured', async () => {
    const conn = await rawConnection(server.port);
    await conn.send(`GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
    const res = await conn.next();
    assert.equal(res.status, 200);
    assert.equal(res.headers.connection?.toLowerCase(), 'close');
    await conn.closed;
  });
});

describe('command line', () => {
  test('`daibiao routes` lists every route and exits 0', async () => {
    const r = await run(['routes']);
    assert.equal(r.code, 0, r.stderr.split("\n").slice(0, 4).join("\n"));
    const lines = r.stdout.trim().split('\n');
    assert.ok(lines.includes('GET /healthz public'), r.stdout);
    assert.ok(lines.includes('POST /api/v1/auth/login public'));
    assert.ok(lines.includes('GET /api/v1/org/nodes signed_in'));
    assert.ok(lines.includes('GET /api/v1/audit/export signed_in'));
  });

  test('`serve` refuses a malformed --listen with exit code 2', async () => {
    const r = await run(['serve', '--db', server.dbUrl, '--listen', 'no-port-here']);
    assert.equal(r.code, 2, r.stderr);
  });

  test('`audit verify` exits 0 on an untouched chain', async () => {
    const r = await run(['audit', 'verify', '--db', server.dbUrl]);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /ok: \d+ records/);
  });
});

describe('graceful shutdown', () => {
  test('SIGTERM lets an in-flight login finish, refuses new connections and exits 0', async () => {
    const s = await startServer();
    try {
      // An idle keep-alive connection: it must be closed at shutdown, not waited for.
      const idle = await rawConnection(s.port);
      await idle.send(`GET /healthz HTTP/1.1\r\nHost: ${s.address}\r\n\r\n`);
      assert.equal((await idle.next()).status, 200);

      const { password } = s.logins['staff.wang'];
      const body = JSON.stringify({ username: 'staff.wang', password });
      const conn = await rawConnection(s.port);
      await conn.send(
        `POST /api/v1/auth/login HTTP/1.1\r\nHost: ${s.address}\r\n` +
          `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
      );
      // Wait until the login is being handled (password hashing takes a while), so the
      // signal lands while it is in flight.
      await waitFor(async () => {
        const text = await fetch(`${s.url}/metrics`, { headers: { connection: 'close' } }).then((r) => r.text());
        return metricValue(text, 'daibiao_http_in_flight', {}) >= 2;
      });
      const t0 = Date.now();
      const exited = s.kill('SIGTERM');

      const res = await conn.next(20_000);
      assert.equal(res.status, 200, res.body);
      assert.ok(JSON.parse(res.body).csrf_token, 'a real login answer');
      assert.match(res.headers['set-cookie'] ?? '', /^daibiao_session=[0-9a-f]+;/);
      assert.equal(res.headers.connection?.toLowerCase(), 'close');
      await conn.closed;
      await idle.closed;

      assert.equal(await probeConnect(s.port), 'ECONNREFUSED');
      const { code, signal } = await exited;
      assert.equal(signal, null, s.stderr());
      assert.equal(code, 0, s.stderr());
      assert.ok(Date.now() - t0 < 10_000, 'exits without waiting for the grace period');
    } finally {
      await s.stop();
    }
  });
});
