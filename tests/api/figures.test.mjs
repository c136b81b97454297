// The figures of suggestion handling (统计, issue 13) through the real server, on SQLite and
// PostgreSQL. Five items are walked through the workflow to known outcomes; the lead unit's
// row must move by exactly the counts worked out by hand below (docs/figures.md gives each
// definition), the rows must add up to the total, and each drill-down must list exactly the
// items its figure counts.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { fieldsOf, sqlExec, startServer } from './support/server.mjs';
import { act, assignedSuggestion, signInSuggestionRoles } from './support/suggestions.mjs';
import { readWorkbook } from './support/xlsx.mjs';

const FIG = '/api/v1/figures/suggestions';

let server;
let u;
let year;
let leadUnit;
let before_; // the lead unit's row before the five items
let after_;
const made = {}; // P, Q, R, S, T → item id

function addDays(days) {
  return new Date(Date.now() + 8 * 3600_000 + days * 86400_000).toISOString().slice(0, 10);
}

async function unitRow(client = u.staff) {
  const r = await client.get(`${FIG}?org_node_id=1&year=${year}&group_by=unit`);
  assert.equal(r.status, 200, r.text);
  const row = r.body.rows.find((x) => x.key === String(leadUnit));
  return { row: row?.figures, body: r.body };
}

async function answered(title, answer, rating) {
  let s = await assignedSuggestion(u, { sessionId: u.sessionId, title, leadUnit });
  s = await act(u.zhao, s.id, 'sign_for', { version: s.version });
  s = await act(u.zhao, s.id, 'log_contact', { version: s.version, method: 'phone', summary: '电话联系代表。' });
  s = await act(u.zhao, s.id, 'draft_answer', { version: s.version, ...answer });
  s = await act(u.head, s.id, 'sign_off_answer', { version: s.version });
  if (rating) s = await act(u.li, s.id, 'evaluate', { version: s.version, rating });
  return s;
}

async function drill(measure, part, key = String(leadUnit)) {
  const ids = [];
  for (let page = 1; ; page++) {
    const r = await u.staff.get(
      `${FIG}/items?org_node_id=1&year=${year}&group_by=unit&key=${key}&measure=${measure}&part=${part}&page=${page}&page_size=100`,
    );
    assert.equal(r.status, 200, r.text);
    assert.equal(r.body.hidden, 0);
    ids.push(...r.body.items.map((i) => i.id));
    if (page * 100 >= r.body.total) {
      assert.equal(ids.length, r.body.total);
      return ids;
    }
  }
}

before(async () => {
  server = await startServer({ withKey: true });
  let sessionId;
  ({ u, sessionId, leadUnit } = await signInSuggestionRoles(server, {
    li: 'deputy.li',
    staff: 'staff.wang',
    zhao: 'officer.zhao',
    head: 'head.chen',
    leader: 'leader.liu',
  }));
  u.sessionId = sessionId;
  const session = await u.staff.get(`/api/v1/org/sessions/${sessionId}`);
  year = Number(session.body.opens_on.slice(0, 4));
  before_ = (await unitRow()).row;
  assert.ok(before_, 'the demo has items of the lead unit');

  const commitment = [{ what: '明年完成改造', due_on: addDays(60) }];
  // P: A, 满意.
  made.P = (await answered('统计·P', { answer_class: 'A', body: '已解决。' }, 'satisfied')).id;
  // Q: B, 不满意 → handled again (round 2); its commitment is not due.
  made.Q = (await answered('统计·Q', { answer_class: 'B', body: '列入计划。', commitments: commitment }, 'dissatisfied')).id;
  // R: signed for, not answered; its answer date is moved into the past.
  let r = await assignedSuggestion(u, { sessionId, title: '统计·R', leadUnit });
  r = await act(u.zhao, r.id, 'sign_for', { version: r.version });
  made.R = r.id;
  await sqlExec(server, `UPDATE suggestion_clocks SET due_on = '2026-01-05' WHERE suggestion_id = ${r.id} AND kind = 'answer'`);
  // S: C but 满意.
  made.S = (await answered('统计·S', { answer_class: 'C', body: '暂不具备条件。' }, 'satisfied')).id;
  // T: B, 满意, and its commitment slips (its date moved into the past, not done).
  made.T = (await answered('统计·T', { answer_class: 'B', body: '列入计划。', commitments: commitment }, 'satisfied')).id;
  await sqlExec(server, `UPDATE suggestion_commitments SET due_on = '2026-01-05' WHERE suggestion_id = ${made.T}`);
  after_ = (await unitRow()).row;
});
after(async () => {
  await server?.stop();
});

const delta = (m) =>
  typeof after_[m] === 'number'
    ? after_[m] - before_[m]
    : [after_[m].numerator - before_[m].numerator, after_[m].denominator - before_[m].denominator];

describe('figures', () => {
  test('each figure of the lead unit moves by the hand-worked counts of the five items', () => {
    assert.equal(delta('items'), 5);
    assert.equal(delta('answered'), 4); // P Q S T
    assert.deepEqual(delta('on_time'), [4, 5]); // answered today, before their dates; R late
    assert.deepEqual(delta('contact'), [4, 4]);
    assert.deepEqual(delta('class_a'), [1, 4]);
    assert.deepEqual(delta('class_b'), [2, 4]);
    assert.deepEqual(delta('class_c'), [1, 4]);
    assert.deepEqual(delta('class_d'), [0, 4]);
    assert.deepEqual(delta('satisfaction'), [3, 4]); // P S T of P Q S T
    assert.deepEqual(delta('resolution'), [1, 4]); // P; T's commitment is open
    assert.deepEqual(delta('implementation'), [0, 1]); // T's slipped; Q's not due
    assert.deepEqual(delta('rehandling'), [1, 4]); // Q
    assert.equal(delta('a_dissatisfied'), 0);
    assert.equal(delta('satisfied_c'), 1); // S
    assert.equal(delta('b_slipped_satisfied'), 1); // T
    assert.deepEqual(delta('cosigner_satisfaction'), [0, 0]);
    // Answered the day they were assigned: 0 working days each.
    assert.equal(after_.answer_days.items - before_.answer_days.items, 4);
    assert.equal(after_.answer_days.sum - before_.answer_days.sum, 0);
  });

  test('a rate carries its counts; the rows add up to the total', async () => {
    const { body } = await unitRow();
    const r = after_.on_time;
    assert.equal(r.rate, Math.round((r.numerator * 10000) / r.denominator) / 100);
    for (const m of ['items', 'answered', 'satisfied_c']) {
      const sum = body.rows.reduce((acc, row) => acc + row.figures[m], 0);
      assert.equal(sum, body.total[m], m);
    }
    for (const m of ['on_time', 'resolution', 'implementation', 'satisfaction']) {
      const num = body.rows.reduce((acc, row) => acc + row.figures[m].numerator, 0);
      const den = body.rows.reduce((acc, row) => acc + row.figures[m].denominator, 0);
      assert.deepEqual([num, den], [body.total[m].numerator, body.total[m].denominator], m);
    }
    const whole = await u.staff.get(`${FIG}?org_node_id=1&year=${year}`);
    assert.deepEqual(whole.body.total, body.total);
    assert.deepEqual(whole.body.rows.map((x) => x.title), ['合计']);
  });

  test('each drill-down lists exactly the items its figure counts', async () => {
    const mine = (ids) => ids.filter((id) => Object.values(made).includes(id)).sort((a, b) => a - b);
    const sorted = (...ids) => ids.sort((a, b) => a - b);
    assert.deepEqual(mine(await drill('on_time', 'denominator')), sorted(made.P, made.Q, made.R, made.S, made.T));
    assert.deepEqual(mine(await drill('on_time', 'numerator')), sorted(made.P, made.Q, made.S, made.T));
    assert.deepEqual(mine(await drill('resolution', 'numerator')), [made.P]);
    assert.deepEqual(mine(await drill('satisfied_c', 'numerator')), [made.S]);
    assert.deepEqual(mine(await drill('b_slipped_satisfied', 'numerator')), [made.T]);
    assert.deepEqual(mine(await drill('implementation', 'denominator')), [made.T]);
    assert.deepEqual(mine(await drill('rehandling', 'numerator')), [made.Q]);
    // Every drill-down's size is its figure's count (the whole row, not only the five).
    for (const [m, part] of [
      ['items', 'numerator'],
      ['answered', 'numerator'],
      ['on_time', 'numerator'],
      ['on_time', 'denominator'],
      ['contact', 'numerator'],
      ['satisfaction', 'denominator'],
      ['resolution', 'numerator'],
    ]) {
      const ids = await drill(m, part);
      const want = typeof after_[m] === 'number' ? after_[m] : after_[m][part];
      assert.equal(ids.length, want, `${m} ${part}`);
    }
  });

  test('the export is the same table as a workbook, and audited', async () => {
    const r = await u.staff.get(`${FIG}/export?org_node_id=1&year=${year}&group_by=unit`);
    assert.equal(r.status, 200, r.text);
    assert.match(r.headers.get('content-disposition'), new RegExp(`figures-${year}-unit\\.xlsx`));
    const sheet = readWorkbook(r.raw)['办理统计'];
    assert.deepEqual(sheet[0].slice(0, 5), ['承办单位', '建议件数', '已答复', '按时答复率', '按时答复率（分子/分母）']);
    const { body } = await unitRow();
    const row = body.rows.find((x) => x.key === String(leadUnit));
    const line = sheet.find((cells) => cells[0] === row.title);
    const t = row.figures.on_time;
    assert.deepEqual(line.slice(1, 5), [String(row.figures.items), String(row.figures.answered), `${t.rate.toFixed(2)}%`, `${t.numerator}/${t.denominator}`]);
    assert.equal(sheet.at(-1)[0], '合计');
    assert.equal(sheet.length, 1 + body.rows.length + 1);
    const auditor = await server.login('auditor');
    const log = await auditor.get('/api/v1/audit/records?action=figures.export');
    assert.equal(log.body.items.length, 1, log.text);
    assert.equal((await u.li.get(`${FIG}/export?year=${year}`)).status, 403);
  });

  test('who reads the figures; bad parameters are refused', async () => {
    const leader = await u.leader.get(`${FIG}?org_node_id=1&year=${year}`);
    assert.equal(leader.status, 200, leader.text);
    assert.equal((await u.li.get(`${FIG}?org_node_id=1&year=${year}`)).status, 403);
    // A unit's officer reads the unit's own figures only: the same row as the committee's.
    const own = await u.zhao.get(`${FIG}?year=${year}&group_by=unit`);
    assert.equal(own.status, 200, own.text);
    assert.equal(own.body.unit_id, leadUnit);
    assert.deepEqual(own.body.rows.map((x) => x.key), [String(leadUnit)]);
    assert.deepEqual(own.body.rows[0].figures, after_);
    assert.deepEqual(own.body.total, after_);
    assert.equal((await u.zhao.get(`${FIG}?org_node_id=999999&year=${year}`)).status, 404);
    const drilled = await u.zhao.get(`${FIG}/items?year=${year}&group_by=unit&key=${leadUnit}&measure=answered&page_size=100`);
    assert.equal(drilled.body.total, after_.answered);
    const bad = await u.staff.get(`${FIG}?group_by=week&year=1999&colour=red`);
    assert.equal(bad.status, 400, bad.text);
    assert.deepEqual(fieldsOf(bad.body), ['colour', 'group_by']);
    const year1999 = await u.staff.get(`${FIG}?year=1999`);
    assert.deepEqual([year1999.status, fieldsOf(year1999.body)], [400, ['year']]);
    const noMeasure = await u.staff.get(`${FIG}/items?year=${year}`);
    assert.deepEqual([noMeasure.status, fieldsOf(noMeasure.body)], [400, ['measure']]);
    // An empty year has rows of nothing, and rates without a denominator are null.
    const empty = await u.staff.get(`${FIG}?org_node_id=1&year=2001&group_by=unit`);
    assert.deepEqual([empty.status, empty.body.rows, empty.body.total.on_time.rate, empty.body.total.items], [200, [], null, 0]);
  });
});
