// Key suggestions (重点督办, issue 12) through the real server, on SQLite and PostgreSQL: the
// chairman's meeting's topic holds items (accepted, not closed, in no other active topic),
// names its supervising leader — who becomes the items' supervising leader — the government
// leader and the special committee; activities (an inquiry with questions and answers) are
// logged on the topic and in every item's timeline; the topic is concluded once; candidates
// are the items raised by many deputies at once. The year is a session of its own (2020).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { fieldsOf, startServer } from './support/server.mjs';
import { act, S, signInSuggestionRoles } from './support/suggestions.mjs';

const K = '/api/v1/supervision/key-topics';
const YEAR = 2020;

let server;
let u;
let leadUnit;
let session;
let liu;
let joint;   // raised by 李 with 周 (two deputies)
let single;  // raised by 李 alone
let closedItem;
let topic;

async function accepted(title, { withZhou = false } = {}) {
  const d = await u.li.post(S, { session_id: session, title, body: '内容。', category: '城乡建设' });
  assert.equal(d.status, 201, d.text);
  let s = d.body;
  if (withZhou) {
    const zhou = (await u.zhou.get('/api/v1/auth/me')).body.person_id;
    s = await act(u.li, s.id, 'invite_cosigners', { version: s.version, person_ids: [zhou] });
    s = await act(u.zhou, s.id, 'cosigner_confirm', { version: s.version });
  }
  s = await act(u.li, s.id, 'submit', { version: s.version });
  s = await act(u.staff, s.id, 'initial_review_pass', { version: s.version });
  s = await act(u.staff, s.id, 're_review_accept', { version: s.version });
  s = await act(u.staff, s.id, 'classify', { version: s.version, star_level: 3, category: '城乡建设' });
  return act(u.staff, s.id, 'assign', { version: s.version, mode: 'joint', lead_unit_id: leadUnit, co_unit_ids: [] });
}

const topicBody = (ids, extra = {}) => ({
  org_node_id: 1,
  title: '城区停车难问题',
  description: '合并督办相关建议。',
  decided_on: `${YEAR}-03-20`,
  meeting: '第十二次主任会议',
  leader_user_id: liu,
  government_leader: '副市长 张某',
  committee: '城乡建设环境保护委员会',
  suggestion_ids: ids,
  ...extra,
});

before(async () => {
  server = await startServer({ withKey: true });
  let current;
  ({ u, sessionId: current, leadUnit } = await signInSuggestionRoles(server, {
    li: 'deputy.li',
    zhou: 'deputy.zhou',
    staff: 'staff.wang',
    zhao: 'officer.zhao',
    head: 'head.chen',
    leader: 'leader.liu',
    committee: 'committee.sun',
  }));
  liu = u.leader.user.id;
  const termId = (await u.staff.get(`/api/v1/org/sessions/${current}`)).body.term_id;
  const created = await u.staff.post('/api/v1/org/sessions', { term_id: termId, number: 7, opens_on: `${YEAR}-02-01` });
  assert.equal(created.status, 201, created.text);
  session = created.body.id;
  joint = await accepted('重点·停车场建设', { withZhou: true });
  single = await accepted('重点·路边停车');
  let s = await accepted('重点·已办结');
  s = await act(u.zhao, s.id, 'sign_for', { version: s.version });
  s = await act(u.zhao, s.id, 'log_contact', { version: s.version, method: 'phone', summary: '电话联系。' });
  s = await act(u.zhao, s.id, 'draft_answer', { version: s.version, answer_class: 'A', body: '已解决。' });
  s = await act(u.head, s.id, 'sign_off_answer', { version: s.version });
  closedItem = await act(u.li, s.id, 'evaluate', { version: s.version, rating: 'satisfied' });
  assert.equal(closedItem.state, 'closed');
});
after(async () => {
  await server?.stop();
});

describe('key topics', () => {
  test('candidates are the items raised by many deputies at once', async () => {
    const r = await u.committee.get(`${K}/candidates?org_node_id=1&year=${YEAR}&min_deputies=2`);
    assert.equal(r.status, 200, r.text);
    assert.deepEqual(r.body.items.map((i) => [i.suggestion_id, i.deputies]), [[joint.id, 2]]);
    const all = await u.staff.get(`${K}/candidates?org_node_id=1&year=${YEAR}&min_deputies=2`);
    assert.equal(all.body.min_deputies, 2);
    assert.equal((await u.staff.get(`${K}/candidates?min_deputies=1`)).status, 400);
    assert.equal((await u.li.get(`${K}/candidates`)).status, 403);
  });

  test('the committee records a topic on accepted, open items; its leader leads them', async () => {
    // Field errors name what is wrong, item by item.
    const bad = await u.staff.post(K, topicBody([single.id, closedItem.id, 99999999], { leader_user_id: u.staff.user.id, decided_on: '2099-01-01' }));
    assert.equal(bad.status, 400, bad.text);
    assert.deepEqual(fieldsOf(bad.body), ['decided_on']);
    const badItems = await u.staff.post(K, topicBody([single.id, closedItem.id, 99999999], { leader_user_id: u.staff.user.id }));
    assert.equal(badItems.status, 400, badItems.text);
    assert.deepEqual(fieldsOf(badItems.body), ['leader_user_id', 'suggestion_ids[1]', 'suggestion_ids[2]']);
    assert.equal((await u.committee.post(K, topicBody([single.id]))).status, 403);

    const r = await u.staff.post(K, topicBody([joint.id, single.id]));
    assert.equal(r.status, 201, r.text);
    topic = r.body;
    assert.deepEqual([topic.status, topic.item_count, topic.leader_name.length > 0, topic.can_manage], ['active', 2, true, true]);
    assert.deepEqual(topic.items.map((i) => i.suggestion_id), [joint.id, single.id].sort((a, b) => a - b));
    // An item is in one active topic at a time.
    const twice = await u.staff.post(K, topicBody([single.id], { title: '另一个事项' }));
    assert.deepEqual([twice.status, fieldsOf(twice.body)], [400, ['suggestion_ids[0]']]);
    // The deputy sees it in the item's timeline and is told; the leader is told and leads it.
    const detail = (await u.li.get(`${S}/${joint.id}`)).body;
    const step = detail.timeline.find((e) => e.action === 'key_designated');
    assert.ok(step && step.action_title === '列为重点督办' && step.detail.includes('第十二次主任会议'), JSON.stringify(detail.timeline));
    assert.equal((await u.li.get(`/api/v1/notifications?kind=key_suggestion&suggestion_id=${joint.id}`)).body.items.length, 1);
    const lead = (await u.li.get(`/api/v1/supervision/items/${joint.id}/leader`)).body.leader;
    assert.deepEqual([lead.user_id, lead.source], [liu, 'key_topic']);
    const cov = (await u.staff.get(`/api/v1/supervision/coverage?org_node_id=1&year=${YEAR}`)).body;
    assert.equal(cov.by_key_topic, 2, JSON.stringify(cov));
    const candidates = await u.staff.get(`${K}/candidates?org_node_id=1&year=${YEAR}&min_deputies=2`);
    assert.deepEqual(candidates.body.items, [], 'an item in an active topic is no candidate');
    const list = await u.leader.get(`${K}?status=active`);
    assert.ok(list.body.items.some((t) => t.id === topic.id), list.text);
  });

  test('an inquiry is logged with its questions and answers, on the topic and every item', async () => {
    const path = `${K}/${topic.id}/activities`;
    const inquiry = {
      kind: 'inquiry',
      held_on: `${YEAR}-06-18`,
      place: '常委会会议室',
      participants: '常委会组成人员、部分代表',
      summary: '就城区停车难问题开展专题询问。',
      questions: [
        { question: '停车位缺口有多大？', asked_by: '李代表', answer: '约 3000 个。', answered_by: '市住建局局长' },
        { question: '明年计划新建多少？', asked_by: '王委员' },
      ],
    };
    const half = await u.staff.post(path, { ...inquiry, questions: [{ question: '', answer: '有答' }] });
    assert.equal(half.status, 400, half.text);
    assert.deepEqual(fieldsOf(half.body), ['questions[0].answered_by', 'questions[0].asked_by', 'questions[0].question']);
    assert.equal((await u.leader.post(path, inquiry)).status, 403);
    const r = await u.staff.post(path, inquiry);
    assert.equal(r.status, 201, r.text);
    const a = r.body.activities.at(-1);
    assert.deepEqual([a.kind, a.questions.length, a.questions[0].answered_by, a.questions[1].answer], ['inquiry', 2, '市住建局局长', '']);
    for (const id of [joint.id, single.id]) {
      const timeline = (await u.zhao.get(`${S}/${id}`)).body.timeline;
      const step = timeline.find((e) => e.action === 'key_activity');
      assert.ok(step && step.detail.startsWith(`${YEAR}-06-18 专题询问：`) && step.detail.includes('问答 2 条'), JSON.stringify(timeline));
    }
    const visit = await u.staff.post(path, { kind: 'inspection', held_on: `${YEAR}-05-09`, summary: '实地察看三处停车场。' });
    assert.equal(visit.status, 201, visit.text);
    assert.deepEqual(visit.body.activities.map((x) => x.kind), ['inspection', 'inquiry'], 'in date order');
  });

  test('a topic is concluded once; then its leader no longer leads the items', async () => {
    const cur = (await u.committee.get(`${K}/${topic.id}`)).body;
    assert.equal(cur.can_manage, false);
    assert.equal((await u.staff.post(`${K}/${topic.id}/conclude`, { version: cur.version, conclusion: '' })).status, 400);
    assert.equal((await u.staff.post(`${K}/${topic.id}/conclude`, { version: cur.version + 3, conclusion: '办结。' })).status, 409);
    const r = await u.staff.post(`${K}/${topic.id}/conclude`, { version: cur.version, conclusion: '新增停车位 3200 个，问题基本解决。' });
    assert.equal(r.status, 200, r.text);
    assert.deepEqual([r.body.status, r.body.can_manage], ['concluded', false]);
    const again = await u.staff.post(`${K}/${topic.id}/activities`, { kind: 'forum', held_on: `${YEAR}-07-01`, summary: '座谈。' });
    assert.equal(again.status, 409, again.text);
    // The topic's leader no longer counts: the item falls back to the division of work, if any.
    const after_ = (await u.li.get(`/api/v1/supervision/items/${joint.id}/leader`)).body.leader;
    assert.ok(after_ === null || after_.source === 'rule', JSON.stringify(after_));
    const timeline = (await u.li.get(`${S}/${single.id}`)).body.timeline;
    assert.ok(timeline.some((e) => e.action === 'key_concluded' && e.detail.includes('3200')));
    const auditor = await server.login('auditor');
    for (const action of ['supervision.key.create', 'supervision.key.activity', 'supervision.key.conclude']) {
      const log = await auditor.get(`/api/v1/audit/records?action=${action}`);
      assert.ok(log.body.items.some((rec) => rec.object_id === String(topic.id)), `${action}: ${log.text}`);
    }
    // Outside read scope the topic does not exist.
    assert.equal((await u.li.get(`${K}/${topic.id}`)).status, 404);
  });
});
