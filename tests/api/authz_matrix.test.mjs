// 等保三级 访问控制: the route × role matrix. The routes come from the router (`daibiao
// routes`), the expected answers from the policy table (route_policy.mjs); a route the table
// does not list fails, and so does a table entry for a route the router no longer has.
//
// Every route is called by every demo account and anonymously:
//   - anonymous → 401 on every signed-in route;
//   - an account whose role the table allows → neither 401 nor 403 (2xx, or 400/404/409
//     because the probe is deliberately invalid);
//   - every other account → 403 or 404, never 2xx;
//   - nobody ever gets a 5xx.
// Write routes are called twice: with `{}` (the handler's own field checks: most answer 400
// to everybody, before looking at the caller) and with the table's probe body, which passes
// the field checks and fails after the permission check without changing anything (stale
// version, unknown id, invalid value). A snapshot of the objects the probes aim at is taken
// before and after, and must not change. POST /api/v1/auth/logout runs last.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { BIN, startServer } from './support/server.mjs';
import { POLICY, ROLES } from './route_policy.mjs';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

// Cases the matrix found wrong in the server, keyed "METHOD pattern|account|variant"
// (variant: probe or empty). Each stays visible as a test.todo until the server is fixed.
const KNOWN_HOLES = {};

function routerRoutes() {
  const out = execFileSync(BIN, ['routes'], { encoding: 'utf8', timeout: 60_000 });
  const routes = [];
  for (const line of out.split('\n').filter((l) => l.trim() !== '')) {
    const m = /^([A-Z]+) (\/\S*) (public|signed_in)$/.exec(line.trim());
    assert.ok(m, `unexpected line from \`daibiao routes\`: ${JSON.stringify(line)}`);
    routes.push({ key: `${m[1]} ${m[2]}`, method: m[1], pattern: m[2], access: m[3] });
  }
  return routes;
}

// ---- fixtures ----------------------------------------------------------------------------

let server;
let accounts; // [{name, role, client}]
let anon;
const fx = {}; // placeholder → value, or placeholder → {account: value}

// A 1×1 PNG: the server checks the bytes against the extension.
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000001000000010806000000' +
    '1f15c4890000000d49444154789c6360000002000100ffff03000006000557bfabd40000000049454e44ae426082',
  'hex',
);

// The default id of a resource in a pattern `/api/v1/<resource>/{id}`.
const RESOURCE_ID = {
  'org/nodes': ':node',
  'org/units': ':unit',
  'org/terms': ':term',
  'org/sessions': ':session',
  users: ':user',
  deputies: ':deputy',
  mandates: ':mandate',
  suggestions: ':suggestion',
  notifications: ':notification',
  grants: ':grant',
  'admin-requests': ':admin_request',
  'supervision/draws': ':draw',
  'supervision/meetings': ':meeting',
  'supervision/key-topics': ':key_topic',
  'supervision/funds': ':fund',
  'supervision/awards': ':award_round',
};

function fixture(name, account, where) {
  const v = fx[name];
  assert.ok(v !== undefined, `unknown fixture :${name} in ${where}`);
  return typeof v === 'object' ? (v[account] ?? v.default) : v;
}

// Body values written ":name" are fixtures too (e.g. the current version of an item).
function fill(body, account) {
  if (typeof body === 'string' && /^:[a-z_]+$/.test(body)) return fixture(body.slice(1), account, 'body');
  if (Array.isArray(body)) return body.map((b) => fill(b, account));
  if (body && typeof body === 'object')
    return Object.fromEntries(Object.entries(body).map(([k, v]) => [k, fill(v, account)]));
  return body;
}

function requestFor(route, account, role, variant) {
  const entry = POLICY[route.key];
  let path = entry.request?.path;
  if (!path)
    path = route.pattern.replace(/^\/api\/v1\/(.+?)\/\{id\}/, (_, res) => {
      const ph = RESOURCE_ID[res];
      assert.ok(ph, `no fixture for the {id} of ${route.key}: give it a request.path`);
      return `/api/v1/${res}/${ph}`;
    });
  assert.ok(!/\{[a-z_]+\}/.test(path), `unfilled path parameter in ${route.key}: ${path}`);
  path = path.replace(/:([a-z_]+)/g, (_, name) => String(fixture(name, account, route.key)));
  let body;
  if (WRITES.has(route.method))
    body = variant === 'empty' ? {} : (entry.request?.bodyByRole?.[role] ?? entry.request?.body ?? {});
  body = fill(body, account);
  return { method: route.method, path, body };
}

async function snapshot() {
  const staff = accounts.find((a) => a.name === 'staff.wang').client;
  const sec = accounts.find((a) => a.name === 'secadmin').client;
  const get = async (c, p) => {
    const r = await c.get(p);
    return `${r.status} ${r.text}`;
  };
  const out = {};
  for (const p of [
    `/api/v1/org/nodes/${fx.node}`,
    `/api/v1/org/units/${fx.unit}`,
    `/api/v1/org/terms/${fx.term}`,
    `/api/v1/org/sessions/${fx.session}`,
    `/api/v1/users/${fx.user}`,
    `/api/v1/deputies/${fx.deputy}`,
    `/api/v1/suggestions/${fx.suggestion.default}`,
    `/api/v1/suggestions/${fx.suggestion.default}/messages`,
    '/api/v1/calendar/2026',
    `/api/v1/supervision/draws/${fx.draw}`,
    `/api/v1/supervision/clearing/plans/${fx.clearing_plan}`,
    `/api/v1/supervision/meetings/${fx.meeting}`,
    `/api/v1/supervision/key-topics/${fx.key_topic}`,
    `/api/v1/supervision/funds/${fx.fund}`,
    `/api/v1/supervision/awards/${fx.award_round}`,
    `/api/v1/supervision/items/${fx.suggestion.default}/funding`,
    '/api/v1/org/nodes?page_size=1',
    '/api/v1/org/units?page_size=1',
    '/api/v1/org/terms?page_size=1',
    '/api/v1/org/sessions?page_size=1',
    '/api/v1/users?page_size=100',
    '/api/v1/deputies?page_size=1',
    '/api/v1/suggestions?page_size=100',
  ])
    out[`staff ${p}`] = await get(staff, p);
  out[`sec grants`] = await get(sec, `/api/v1/users/${fx.user}/grants`);
  out[`sec admin-requests`] = await get(sec, '/api/v1/admin-requests');
  for (const a of accounts.filter((x) => x.role === 'deputy'))
    out[`${a.name} draft`] = await get(a.client, `/api/v1/suggestions/${fx.draft[a.name]}`);
  return out;
}

let before_;
let routes;
before(async () => {
  routes = routerRoutes();
  server = await startServer({ withKey: true });
  accounts = [];
  for (const [name, { role }] of Object.entries(server.logins))
    accounts.push({ name, role, client: await server.login(name) });
  anon = server.client();
  assert.ok(accounts.length >= 11, `expected the demo accounts, got ${accounts.map((a) => a.name)}`);
  for (const role of ROLES)
    assert.ok(accounts.some((a) => a.role === role), `no demo account holds ${role}`);

  const staff = accounts.find((a) => a.role === 'liaison_staff').client;
  const ok = (r, what) => {
    assert.ok(r.status >= 200 && r.status < 300, `${what}: ${r.status} ${r.text}`);
    return r.body;
  };
  fx.node = 1;
  fx.unit = ok(await staff.get('/api/v1/org/units?page_size=1'), 'units').items[0].id;
  fx.term = ok(await staff.get('/api/v1/org/terms?page_size=100'), 'terms').items.find(
    (t) => t.org_node_id === 1,
  ).id;
  const sessions = ok(await staff.get('/api/v1/org/sessions?page_size=100'), 'sessions').items;
  fx.session = sessions.find((s) => s.term_id === fx.term).id;
  fx.user = accounts.find((a) => a.role === 'liaison_staff').client.user.id;
  const deputy = ok(await staff.get('/api/v1/deputies?page_size=1'), 'deputies').items[0];
  fx.deputy = deputy.id;
  fx.mandate = deputy.mandate.id;
  fx.notification = 999999;
  fx.grant = 999999;
  fx.admin_request = 999999;
  // A suggestion every business account sees (the demo has items in handling by both units).
  const seen = {};
  for (const a of accounts) {
    const r = await a.client.get('/api/v1/suggestions?page_size=100');
    seen[a.name] = r.status === 200 ? new Set(r.body.items.map((i) => i.id)) : null;
  }
  const business = accounts.filter((a) => seen[a.name]);
  const common = [...seen[business[0].name]].filter((id) => business.every((a) => seen[a.name].has(id)));
  assert.ok(common.length > 0, 'no suggestion is visible to every business account');
  let detail;
  for (const id of common) {
    detail = ok(await staff.get(`/api/v1/suggestions/${id}`), 'suggestion');
    if (detail.state === 'handling' || detail.state === 'rehandling') break;
  }
  assert.ok(
    detail.state === 'rehandling' || detail.state === 'handling',
    'no suggestion in handling that every business account sees (the log_contact probe needs one)',
  );
  fx.suggestion = { default: detail.id };
  fx.suggestion_version = detail.version;
  // An attachment on it, so the download route has something to find.
  const up = await staff.request('POST', `/api/v1/suggestions/${detail.id}/attachments?file_name=matrix.png`, {
    body: PNG,
    headers: { 'content-type': 'image/png' },
  });
  fx.attachment = ok(up, 'attachment upload').id;
  // Each deputy's own draft (created here for those who have none).
  fx.draft = {};
  for (const a of accounts.filter((x) => x.role === 'deputy')) {
    const mine = (await a.client.get('/api/v1/suggestions?page_size=100')).body.items.find(
      (i) => i.state === 'draft' && i.lead_person_id === a.client.user.person_id,
    );
    fx.draft[a.name] =
      mine?.id ??
      ok(
        await a.client.post('/api/v1/suggestions', {
          session_id: detail.session_id,
          title: `${a.name} 的草稿`,
          body: '授权矩阵测试用草稿',
        }),
        `draft for ${a.name}`,
      ).id;
  }
  fx.draft.default = fx.draft[accounts.find((x) => x.role === 'deputy').name];
  // A sampling draw, announced without a seed (so the seed and draw probes change nothing).
  fx.draw = ok(
    await staff.post('/api/v1/supervision/draws', {
      title: '授权矩阵测试用抽样',
      session_id: detail.session_id,
      sample_size: 1,
      seed_source: '测试',
    }),
    'sampling draw',
  ).id;
  // A carry-over plan of the demo session's year (so the plan probe has one to read).
  const opened = sessions.find((x) => x.id === detail.session_id).opens_on.slice(0, 4);
  fx.clearing_plan = ok(
    await staff.post('/api/v1/supervision/clearing/plans', { org_node_id: 1, year: Number(opened), due_on: '2099-12-31' }),
    'clearing plan',
  ).id;
  // A five-present meeting scheduled on the common item (for the meeting probes).
  fx.meeting = ok(
    await staff.post('/api/v1/supervision/meetings', { suggestion_id: detail.id, scheduled_on: '2099-01-05', place: '会议室' }),
    'meeting',
  ).id;
  // A key topic holding the common item (for the key-topic probes).
  fx.key_topic = ok(
    await staff.post('/api/v1/supervision/key-topics', {
      org_node_id: 1,
      title: '授权矩阵测试用重点督办',
      decided_on: '2026-01-05',
      suggestion_ids: [detail.id],
    }),
    'key topic',
  ).id;
  // A fund pool and an ask for money on the common item (for the funding probes).
  fx.fund = ok(
    await staff.post('/api/v1/supervision/funds', {
      org_node_id: 1,
      name: '授权矩阵测试用资金',
      source: 'special_fund',
      total_fen: 1000000,
    }),
    'fund pool',
  ).id;
  const asked = ok(
    await staff.post(`/api/v1/supervision/items/${detail.id}/funding`, { asked_fen: 10000, purpose: '授权矩阵测试' }),
    'funding ask',
  );
  fx.funding_request = asked.requests.at(-1).id;
  // An award round with no nomination yet (the nomination, scoring and publication probes).
  fx.award_round = ok(
    await staff.post('/api/v1/supervision/awards', { org_node_id: 1, kind: 'unit', quota: 1, title: '授权矩阵测试用评选' }),
    'award round',
  ).id;
  before_ = await snapshot();
});

after(async () => {
  await server?.stop();
});

// ---- the tests -----------------------------------------------------------------------------

test('the policy table lists exactly the routes of `daibiao routes`', () => {
  const keys = new Set(routes.map((r) => r.key));
  const undocumented = [...keys].filter((k) => !(k in POLICY)).sort();
  const stale = Object.keys(POLICY).filter((k) => !keys.has(k)).sort();
  const bad = Object.entries(POLICY)
    .filter(
      ([, e]) =>
        !(e.allow === 'public' || e.allow === 'signed_in' || (Array.isArray(e.allow) && e.allow.every((r) => ROLES.includes(r)))),
    )
    .map(([k]) => k);
  const report = [];
  if (undocumented.length)
    report.push('Routes with no entry in tests/api/route_policy.mjs:', ...undocumented.map((k) => `  + ${k}`));
  if (stale.length) report.push('Policy entries for routes the router does not have:', ...stale.map((k) => `  - ${k}`));
  if (bad.length) report.push('Entries with an invalid `allow`:', ...bad.map((k) => `  ! ${k}`));
  assert.ok(report.length === 0, report.join('\n'));
  // public in the router ⇔ public in the table
  const mismatch = routes
    .filter((r) => r.key in POLICY && (r.access === 'public') !== (POLICY[r.key].allow === 'public'))
    .map((r) => `${r.key}: router says ${r.access}, table says ${JSON.stringify(POLICY[r.key].allow)}`);
  assert.deepEqual(mismatch, [], mismatch.join('\n'));
});

function isAllowed(entry, role) {
  return entry.allow === 'public' || entry.allow === 'signed_in' || entry.allow.includes(role);
}

// Checks one answer; returns a problem text or null.
function judge(entry, who, role, variant, status) {
  if (status >= 500) return `${status} (server error)`;
  if (who === 'anonymous') {
    if (entry.allow === 'public') return status === 401 || status === 403 ? `${status}, but the route is public` : null;
    return status === 401 ? null : `${status}, expected 401`;
  }
  if (isAllowed(entry, role)) return status === 401 || status === 403 ? `${status}, but ${role} is allowed` : null;
  if (status >= 200 && status < 300) return `${status}: ${role} is not allowed, yet it succeeded`;
  if (status === 403 || status === 404) return null;
  // `{}` on a write: the handler's field checks may answer 400 before the permission check.
  if (variant === 'empty' && status === 400) return null;
  if (entry.refused_may?.includes(status)) return null;
  return `${status}, expected 403 or 404 for ${role}`;
}

const lastRoutes = new Set(['POST /api/v1/auth/logout']);

test('every route × every account answers as the policy table says', async (t) => {
  const started = Date.now();
  let requests = 0;
  for (const route of routes) {
    const entry = POLICY[route.key];
    if (!entry || lastRoutes.has(route.key)) continue;
    if (entry.skip) {
      t.todo(`${route.key}: skipped (${entry.skip})`);
      continue;
    }
    const variants = WRITES.has(route.method) && entry.request?.body !== undefined ? ['empty', 'probe'] : ['probe'];
    await t.test(route.key, async (st) => {
      const problems = [];
      for (const variant of variants) {
        for (const who of [...accounts, { name: 'anonymous', role: null, client: anon }]) {
          const req = requestFor(route, who.name, who.role, variant);
          const r = await who.client.request(req.method, req.path, req.body === undefined ? {} : { body: req.body });
          requests++;
          const problem = judge(entry, who.name, who.role, variant, r.status);
          if (!problem) continue;
          const hole = KNOWN_HOLES[`${route.key}|${who.name}|${variant}`];
          const line = `${who.name} (${who.role ?? 'anonymous'}): ${req.method} ${req.path}${
            req.body !== undefined ? ` ${JSON.stringify(req.body)}` : ''
          } → ${problem} ${r.text.slice(0, 200)}`;
          if (hole) st.todo(`FIXME ${hole}: ${line}`);
          else problems.push(line);
        }
      }
      assert.deepEqual(problems, [], `${route.key}:\n  ${problems.join('\n  ')}`);
    });
  }
  t.diagnostic(`${routes.length} routes, ${accounts.length} accounts + anonymous, ${requests} requests, ${Date.now() - started} ms`);
});

test('the probes changed nothing', async () => {
  const now = await snapshot();
  const changed = Object.keys(before_).filter((k) => before_[k] !== now[k]);
  assert.deepEqual(
    changed.map((k) => `${k}\n    before: ${before_[k].slice(0, 300)}\n    after:  ${now[k].slice(0, 300)}`),
    [],
  );
});

test('POST /api/v1/auth/logout: anonymous → 401, every account → 2xx, then its session is gone', async () => {
  const entry = POLICY['POST /api/v1/auth/logout'];
  assert.equal(entry.allow, 'signed_in');
  const r0 = await anon.post('/api/v1/auth/logout', {});
  assert.equal(r0.status, 401, r0.text);
  for (const a of accounts) {
    const r = await a.client.post('/api/v1/auth/logout', {});
    assert.ok(r.status >= 200 && r.status < 300, `${a.name}: logout answered ${r.status} ${r.text}`);
    const me = await a.client.get('/api/v1/auth/me');
    assert.equal(me.status, 401, `${a.name}: /auth/me after logout answered ${me.status}`);
  }
});
