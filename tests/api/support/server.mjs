// Test support for the black-box API tests: starts the real `daibiao` binary on a fresh
// database (SQLite file or a throwaway PostgreSQL database), loads the demo data and hands
// out HTTP clients that keep the session cookie and the CSRF token.
//
//   DAIBIAO_BIN     the binary (default <repo>/build/debug/server/daibiao)
//   DAIBIAO_API_DB  `sqlite` (default) or a PostgreSQL URL such as
//                   postgresql://postgres@127.0.0.1:5432/postgres; each server then gets a
//                   database of its own, created with psql and dropped by stop().
//
// Only Node built-ins are used.
import { spawn, spawnSync } from 'node:child_process';
import { createHmac, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const BIN = process.env.DAIBIAO_BIN || path.join(repoRoot, 'build/debug/server/daibiao');
export const BACKEND = process.env.DAIBIAO_API_DB || 'sqlite';
export const isPostgres = (backend = BACKEND) => /^postgres(ql)?:\/\//.test(backend);

// Servers still running when this test process ends are killed, whatever the reason.
const live = new Set();
process.on('exit', () => {
  for (const proc of live) {
    try {
      proc.kill('SIGKILL');
    } catch {
      /* already gone */
    }
  }
});

/** Runs the binary (or another program) to completion: {code, signal, stdout, stderr}. */
export function run(args, { input, program = BIN, timeoutMs = 60_000, env } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${program} ${args.join(' ')} timed out after ${timeoutMs} ms\n${stderr}`));
    }, timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
    child.stdin.on('error', () => {}); // the program may exit before reading stdin
    child.stdin.end(input ?? '');
  });
}

async function runOk(args, opts) {
  const r = await run(args, opts);
  if (r.code !== 0)
    throw new Error(
      `${path.basename(opts?.program ?? BIN)} ${args.join(' ')} exited ${r.code ?? r.signal}\n` +
        `${r.stdout}\n${r.stderr}`,
    );
  return r;
}

/** psql against `url` (a PostgreSQL URL); rejects unless it succeeds. */
export function psql(url, sql) {
  return runOk([url, '-v', 'ON_ERROR_STOP=1', '-qAt', '-c', sql], { program: 'psql' });
}

/** Runs SQL on a test server's database (psql, or the sqlite3 CLI); rejects unless it succeeds. */
export function sqlExec(server, statement) {
  if (isPostgres(server.backend)) return psql(server.dbUrl, statement);
  // Waits for the server's own writers (the reminders job) instead of failing on a locked database.
  return runOk(['-cmd', '.timeout 10000', server.dbUrl.replace(/^sqlite:\/\//, ''), statement], {
    program: sqlite3Path(),
  });
}

/** psql, returning the result whether or not the statement failed. */
export function psqlTry(url, sql) {
  return run([url, '-v', 'ON_ERROR_STOP=1', '-qAt', '-c', sql], { program: 'psql' });
}

function databaseUrl(baseUrl, name) {
  const u = new URL(baseUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

/** `sqlite3` CLI path, or null when not installed. */
export function sqlite3Path() {
  const r = spawnSync('sh', ['-c', 'command -v sqlite3'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

/** Parses the demo logins file: `  username  password  role` lines. */
export function parseLogins(text) {
  const logins = {};
  for (const line of text.split('\n')) {
    const m = /^\s+(\S+)\s+(\S+)\s+(\S+)\s*$/.exec(line);
    if (m) logins[m[1]] = { username: m[1], password: m[2], role: m[3] };
  }
  return logins;
}

/**
 * Spawns `daibiao serve` with `args` and waits for its `listening` line. Returns the
 * process state: {proc, address, exited, isRunning, stderr(), logLines(), waitForLog(pred)}.
 */
async function launchServe(args) {
  const proc = spawn(BIN, ['serve', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  live.add(proc);
  const lines = [];
  let stderr = '';
  const lineWaiters = new Set();
  proc.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
  readline.createInterface({ input: proc.stdout }).on('line', (line) => {
    lines.push(line);
    for (const w of lineWaiters) w();
  });
  const exited = new Promise((resolve) => {
    proc.on('exit', (code, signal) => {
      live.delete(proc);
      for (const w of lineWaiters) w();
      resolve({ code, signal });
    });
  });
  const isRunning = () => proc.exitCode === null && proc.signalCode === null;

  const parsed = () =>
    lines.flatMap((l) => {
      try {
        return [JSON.parse(l)];
      } catch {
        return [];
      }
    });
  // Waits until `pred` holds for some parsed stdout line; resolves with that line.
  const waitForLog = (pred, timeoutMs = 10_000) =>
    new Promise((resolve, reject) => {
      const check = () => {
        const hit = parsed().find(pred);
        if (hit) {
          done();
          resolve(hit);
        } else if (!isRunning()) {
          done();
          reject(new Error(`server exited before the expected log line\n${stderr}`));
        }
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`no matching log line within ${timeoutMs} ms\n${stderr.slice(-2000)}`));
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        lineWaiters.delete(check);
      };
      lineWaiters.add(check);
      check();
    });

  const state = { proc, exited, isRunning, stderr: () => stderr, logLines: parsed, waitForLog };
  try {
    state.address = (await waitForLog((o) => o.msg === 'listening', 30_000)).address;
  } catch (e) {
    if (isRunning()) proc.kill('SIGKILL');
    throw e;
  }
  return state;
}

/**
 * Starts a server on a fresh database with the demo data.
 * Options: db (backend, default DAIBIAO_API_DB or sqlite), serveArgs (extra `serve` flags),
 * demo (load the demo data, default true), withKey (a field-encryption key file), adminTotp
 * ('optional' by default; 'required' as in production: administrators need a second factor),
 * prepare (async ({dbUrl, dir, keyFile, run}) => …, run after migrate and before the demo).
 * Returns {url, address, port, logins, dbUrl, dir, backend, pid, stop(), stopProcess(),
 *          kill(signal), restart(), exited, logLines(), waitForLog(pred), stderr(), login(),
 *          client()}.
 *
 * `restart()` starts a new `serve` process on the same database, key file, files directory
 * and serve flags, listening on the same address and port (the server sets SO_REUSEADDR),
 * after the previous process has exited (e.g. after `kill('SIGKILL')`), so existing clients
 * and their sessions keep working. pid, exited, isRunning, stderr, logLines and waitForLog
 * then refer to the new process.
 */
export async function startServer({ db = BACKEND, serveArgs = [], demo = true, withKey = false, adminTotp = 'optional', prepare = null } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'daibiao-api-'));
  let dbUrl;
  let dropDatabase = async () => {};
  let cur = null; // the current serve process (launchServe's state)
  const cleanupOnFailure = async () => {
    if (cur?.isRunning()) cur.proc.kill('SIGKILL');
    await dropDatabase().catch(() => {});
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    if (isPostgres(db)) {
      const name = `daibiao_api_${process.pid}_${randomBytes(6).toString('hex')}`;
      await psql(db, `CREATE DATABASE ${name}`);
      dbUrl = databaseUrl(db, name);
      dropDatabase = async () => {
        await psql(db, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      };
    } else if (db === 'sqlite') {
      dbUrl = `sqlite://${path.join(dir, 'daibiao.db')}`;
    } else {
      throw new Error(`DAIBIAO_API_DB must be "sqlite" or a PostgreSQL URL, not ${db}`);
    }
    await runOk(['migrate', '--db', dbUrl]);
    // withKey: a field encryption key, so the deputies registry (and its demo data) works.
    const keyArgs = [];
    const keyFile = withKey ? path.join(dir, 'field.key') : null;
    if (withKey) {
      await runOk(['keygen', '--out', keyFile]);
      keyArgs.push('--key-file', keyFile);
    }
    // prepare: runs after migrate, before the demo data (e.g. to append old audit records).
    if (prepare) await prepare({ dbUrl, dir, keyFile, run: runOk });
    let logins = {};
    if (demo) {
      const loginsFile = path.join(dir, 'logins.txt');
      await runOk(['demo', '--db', dbUrl, '--logins-file', loginsFile, ...keyArgs]);
      logins = parseLogins(fs.readFileSync(loginsFile, 'utf8'));
    }

    const filesArgs = ['--files-dir', path.join(dir, 'files')];
    // Administrators sign in without a second factor unless a test asks for `adminTotp: 'required'`.
    const totpArgs = ['--admin-totp', adminTotp];
    const args = (listen) => ['--db', dbUrl, '--listen', listen, ...keyArgs, ...filesArgs, ...totpArgs, ...serveArgs];
    cur = await launchServe(args('127.0.0.1:0'));
    const address = cur.address;
    const [host, portText] = [address.slice(0, address.lastIndexOf(':')), address.slice(address.lastIndexOf(':') + 1)];
    const url = `http://${address}`;

    let stopped = false;
    const server = {
      url,
      address,
      host,
      port: Number(portText),
      logins,
      dbUrl,
      keyFile, // the field key (also keys the audit chain), or null
      dir,
      backend: db,
      get pid() {
        return cur.proc.pid;
      },
      get exited() {
        return cur.exited;
      },
      isRunning: () => cur.isRunning(),
      stderr: () => cur.stderr(),
      /** Every stdout line that parsed as JSON (the listening line, then access-log lines). */
      logLines: () => cur.logLines(),
      waitForLog: (pred, timeoutMs) => cur.waitForLog(pred, timeoutMs),
      kill: (signal = 'SIGTERM') => {
        if (cur.isRunning()) cur.proc.kill(signal);
        return cur.exited;
      },
      /** Stops the process (SIGTERM, SIGKILL after `graceMs`) but keeps the database. */
      async stopProcess(graceMs = 15_000) {
        const { proc, exited, isRunning } = cur;
        if (isRunning()) {
          proc.kill('SIGTERM');
          const t = setTimeout(() => isRunning() && proc.kill('SIGKILL'), graceMs);
          const r = await exited;
          clearTimeout(t);
          return r;
        }
        return exited;
      },
      /**
       * Starts a new process on the same database, files and address once the current one
       * has exited (it waits for that; it does not stop a running one: throws instead).
       */
      async restart() {
        if (stopped) throw new Error('restart() after stop(): the database is gone');
        if (cur.isRunning()) throw new Error('restart() while the server is still running');
        await cur.exited;
        const next = await launchServe(args(address));
        if (next.address !== address) {
          next.proc.kill('SIGKILL');
          throw new Error(`restarted server listens on ${next.address}, not ${address}`);
        }
        cur = next;
        return server;
      },
      /** Stops the process and removes the database and temp files. Idempotent. */
      async stop() {
        const r = await server.stopProcess();
        if (!stopped) {
          stopped = true;
          await dropDatabase();
          fs.rmSync(dir, { recursive: true, force: true });
        }
        return r;
      },
      /** A client; `{ ip }` sends X-Forwarded-For (the server must run with --trust-proxy). */
      client: (opts) => new Client(url, opts),
      /** Logs in (with the demo password unless one is given); throws unless 200. */
      async login(username, password = logins[username]?.password) {
        if (password === undefined) throw new Error(`no password known for ${username}`);
        const c = new Client(url);
        const r = await c.login(username, password);
        if (r.status !== 200)
          throw new Error(`login ${username} answered ${r.status}: ${r.text}`);
        return c;
      },
    };
    return server;
  } catch (e) {
    await cleanupOnFailure();
    throw e;
  }
}

/**
 * An HTTP client for one user: keeps the session cookie and the CSRF token and sends the
 * token on POST/PUT/PATCH/DELETE. Every method answers {status, headers, body, text}:
 * body is the parsed JSON when the response is JSON, else undefined.
 */
export class Client {
  constructor(baseUrl, { ip } = {}) {
    this.baseUrl = baseUrl;
    this.defaultHeaders = ip ? { 'x-forwarded-for': ip } : {};
    this.cookie = null; // the daibiao_session value
    this.csrf = null;
    this.user = null;
  }

  async request(method, urlPath, { body, headers = {}, csrf = true, cookie = true } = {}) {
    const h = { ...this.defaultHeaders, ...headers };
    if (cookie && this.cookie !== null && !hasHeader(h, 'cookie'))
      h.cookie = `daibiao_session=${this.cookie}`;
    const writes = ['POST', 'PUT', 'PATCH', 'DELETE'].includes(method);
    if (writes && csrf && this.csrf && !hasHeader(h, 'x-csrf-token')) h['x-csrf-token'] = this.csrf;
    let payload;
    if (body !== undefined) {
      payload = typeof body === 'string' || body instanceof Uint8Array ? body : JSON.stringify(body);
      if (!hasHeader(h, 'content-type')) h['content-type'] = 'application/json';
    }
    const res = await fetch(this.baseUrl + urlPath, { method, headers: h, body: payload });
    // Decoded by hand: Response.text() would silently drop a byte-order mark.
    const raw = Buffer.from(await res.arrayBuffer());
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(raw);
    for (const sc of res.headers.getSetCookie()) {
      const m = /^daibiao_session=([^;]*)/.exec(sc);
      if (m) this.cookie = m[1] === '' || /max-age=0/i.test(sc) ? null : m[1];
    }
    const type = res.headers.get('content-type') || '';
    let parsedBody;
    if (/json/.test(type) && text !== '') {
      try {
        parsedBody = JSON.parse(text);
      } catch {
        parsedBody = undefined;
      }
    }
    return { status: res.status, headers: res.headers, body: parsedBody, text, raw };
  }

  async login(username, password) {
    const r = await this.request('POST', '/api/v1/auth/login', { body: { username, password } });
    if (r.status === 200) {
      this.csrf = r.body.csrf_token;
      this.user = r.body.user;
    }
    return r;
  }

  get(p, opts) {
    return this.request('GET', p, opts);
  }
  post(p, body, opts) {
    return this.request('POST', p, { ...opts, body });
  }
  patch(p, body, opts) {
    return this.request('PATCH', p, { ...opts, body });
  }
  put(p, body, opts) {
    return this.request('PUT', p, { ...opts, body });
  }
  del(p, opts) {
    return this.request('DELETE', p, opts);
  }
}

function hasHeader(headers, name) {
  return Object.keys(headers).some((k) => k.toLowerCase() === name);
}

// ---- raw HTTP/1.1 over a TCP socket, for what fetch cannot do --------------------------

/**
 * Parses every complete HTTP/1.1 response at the start of `buf` (a Buffer).
 * Returns {responses: [{status, reason, headers (lower-case names), body}], rest}.
 */
export function parseResponses(buf) {
  const responses = [];
  let rest = buf;
  for (;;) {
    const end = rest.indexOf('\r\n\r\n');
    if (end < 0) break;
    const head = rest.subarray(0, end).toString('latin1').split('\r\n');
    const m = /^HTTP\/1\.[01] (\d{3}) ?(.*)$/.exec(head[0]);
    if (!m) throw new Error(`not an HTTP response: ${head[0]}`);
    const headers = {};
    for (const line of head.slice(1)) {
      const i = line.indexOf(':');
      headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
    }
    const length = Number(headers['content-length'] ?? 0);
    if (rest.length < end + 4 + length) break;
    const body = rest.subarray(end + 4, end + 4 + length).toString('utf8');
    responses.push({ status: Number(m[1]), reason: m[2], headers, body });
    rest = rest.subarray(end + 4 + length);
  }
  return { responses, rest };
}

/**
 * A raw connection: `send(data)` writes, `next()` waits for the next whole response,
 * `closed` resolves when the server closes the connection.
 */
export function rawConnection(port, host = '127.0.0.1') {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ port, host });
    let buffer = Buffer.alloc(0);
    const queue = [];
    const waiters = [];
    let ended = false;
    let resolveClosed;
    const closed = new Promise((r) => (resolveClosed = r));
    const pump = () => {
      const { responses, rest } = parseResponses(buffer);
      buffer = rest;
      queue.push(...responses);
      while (waiters.length && (queue.length || ended)) {
        const w = waiters.shift();
        if (queue.length) w.resolve(queue.shift());
        else w.reject(new Error('connection closed before a (complete) response'));
      }
    };
    socket.on('data', (d) => {
      buffer = Buffer.concat([buffer, d]);
      pump();
    });
    const finish = () => {
      if (ended) return;
      ended = true;
      pump();
      resolveClosed();
    };
    socket.on('end', finish);
    socket.on('close', finish);
    socket.on('error', (e) => {
      if (!socket.connecting) finish();
      else reject(e);
    });
    socket.on('connect', () =>
      resolve({
        socket,
        closed,
        isClosed: () => ended,
        send: (data) => new Promise((res, rej) => socket.write(data, (e) => (e ? rej(e) : res()))),
        next: (timeoutMs = 15_000) =>
          new Promise((res, rej) => {
            const timer = setTimeout(() => rej(new Error('no response in time')), timeoutMs);
            waiters.push({
              resolve: (v) => (clearTimeout(timer), res(v)),
              reject: (e) => (clearTimeout(timer), rej(e)),
            });
            pump();
          }),
        close: () => socket.destroy(),
      }),
    );
  });
}

/** Tries to open a TCP connection; resolves 'connected' or the error code (ECONNREFUSED). */
export function probeConnect(port, host = '127.0.0.1') {
  return new Promise((resolve) => {
    const s = net.connect({ port, host });
    s.on('connect', () => {
      s.destroy();
      resolve('connected');
    });
    s.on('error', (e) => resolve(e.code));
  });
}

// ---- small helpers shared by the test files --------------------------------------------

/** Fetches every page of a list route (page_size 100). */
export async function listAll(client, route) {
  const items = [];
  const sep = route.includes('?') ? '&' : '?';
  for (let page = 1; ; page++) {
    const r = await client.get(`${route}${sep}page_size=100&page=${page}`);
    if (r.status !== 200) throw new Error(`GET ${route} answered ${r.status}: ${r.text}`);
    items.push(...r.body.items);
    if (r.body.items.length < 100) return items;
  }
}

/** The field names of a problem's errors[]. */
export const fieldsOf = (body) => (body?.errors ?? []).map((e) => e.field).sort();

/** A unique suffix for codes and usernames. */
let counter = 0;
export const unique = (prefix = 'x') =>
  `${prefix}${Date.now().toString(36)}${(counter++).toString(36)}${randomBytes(2).toString('hex')}`;

/** A password that satisfies the policy and does not contain `username`. */
export const strongPassword = () => `Pw-${randomBytes(6).toString('hex')}-Zq9`;

/** The code an authenticator shows for a base32 secret at time step `step` (RFC 6238: SHA-1, 6 digits, 30 s). */
export function totpCode(secret, step = Math.floor(Date.now() / 30_000)) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0;
  let value = 0;
  const key = [];
  for (const ch of secret) {
    value = (value << 5) | alphabet.indexOf(ch);
    bits += 5;
    if (bits >= 8) {
      key.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const mac = createHmac('sha1', Buffer.from(key)).update(counter).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}
