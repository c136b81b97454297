// What the detail offers (available_actions): every button is an action the table allows the
// caller in this state; a check that can be known before acting (a guard about the item)
// disables the button and says why, instead of letting the click fail. The lead unit is not
// offered 答复 while a co-unit's opinion is pending — it sees the reason and the deadline —
// and the answer, were it sent anyway, is refused with the same words. Editing the text is
// offered to the lead deputy while it is a draft (a row of the table), and then no more.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { startServer } from './support/server.mjs';
import { act, S, signInSuggestionRoles } from './support/suggestions.mjs';

let server;
let u;
let sessionId;
let leadUnit;
let coUnit;

async function offered(client, id) {
  const r = await client.get(`${S}/${id}`);
  assert.equal(r.status, 200, r.text);
  return { item: r.body, byName: Object.fromEntries(r.body.available_actions.map((a) => [a.name, a])) };
}

before(async () => {
  server = await startServer({ withKey: true });
  ({ u, sessionId, leadUnit, coUnit } = await signInSuggestionRoles(server, {
    li: 'deputy.li',
    staff: 'staff.wang',
    zhao: 'officer.zhao',
    sun: 'officer.sun',
    leader: 'leader.liu',
  }));
});
after(async () => {
  await server?.stop();
});

describe('offered actions', () => {
  test('every button says whether it can be taken now; enabled ones carry no reason', async () => {
    const r = await u.li.post(S, { session_id: sessionId, title: '关于按钮说明的建议', body: '内容。' });
    assert.equal(r.status, 201, r.text);
    for (const a of r.body.available_actions) {
      assert.equal(typeof a.enabled, 'boolean', JSON.stringify(a));
      assert.equal(a.enabled ? a.reason : typeof a.reason, a.enabled ? null : 'string', JSON.stringify(a));
    }
    // Editing is a row of the table: offered on the draft, not once submitted.
    let { byName } = await offered(u.li, r.body.id);
    assert.equal(byName.edit?.enabled, true, JSON.stringify(byName));
    const s = await act(u.li, r.body.id, 'submit', { version: r.body.version });
    ({ byName } = await offered(u.li, s.id));
    assert.equal(byName.edit, undefined);
    const edit = await u.li.patch(`${S}/${s.id}`, { version: s.version, title: '改标题' });
    assert.equal(edit.status, 409, edit.text);
    assert.match(edit.body.detail, /不能修改内容/);
    // The action route does not take it: editing is PATCH.
    assert.equal((await u.li.post(`${S}/${s.id}/actions/edit`, { version: s.version })).status, 404);
  });

  test('the lead unit is not offered 答复 while a co-unit’s opinion is pending, and sees why', async () => {
    const d = await u.li.post(S, { session_id: sessionId, title: '关于协办意见未到的建议', body: '内容。', category: '交通运输' });
    assert.equal(d.status, 201, d.text);
    const id = d.body.id;
    let s = await act(u.li, id, 'submit', { version: d.body.version });
    s = await act(u.staff, id, 'initial_review_pass', { version: s.version });
    s = await act(u.staff, id, 're_review_accept', { version: s.version });
    // Assignment waits for a star level: shown disabled with the reason, not hidden.
    let { byName } = await offered(u.staff, id);
    assert.equal(byName.assign?.enabled, false, JSON.stringify(byName.assign));
    assert.match(byName.assign.reason, /星级/);
    s = await act(u.staff, id, 'classify', { version: s.version, star_level: 1, category: '交通运输' });
    ({ byName } = await offered(u.staff, id));
    assert.equal(byName.assign?.enabled, true);
    s = await act(u.staff, id, 'assign', { version: s.version, mode: 'joint', lead_unit_id: leadUnit, co_unit_ids: [coUnit] });
    s = await act(u.zhao, id, 'sign_for', { version: s.version });
    s = await act(u.sun, id, 'sign_for', { version: s.version });

    // Before contact with the deputy: 答复 is disabled and says so.
    ({ byName } = await offered(u.zhao, id));
    assert.equal(byName.draft_answer?.enabled, false);
    assert.match(byName.draft_answer.reason, /沟通/);
    assert.equal(byName.log_contact?.enabled, true);
    s = await act(u.zhao, id, 'log_contact', { version: s.version, method: 'phone', summary: '电话联系代表。' });

    // Contacted, but the co-unit's opinion is pending: still disabled, with its deadline.
    ({ byName } = await offered(u.zhao, id));
    const answer = byName.draft_answer;
    assert.equal(answer?.enabled, false, JSON.stringify(answer));
    assert.match(answer.reason, /协办/);
    assert.match(answer.reason, /\d{4}-\d{2}-\d{2}/);
    // Sent anyway, it is refused with the same words.
    const refused = await u.zhao.post(`${S}/${id}/actions/draft_answer`, { version: s.version, answer_class: 'A', body: '答复。' });
    assert.equal(refused.status, 409, refused.text);
    assert.equal(refused.body.detail, answer.reason);

    // The co-unit sees its own button enabled; once its opinion is in, 答复 is enabled.
    ({ byName } = await offered(u.sun, id));
    assert.equal(byName.submit_co_opinion?.enabled, true);
    s = await act(u.sun, id, 'submit_co_opinion', { version: s.version, note: '同意。' });
    ({ byName } = await offered(u.sun, id));
    assert.equal(byName.submit_co_opinion, undefined, 'sent: no longer offered');
    ({ byName } = await offered(u.zhao, id));
    assert.equal(byName.draft_answer?.enabled, true);
    assert.equal(byName.draft_answer.reason, null);
    s = await act(u.zhao, id, 'draft_answer', { version: s.version, answer_class: 'A', body: '已解决。' });
    assert.equal(s.state, 'answer_drafted');

    // A leader reads it and is offered nothing, enabled or not.
    assert.deepEqual((await offered(u.leader, id)).item.available_actions, []);
  });
});
