// Clearing campaign (清零行动, issue 12) through the real server, on SQLite and PostgreSQL: the
// board counts every remaining item of a year once, at its stage, with the overdue and slipped
// flags across; the drill-down is the suggestion board with the same rule; the export holds
// the same rows; the carry-over records what remains, once, and follows it after. The year
// here is a session of its own (2022), so every count below is known exactly.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { fieldsOf, sqlExec, startServer } from './support/server.mjs';
import { act, assignedSuggestion, S, signInSuggestionRoles } from './support/suggestions.mjs';
import { readWorkbook } from './support/xlsx.mjs';

const C = '/api/v1/supervision/clearing';
const YEAR = 2022;

let server;
let u;
let leadUnit;
let session;  // the 2022 session
const ids = {};

const sql = (statement) => sqlExec(server, statement);
const board = async (client, query = '') => {
  const r = await client.get(`${C}?org_node_id=1&year=${YEAR}${query}`);
  assert.equal(r.status, 200, r.text);
  return r.body;
};
const drill = async (client, query) => {
  const r = await client.get(`${S}?page_size=100&year=${YEAR}&within=1&${query}`);
  assert.equal(r.status, 200, r.text);
  return r.body.items.map((i) => i.id).sort((a, b) => a - b);
};
const sorted = (...list) => list.sort((a, b) => a - b);
const chinaToday = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

async function answered(title, answer = { answer_class: 'A', body: '已解决。' }) {
  let s = await assignedSuggestion(u, { sessionId: session, title, leadUnit });
  s = await act(u.zhao, s.id, 'sign_for', { version: s.version });
  s = await act(u.zhao, s.id, 'log_contact', { version: s.version, method: 'phone', summary: '电话联系代表。' });
  s = await act(u.zhao, s.id, 'draft_answer', { version: s.version, ...answer });
  return act(u.head, s.id, 'sign_off_answer', { version: s.version });
}

before(async () => {
  server = await startServer({ withKey: true });
  let current;
  ({ u, sessionId: current, leadUnit } = await signInSuggestionRoles(server, {
    li: 'deputy.li',
    staff: 'staff.wang',
    zhao: 'officer.zhao',
    head: 'head.chen',
    leader: 'leader.liu',
    committee: 'committee.sun',
  }));
  // A session of 2022 in the same term, so the year holds only the items made here.
  const termId = (await u.staff.get(`/api/v1/org/sessions/${current}`)).body.term_id;
  const created = await u.staff.post('/api/v1/org/sessions', { term_id: termId, number: 9, opens_on: `${YEAR}-02-20` });
  assert.equal(created.status, 201, created.text);
  session = created.body.id;

  // One item at each stage, one closed and one still a draft (neither counts).
  const draft = async (title) => {
    const d = await u.li.post(S, { session_id: session, title, body: '内容。', category: '交通运输' });
    assert.equal(d.status, 201, d.text);
    return d.body;
  };
  let s = await draft('清零·待审查');
  ids.unreviewed = (await act(u.li, s.id, 'submit', { version: s.version })).id;
  s = await draft('清零·待交办');
  s = await act(u.li, s.id, 'submit', { version: s.version });
  s = await act(u.staff, s.id, 'initial_review_pass', { version: s.version });
  ids.unassigned = (await act(u.staff, s.id, 're_review_accept', { version: s.version })).id;
  ids.unanswered = (await assignedSuggestion(u, { sessionId: session, title: '清零·未答复', leadUnit })).id;
  ids.unevaluated = (await answered('清零·待评价')).id;
  s = await answered('清零·不满意');
  ids.rehandling = (await act(u.li, s.id, 'evaluate', { version: s.version, rating: 'dissatisfied', comment: '问题没有解决。' })).id;
  s = await answered('清零·B类', {
    answer_class: 'B',
    body: '已列入计划。',
    commitments: [{ what: '完成道路硬化', due_on: '2099-06-30' }],
  });
  s = await act(u.li, s.id, 'evaluate', { version: s.version, rating: 'satisfied' });
  assert.equal(s.state, 'follow_up');
  ids.follow_up = s.id;
  s = await answered('清零·已办结');
  s = await act(u.li, s.id, 'evaluate', { version: s.version, rating: 'satisfied' });
  assert.equal(s.state, 'closed');
  ids.closed = s.id;
  ids.draft = (await draft('清零·草稿')).id;
  // The unanswered item is past its next deadline; the B item's commitment has slipped.
  await sql(`UPDATE suggestions SET next_due_on = '${YEAR}-05-01' WHERE id = ${ids.unanswered}`);
  await sql(`UPDATE suggestion_commitments SET due_on = '${YEAR}-09-30' WHERE suggestion_id = ${ids.follow_up}`);
});
after(async () => {
  await server?.stop();
});

describe('the board', () => {
  test('counts each remaining item once at its stage, with overdue and slipped across, by lead unit', async () => {
    const b = await board(u.staff);
    assert.deepEqual(b.totals, {
      remaining: 6,
      unreviewed: 1,
      unassigned: 1,
      unanswered: 1,
      unevaluated: 1,
      rehandling: 1,
      follow_up: 1,
      overdue: 1,
      slipped: 1,
    });
    // The stages add up to the total in every row, and the rows to the totals.
    const stages = ['unreviewed', 'unassigned', 'unanswered', 'unevaluated', 'rehandling', 'follow_up'];
    for (const row of b.units)
      assert.equal(stages.reduce((n, k) => n + row[k], 0), row.remaining, JSON.stringify(row));
    assert.equal(b.total, 2);
    const unit = b.units.find((r) => r.unit_id === leadUnit);
    const none = b.units.find((r) => r.unit_id === null);
    assert.deepEqual([unit.remaining, unit.unanswered, unit.overdue, unit.slipped], [4, 1, 1, 1]);
    assert.ok(unit.unit_name.length > 0);
    assert.deepEqual([none.remaining, none.unreviewed, none.unassigned], [2, 1, 1]);
    // Largest first by default.
    assert.deepEqual(b.units.map((r) => r.unit_id), [leadUnit, null]);
    assert.deepEqual((await board(u.staff, '&sort=remaining')).units.map((r) => r.unit_id), [null, leadUnit]);
    assert.deepEqual((await board(u.staff, '&sort=-unreviewed')).units.map((r) => r.unit_id), [null, leadUnit]);
    const page2 = await board(u.staff, '&page_size=1&page=2');
    assert.deepEqual([page2.units.length, page2.units[0].unit_id, page2.total], [1, null, 2]);
    assert.equal(b.reasons.length, 9);
    assert.equal(b.reasons.find((r) => r.name === 'follow_up').title, 'B类承诺未落实');
    assert.ok(b.years.includes(YEAR), JSON.stringify(b.years));
  });

  test('counts down to 31 December and says when the year is over', async () => {
    const past = await board(u.staff);
    assert.deepEqual([past.year_ended, past.days_left], [true, 0]);
    const today = chinaToday();
    const year = Number(today.slice(0, 4));
    const now = (await u.staff.get(`${C}?org_node_id=1&year=${year}`)).body;
    const expected = Math.round((Date.parse(`${year}-12-31`) - Date.parse(today)) / 86400_000);
    assert.deepEqual([now.today, now.year_ended, now.days_left], [today, false, expected]);
    // Without a year: this year; without a congress: the caller's own.
    const plain = await u.staff.get(C);
    assert.equal(plain.status, 200, plain.text);
    assert.deepEqual([plain.body.year, plain.body.org_node_id], [year, 1]);
  });

  test('an item that closes leaves the board; one withdrawn too', async () => {
    const before_ = (await board(u.staff)).totals;
    let s = (await u.li.get(`${S}/${ids.unevaluated}`)).body;
    s = await act(u.li, s.id, 'evaluate', { version: s.version, rating: 'satisfied' });
    assert.equal(s.state, 'closed');
    const after_ = (await board(u.staff)).totals;
    assert.deepEqual([after_.remaining, after_.unevaluated], [before_.remaining - 1, before_.unevaluated - 1]);
    ids.unevaluated = null;
  });

  test('a session moved to another year takes its items along', async () => {
    const remaining = (await board(u.staff)).totals.remaining;
    const move = async (opensOn) => {
      const cur = (await u.staff.get(`/api/v1/org/sessions/${session}`)).body;
      const r = await u.staff.patch(`/api/v1/org/sessions/${session}`, { version: cur.version, opens_on: opensOn });
      assert.equal(r.status, 200, r.text);
    };
    await move('2021-12-30');
    assert.equal((await board(u.staff)).totals.remaining, 0);
    assert.equal((await u.staff.get(`${C}?org_node_id=1&year=2021`)).body.totals.remaining, remaining);
    await move(`${YEAR}-02-20`);
    assert.equal((await board(u.staff)).totals.remaining, remaining);
  });

  test('refuses bad parameters with field errors', async () => {
    for (const [query, field] of [
      ['year=1999', 'year'],
      ['year=abc', 'year'],
      ['sort=-nonsense', 'sort'],
      ['page_size=501', 'page_size'],
      ['colour=red', 'colour'],
    ]) {
      const r = await u.staff.get(`${C}?${query}`);
      assert.equal(r.status, 400, `${query}: ${r.text}`);
      assert.ok(fieldsOf(r.body).includes(field), `${query}: ${r.text}`);
    }
  });

  test('is read by those who follow handling in their scope, and by no one else', async () => {
    assert.equal((await u.leader.get(`${C}?org_node_id=1&year=${YEAR}`)).status, 200);
    const committee = await board(u.committee);
    assert.equal(committee.can_carry_over, false);
    assert.equal((await board(u.staff)).can_carry_over, true);
    assert.equal((await u.li.get(`${C}?year=${YEAR}`)).status, 403);
    assert.equal((await u.zhao.get(`${C}?year=${YEAR}`)).status, 403);
    // A congress that does not exist, like one outside the caller's scope, is not found.
    assert.equal((await u.staff.get(`${C}?org_node_id=999999&year=${YEAR}`)).status, 404);
  });
});

describe('the drill-down is the suggestion board', () => {
  test('lists exactly the items behind each count', async () => {
    const b = await board(u.staff);
    const remaining = await drill(u.staff, 'clearing=remaining');
    assert.equal(remaining.length, b.totals.remaining);
    assert.ok(!remaining.includes(ids.closed) && !remaining.includes(ids.draft));
    assert.deepEqual(await drill(u.staff, 'clearing=overdue'), [ids.unanswered]);
    assert.deepEqual(await drill(u.staff, 'clearing=slipped'), [ids.follow_up]);
    assert.deepEqual(await drill(u.staff, 'clearing=rehandling'), [ids.rehandling]);
    assert.deepEqual(await drill(u.staff, 'clearing=remaining&lead_unit=none'), sorted(ids.unreviewed, ids.unassigned));
    assert.deepEqual(
      await drill(u.staff, `clearing=remaining&lead_unit_id=${leadUnit}`),
      remaining.filter((id) => id !== ids.unreviewed && id !== ids.unassigned),
    );
    // Another year holds none of them.
    const other = await u.staff.get(`${S}?page_size=100&year=2021&clearing=remaining`);
    assert.deepEqual(other.body.items, []);
  });

  test('needs clearing with year or within, and checks each', async () => {
    for (const [query, field] of [
      ['year=2022', 'clearing'],
      ['within=1', 'clearing'],
      ['clearing=remaining', 'year'],
      ['clearing=everything&year=2022', 'clearing'],
      ['clearing=remaining&year=2022&within=999999', 'within'],
      ['lead_unit=some', 'lead_unit'],
    ]) {
      const r = await u.staff.get(`${S}?${query}`);
      assert.equal(r.status, 400, `${query}: ${r.text}`);
      assert.ok(fieldsOf(r.body).includes(field), `${query}: ${r.text}`);
    }
  });

  test('shows a caller only the items they may see', async () => {
    // The unit officer sees the unit's items, never the two no unit has yet.
    const seen = await drill(u.zhao, 'clearing=remaining');
    assert.ok(seen.length > 0);
    assert.ok(!seen.includes(ids.unreviewed) && !seen.includes(ids.unassigned));
  });
});

describe('export and carry-over', () => {
  test('the workbook holds the board by unit and every remaining item', async () => {
    const b = await board(u.staff);
    const r = await u.staff.get(`${C}/export?org_node_id=1&year=${YEAR}`);
    assert.equal(r.status, 200, r.text);
    assert.match(r.headers.get('content-disposition'), /clearing-2022\.xlsx/);
    const book = readWorkbook(r.raw);
    const units = book['按单位'];
    assert.equal(units[0][0], '主办单位');
    assert.deepEqual(units.at(-1).slice(0, 2), ['合计', String(b.totals.remaining)]);
    assert.equal(units.length, 1 + b.total + 1);
    const items = book['未清零建议'];
    assert.equal(items.length - 1, b.totals.remaining);
    const overdue = items.find((row) => row[1] === '清零·未答复');
    assert.deepEqual([overdue[4], overdue[5]], ['未答复', '是']);
    const slipped = items.find((row) => row[1] === '清零·B类');
    assert.deepEqual([slipped[4], slipped[6]], ['B类承诺未落实', '是']);
    const auditor = await server.login('auditor');
    const log = await auditor.get('/api/v1/audit/records?action=supervision.clearing.export');
    assert.ok(log.body.items.some((rec) => rec.changes.some((c) => c.field === 'rows' && c.after === String(b.totals.remaining))), log.text);
  });

  test('carries what remains over into a dated plan, once, and follows it after', async () => {
    const tooSoon = await u.staff.post(`${C}/plans`, { org_node_id: 1, year: YEAR, due_on: chinaToday() });
    assert.equal(tooSoon.status, 400, tooSoon.text);
    assert.ok(fieldsOf(tooSoon.body).includes('due_on'));
    assert.equal((await u.committee.post(`${C}/plans`, { org_node_id: 1, year: YEAR, due_on: '2099-03-31' })).status, 403);
    const nothing = await u.staff.post(`${C}/plans`, { org_node_id: 1, year: 2021, due_on: '2099-03-31' });
    assert.equal(nothing.status, 409, nothing.text);

    const b = await board(u.staff);
    assert.equal(b.plan, null);
    const r = await u.staff.post(`${C}/plans`, { org_node_id: 1, year: YEAR, due_on: '2099-03-31', note: '春节前逐件销号。' });
    assert.equal(r.status, 201, r.text);
    const plan = r.body;
    assert.deepEqual([plan.title, plan.due_on, plan.item_count, plan.cleared], ['2022年度未清零建议结转计划', '2099-03-31', b.totals.remaining, 0]);
    assert.deepEqual(plan.items.map((i) => i.suggestion_id).sort((a, c) => a - c), await drill(u.staff, 'clearing=remaining'));
    const carried = plan.items.find((i) => i.suggestion_id === ids.follow_up);
    assert.deepEqual([carried.stage, carried.slipped, carried.overdue], ['follow_up', true, false]);
    assert.equal(plan.items.find((i) => i.suggestion_id === ids.unanswered).overdue, true);

    // Once per congress and year.
    const again = await u.staff.post(`${C}/plans`, { org_node_id: 1, year: YEAR, due_on: '2099-04-30' });
    assert.equal(again.status, 409, again.text);
    assert.equal((await board(u.staff)).plan.id, plan.id);

    // An item cleared later counts as cleared in the plan, which keeps it.
    let s = (await u.zhao.get(`${S}/${ids.rehandling}`)).body;
    s = await act(u.zhao, s.id, 'log_contact', { version: s.version, method: 'visit', summary: '再次走访代表。' });
    s = await act(u.zhao, s.id, 'draft_answer', { version: s.version, answer_class: 'A', body: '重新办理后已解决。' });
    s = await act(u.head, s.id, 'sign_off_answer', { version: s.version });
    s = await act(u.li, s.id, 'evaluate', { version: s.version, rating: 'satisfied' });
    assert.equal(s.state, 'closed');
    const later = (await u.leader.get(`${C}/plans/${plan.id}`)).body;
    assert.equal(later.item_count, plan.item_count);
    assert.equal(later.cleared, 1);
    assert.equal(later.items.find((i) => i.suggestion_id === ids.rehandling).state, 'closed');
    assert.equal((await u.li.get(`${C}/plans/${plan.id}`)).status, 404);

    const auditor = await server.login('auditor');
    const log = await auditor.get('/api/v1/audit/records?action=supervision.clearing.carry_over');
    const rec = log.body.items.find((x) => x.object_id === String(plan.id));
    assert.ok(rec, log.text);
    assert.equal(rec.changes.find((c) => c.field === 'item_count').after, String(plan.item_count));
  });
});
