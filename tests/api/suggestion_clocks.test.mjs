// The clocks of handling as the regulations count them, through the API on a real database:
// every period runs from the assignment (交办), not from the units' sign-for — so an item no
// unit has signed for is already on the answer clock, each unit owes a sign-for within 3
// working days, each co-unit owes its opinion a month after the assignment — and a
// re-assignment window closes when its purpose ends (a co-unit's opinion is in; the answer
// is out) instead of staying open, flagged 临近到期, on an answered item.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { startServer } from './support/server.mjs';
import { act, assignedSuggestion, S, signInSuggestionRoles } from './support/suggestions.mjs';

let server;
let u;
let sessionId;
let leadUnit;
let coUnit;

async function clocks(id) {
  const r = await u.staff.get(`${S}/${id}`);
  assert.equal(r.status, 200, r.text);
  return r.body.clocks;
}

const running = (list, kind, unit) =>
  list.filter((k) => k.kind === kind && k.stopped_on === null && (unit === undefined || k.unit_id === unit));

before(async () => {
  server = await startServer({ withKey: true });
  ({ u, sessionId, leadUnit, coUnit } = await signInSuggestionRoles(server, {
    li: 'deputy.li',
    staff: 'staff.wang',
    zhao: 'officer.zhao',
    sun: 'officer.sun',
    head: 'head.chen',
  }));
});
after(async () => {
  await server?.stop();
});

describe('clocks from the assignment', () => {
  test('assignment starts every clock; sign-for only stops its own; windows close with their purpose', async () => {
    let s = await assignedSuggestion(u, { sessionId, title: '关于期限从交办起算的建议', leadUnit, coUnits: [coUnit] });
    const id = s.id;

    // Nobody has signed for it, and the answer clock already runs.
    let k = await clocks(id);
    const answer = running(k, 'answer', leadUnit);
    assert.equal(answer.length, 1, JSON.stringify(k));
    const assignedOn = answer[0].started_on;
    assert.equal(running(k, 'sign_for', leadUnit).length, 1, 'the lead unit owes a sign-for');
    assert.equal(running(k, 'sign_for', coUnit).length, 1, 'the co-unit owes a sign-for');
    assert.equal(running(k, 'co_opinion', coUnit).length, 1, 'the co-unit owes its opinion');
    assert.equal(running(k, 'reassignment_window', leadUnit).length, 1);
    assert.equal(running(k, 'reassignment_window', coUnit).length, 1);
    for (const c of k) assert.equal(c.started_on, assignedOn, `${c.kind} counts from the assignment`);
    // Sign-for is due within days, the answer months later; both are obligations.
    assert.ok(running(k, 'sign_for', leadUnit)[0].due_on < running(k, 'reassignment_window', leadUnit)[0].due_on);
    assert.ok(running(k, 'co_opinion', coUnit)[0].due_on < answer[0].due_on);
    assert.equal(running(k, 'sign_for', leadUnit)[0].obligation, true);
    // The item's next deadline on the board is the nearest obligation: the sign-for.
    assert.equal((await u.staff.get(`${S}/${id}`)).body.next_due_on, running(k, 'sign_for', leadUnit)[0].due_on);

    // Signing for stops that unit's sign-for clock and starts nothing new.
    s = await act(u.zhao, id, 'sign_for', { version: s.version });
    k = await clocks(id);
    assert.equal(running(k, 'sign_for', leadUnit).length, 0);
    assert.equal(running(k, 'sign_for', coUnit).length, 1, 'the co-unit still owes its own');
    assert.equal(k.filter((c) => c.kind === 'answer').length, 1, 'no second answer clock');
    assert.equal(running(k, 'answer', leadUnit)[0].due_on, answer[0].due_on, 'the answer is still due when it was');
    s = await act(u.sun, id, 'sign_for', { version: s.version });

    // The co-unit's opinion is in: its opinion clock and its re-assignment window stop.
    s = await act(u.sun, id, 'submit_co_opinion', { version: s.version, note: '同意主办单位意见。' });
    k = await clocks(id);
    assert.equal(running(k, 'co_opinion', coUnit).length, 0);
    assert.equal(running(k, 'reassignment_window', coUnit).length, 0);
    assert.equal(running(k, 'reassignment_window', leadUnit).length, 1, 'the lead unit’s window still runs');
    const late = await u.sun.post(`${S}/${id}/actions/request_reassignment`, { version: s.version, reason: '非本单位职责' });
    assert.ok([403, 404, 409].includes(late.status), late.text);

    // The answer goes out: no window stays open on an answered item.
    s = await act(u.zhao, id, 'log_contact', { version: s.version, method: 'phone', summary: '电话联系代表。' });
    s = await act(u.zhao, id, 'draft_answer', { version: s.version, answer_class: 'A', body: '已解决。' });
    s = await act(u.head, id, 'sign_off_answer', { version: s.version });
    assert.equal(s.state, 'answered');
    k = await clocks(id);
    assert.deepEqual(running(k, 'reassignment_window'), []);
    assert.deepEqual(running(k, 'answer'), []);
    assert.equal(running(k, 'evaluation').length, 1);
  });

  test('an urgent item (急件) runs on the shorter periods; session and recess items are kept apart', async () => {
    const bad = await u.li.post(S, { session_id: sessionId, title: '关于提出时间有误的建议', body: '内容。', raised_in: 'summer' });
    assert.equal(bad.status, 400, bad.text);
    assert.equal(bad.body.errors[0].field, 'raised_in');

    const assigned = (title, draft) => assignedSuggestion(u, { sessionId, title, leadUnit, draft });
    const urgent = await assigned('关于汛期堤坝隐患的紧急建议', { urgent: true, raised_in: 'recess' });
    assert.equal(urgent.urgent, true);
    assert.equal(urgent.raised_in, 'recess');
    assert.equal(urgent.raised_in_title, '闭会期间');
    const plain = await assigned('关于汛期排涝的一般建议', {});
    assert.equal(plain.urgent, false);
    assert.equal(plain.raised_in, 'session');

    const due = async (id, kind) => running(await clocks(id), kind, leadUnit)[0].due_on;
    assert.ok((await due(urgent.id, 'answer')) < (await due(plain.id, 'answer')), 'the urgent answer is due first');
    assert.ok((await due(urgent.id, 'sign_for')) < (await due(plain.id, 'sign_for')), 'and its sign-for');
    const options = (await u.staff.get(`${S}/options`)).body;
    assert.equal(options.urgent_answer, '1个月');
    assert.deepEqual(options.raised_in.map((r) => r.name), ['session', 'recess']);

    // The board filters on both, and the export says which is which.
    const ids = async (q) => (await u.staff.get(`${S}?${q}&page_size=100`)).body.items.map((i) => i.id);
    assert.ok((await ids('urgent=true')).includes(urgent.id));
    assert.ok(!(await ids('urgent=true')).includes(plain.id));
    assert.ok((await ids('raised_in=recess')).includes(urgent.id));
    assert.ok(!(await ids('raised_in=recess')).includes(plain.id));
    assert.ok((await ids('raised_in=session')).includes(plain.id));

    // The committee may clear the mark when classifying; a draft's author may change both.
    const d = await u.li.post(S, { session_id: sessionId, title: '关于标注急件的建议', body: '内容。', urgent: true });
    const edited = await u.li.patch(`${S}/${d.body.id}`, { version: d.body.version, urgent: false, raised_in: 'recess' });
    assert.equal(edited.status, 200, edited.text);
    assert.equal(edited.body.urgent, false);
    assert.equal(edited.body.raised_in, 'recess');
    const wrong = await u.li.patch(`${S}/${d.body.id}`, { version: edited.body.version, raised_in: 'x' });
    assert.equal(wrong.status, 400, wrong.text);
    let s = await act(u.li, d.body.id, 'submit', { version: edited.body.version });
    s = await act(u.staff, s.id, 'initial_review_pass', { version: s.version });
    s = await act(u.staff, s.id, 're_review_accept', { version: s.version });
    s = await act(u.staff, s.id, 'classify', { version: s.version, star_level: 1, category: '交通运输', urgent: true });
    assert.equal(s.urgent, true);
    const timeline = (await u.staff.get(`${S}/${s.id}`)).body.timeline;
    assert.ok(timeline.length > 0);
  });

  test('each viewer’s board shows the deadlines that are theirs, and counts flags by them', async () => {
    let s = await assignedSuggestion(u, { sessionId, title: '关于按单位显示期限的建议', leadUnit, coUnits: [coUnit] });
    s = await act(u.zhao, s.id, 'sign_for', { version: s.version });
    const id = s.id;
    // The lead unit has signed; the co-unit owes its sign-for within days.
    const k = await clocks(id);
    const leadAnswer = running(k, 'answer', leadUnit)[0].due_on;
    const coSignFor = running(k, 'sign_for', coUnit)[0].due_on;
    assert.ok(coSignFor < leadAnswer);

    const row = async (client, q = '') => {
      const r = await client.get(`${S}?page_size=100${q}`);
      assert.equal(r.status, 200, r.text);
      return r.body.items.find((i) => i.id === id);
    };
    // Staff see the item's worst; each unit its own.
    assert.equal((await row(u.staff)).next_due_on, coSignFor);
    assert.equal((await row(u.zhao)).next_due_on, leadAnswer);
    assert.equal((await row(u.zhao)).next_due_kind, 'answer');
    assert.equal((await row(u.sun)).next_due_on, coSignFor);
    assert.equal((await row(u.sun)).next_due_kind, 'sign_for');
    // 临近到期 counts per viewer: the co-unit's sign-for is near, the lead unit's answer is not.
    assert.ok(await row(u.staff, '&flag=due_soon'), 'due soon for staff');
    assert.ok(await row(u.sun, '&flag=due_soon'), 'due soon for the co-unit');
    assert.equal(await row(u.zhao, '&flag=due_soon'), undefined, 'not due soon for the lead unit');
    // Sorting by the deadline works on the viewer's own dates too.
    const sorted = await u.zhao.get(`${S}?page_size=100&sort=next_due_on`);
    assert.equal(sorted.status, 200, sorted.text);
    const dues = sorted.body.items.map((i) => i.next_due_on).filter(Boolean);
    assert.deepEqual(dues, [...dues].sort());
  });
});
