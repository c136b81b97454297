// Funding (经费保障, issue 12) through the real server, on SQLite and PostgreSQL: the committee's
// fund pools with balances; money asked for an item by the lead unit, granted from a pool (never
// more than asked, never more than the pool still has — also when two grants race) or refused;
// spending out of a grant, never more than granted; each step in the item's timeline, told to
// its parties and audited. Amounts are integer fen.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { fieldsOf, startServer, unique } from './support/server.mjs';
import { act, assignedSuggestion, S, signInSuggestionRoles } from './support/suggestions.mjs';

const F = '/api/v1/supervision/funds';
const R = '/api/v1/supervision/funding';
const item = (id) => `/api/v1/supervision/items/${id}/funding`;
const chinaToday = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

let server;
let u;
let auditor;
let sessionId;
let leadUnit;
let coUnit;
let road; // assigned to 赵's unit with 孙's as co-unit, in handling

async function pool(body = {}, status = 201) {
  const r = await u.staff.post(F, {
    org_node_id: 1,
    year: 2026,
    name: unique('代表建议办理专项资金'),
    source: 'special_fund',
    total_fen: 10_000_000,
    note: '县财政安排',
    ...body,
  });
  assert.equal(r.status, status, r.text);
  return r.body;
}

async function ask(client, suggestionId, asked_fen, status = 201) {
  const r = await client.post(item(suggestionId), { asked_fen, purpose: '道路硬化 1.2 公里' });
  assert.equal(r.status, status, r.text);
  return status === 201 ? r.body.requests.at(-1) : r.body;
}

async function grant(request, pool_id, granted_fen, status = 200, client = u.staff) {
  const r = await client.post(`${R}/${request.id}/grant`, { version: request.version, pool_id, granted_fen, note: '按实际工程量核定' });
  assert.equal(r.status, status, r.text);
  return r.body;
}

// The successful records of `action` on the object (refused attempts are recorded too).
async function auditOf(action, objectId) {
  const log = await auditor.get(`/api/v1/audit/records?action=${action}&outcome=success&page_size=100`);
  assert.equal(log.status, 200, log.text);
  return log.body.items.filter((r) => r.object_id === String(objectId));
}

before(async () => {
  server = await startServer({ withKey: true });
  ({ u, sessionId, leadUnit, coUnit } = await signInSuggestionRoles(server, {
    li: 'deputy.li',
    staff: 'staff.wang',
    zhao: 'officer.zhao',
    sun: 'officer.sun',
    head: 'head.chen',
    leader: 'leader.liu',
    committee: 'committee.sun',
  }));
  auditor = await server.login('auditor');
  const s = await assignedSuggestion(u, { sessionId, title: '经费·村道硬化', leadUnit, coUnits: [coUnit] });
  road = await act(u.zhao, s.id, 'sign_for', { version: s.version });
});
after(async () => {
  await server?.stop();
});

describe('fund pools', () => {
  test('the committee keeps a pool with its balance; readers see it, others do not', async () => {
    const p = await pool({ total_fen: 12_345_678 });
    assert.deepEqual(
      [p.source, p.total_fen, p.granted_fen, p.spent_fen, p.available_fen, p.status, p.year, p.can_manage],
      ['special_fund', 12_345_678, 0, 0, 12_345_678, 'open', 2026, true],
    );
    const seen = await u.leader.get(`${F}/${p.id}`);
    assert.deepEqual([seen.status, seen.body.can_manage], [200, false]);
    assert.equal((await u.leader.post(F, { org_node_id: 1, name: '领导建的', source: 'special_fund', total_fen: 1 })).status, 403);
    for (const client of [u.zhao, u.li]) {
      assert.equal((await client.get(`${F}/${p.id}`)).status, 404);
      assert.equal((await client.get(F)).status, 403);
    }
    const listed = await u.staff.get(`${F}?year=2026&q=${encodeURIComponent(p.name)}`);
    assert.deepEqual(listed.body.items.map((x) => x.id), [p.id]);
    const log = await auditOf('supervision.fund.create', p.id);
    assert.equal(log.length, 1);
  });

  test('refuses a duplicate name, a budget line without its code, and bad totals', async () => {
    const p = await pool();
    const dup = await u.staff.post(F, { org_node_id: 1, year: 2026, name: p.name, source: 'special_fund', total_fen: 1 });
    assert.equal(dup.status, 409, dup.text);
    assert.deepEqual(fieldsOf(dup.body), ['name']);
    // The same name in another year is another pool.
    await pool({ name: p.name, year: 2027 });
    const line = await u.staff.post(F, { org_node_id: 1, name: unique('预算'), source: 'budget_line', total_fen: 100 });
    assert.deepEqual([line.status, fieldsOf(line.body)], [400, ['budget_line']]);
    await pool({ source: 'budget_line', budget_line: '2120399 其他城乡社区管理事务支出' });
    for (const total_fen of [0, -5, 1_000_000_000_001]) {
      const r = await u.staff.post(F, { org_node_id: 1, name: unique('坏'), source: 'special_fund', total_fen });
      assert.deepEqual([r.status, fieldsOf(r.body)], [400, ['total_fen']], `${total_fen}: ${r.text}`);
    }
    const year = await u.staff.post(F, { org_node_id: 1, year: 1999, name: unique('坏'), source: 'special_fund', total_fen: 1 });
    assert.deepEqual([year.status, fieldsOf(year.body)], [400, ['year']]);
  });
});

describe('asking, granting and refusing', () => {
  test('the lead unit asks; the committee grants from a pool; the item, the deputy and the audit show it', async () => {
    const p = await pool({ total_fen: 1_000_000 });
    const r = await ask(u.zhao, road.id, 800_000);
    assert.deepEqual([r.status, r.asked_fen, r.unit_id, r.asked_by_name], ['asked', 800_000, leadUnit, '赵志强']);

    // Not more than asked, not from a pool that does not exist.
    const over = await u.staff.post(`${R}/${r.id}/grant`, { version: r.version, pool_id: p.id, granted_fen: 800_001 });
    assert.deepEqual([over.status, fieldsOf(over.body)], [400, ['granted_fen']]);
    const nowhere = await u.staff.post(`${R}/${r.id}/grant`, { version: r.version, pool_id: 99999999, granted_fen: 1 });
    assert.deepEqual([nowhere.status, fieldsOf(nowhere.body)], [400, ['pool_id']]);
    // Nobody but the committee decides.
    for (const client of [u.zhao, u.head, u.leader, u.li]) await grant(r, p.id, 1, 403, client);

    const v = await grant(r, p.id, 600_000);
    assert.deepEqual([v.asked_fen, v.granted_fen, v.spent_fen, v.can_decide], [800_000, 600_000, 0, true]);
    const g = v.requests.find((x) => x.id === r.id);
    assert.deepEqual([g.status, g.pool_id, g.pool_name, g.granted_fen, g.decided_by_name], ['granted', p.id, p.name, 600_000, '王晓燕']);
    const after = (await u.staff.get(`${F}/${p.id}`)).body;
    assert.deepEqual([after.granted_fen, after.available_fen, after.grants], [600_000, 400_000, 1]);

    // Granted once only.
    await grant(g, p.id, 1, 409);
    const detail = (await u.li.get(`${S}/${road.id}`)).body;
    const steps = detail.timeline.filter((e) => e.action.startsWith('funding_')).map((e) => [e.action, e.action_title]);
    assert.deepEqual(steps, [
      ['funding_asked', '申请办理经费'],
      ['funding_granted', '核定办理经费'],
    ]);
    assert.match(detail.timeline.find((e) => e.action === 'funding_granted').detail, /核定 6,000\.00 元（申请 8,000\.00 元）/);
    const told = await u.li.get(`/api/v1/notifications?kind=funding&suggestion_id=${road.id}`);
    assert.equal(told.body.items.length, 1, told.text);
    // The deputy reads the item's funding but may neither ask nor decide.
    const mine = (await u.li.get(item(road.id))).body;
    assert.deepEqual([mine.granted_fen, mine.can_ask, mine.can_spend, mine.can_decide, mine.pools.length], [600_000, false, false, false, 0]);
    const unit = (await u.zhao.get(item(road.id))).body;
    assert.deepEqual([unit.can_ask, unit.can_spend, unit.can_decide, unit.pools.length], [true, true, false, 0]);
    const committee = (await u.staff.get(item(road.id))).body;
    assert.ok(committee.can_decide && committee.pools.some((x) => x.id === p.id));
    const [audit] = await auditOf('supervision.funding.grant', r.id);
    const change = Object.fromEntries(audit.changes.map((c) => [c.field, [c.before ?? null, c.after ?? null]]));
    assert.deepEqual(change.granted_fen, [null, '600000']);
    assert.deepEqual(change.pool_available_fen, ['1000000', '400000']);
  });

  test('a grant beyond what the pool still has is refused, naming what is left', async () => {
    const p = await pool({ total_fen: 500_000 });
    const a = await ask(u.zhao, road.id, 400_000);
    const b = await ask(u.zhao, road.id, 400_000);
    await grant(a, p.id, 400_000);
    const r = await u.staff.post(`${R}/${b.id}/grant`, { version: b.version, pool_id: p.id, granted_fen: 100_001 });
    assert.equal(r.status, 409, r.text);
    assert.equal(r.body.detail, '超出资金余额：核定 1,000.01 元，可用余额仅 1,000.00 元');
    // Exactly what is left is fine.
    await grant(b, p.id, 100_000);
    const after = (await u.staff.get(`${F}/${p.id}`)).body;
    assert.deepEqual([after.granted_fen, after.available_fen], [500_000, 0]);
  });

  test('two grants racing for the same money: one wins, the pool is never overdrawn', async () => {
    const p = await pool({ total_fen: 1_000_000 });
    const a = await ask(u.zhao, road.id, 600_000);
    const b = await ask(u.zhao, road.id, 600_000);
    const other = await server.login('staff.wang');
    const answers = await Promise.all([
      u.staff.post(`${R}/${a.id}/grant`, { version: a.version, pool_id: p.id, granted_fen: 600_000 }),
      other.post(`${R}/${b.id}/grant`, { version: b.version, pool_id: p.id, granted_fen: 600_000 }),
    ]);
    assert.deepEqual(answers.map((x) => x.status).sort(), [200, 409], answers.map((x) => x.text).join('\n'));
    const after = (await u.staff.get(`${F}/${p.id}`)).body;
    assert.deepEqual([after.granted_fen, after.available_fen, after.grants], [600_000, 400_000, 1]);
    const granted = (await u.staff.get(`${R}?pool_id=${p.id}`)).body.items;
    assert.deepEqual(granted.map((x) => x.status), ['granted']);
  });

  test('the committee refuses with a reason; a refused ask counts for nothing', async () => {
    const s = await assignedSuggestion(u, { sessionId, title: '经费·路灯', leadUnit });
    const r = await ask(u.zhao, s.id, 50_000);
    const none = await u.staff.post(`${R}/${r.id}/refuse`, { version: r.version, reason: '' });
    assert.equal(none.status, 400, none.text);
    const v = (await u.staff.post(`${R}/${r.id}/refuse`, { version: r.version, reason: '已列入部门年度预算' })).body;
    assert.deepEqual([v.requests[0].status, v.requests[0].decision_note, v.asked_fen, v.granted_fen], ['refused', '已列入部门年度预算', 0, 0]);
    const detail = (await u.li.get(`${S}/${s.id}`)).body;
    assert.match(detail.timeline.find((e) => e.action === 'funding_refused').detail, /500\.00 元 未予安排。原因：已列入部门年度预算/);
    assert.equal((await u.staff.post(`${R}/${r.id}/refuse`, { version: v.requests[0].version, reason: '再拒' })).status, 409);
    assert.equal((await auditOf('supervision.funding.refuse', r.id)).length, 1);
  });

  test('only the committee and the lead unit ask, only while the unit has the item, with a purpose', async () => {
    for (const client of [u.sun, u.li, u.leader, u.committee]) await ask(client, road.id, 100, 403);
    await ask(u.head, road.id, 100);
    await ask(u.staff, road.id, 100);
    const bad = await u.zhao.post(item(road.id), { asked_fen: 0, purpose: '' });
    assert.deepEqual([bad.status, fieldsOf(bad.body)], [400, ['asked_fen', 'purpose']]);
    // Not yet assigned: there is no unit to fund.
    const d = await u.li.post(S, { session_id: sessionId, title: '经费·未交办', body: '内容。', category: '交通运输' });
    let s = await act(u.li, d.body.id, 'submit', { version: d.body.version });
    s = await act(u.staff, s.id, 'initial_review_pass', { version: s.version });
    await ask(u.staff, s.id, 100, 409);
    await ask(u.zhao, 99999999, 100, 404);
  });
});

describe('spending', () => {
  test('the lead unit records spending up to the grant, never beyond; the pool follows', async () => {
    const p = await pool({ total_fen: 300_000 });
    const r = await ask(u.zhao, road.id, 200_000);
    const v = await grant(r, p.id, 150_000);
    const g = v.requests.find((x) => x.id === r.id);
    const spend = (client, amount_fen, spent_on = chinaToday()) =>
      client.post(`${R}/${g.id}/spend`, { amount_fen, spent_on, note: '支付工程进度款' });

    const first = await spend(u.zhao, 100_000);
    assert.equal(first.status, 201, first.text);
    const after = first.body.requests.find((x) => x.id === g.id);
    assert.deepEqual([after.spent_fen, after.spends.length, after.spends[0].amount_fen, after.spends[0].created_by_name], [100_000, 1, 100_000, '赵志强']);
    const over = await spend(u.zhao, 50_001);
    assert.deepEqual([over.status, fieldsOf(over.body)], [400, ['amount_fen']]);
    assert.match(over.body.errors[0].message, /尚可支出 500\.00 元/);
    const future = await spend(u.zhao, 1, '2999-01-01');
    assert.deepEqual([future.status, fieldsOf(future.body)], [400, ['spent_on']]);
    // The co-unit, the deputy and the leader see the item but do not spend its money.
    for (const client of [u.sun, u.li, u.leader]) assert.equal((await spend(client, 1)).status, 403);
    assert.equal((await spend(u.head, 50_000)).status, 201);
    assert.equal((await spend(u.zhao, 1)).status, 400);

    const pAfter = (await u.staff.get(`${F}/${p.id}`)).body;
    assert.deepEqual([pAfter.granted_fen, pAfter.spent_fen, pAfter.available_fen], [150_000, 150_000, 150_000]);
    const detail = (await u.li.get(`${S}/${road.id}`)).body;
    assert.equal(detail.timeline.filter((e) => e.action === 'funding_spent').length, 2);
    assert.equal((await auditOf('supervision.funding.spend', g.id)).length, 2);
  });

  test('nothing is spent out of an ask that was not granted', async () => {
    const r = await ask(u.zhao, road.id, 1_000);
    const s = await u.zhao.post(`${R}/${r.id}/spend`, { amount_fen: 1, spent_on: chinaToday(), note: '提前支出' });
    assert.equal(s.status, 409, s.text);
  });
});

describe('changing a pool', () => {
  test('its total never falls below what it granted; a closed pool grants nothing', async () => {
    const p = await pool({ total_fen: 400_000 });
    const r = await ask(u.zhao, road.id, 300_000);
    await grant(r, p.id, 300_000);
    const fresh = (await u.staff.get(`${F}/${p.id}`)).body;
    const put = (body) => u.staff.put(`${F}/${p.id}`, { version: fresh.version, status: 'open', name: p.name, source: 'special_fund', total_fen: 400_000, ...body });
    const low = await put({ total_fen: 299_999 });
    assert.deepEqual([low.status, fieldsOf(low.body)], [400, ['total_fen']]);
    assert.match(low.body.errors[0].message, /3,000\.00 元/);
    const closed = await put({ total_fen: 300_000, status: 'closed', note: '年度结束' });
    assert.equal(closed.status, 200, closed.text);
    assert.deepEqual([closed.body.total_fen, closed.body.available_fen, closed.body.status], [300_000, 0, 'closed']);
    const stale = await put({ name: '改名' });
    assert.equal(stale.status, 409, stale.text);
    // Nor is it offered for granting any more.
    const b = await ask(u.zhao, road.id, 1);
    const v = (await u.staff.get(item(road.id))).body;
    assert.ok(!v.pools.some((x) => x.id === p.id));
    const r2 = await u.staff.post(`${R}/${b.id}/grant`, { version: b.version, pool_id: p.id, granted_fen: 1 });
    assert.equal(r2.status, 409, r2.text);
    const [audit] = await auditOf('supervision.fund.update', p.id);
    assert.deepEqual(audit.changes.map((c) => c.field).sort(), ['note', 'status', 'total_fen']);
  });

  test('lists: the committee finds open asks; a deputy sees only the funding of items they see', async () => {
    const open = (await u.staff.get(`${R}?status=asked&sort=-asked_fen&page_size=100`)).body.items;
    assert.ok(open.length > 0);
    assert.ok(open.every((x) => x.status === 'asked'));
    for (let i = 1; i < open.length; i++) assert.ok(open[i - 1].asked_fen >= open[i].asked_fen);
    const zhou = await server.login('deputy.zhou');
    const theirs = (await zhou.get(`${R}?page_size=100`)).body.items;
    assert.ok(!theirs.some((x) => x.suggestion_id === road.id));
    assert.equal((await zhou.get(item(road.id))).status, 404);
  });
});
