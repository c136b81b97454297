// 未反馈 by rule: an answered item whose lead deputy let the evaluation window lapse is moved
// on by the reminders job (`daibiao remind`, and every `serve` leaseholder) — closed, or kept
// in 跟踪落实 while commitments are open — with the reason in the timeline and the deputy told,
// instead of waiting on 已答复/待评价 for months. An item still inside its window is left alone.
// The window's end is moved into the past with SQL on the real database (SQLite or PostgreSQL).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { run, sqlExec, startServer } from './support/server.mjs';
import { act, assignedSuggestion, S, signInSuggestionRoles } from './support/suggestions.mjs';

let server;
let u;
let sessionId;
let leadUnit;

const sql = (statement) => sqlExec(server, statement);

async function answered(title, answer) {
  let s = await assignedSuggestion(u, { sessionId, title, leadUnit });
  s = await act(u.zhao, s.id, 'sign_for', { version: s.version });
  s = await act(u.zhao, s.id, 'log_contact', { version: s.version, method: 'phone', summary: '电话联系代表。' });
  s = await act(u.zhao, s.id, 'draft_answer', { version: s.version, ...answer });
  s = await act(u.head, s.id, 'sign_off_answer', { version: s.version });
  assert.equal(s.state, 'answered');
  return s;
}

// As if the answer had gone out 60 days ago: its window (10 days) ended long since.
const lapse = (id) =>
  sql(`UPDATE suggestions SET answered_on = '2020-01-02' WHERE id = ${id};
       UPDATE suggestion_clocks SET started_on = '2020-01-02', due_on = '2020-01-12'
         WHERE suggestion_id = ${id} AND kind = 'evaluation';`);

before(async () => {
  server = await startServer({ withKey: true });
  ({ u, sessionId, leadUnit } = await signInSuggestionRoles(server, {
    li: 'deputy.li',
    staff: 'staff.wang',
    zhao: 'officer.zhao',
    head: 'head.chen',
  }));
});
after(async () => {
  await server?.stop();
});

describe('evaluation window lapsed', () => {
  test('the job closes it, or keeps it in follow-up with open commitments; a running window is left', async () => {
    const done = await answered('关于评价逾期自动办结的建议', { answer_class: 'A', body: '已解决。' });
    const promised = await answered('关于评价逾期转入跟踪的建议', {
      answer_class: 'B',
      body: '正在解决。',
      commitments: [{ what: '年底前完成改造', due_on: '2099-12-31' }],
    });
    const waiting = await answered('关于仍在评价期内的建议', { answer_class: 'A', body: '已解决。' });
    await lapse(done.id);
    await lapse(promised.id);

    const r = await run(['remind', '--db', server.dbUrl, '--key-file', server.keyFile]);
    assert.equal(r.code, 0, r.stderr);
    // The server's own leaseholder runs the same job every few seconds and may have moved
    // them first; together, exactly these two moved (the demo's answer is 5 days old).
    assert.match(r.stdout, /moved on [0-2] answers/);

    const get = async (id) => (await u.staff.get(`${S}/${id}`)).body;
    const closed = await get(done.id);
    assert.equal(closed.state, 'closed');
    const last = closed.timeline.at(-1);
    assert.equal(last.action, 'close');
    assert.match(JSON.stringify(last), /未反馈/);
    assert.equal((await get(promised.id)).state, 'follow_up');
    assert.equal((await get(waiting.id)).state, 'answered', 'inside its window: untouched');
    // The evaluation clock stopped: nothing stays flagged.
    assert.deepEqual(closed.clocks.filter((k) => k.kind === 'evaluation' && k.stopped_on === null), []);
    // The deputy is told.
    const notes = (await u.li.get('/api/v1/notifications?page_size=100')).body.items;
    assert.ok(notes.some((n) => n.suggestion_id === done.id && n.kind === 'close'), JSON.stringify(notes.slice(0, 3)));
    assert.ok(notes.some((n) => n.suggestion_id === promised.id && n.kind === 'close'));
    // Run again: nothing more to move.
    const again = await run(['remind', '--db', server.dbUrl, '--key-file', server.keyFile]);
    assert.match(again.stdout, /moved on 0 answers/);
    assert.equal((await get(waiting.id)).state, 'answered');
    // The audit trail records the step, by the system.
    const auditor = await server.login('auditor');
    const rows = await auditor.get(`/api/v1/audit/records?action=suggestion.close&object_id=${done.id}`);
    assert.equal(rows.status, 200, rows.text);
    assert.equal(rows.body.items.length, 1, JSON.stringify(rows.body.items));
    assert.equal(rows.body.items[0].actor_name, 'system');
  });
});
