// Leader coverage (领衔督办全覆盖, issue 12) through the real server, on SQLite and PostgreSQL:
// an accepted item's supervising leader is the one named for it, else the one the congress's
// division of work gives its star level and category (the category's rule first); the figure
// counts both; a leader's own items and the items without one are the suggestion board's
// box=supervised and leader=none. The year is a session of its own (2021), so counts are exact.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { fieldsOf, startServer } from './support/server.mjs';
import { act, S, signInSuggestionRoles } from './support/suggestions.mjs';

const L = '/api/v1/supervision/leaders';
const YEAR = 2021;

let server;
let u;
let leadUnit;
let session;
let liu;   // leader.liu's account id
let transport;  // ★ 交通运输: its leader comes from the rule
let education;  // ★ 教育科技: no rule for it; named below
let submitted;  // not accepted yet

async function accepted(title, category) {
  const d = await u.li.post(S, { session_id: session, title, body: '内容。', category });
  assert.equal(d.status, 201, d.text);
  let s = await act(u.li, d.body.id, 'submit', { version: d.body.version });
  s = await act(u.staff, s.id, 'initial_review_pass', { version: s.version });
  s = await act(u.staff, s.id, 're_review_accept', { version: s.version });
  s = await act(u.staff, s.id, 'classify', { version: s.version, star_level: 1, category });
  return act(u.staff, s.id, 'assign', { version: s.version, mode: 'joint', lead_unit_id: leadUnit, co_unit_ids: [] });
}
const coverage = async (client = u.staff) => {
  const r = await client.get(`/api/v1/supervision/coverage?org_node_id=1&year=${YEAR}`);
  assert.equal(r.status, 200, r.text);
  return r.body;
};
const ids = (r) => r.body.items.map((i) => i.id).sort((a, b) => a - b);

before(async () => {
  server = await startServer({ withKey: true });
  let current;
  ({ u, sessionId: current, leadUnit } = await signInSuggestionRoles(server, {
    li: 'deputy.li',
    staff: 'staff.wang',
    zhao: 'officer.zhao',
    leader: 'leader.liu',
    committee: 'committee.sun',
  }));
  liu = u.leader.user.id;
  const termId = (await u.staff.get(`/api/v1/org/sessions/${current}`)).body.term_id;
  const created = await u.staff.post('/api/v1/org/sessions', { term_id: termId, number: 8, opens_on: `${YEAR}-03-01` });
  assert.equal(created.status, 201, created.text);
  session = created.body.id;
  transport = await accepted('督办·交通', '交通运输');
  education = await accepted('督办·教育', '教育科技');
  const d = await u.li.post(S, { session_id: session, title: '督办·未立案', body: '内容。', category: '交通运输' });
  submitted = await act(u.li, d.body.id, 'submit', { version: d.body.version });
});
after(async () => {
  await server?.stop();
});

describe('the division of work', () => {
  test('is read with the accounts that may lead, and set by the committee only', async () => {
    const r = await u.committee.get(`${L}?org_node_id=1`);
    assert.equal(r.status, 200, r.text);
    assert.equal(r.body.can_manage, false);
    // The demo's division of work (★★★ and ★★ to 刘); the items here are ★, so it leaves them.
    assert.ok(r.body.rules.every((x) => x.star_level > 1 && x.user_name), r.text);
    assert.ok(r.body.leaders.some((l) => l.user_id === liu), r.text);
    assert.ok(!r.body.leaders.some((l) => l.user_id === u.staff.user.id), 'staff are not leaders');
    assert.equal((await u.li.get(L)).status, 403);
    assert.equal((await u.committee.put(L, { org_node_id: 1, rules: [] })).status, 403);
  });

  test('refuses a non-leader, a duplicate and a bad star level, naming the rule', async () => {
    const r = await u.staff.put(L, {
      org_node_id: 1,
      rules: [
        { star_level: 1, category: '交通运输', user_id: u.staff.user.id },
        { star_level: 1, category: '', user_id: liu },
        { star_level: 1, category: '', user_id: liu },
        { star_level: 4, user_id: liu },
        { star_level: 4294967297, category: '医疗卫生', user_id: liu },
      ],
    });
    assert.equal(r.status, 400, r.text);
    assert.deepEqual(fieldsOf(r.body), ['rules[2].category', 'rules[3].star_level', 'rules[4].star_level']);
    const notLeader = await u.staff.put(L, { org_node_id: 1, rules: [{ star_level: 1, category: '交通运输', user_id: u.staff.user.id }] });
    assert.deepEqual([notLeader.status, fieldsOf(notLeader.body)], [400, ['rules[0].user_id']]);
  });
});

describe('coverage', () => {
  test('without rules or names nothing is covered; the uncovered are listed', async () => {
    const c = await coverage();
    assert.deepEqual([c.items, c.covered, c.uncovered, c.rate], [2, 0, 2, 0]);
    const none = await u.staff.get(`${S}?leader=none&session_id=${session}&page_size=100`);
    assert.deepEqual(ids(none), [transport.id, education.id].sort((a, b) => a - b));
    assert.ok(!ids(none).includes(submitted.id), 'an item not yet accepted needs no leader');
  });

  test('the category rule gives its items a leader; a name covers the rest', async () => {
    const set = await u.staff.put(L, { org_node_id: 1, rules: [{ star_level: 1, category: '交通运输', user_id: liu }] });
    assert.equal(set.status, 200, set.text);
    assert.deepEqual(set.body.rules.map((r) => [r.star_level, r.category, r.user_id]), [[1, '交通运输', liu]]);
    let c = await coverage();
    assert.deepEqual([c.by_rule, c.named, c.uncovered, c.rate], [1, 0, 1, 50]);
    const item = (await u.li.get(`/api/v1/supervision/items/${transport.id}/leader`)).body;
    assert.deepEqual([item.leader.user_id, item.leader.source, item.can_name, item.candidates], [liu, 'rule', false, []]);

    // Naming: the committee only, a leader account only, an accepted item only.
    const path = `/api/v1/supervision/items/${education.id}/leader`;
    assert.equal((await u.li.put(path, { user_id: liu })).status, 403);
    const wrong = await u.staff.put(path, { user_id: u.staff.user.id });
    assert.deepEqual([wrong.status, fieldsOf(wrong.body)], [400, ['user_id']]);
    assert.equal((await u.staff.put(`/api/v1/supervision/items/${submitted.id}/leader`, { user_id: liu })).status, 409);
    const named = await u.staff.put(path, { user_id: liu });
    assert.equal(named.status, 200, named.text);
    assert.deepEqual([named.body.leader.user_id, named.body.leader.source], [liu, 'named']);
    c = await coverage(u.committee);
    assert.deepEqual([c.items, c.named, c.by_rule, c.covered, c.uncovered, c.rate], [2, 1, 1, 2, 0, 100]);

    // The leader is told, and the item's timeline shows it.
    const told = await u.leader.get(`/api/v1/notifications?kind=supervision_leader&suggestion_id=${education.id}`);
    assert.equal(told.body.items.length, 1, told.text);
    const detail = (await u.li.get(`${S}/${education.id}`)).body;
    const step = detail.timeline.find((e) => e.action === 'leader_named');
    assert.ok(step && step.action_title === '指定督办领导' && step.detail.includes('督办领导：'), JSON.stringify(detail.timeline));
  });

  test('a leader finds their items on the board; dropping the name goes back to the rule', async () => {
    const mine = await u.leader.get(`${S}?box=supervised&session_id=${session}&page_size=100`);
    assert.equal(mine.status, 200, mine.text);
    assert.deepEqual(ids(mine), [transport.id, education.id].sort((a, b) => a - b));
    assert.equal((await u.staff.get(`${S}?box=supervised&session_id=${session}`)).body.items.length, 0);
    const back = await u.staff.put(`/api/v1/supervision/items/${education.id}/leader`, { user_id: null });
    assert.deepEqual([back.status, back.body.leader], [200, null]);
    assert.deepEqual(ids(await u.leader.get(`${S}?box=supervised&session_id=${session}&page_size=100`)), [transport.id]);
    assert.equal((await coverage()).uncovered, 1);
    const auditor = await server.login('auditor');
    const log = await auditor.get('/api/v1/audit/records?action=supervision.leader.name');
    assert.ok(log.body.items.length >= 2, log.text);
  });

  test('a rule for any category covers what the category rules leave', async () => {
    const r = await u.staff.put(L, {
      org_node_id: 1,
      rules: [
        { star_level: 1, category: '交通运输', user_id: liu },
        { star_level: 1, category: '', user_id: liu },
      ],
    });
    assert.equal(r.status, 200, r.text);
    const c = await coverage();
    assert.deepEqual([c.by_rule, c.uncovered], [2, 0]);
    const auditor = await server.login('auditor');
    const log = await auditor.get('/api/v1/audit/records?action=supervision.leader_rules.replace');
    assert.ok(log.body.items.some((rec) => rec.changes.some((ch) => ch.field === 'rules' && ch.after.includes('任意类别'))), log.text);
  });

  test('precedence: a name over an active key topic over the rule', async () => {
    const source = async () => (await u.li.get(`/api/v1/supervision/items/${transport.id}/leader`)).body.leader.source;
    assert.equal(await source(), 'rule');
    const topic = await u.staff.post('/api/v1/supervision/key-topics', {
      org_node_id: 1,
      title: '领衔督办·优先次序',
      decided_on: '2026-01-05',
      leader_user_id: liu,
      suggestion_ids: [transport.id],
    });
    assert.equal(topic.status, 201, topic.text);
    assert.equal(await source(), 'key_topic');
    const path = `/api/v1/supervision/items/${transport.id}/leader`;
    assert.equal((await u.staff.put(path, { user_id: liu })).status, 200);
    assert.equal(await source(), 'named');
    assert.equal((await u.staff.put(path, { user_id: null })).status, 200);
    assert.equal(await source(), 'key_topic');
    // A concluded topic no longer supervises: back to the rule.
    const done = await u.staff.post(`/api/v1/supervision/key-topics/${topic.body.id}/conclude`, { version: topic.body.version, conclusion: '已办结。' });
    assert.equal(done.status, 200, done.text);
    assert.equal(await source(), 'rule');
  });
});
