// The working-day calendar belongs to a congress (security finding 8 of issue 9): a county's
// staff edit the county's own days only; the county's calendar in force is the province's days
// (inherited, read-only there) plus its own; the province and a sibling county never see them.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { fieldsOf, startServer, strongPassword, unique } from './support/server.mjs';

const CAL = '/api/v1/calendar/2026';
const NODES = '/api/v1/org/nodes';
let server;
let staff; // staff.wang: liaison staff at the province (org node 1)
let clerk; // liaison staff granted at one county only
let county;
let sibling; // another county of the same city

const at = (id) => `${CAL}?org_node_id=${id}`;
const day = (body, date) => [...body.holidays, ...body.makeup_workdays].find((d) => d.date === date);

before(async () => {
  server = await startServer();
  staff = await server.login('staff.wang');
  const city = (await staff.get(`${NODES}?code=4304`)).body.items[0];
  const counties = (await staff.get(`${NODES}?parent_id=${city.id}&level=county`)).body.items;
  assert.ok(counties.length >= 2, 'the demo city has two counties');
  [county, sibling] = counties;
  const sysadmin = await server.login('sysadmin');
  const secadmin = await server.login('secadmin');
  const username = unique('county.clerk');
  const password = strongPassword();
  const created = await sysadmin.post('/api/v1/users', {
    username,
    display_name: '县联工委工作人员',
    password,
    org_node_id: county.id,
  });
  assert.equal(created.status, 201, created.text);
  const grant = await secadmin.post(`/api/v1/users/${created.body.id}/grants`, {
    role: 'liaison_staff',
    org_node_id: county.id,
  });
  assert.equal(grant.status, 201, grant.text);
  clerk = await server.login(username, password);
});
after(async () => {
  await server?.stop();
});

describe('calendar scope', () => {
  test('the default calendar is the caller’s home congress', async () => {
    const mine = await staff.get(CAL);
    assert.equal(mine.status, 200, mine.text);
    assert.equal(mine.body.org_node_id, 1);
    assert.equal(mine.body.can_edit, true);
    const nationalDay = day(mine.body, '2026-10-01');
    assert.equal(nationalDay.inherited, false);
    assert.equal(nationalDay.org_node_id, 1);
    const home = await clerk.get(CAL);
    assert.equal(home.status, 200, home.text);
    assert.equal(home.body.org_node_id, county.id);
    assert.equal(home.body.org_name, county.name);
  });

  test('a county clerk cannot change the province calendar', async () => {
    const before = await staff.get(at(1));
    assert.equal(before.status, 200);
    const view = await clerk.get(at(1));
    assert.equal(view.status, 200, 'the county inherits the province’s days and may read them');
    assert.equal(view.body.can_edit, false);
    const r = await clerk.put(at(1), { holidays: [{ date: '2026-03-03', name: '县庆' }], makeup_workdays: [] });
    assert.equal(r.status, 403, r.text);
    const emptied = await clerk.put(at(1), { holidays: [], makeup_workdays: [] });
    assert.equal(emptied.status, 403, emptied.text);
    const afterwards = await staff.get(at(1));
    assert.deepEqual(afterwards.body, before.body);
    // A sibling county does not exist for the clerk; a bad or unknown node neither.
    assert.equal((await clerk.get(at(sibling.id))).status, 404);
    assert.equal((await clerk.put(at(sibling.id), { holidays: [], makeup_workdays: [] })).status, 404);
    assert.equal((await staff.get(at(999999))).status, 404);
    const bad = await staff.get(`${CAL}?org_node_id=abc`);
    assert.equal(bad.status, 400);
    assert.deepEqual(fieldsOf(bad.body), ['org_node_id']);
  });

  test('a county adds a local holiday to its own calendar only', async () => {
    const r = await clerk.put(at(county.id), {
      holidays: [{ date: '2026-03-03', name: '县庆' }],
      makeup_workdays: [],
    });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.body.org_node_id, county.id);
    const mine = await clerk.get(at(county.id));
    assert.equal(mine.status, 200);
    assert.equal(mine.body.can_edit, true);
    const local = day(mine.body, '2026-03-03');
    assert.deepEqual(local, { date: '2026-03-03', name: '县庆', org_node_id: county.id, org_name: county.name, inherited: false });
    const inherited = day(mine.body, '2026-10-01');
    assert.equal(inherited.inherited, true);
    assert.equal(inherited.org_node_id, 1);
    assert.ok(inherited.org_name.length > 0);
    assert.equal(day(mine.body, '2026-10-10').inherited, true, 'the province’s make-up day');
    assert.ok(mine.body.makeup_workdays.some((d) => d.date === '2026-10-10'));

    for (const id of [1, sibling.id]) {
      const other = await staff.get(at(id));
      assert.equal(other.status, 200, other.text);
      assert.equal(day(other.body, '2026-03-03'), undefined, `node ${id} must not show the county's holiday`);
      assert.ok(day(other.body, '2026-10-01'));
    }
    // The province staff may edit the county's calendar too (their grant covers it).
    assert.equal((await staff.get(at(county.id))).body.can_edit, true);
    // Saving again replaces only the county's own days: the inherited ones stay.
    const cleared = await clerk.put(at(county.id), { holidays: [], makeup_workdays: [] });
    assert.equal(cleared.status, 200, cleared.text);
    assert.equal(day(cleared.body, '2026-03-03'), undefined);
    assert.ok(day(cleared.body, '2026-10-01'));
  });
});
