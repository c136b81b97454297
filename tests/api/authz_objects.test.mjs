// 等保三级 访问控制, object level: for every GET route with an {id}, every demo account asks
// for ids around the real ones (±1000 of the largest known id, sampled) and must see exactly
// the objects its list route shows it: 200 for an id the list returns, 403/404 for every
// other id, never a 5xx. Deputies' drafts are included: a deputy never reads another
// deputy's draft by id. Attachments are asked for through every suggestion id, so one that
// belongs to another suggestion is not served through a suggestion the caller may see.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './support/server.mjs';

let server;
let accounts; // [{name, role, client}]

// Fetches every page of a list; a refused list (403) is an empty scope.
async function visibleIds(client, route) {
  const ids = new Set();
  for (let page = 1; ; page++) {
    const r = await client.get(`${route}?page_size=100&page=${page}`);
    if (r.status === 403) return ids;
    assert.equal(r.status, 200, `GET ${route} answered ${r.status}: ${r.text}`);
    for (const item of r.body.items) ids.add(item.id);
    if (r.body.items.length < 100) return ids;
  }
}

// Deterministic pseudo-random numbers (a failure must replay the same ids).
function rng(seed) {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
}

// The ids to ask for: every known id (or 300 of them), the 50 after the largest, 0 and -1,
// and 150 random ones within ±1000 of the largest.
function sampleIds(known, seed) {
  const rand = rng(seed);
  const all = [...known].sort((a, b) => a - b);
  const max = all.length ? all[all.length - 1] : 1;
  const out = new Set();
  if (all.length <= 300) all.forEach((id) => out.add(id));
  else {
    out.add(all[0]);
    out.add(max);
    while (out.size < 300) out.add(all[Math.floor(rand() * all.length)]);
  }
  for (let id = max + 1; id <= max + 50; id++) out.add(id);
  out.add(0);
  out.add(-1);
  while (out.size < all.length + 200 && out.size < 550) {
    const id = max - 1000 + Math.floor(rand() * 2001);
    out.add(id);
  }
  return [...out].sort((a, b) => a - b);
}

// Runs `fn` over `items` with at most `limit` at once.
async function pool(items, limit, fn) {
  const out = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i], i);
      }
    }),
  );
  return out;
}

const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000001000000010806000000' +
    '1f15c4890000000d49444154789c6360000002000100ffff03000006000557bfabd40000000049454e44ae426082',
  'hex',
);

before(async () => {
  server = await startServer({ withKey: true });
  accounts = [];
  for (const [name, { role }] of Object.entries(server.logins))
    accounts.push({ name, role, client: await server.login(name) });
  // Every deputy gets a draft of its own (the demo gives one to the first deputy only).
  for (const a of accounts.filter((x) => x.role === 'deputy')) {
    const mine = (await a.client.get('/api/v1/suggestions?page_size=100')).body.items;
    if (mine.some((i) => i.state === 'draft' && i.lead_person_id === a.client.user.person_id)) continue;
    const session = mine[0]?.session_id;
    assert.ok(session, `${a.name} sees no suggestion to take a session from`);
    const r = await a.client.post('/api/v1/suggestions', {
      session_id: session,
      title: `${a.name} 的草稿（对象级授权测试）`,
      body: '草稿，只有领衔代表本人可见',
    });
    assert.equal(r.status, 201, r.text);
  }
});

after(async () => {
  await server?.stop();
});

// [route with {id}, list route giving the scope, seed]
const ROUTES = [
  ['/api/v1/suggestions/{id}', '/api/v1/suggestions', 1],
  ['/api/v1/suggestions/{id}/messages', '/api/v1/suggestions', 2],
  ['/api/v1/deputies/{id}', '/api/v1/deputies', 3],
  ['/api/v1/users/{id}', '/api/v1/users', 4],
  ['/api/v1/users/{id}/grants', '/api/v1/users', 5],
  ['/api/v1/org/nodes/{id}', '/api/v1/org/nodes', 6],
  ['/api/v1/org/units/{id}', '/api/v1/org/units', 7],
  ['/api/v1/org/terms/{id}', '/api/v1/org/terms', 8],
  ['/api/v1/org/sessions/{id}', '/api/v1/org/sessions', 9],
];

let total = 0;
for (const [pattern, listRoute, seed] of ROUTES) {
  test(`GET ${pattern}: every account reads exactly the ids its list shows`, async () => {
    const scopes = {};
    const union = new Set();
    for (const a of accounts) {
      scopes[a.name] = await visibleIds(a.client, listRoute);
      scopes[a.name].forEach((id) => union.add(id));
    }
    assert.ok(union.size > 0, `no account sees anything on ${listRoute}`);
    const ids = sampleIds(union, seed);
    const problems = [];
    for (const a of accounts) {
      const answers = await pool(ids, 16, (id) => a.client.get(pattern.replace('{id}', String(id))));
      total += ids.length;
      ids.forEach((id, i) => {
        const { status } = answers[i];
        const path = pattern.replace('{id}', String(id));
        const expected = scopes[a.name].has(id);
        if (status >= 500) problems.push(`${a.name}: GET ${path} → ${status}`);
        else if (expected && status !== 200)
          problems.push(`${a.name} (${a.role}): GET ${path} → ${status}, but ${listRoute} lists ${id}`);
        else if (!expected && status === 200)
          problems.push(`${a.name} (${a.role}): GET ${path} → 200, but ${listRoute} does not list ${id}`);
        else if (!expected && ![403, 404].includes(status) && !(id <= 0 && status === 400))
          problems.push(`${a.name} (${a.role}): GET ${path} → ${status}, expected 403 or 404`);
      });
    }
    assert.deepEqual(problems, [], problems.slice(0, 40).join('\n'));
  });
}

test("a deputy never reads another deputy's draft, by id or in a list", async () => {
  const deputies = accounts.filter((a) => a.role === 'deputy');
  assert.ok(deputies.length >= 2, 'the demo needs two deputies');
  const drafts = {};
  for (const d of deputies) {
    const items = (await d.client.get('/api/v1/suggestions?page_size=100')).body.items;
    drafts[d.name] = items.filter((i) => i.state === 'draft' && i.lead_person_id === d.client.user.person_id).map((i) => i.id);
    assert.ok(drafts[d.name].length > 0, `${d.name} has no draft`);
  }
  for (const d of deputies)
    for (const other of deputies.filter((o) => o !== d))
      for (const id of drafts[other.name]) {
        for (const p of [`/api/v1/suggestions/${id}`, `/api/v1/suggestions/${id}/messages`]) {
          const r = await d.client.get(p);
          assert.ok([403, 404].includes(r.status), `${d.name}: GET ${p} (${other.name}'s draft) → ${r.status}`);
        }
        const list = (await d.client.get('/api/v1/suggestions?page_size=100')).body.items.map((i) => i.id);
        assert.ok(!list.includes(id), `${d.name}'s list shows ${other.name}'s draft ${id}`);
      }
  // Nobody but the lead deputy sees a draft: not staff, not leaders, not units.
  const allDrafts = Object.values(drafts).flat();
  for (const a of accounts.filter((x) => x.role !== 'deputy'))
    for (const id of allDrafts) {
      const r = await a.client.get(`/api/v1/suggestions/${id}`);
      assert.ok([403, 404].includes(r.status), `${a.name}: GET /api/v1/suggestions/${id} (a draft) → ${r.status}`);
    }
});

test('attachments: served only through their own suggestion, to accounts that see it', async () => {
  const staff = accounts.find((a) => a.role === 'liaison_staff');
  const lead = accounts.find((a) => a.role === 'deputy');
  const staffSees = [...(await visibleIds(staff.client, '/api/v1/suggestions'))];
  const attachments = []; // {sid, aid}
  // One attachment on each of a few suggestions staff see, one on a deputy's draft.
  for (const sid of staffSees.slice(0, 4)) {
    const r = await staff.client.request('POST', `/api/v1/suggestions/${sid}/attachments?file_name=a${sid}.png`, {
      body: PNG,
      headers: { 'content-type': 'image/png' },
    });
    if (r.status === 201) attachments.push({ sid, aid: r.body.id });
  }
  const leadItems = (await lead.client.get('/api/v1/suggestions?page_size=100')).body.items;
  const draft = leadItems.find((i) => i.state === 'draft' && i.lead_person_id === lead.client.user.person_id);
  const up = await lead.client.request('POST', `/api/v1/suggestions/${draft.id}/attachments?file_name=draft.png`, {
    body: PNG,
    headers: { 'content-type': 'image/png' },
  });
  assert.equal(up.status, 201, `the lead deputy attaches to the own draft: ${up.status} ${up.text}`);
  attachments.push({ sid: draft.id, aid: up.body.id });
  assert.ok(attachments.length >= 2, 'could not upload attachments');

  const maxSid = Math.max(...staffSees, draft.id);
  const sids = [...new Set([...staffSees, draft.id, maxSid + 1, maxSid + 1000])];
  const maxAid = Math.max(...attachments.map((x) => x.aid));
  const aids = [...new Set([...attachments.map((x) => x.aid), maxAid + 1, maxAid + 1000, 1])];
  const problems = [];
  for (const a of accounts) {
    const sees = await visibleIds(a.client, '/api/v1/suggestions');
    const pairs = sids.flatMap((sid) => aids.map((aid) => ({ sid, aid })));
    const answers = await pool(pairs, 16, ({ sid, aid }) => a.client.get(`/api/v1/suggestions/${sid}/attachments/${aid}`));
    total += pairs.length;
    pairs.forEach(({ sid, aid }, i) => {
      const { status } = answers[i];
      const expected = sees.has(sid) && attachments.some((x) => x.sid === sid && x.aid === aid);
      const req = `GET /api/v1/suggestions/${sid}/attachments/${aid}`;
      if (status >= 500) problems.push(`${a.name}: ${req} → ${status}`);
      else if (expected && status !== 200) problems.push(`${a.name}: ${req} → ${status}, expected 200`);
      else if (!expected && ![403, 404].includes(status)) problems.push(`${a.name} (${a.role}): ${req} → ${status}, expected 403/404`);
    });
  }
  assert.deepEqual(problems, [], problems.slice(0, 40).join('\n'));
});

test('request count', (t) => {
  t.diagnostic(`${total} object-level requests by ${accounts.length} accounts`);
});
