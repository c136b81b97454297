// Awards (评选表彰, issue 12) through the real server, on SQLite and PostgreSQL: a round of one
// kind for a congress's year (excellent suggestions, handling units, deputies) with weighted
// criteria and a quota; the committee nominates, the panel scores (each sees only their own
// sheet until publication), the committee publishes; the best `quota` win, ties at the line all
// win; a winning suggestion's timeline and parties show it; honours are read on the target.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { fieldsOf, startServer } from './support/server.mjs';
import { act, assignedSuggestion, S, signInSuggestionRoles } from './support/suggestions.mjs';

const A = '/api/v1/supervision/awards';

let server;
let u;
let auditor;
let sessionId;
let leadUnit;
let year; // the year the demo session opened: the items' session year
let first; // two accepted items of that year
let second;

async function round(body = {}, status = 201) {
  const r = await u.staff.post(A, { org_node_id: 1, year, kind: 'suggestion', quota: 1, ...body });
  assert.equal(r.status, status, r.text);
  return r.body;
}

async function nominate(roundId, target_id, status = 201, client = u.staff) {
  const r = await client.post(`${A}/${roundId}/nominations`, { target_id, reason: '问题反映准确，推动解决成效明显。' });
  assert.equal(r.status, status, r.text);
  return r.body;
}

async function openScoring(r, status = 200) {
  const x = await u.staff.post(`${A}/${r.id}/open-scoring`, { version: r.version });
  assert.equal(x.status, status, x.text);
  return x.body;
}

async function score(client, roundId, nominationId, scores, status = 200) {
  const r = await client.put(`${A}/${roundId}/nominations/${nominationId}/score`, { scores });
  assert.equal(r.status, status, r.text);
  return r.body;
}

async function publish(r, status = 200) {
  const x = await u.staff.post(`${A}/${r.id}/publish`, { version: r.version });
  assert.equal(x.status, status, x.text);
  return x.body;
}

const byTarget = (view, id) => view.nominations.find((n) => n.target_id === id);

before(async () => {
  server = await startServer({ withKey: true });
  ({ u, sessionId, leadUnit } = await signInSuggestionRoles(server, {
    li: 'deputy.li',
    staff: 'staff.wang',
    zhao: 'officer.zhao',
    leader: 'leader.liu',
    committee: 'committee.sun',
  }));
  auditor = await server.login('auditor');
  const session = await u.staff.get(`/api/v1/org/sessions/${sessionId}`);
  year = Number(session.body.opens_on.slice(0, 4));
  first = await assignedSuggestion(u, { sessionId, title: '评选·城区停车难', leadUnit });
  second = await assignedSuggestion(u, { sessionId, title: '评选·农村饮水安全', leadUnit });
});
after(async () => {
  await server?.stop();
});

describe('rounds and nominations', () => {
  test('the committee opens a round with the default criteria; others may not', async () => {
    const r = await round();
    assert.deepEqual([r.kind, r.status, r.quota, r.year, r.title, r.can_manage, r.can_score], ['suggestion', 'nominating', 1, year, `${year}年度优秀代表建议评选`, true, false]);
    assert.deepEqual(r.criteria, [
      { name: '选题价值', weight: 30 },
      { name: '内容质量', weight: 30 },
      { name: '办理成效', weight: 40 },
    ]);
    for (const client of [u.leader, u.committee]) assert.equal((await client.post(A, { org_node_id: 1, kind: 'unit', quota: 3 })).status, 403);
    for (const client of [u.li, u.zhao]) {
      assert.equal((await client.get(`${A}/${r.id}`)).status, 404);
      assert.equal((await client.get(A)).status, 403);
    }
    const bad = await u.staff.post(A, { org_node_id: 1, kind: 'best', quota: 0 });
    assert.deepEqual([bad.status, fieldsOf(bad.body)], [400, ['kind', 'quota']]);
    const weights = await u.staff.post(A, { org_node_id: 1, kind: 'unit', quota: 2, criteria: [{ name: '态度', weight: 50 }, { name: '成效', weight: 40 }] });
    assert.deepEqual([weights.status, fieldsOf(weights.body)], [400, ['criteria']]);
    assert.equal((await auditor.get(`/api/v1/audit/records?action=supervision.award.create&outcome=success`)).body.items.filter((x) => x.object_id === String(r.id)).length, 1);
  });

  test('nominations: accepted items of the round\'s year, each once, withdrawn while nominating', async () => {
    const r = await round();
    await nominate(r.id, first.id);
    await nominate(r.id, first.id, 409);
    await nominate(r.id, second.id, 403, u.leader);
    // A draft is not an accepted suggestion; an item that does not exist is none either.
    const draft = await u.li.post(S, { session_id: sessionId, title: '评选·草稿', body: '内容。' });
    const refused = await u.staff.post(`${A}/${r.id}/nominations`, { target_id: draft.body.id, reason: '理由' });
    assert.deepEqual([refused.status, fieldsOf(refused.body)], [400, ['target_id']]);
    assert.deepEqual(fieldsOf((await u.staff.post(`${A}/${r.id}/nominations`, { target_id: 99999999, reason: '理由' })).body), ['target_id']);
    assert.deepEqual(fieldsOf((await u.staff.post(`${A}/${r.id}/nominations`, { target_id: second.id, reason: '' })).body), ['reason']);
    // Another year's round takes none of this year's items.
    const other = await round({ year: year - 1 });
    const wrongYear = await u.staff.post(`${A}/${other.id}/nominations`, { target_id: first.id, reason: '理由' });
    assert.deepEqual([wrongYear.status, fieldsOf(wrongYear.body)], [400, ['target_id']]);

    let v = await nominate(r.id, second.id);
    assert.deepEqual(v.nominations.map((n) => n.target_name), ['评选·城区停车难', '评选·农村饮水安全']);
    v = (await u.staff.request('DELETE', `${A}/${r.id}/nominations/${byTarget(v, second.id).id}`)).body;
    assert.deepEqual(v.nominations.map((n) => n.target_id), [first.id]);
    assert.equal(v.nomination_count, 1);
  });

  test('the scoring opens only with a nomination and closes the nominations', async () => {
    const empty = await round();
    const none = await u.staff.post(`${A}/${empty.id}/open-scoring`, { version: empty.version });
    assert.equal(none.status, 409, none.text);
    const r = await round();
    const v = await nominate(r.id, first.id);
    assert.equal((await u.staff.post(`${A}/${r.id}/open-scoring`, { version: v.version + 5 })).status, 409);
    const s = await openScoring(v);
    assert.deepEqual([s.status, s.can_score], ['scoring', true]);
    await nominate(r.id, second.id, 409);
    assert.equal((await u.staff.request('DELETE', `${A}/${r.id}/nominations/${s.nominations[0].id}`)).status, 409);
  });
});

describe('scoring and publication', () => {
  test('the panel scores; each sees only their own sheet; the best by mean score wins', async () => {
    const r = await round({ quota: 1 });
    await nominate(r.id, first.id);
    let v = await openScoring(await nominate(r.id, second.id));
    const a = byTarget(v, first.id).id;
    const b = byTarget(v, second.id).id;
    // Before scoring opens nothing is scored; wrong sheets are refused.
    const wrong = await u.leader.put(`${A}/${r.id}/nominations/${a}/score`, { scores: [90, 90] });
    assert.deepEqual([wrong.status, fieldsOf(wrong.body)], [400, ['scores']]);
    assert.equal((await u.li.put(`${A}/${r.id}/nominations/${a}/score`, { scores: [90, 90, 90] })).status, 404);

    // 30/30/40 weights: 刘 90,90,90 → 90.00 and 80,80,80 → 80.00; 孙 80,80,80 → 80.00 and
    // 70,70,100 → 82.00 (2100 + 2100 + 4000 = 8200). Means: a 85.00, b 81.00.
    await score(u.leader, r.id, a, [90, 90, 90]);
    await score(u.leader, r.id, b, [50, 50, 50]);
    v = await score(u.leader, r.id, b, [80, 80, 80]); // replaces the first sheet
    assert.deepEqual(byTarget(v, second.id).my_scores, [80, 80, 80]);
    v = await score(u.committee, r.id, a, [80, 80, 80]);
    assert.deepEqual(byTarget(v, first.id).my_scores, [80, 80, 80]);
    assert.equal(byTarget(v, first.id).sheets, 2);
    assert.equal(byTarget(v, first.id).score, null);
    v = await score(u.committee, r.id, b, [70, 70, 100]);
    assert.equal(v.panel_sheets, 4);
    // The staff member has given no sheet and sees none.
    const seen = (await u.staff.get(`${A}/${r.id}`)).body;
    assert.deepEqual(seen.nominations.map((n) => n.my_scores), [null, null]);

    const p = await publish(seen);
    assert.deepEqual([p.status, p.can_manage, p.can_score], ['published', false, false]);
    assert.deepEqual(
      p.nominations.map((n) => [n.target_id, n.score, n.rank, n.awarded]),
      [
        [first.id, '85.00', 1, true],
        [second.id, '81.00', 2, false],
      ],
    );
    await score(u.leader, r.id, a, [1, 1, 1], 409);
    await publish(p, 409);

    // The winning item shows it; its deputy is told; its honours list it — the loser's none.
    const detail = (await u.li.get(`${S}/${first.id}`)).body;
    const step = detail.timeline.find((e) => e.action === 'award_won');
    assert.equal(step.action_title, '获评优秀代表建议');
    assert.match(step.detail, /第 1 名，85\.00 分/);
    assert.ok(!(await u.li.get(`${S}/${second.id}`)).body.timeline.some((e) => e.action === 'award_won'));
    const told = await u.li.get(`/api/v1/notifications?kind=award&suggestion_id=${first.id}`);
    assert.equal(told.body.items.length, 1, told.text);
    const honours = await u.li.get(`${A}/honours?kind=suggestion&target_id=${first.id}`);
    assert.equal(honours.status, 200, honours.text);
    assert.deepEqual(honours.body.items.map((h) => [h.round_id, h.rank, h.score]), [[r.id, 1, '85.00']]);
    assert.deepEqual((await u.li.get(`${A}/honours?kind=suggestion&target_id=${second.id}`)).body.items, []);
    const log = await auditor.get(`/api/v1/audit/records?action=supervision.award.publish&outcome=success`);
    const rec = log.body.items.find((x) => x.object_id === String(r.id));
    assert.equal(rec.changes.find((c) => c.field === 'winners').after, '评选·城区停车难（85.00 分）');
  });

  test('a tie at the line: both win; an unscored nomination is not ranked', async () => {
    const unitRound = await round({ kind: 'unit', quota: 1 });
    const unit = await u.staff.get(`/api/v1/org/units?page_size=100`);
    const units = unit.body.items.filter((x) => x.active).slice(0, 3);
    assert.equal(units.length, 3);
    for (const x of units) await nominate(unitRound.id, x.id);
    assert.deepEqual(fieldsOf((await u.staff.post(`${A}/${unitRound.id}/nominations`, { target_id: 99999999, reason: '理由' })).body), ['target_id']);
    let v = await openScoring((await u.staff.get(`${A}/${unitRound.id}`)).body);
    const [x, y, z] = units.map((w) => byTarget(v, w.id).id);
    await score(u.leader, unitRound.id, x, [80, 80, 80, 80]);
    v = await score(u.leader, unitRound.id, y, [80, 80, 80, 80]);
    const p = await publish(v);
    assert.deepEqual(
      p.nominations.map((n) => [n.id, n.rank, n.awarded]),
      [
        [x, 1, true],
        [y, 1, true],
        [z, null, false],
      ],
    );
    const honours = (await u.zhao.get(`${A}/honours?kind=unit&target_id=${units[1].id}`)).body.items;
    assert.deepEqual(honours.map((h) => h.round_title), [`${year}年度优秀建议承办单位评选`]);
    const bad = await u.li.get(`${A}/honours?kind=best&target_id=1`);
    assert.deepEqual([bad.status, fieldsOf(bad.body)], [400, ['kind']]);
  });

  test('a deputy round nominates a serving deputy by person', async () => {
    const r = await round({ kind: 'deputy', quota: 2 });
    const person = u.li.user.person_id;
    assert.ok(person);
    const v = await nominate(r.id, person);
    const deputy = await u.staff.get(`/api/v1/deputies/${person}`);
    assert.equal(deputy.status, 200, deputy.text);
    assert.equal(v.nominations[0].target_name, deputy.body.name);
    const none = await u.staff.post(`${A}/${r.id}/nominations`, { target_id: 99999999, reason: '理由' });
    assert.deepEqual([none.status, fieldsOf(none.body)], [400, ['target_id']]);
  });
});
