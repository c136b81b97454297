// The org tree (congress nodes), handling units, terms and sessions: lists, validation,
// optimistic concurrency and scope. As staff.wang (liaison_staff at the root) unless stated.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { fieldsOf, listAll, startServer, strongPassword, unique } from './support/server.mjs';

const NODES = '/api/v1/org/nodes';
const UNITS = '/api/v1/org/units';
const TERMS = '/api/v1/org/terms';
const SESSIONS = '/api/v1/org/sessions';
const DEMO_NODES = 1 + 3 + 9 + 30;

let server;
let staff;
before(async () => {
  server = await startServer();
  staff = await server.login('staff.wang');
});
after(async () => {
  await server?.stop();
});

function assertFieldErrors(r, fields) {
  assert.equal(r.status, 400, r.text);
  assert.match(r.headers.get('content-type'), /^application\/problem\+json/);
  assert.equal(r.body.code, 'invalid_argument');
  for (const e of r.body.errors ?? []) {
    assert.equal(typeof e.message, 'string');
    assert.ok(e.message.length > 0);
  }
  assert.deepEqual([...new Set(fieldsOf(r.body))], [...fields].sort(), r.text);
}

function assertProblem(r, status, code) {
  assert.equal(r.status, status, r.text);
  assert.match(r.headers.get('content-type'), /^application\/problem\+json/);
  assert.equal(r.body.code, code, r.text);
}

const total = async (route) => (await staff.get(`${route}${route.includes('?') ? '&' : '?'}page_size=1`)).body.total;
const byteOrder = (a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b));
const nodeByCode = async (code) => (await staff.get(`${NODES}?code=${code}`)).body.items[0];

async function createCity(extra = {}) {
  const body = { code: unique('c'), name: `测试市${unique()}`, level: 'city', parent_id: 1, ...extra };
  const r = await staff.post(NODES, body);
  assert.equal(r.status, 201, r.text);
  return r.body;
}

describe('listing nodes', () => {
  test('the default page: 20 items of the whole demo tree', async () => {
    const r = await staff.get(NODES);
    assert.equal(r.status, 200);
    assert.equal(r.body.page, 1);
    assert.equal(r.body.page_size, 20);
    assert.equal(r.body.total, DEMO_NODES);
    assert.equal(r.body.total_capped, false);
    assert.equal(r.body.items.length, 20);
    const root = r.body.items.find((n) => n.id === 1);
    assert.equal(root.code, '43');
    assert.equal(root.level, 'province');
    assert.equal(root.parent_id, null);
    assert.equal(root.path, '/1/');
  });

  test('page and page_size walk the list without overlap', async () => {
    const seen = new Set();
    for (let page = 1; page <= 9; page++) {
      const r = await staff.get(`${NODES}?page_size=5&page=${page}&sort=id`);
      assert.equal(r.status, 200);
      assert.equal(r.body.page, page);
      assert.equal(r.body.page_size, 5);
      assert.equal(r.body.items.length, page < 9 ? 5 : DEMO_NODES - 40);
      for (const n of r.body.items) {
        assert.ok(!seen.has(n.id), `node ${n.id} appears twice`);
        seen.add(n.id);
      }
    }
    assert.equal(seen.size, DEMO_NODES);
    const beyond = await staff.get(`${NODES}?page_size=5&page=10`);
    assert.equal(beyond.status, 200);
    assert.deepEqual(beyond.body.items, []);
    assert.equal(beyond.body.total, DEMO_NODES);
  });

  test('sort=-name sorts by name descending, sort=name ascending', async () => {
    const desc = (await staff.get(`${NODES}?sort=-name&page_size=100`)).body.items.map((n) => n.name);
    const asc = (await staff.get(`${NODES}?sort=name&page_size=100`)).body.items.map((n) => n.name);
    assert.equal(desc.length, DEMO_NODES);
    assert.deepEqual(desc, [...desc].sort(byteOrder).reverse());
    assert.deepEqual(asc, [...asc].sort(byteOrder));
    assert.notDeepEqual(desc, asc);
  });

  test('several sort keys', async () => {
    const items = (await staff.get(`${NODES}?sort=level,-code&page_size=100`)).body.items;
    for (let i = 1; i < items.length; i++) {
      const [a, b] = [items[i - 1], items[i]];
      const c = byteOrder(a.level, b.level);
      assert.ok(c < 0 || (c === 0 && byteOrder(a.code, b.code) > 0), `${a.code} before ${b.code}`);
    }
  });

  test('an unknown sort field answers 400 naming sort', async () => {
    assertFieldErrors(await staff.get(`${NODES}?sort=password_hash`), ['sort']);
    assertFieldErrors(await staff.get(`${NODES}?sort=name;DROP TABLE org_nodes`), ['sort']);
    assert.equal(await total(NODES), DEMO_NODES);
  });

  test('page_size must be 1..100 and page a positive integer', async () => {
    assertFieldErrors(await staff.get(`${NODES}?page_size=101`), ['page_size']);
    assertFieldErrors(await staff.get(`${NODES}?page_size=0`), ['page_size']);
    assertFieldErrors(await staff.get(`${NODES}?page=0`), ['page']);
    assertFieldErrors(await staff.get(`${NODES}?page=abc`), ['page']);
    assertFieldErrors(await staff.get(`${NODES}?page=-1&page_size=x`), ['page', 'page_size']);
    const ok = await staff.get(`${NODES}?page_size=100`);
    assert.equal(ok.status, 200);
    assert.equal(ok.body.items.length, DEMO_NODES);
  });

  test('filters: level, parent_id, code; unknown filters are refused', async () => {
    const cities = await staff.get(`${NODES}?level=city`);
    assert.equal(cities.body.total, 3);
    assert.deepEqual(cities.body.items.map((n) => n.code).sort(), ['4304', '4307', '4310']);
    const hengyang = await nodeByCode('4304');
    const counties = await staff.get(`${NODES}?parent_id=${hengyang.id}`);
    assert.equal(counties.body.total, 3);
    for (const n of counties.body.items) {
      assert.equal(n.level, 'county');
      assert.equal(n.parent_id, hengyang.id);
      assert.ok(n.path.startsWith(hengyang.path));
    }
    assertFieldErrors(await staff.get(`${NODES}?colour=red`), ['colour']);
    assertFieldErrors(await staff.get(`${NODES}?parent_id=one`), ['parent_id']);
  });

  test('q matches name or code', async () => {
    const r = await staff.get(`${NODES}?q=${encodeURIComponent('郴州')}`);
    assert.equal(r.status, 200);
    assert.ok(r.body.total >= 1);
    for (const n of r.body.items) assert.ok(n.name.includes('郴州') || n.code.includes('郴州'));
    assert.ok(r.body.items.some((n) => n.code === '4310'));
    const none = await staff.get(`${NODES}?q=${encodeURIComponent('100%_')}`);
    assert.equal(none.body.total, 0, 'LIKE wildcards in q are literal');
    assertFieldErrors(await staff.get(`${NODES}?q=${'x'.repeat(101)}`), ['q']);
  });
});

describe('creating nodes', () => {
  test('a city under the root and a county under it', async () => {
    const code = unique('city');
    const r = await staff.post(NODES, {
      code,
      name: '测试市人民代表大会',
      level: 'city',
      parent_id: 1,
      committee_name: '市人大常委会选举任免联络工作委员会',
    });
    assert.equal(r.status, 201, r.text);
    const city = r.body;
    assert.ok(city.id > 0);
    assert.equal(city.code, code);
    assert.equal(city.level, 'city');
    assert.equal(city.level_title, '市');
    assert.equal(city.parent_id, 1);
    assert.equal(city.path, `/1/${city.id}/`);
    assert.equal(city.version, 1);
    assert.equal(city.committee_name, '市人大常委会选举任免联络工作委员会');
    assert.ok(!Number.isNaN(Date.parse(city.created_at)));

    const got = await staff.get(`${NODES}/${city.id}`);
    assert.equal(got.status, 200);
    assert.deepEqual(got.body, city);

    const county = await staff.post(NODES, {
      code: unique('county'),
      name: '测试县人民代表大会',
      level: 'county',
      parent_id: city.id,
    });
    assert.equal(county.status, 201, county.text);
    assert.equal(county.body.parent_id, city.id);
    assert.equal(county.body.path, `${city.path}${county.body.id}/`);
    assert.equal(county.body.committee_name, '');
    const children = await staff.get(`${NODES}?parent_id=${city.id}`);
    assert.deepEqual(
      children.body.items.map((n) => n.id),
      [county.body.id],
    );
  });

  test('a child must be exactly one level below its parent', async () => {
    const before = await total(NODES);
    assertFieldErrors(
      await staff.post(NODES, { code: unique(), name: '错层县', level: 'county', parent_id: 1 }),
      ['level'],
    );
    assertFieldErrors(
      await staff.post(NODES, { code: unique(), name: '错层省', level: 'province', parent_id: 1 }),
      ['level'],
    );
    const township = (await staff.get(`${NODES}?level=township&page_size=1`)).body.items[0];
    assertFieldErrors(
      await staff.post(NODES, { code: unique(), name: '村', level: 'township', parent_id: township.id }),
      ['parent_id'],
    );
    assert.equal(await total(NODES), before);
  });

  test('a missing parent answers 404', async () => {
    const r = await staff.post(NODES, { code: unique(), name: '孤儿市', level: 'city', parent_id: 999999 });
    assertProblem(r, 404, 'not_found');
  });

  test('a duplicate code answers 409 conflict', async () => {
    const r = await staff.post(NODES, { code: '4310', name: '重复', level: 'city', parent_id: 1 });
    assertProblem(r, 409, 'conflict');
  });

  test('invalid bodies answer 400 with field errors and change nothing', async () => {
    const before = await total(NODES);
    const good = { code: unique('v'), name: '有效市', level: 'city', parent_id: 1 };
    const cases = [
      [{ ...good, code: 123, name: ['x'], parent_id: '1' }, ['code', 'name', 'parent_id'], 'wrong types'],
      [{ ...good, level: true }, ['level'], 'boolean for a string'],
      [{ ...good, parent_id: 1.5 }, ['parent_id'], 'fraction for an integer'],
      [{ ...good, parent_id: 0 }, ['parent_id'], 'id below 1'],
      [{ ...good, colour: 'red', id: 7 }, ['colour', 'id'], 'unknown fields'],
      [{ ...good, name: '长'.repeat(101) }, ['name'], 'name over 100 characters'],
      [{ ...good, code: 'c'.repeat(33) }, ['code'], 'code over 32 characters'],
      [{ ...good, committee_name: '委'.repeat(101) }, ['committee_name'], 'committee over 100'],
      [{ ...good, level: 'galaxy' }, ['level'], 'level not in the enum'],
      [{ ...good, name: '' }, ['name'], 'empty required text'],
      [{}, ['code', 'level', 'name', 'parent_id'], 'everything missing'],
    ];
    for (const [body, fields, why] of cases) {
      const r = await staff.post(NODES, body);
      assert.equal(r.status, 400, `${why}: ${r.text}`);
      assertFieldErrors(r, fields);
    }
    assert.equal(await total(NODES), before);
    assert.equal((await staff.get(`${NODES}?code=${good.code}`)).body.total, 0);
  });

  test('malformed JSON and non-object bodies answer 400 and change nothing', async () => {
    const before = await total(NODES);
    for (const raw of ['{"code": "x", ', 'not json', '[1,2,3]', '"a string"', 'null', '']) {
      const r = await staff.post(NODES, raw);
      assert.equal(r.status, 400, `${JSON.stringify(raw)}: ${r.text}`);
      assert.equal(r.body.code, 'invalid_argument');
      assert.match(r.headers.get('content-type'), /^application\/problem\+json/);
    }
    assert.equal(await total(NODES), before);
  });

  test('a name of exactly 100 characters is accepted', async () => {
    const node = await createCity({ name: '长'.repeat(100) });
    assert.equal(node.name, '长'.repeat(100));
  });

  test(
    'all problems of a body are reported together',
    {
    },
    async () => {
      const r = await staff.post(NODES, { code: '', name: '', level: 'galaxy', parent_id: 1 });
      assertFieldErrors(r, ['code', 'level', 'name']);
    },
  );
});

describe('updating and deleting nodes', () => {
  test('PATCH with a stale version answers 409; the first change persists', async () => {
    const node = await createCity();
    const other = await server.login('staff.wang');
    const first = await staff.patch(`${NODES}/${node.id}`, { version: 1, name: '先到者' });
    assert.equal(first.status, 200, first.text);
    assert.equal(first.body.version, 2);
    assert.equal(first.body.name, '先到者');
    const second = await other.patch(`${NODES}/${node.id}`, { version: 1, name: '后到者' });
    assertProblem(second, 409, 'conflict');
    assert.match(second.body.detail, /2/, 'the detail names the current version');
    const now = await staff.get(`${NODES}/${node.id}`);
    assert.equal(now.body.name, '先到者');
    assert.equal(now.body.version, 2);
    assert.equal(now.body.code, node.code);
  });

  test('PATCH needs version and validates like create', async () => {
    const node = await createCity();
    assertFieldErrors(await staff.patch(`${NODES}/${node.id}`, { name: 'x' }), ['version']);
    assertFieldErrors(await staff.patch(`${NODES}/${node.id}`, { version: 1, level: 'county' }), ['level']);
    assertFieldErrors(await staff.patch(`${NODES}/${node.id}`, { version: 1, name: '' }), ['name']);
    assertFieldErrors(await staff.patch(`${NODES}/${node.id}`, { version: '1', name: 'x' }), ['version']);
    const now = await staff.get(`${NODES}/${node.id}`);
    assert.equal(now.body.version, 1);
    assert.equal(now.body.name, node.name);
    assertProblem(await staff.patch(`${NODES}/999999`, { version: 1, name: 'x' }), 404, 'not_found');
  });

  test('PATCH of several fields bumps the version once', async () => {
    const node = await createCity();
    const r = await staff.patch(`${NODES}/${node.id}`, {
      version: 1,
      code: `${node.code}b`,
      committee_name: '新的联工委',
    });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.body.version, 2);
    assert.equal(r.body.code, `${node.code}b`);
    assert.equal(r.body.committee_name, '新的联工委');
    assert.equal(r.body.name, node.name);
    assert.ok(Date.parse(r.body.updated_at) >= Date.parse(node.updated_at));
  });

  test('DELETE needs ?version, refuses a stale one, accepts the current one', async () => {
    const node = await createCity();
    assert.equal((await staff.patch(`${NODES}/${node.id}`, { version: 1, name: '改名' })).status, 200);
    assertFieldErrors(await staff.del(`${NODES}/${node.id}`), ['version']);
    assertFieldErrors(await staff.del(`${NODES}/${node.id}?version=abc`), ['version']);
    const stale = await staff.del(`${NODES}/${node.id}?version=1`);
    assertProblem(stale, 409, 'conflict');
    assert.equal((await staff.get(`${NODES}/${node.id}`)).status, 200, 'still there');
    const ok = await staff.del(`${NODES}/${node.id}?version=2`);
    assert.equal(ok.status, 204, ok.text);
    assert.equal(ok.text, '');
    assertProblem(await staff.get(`${NODES}/${node.id}`), 404, 'not_found');
    assertProblem(await staff.del(`${NODES}/${node.id}?version=2`), 404, 'not_found');
  });

  test('the root and nodes with children cannot be deleted', async () => {
    assertProblem(await staff.del(`${NODES}/1?version=1`), 409, 'failed_precondition');
    const city = await nodeByCode('4310');
    assertProblem(await staff.del(`${NODES}/${city.id}?version=${city.version}`), 409, 'failed_precondition');
    assert.equal((await staff.get(`${NODES}/${city.id}`)).status, 200);
  });

  test('ids that are not positive integers answer 404', async () => {
    for (const id of ['0', '-1', 'abc', '1.5', '99999999999999999999']) {
      assertProblem(await staff.get(`${NODES}/${id}`), 404, 'not_found');
    }
  });
});

describe('handling units', () => {
  test('create, get, patch, list with filters, delete', async () => {
    const code = unique('U');
    const created = await staff.post(UNITS, { org_node_id: 1, code, name: '省高级人民法院', kind: 'court' });
    assert.equal(created.status, 201, created.text);
    const unit = created.body;
    assert.equal(unit.kind, 'court');
    assert.equal(unit.active, true);
    assert.equal(unit.version, 1);
    assert.equal(unit.org_node_id, 1);
    assert.deepEqual((await staff.get(`${UNITS}/${unit.id}`)).body, unit);

    const courts = await staff.get(`${UNITS}?kind=court`);
    assert.equal(courts.status, 200);
    assert.deepEqual(courts.body.items.map((u) => u.id), [unit.id]);
    const enterprises = await listAll(staff, `${UNITS}?kind=enterprise`);
    assert.ok(enterprises.length >= 1);
    for (const u of enterprises) assert.equal(u.kind, 'enterprise');
    assert.equal((await staff.get(`${UNITS}?org_node_id=1&page_size=1`)).body.total, 41);

    const patched = await staff.patch(`${UNITS}/${unit.id}`, { version: 1, name: '湖南省高级人民法院', active: false });
    assert.equal(patched.status, 200, patched.text);
    assert.equal(patched.body.version, 2);
    assert.equal(patched.body.active, false);
    assert.equal(patched.body.name, '湖南省高级人民法院');
    const inactive = await staff.get(`${UNITS}?active=0`);
    assert.deepEqual(inactive.body.items.map((u) => u.id), [unit.id]);
    assertProblem(await staff.patch(`${UNITS}/${unit.id}`, { version: 1, name: 'x' }), 409, 'conflict');

    assertProblem(await staff.del(`${UNITS}/${unit.id}?version=1`), 409, 'conflict');
    assert.equal((await staff.del(`${UNITS}/${unit.id}?version=2`)).status, 204);
    assertProblem(await staff.get(`${UNITS}/${unit.id}`), 404, 'not_found');
  });

  test('boolean filters take true/false or 1/0; lists without text columns refuse q', async () => {
    const active = (await staff.get(`${UNITS}?active=true&page_size=1`)).body.total;
    assert.equal((await staff.get(`${UNITS}?active=1&page_size=1`)).body.total, active);
    const inactive = (await staff.get(`${UNITS}?active=false&page_size=1`)).body.total;
    assert.equal(active + inactive, await total(UNITS));
    assertFieldErrors(await staff.get(`${UNITS}?active=maybe`), ['active']);
    assertFieldErrors(await staff.get(`${TERMS}?q=届`), ['q']);
  });

  test('the default kind is government; invalid kind and unknown node are refused', async () => {
    const r = await staff.post(UNITS, { org_node_id: 1, code: unique('U'), name: '某厅' });
    assert.equal(r.status, 201, r.text);
    assert.equal(r.body.kind, 'government');
    const before = await total(UNITS);
    assertFieldErrors(await staff.post(UNITS, { org_node_id: 1, code: unique('U'), name: 'x', kind: 'army' }), ['kind']);
    assertFieldErrors(await staff.post(UNITS, { org_node_id: 1, code: unique('U') }), ['name']);
    assertFieldErrors(await staff.patch(`${UNITS}/${r.body.id}`, { version: 1, kind: 'army' }), ['kind']);
    assertProblem(await staff.post(UNITS, { org_node_id: 999999, code: unique('U'), name: 'x' }), 404, 'not_found');
    assertProblem(await staff.post(UNITS, { org_node_id: 1, code: 'U1001', name: '重复' }), 409, 'conflict');
    assert.equal(await total(UNITS), before);
  });
});

describe('terms and sessions', () => {
  let city;
  before(async () => {
    city = await createCity();
  });

  test('a term: create, get, patch, list by node', async () => {
    const r = await staff.post(TERMS, {
      org_node_id: city.id,
      number: 15,
      start_date: '2021-10-01',
      end_date: '2026-09-30',
    });
    assert.equal(r.status, 201, r.text);
    const term = r.body;
    assert.equal(term.number, 15);
    assert.equal(term.title, '十五届');
    assert.equal(term.start_date, '2021-10-01');
    assert.equal(term.end_date, '2026-09-30');
    assert.deepEqual((await staff.get(`${TERMS}/${term.id}`)).body, term);
    const mine = await staff.get(`${TERMS}?org_node_id=${city.id}`);
    assert.deepEqual(mine.body.items.map((t) => t.id), [term.id]);
    const rootTerms = await staff.get(`${TERMS}?org_node_id=1`);
    assert.ok(!rootTerms.body.items.some((t) => t.id === term.id));
    const patched = await staff.patch(`${TERMS}/${term.id}`, { version: 1, end_date: '2026-10-31' });
    assert.equal(patched.status, 200, patched.text);
    assert.equal(patched.body.end_date, '2026-10-31');
    assert.equal(patched.body.version, 2);
    assertProblem(
      await staff.post(TERMS, { org_node_id: city.id, number: 15, start_date: '2021-10-01', end_date: '2026-09-30' }),
      409,
      'conflict',
    );
  });

  test('term dates: end before start, impossible dates and over six years are refused', async () => {
    const before = await total(TERMS);
    const term = (start_date, end_date, number = 16) => staff.post(TERMS, { org_node_id: city.id, number, start_date, end_date });
    assertFieldErrors(await term('2026-01-01', '2025-12-31'), ['end_date']);
    assertFieldErrors(await term('2026-01-01', '2026-01-01'), ['end_date']);
    assertFieldErrors(await term('2023-02-30', '2027-01-01'), ['start_date']);
    assertFieldErrors(await term('2023/01/01', '2027-01-01'), ['start_date']);
    assertFieldErrors(await term('2020-01-01', '2027-01-02'), ['end_date']);
    assertFieldErrors(await term('2021-01-01', '2025-01-01', 100), ['number']);
    assertFieldErrors(await term('2021-01-01', '2025-01-01', 0), ['number']);
    assert.equal(await total(TERMS), before);
    const t = (await staff.get(`${TERMS}?org_node_id=${city.id}`)).body.items[0];
    assertFieldErrors(await staff.patch(`${TERMS}/${t.id}`, { version: t.version, end_date: '2000-01-01' }), ['end_date']);
    assert.equal((await staff.get(`${TERMS}/${t.id}`)).body.version, t.version);
  });

  test('a session: create, get, patch, list by term', async () => {
    const term = (await staff.get(`${TERMS}?org_node_id=${city.id}`)).body.items[0];
    const r = await staff.post(SESSIONS, { term_id: term.id, number: 1, opens_on: '2022-01-10' });
    assert.equal(r.status, 201, r.text);
    const session = r.body;
    assert.equal(session.title, '一次会议');
    assert.equal(session.term_id, term.id);
    assert.deepEqual((await staff.get(`${SESSIONS}/${session.id}`)).body, session);
    const r2 = await staff.post(SESSIONS, { term_id: term.id, number: 2, opens_on: '2023-01-09' });
    assert.equal(r2.status, 201);
    const list = await staff.get(`${SESSIONS}?term_id=${term.id}&sort=number`);
    assert.deepEqual(list.body.items.map((s) => s.number), [1, 2]);
    const byNode = await staff.get(`${SESSIONS}?org_node_id=${city.id}`);
    assert.equal(byNode.body.total, 2);
    const patched = await staff.patch(`${SESSIONS}/${session.id}`, { version: 1, opens_on: '2022-01-11' });
    assert.equal(patched.status, 200, patched.text);
    assert.equal(patched.body.opens_on, '2022-01-11');
    assertProblem(await staff.patch(`${SESSIONS}/${session.id}`, { version: 1, number: 3 }), 409, 'conflict');
    assertFieldErrors(await staff.post(SESSIONS, { term_id: term.id, number: 21, opens_on: '2024-01-01' }), ['number']);
    assertFieldErrors(await staff.post(SESSIONS, { term_id: term.id, number: 3, opens_on: '2024-13-01' }), ['opens_on']);
    assertProblem(await staff.post(SESSIONS, { term_id: term.id, number: 2, opens_on: '2024-01-01' }), 409, 'conflict');
    assertProblem(await staff.post(SESSIONS, { term_id: 999999, number: 1, opens_on: '2024-01-01' }), 404, 'not_found');
    // A term with sessions cannot be deleted; the session can.
    assertProblem(await staff.del(`${TERMS}/${term.id}?version=${term.version}`), 409, 'failed_precondition');
    assert.equal((await staff.del(`${SESSIONS}/${r2.body.id}?version=1`)).status, 204);
    assert.equal((await staff.get(`${SESSIONS}?term_id=${term.id}`)).body.total, 1);
  });
});

describe('scope: an account granted at one city', () => {
  let cityStaff;
  let hengyang;
  let chenzhou;
  let account;
  const password = strongPassword();

  before(async () => {
    hengyang = await nodeByCode('4304');
    chenzhou = await nodeByCode('4310');
    const sysadmin = await server.login('sysadmin');
    const secadmin = await server.login('secadmin');
    const username = unique('hy.staff');
    const created = await sysadmin.post('/api/v1/users', {
      username,
      display_name: 'Hengyang Liaison Staff',
      password,
      org_node_id: hengyang.id,
    });
    assert.equal(created.status, 201, created.text);
    account = created.body;
    const grant = await secadmin.post(`/api/v1/users/${account.id}/grants`, {
      role: 'liaison_staff',
      org_node_id: hengyang.id,
    });
    assert.equal(grant.status, 201, grant.text);
    cityStaff = await server.login(username, password);
  });

  test('it sees its city and the nodes below', async () => {
    assert.equal((await cityStaff.get(`${NODES}/${hengyang.id}`)).status, 200);
    const county = (await staff.get(`${NODES}?parent_id=${hengyang.id}`)).body.items[0];
    const r = await cityStaff.get(`${NODES}/${county.id}`);
    assert.equal(r.status, 200);
    assert.equal(r.body.id, county.id);
  });

  test('the root and a sibling city do not exist for it (404, like a missing id)', async () => {
    const missing = await cityStaff.get(`${NODES}/999999`);
    assertProblem(missing, 404, 'not_found');
    for (const id of [1, chenzhou.id]) {
      const r = await cityStaff.get(`${NODES}/${id}`);
      assertProblem(r, 404, 'not_found');
      assert.equal(r.body.detail, missing.body.detail);
    }
    const chenzhouCounty = (await staff.get(`${NODES}?parent_id=${chenzhou.id}`)).body.items[0];
    assertProblem(await cityStaff.get(`${NODES}/${chenzhouCounty.id}`), 404, 'not_found');
  });

  test('its list holds exactly its subtree', async () => {
    const everything = await listAll(staff, NODES);
    const expected = everything.filter((n) => n.path.startsWith(hengyang.path)).map((n) => n.id).sort();
    assert.ok(expected.length >= 4, 'the city and its counties at least');
    const seen = (await listAll(cityStaff, NODES)).map((n) => n.id).sort();
    assert.deepEqual(seen, expected);
    const r = await cityStaff.get(`${NODES}?page_size=1`);
    assert.equal(r.body.total, expected.length);
    assert.equal((await cityStaff.get(`${NODES}?level=province`)).body.total, 0);
    assert.equal((await cityStaff.get(`${NODES}?parent_id=${chenzhou.id}`)).body.total, 0);
  });

  test('writes outside its subtree answer 404; inside they work', async () => {
    const before = await total(NODES);
    const outside = await cityStaff.post(NODES, { code: unique(), name: '越权县', level: 'county', parent_id: chenzhou.id });
    assertProblem(outside, 404, 'not_found');
    assertProblem(await cityStaff.patch(`${NODES}/${chenzhou.id}`, { version: chenzhou.version, name: 'x' }), 404, 'not_found');
    assertProblem(await cityStaff.del(`${NODES}/${chenzhou.id}?version=${chenzhou.version}`), 404, 'not_found');
    assertProblem(await cityStaff.post(UNITS, { org_node_id: 1, code: unique('U'), name: '越权单位' }), 404, 'not_found');
    assert.equal(await total(NODES), before);
    assert.equal((await staff.get(`${NODES}/${chenzhou.id}`)).body.name, chenzhou.name);

    const inside = await cityStaff.post(NODES, { code: unique(), name: '新设县', level: 'county', parent_id: hengyang.id });
    assert.equal(inside.status, 201, inside.text);
    assert.ok(inside.body.path.startsWith(hengyang.path));
  });

  test('units, terms and sessions of the root are invisible to it', async () => {
    assert.equal((await cityStaff.get(UNITS)).body.total, 0);
    assert.equal((await cityStaff.get(TERMS)).body.total, 0);
    assert.equal((await cityStaff.get(SESSIONS)).body.total, 0);
    const rootUnit = (await staff.get(`${UNITS}?org_node_id=1&page_size=1`)).body.items[0];
    assertProblem(await cityStaff.get(`${UNITS}/${rootUnit.id}`), 404, 'not_found');
    const rootTerm = (await staff.get(`${TERMS}?org_node_id=1`)).body.items[0];
    assertProblem(await cityStaff.get(`${TERMS}/${rootTerm.id}`), 404, 'not_found');
    const rootSession = (await staff.get(`${SESSIONS}?term_id=${rootTerm.id}`)).body.items[0];
    assertProblem(await cityStaff.get(`${SESSIONS}/${rootSession.id}`), 404, 'not_found');
  });

  test('its user list holds only accounts homed in its subtree', async () => {
    const users = await listAll(cityStaff, '/api/v1/users');
    assert.deepEqual(users.map((u) => u.id), [account.id]);
    const rootUser = (await cityStaff.get(`/api/v1/users/${staff.user.id}`));
    assertProblem(rootUser, 404, 'not_found');
  });
});
