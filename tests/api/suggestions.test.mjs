// Suggestion handling (代表建议办理) through the real server: a joint suggestion with a lead
// and a co-unit walked from draft to a solved problem, including a 不满意 round and a slipped
// commitment that a look-back reopens; 404 for outsiders, 409 for steps out of order and for
// two people acting at once; attachments checked by magic bytes; notifications; the board.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { isPostgres, psql, run, sqlite3Path, startServer, fieldsOf } from './support/server.mjs';
import { execFileSync } from 'node:child_process';

const S = '/api/v1/suggestions';
let server;
let u; // clients by username
let sessionId;
let leadUnit;
let coUnit;

async function as(name) {
  return server.login(name);
}

async function detail(client, id) {
  const r = await client.get(`${S}/${id}`);
  assert.equal(r.status, 200, r.text);
  return r.body;
}

// One workflow step; asserts the status and returns the body.
async function act(client, id, action, body = {}, status = 200) {
  const r = await client.post(`${S}/${id}/actions/${action}`, body);
  assert.equal(r.status, status, `${action}: ${r.text}`);
  return r.body;
}

// Moves a date column into the past, as if time had passed (the server's clock is real).
async function sql(statement) {
  if (isPostgres(server.dbUrl)) await psql(server.dbUrl, statement);
  else execFileSync(sqlite3Path(), [server.dbUrl.replace('sqlite://', ''), statement]);
}

function addDays(days) {
  const d = new Date(Date.now() + 8 * 3600_000 + days * 86400_000);
  return d.toISOString().slice(0, 10);
}

before(async () => {
  server = await startServer({ withKey: true });
  u = {
    li: await as('deputy.li'),
    zhou: await as('deputy.zhou'),
    staff: await as('staff.wang'),
    zhao: await as('officer.zhao'),
    sun: await as('officer.sun'),
    head: await as('head.chen'),
    leader: await as('leader.liu'),
    auditor: await as('auditor'),
  };
  const options = await u.li.get(`${S}/options`);
  assert.equal(options.status, 200, options.text);
  sessionId = options.body.sessions[0].id;
  leadUnit = u.zhao.user.unit_id ?? (await u.zhao.get('/api/v1/auth/me')).body.unit_id;
  coUnit = (await u.sun.get('/api/v1/auth/me')).body.unit_id;
  assert.ok(leadUnit && coUnit && leadUnit !== coUnit);
});
after(async () => {
  await server?.stop();
});

async function newDraft(client = u.li, title = '关于改善农村饮水条件的建议') {
  const r = await client.post(S, {
    session_id: sessionId,
    title,
    body: '部分山区村组季节性缺水，建议实施农村供水保障工程。',
    category: '农业农村',
    is_public: true,
  });
  assert.equal(r.status, 201, r.text);
  assert.equal(r.body.state, 'draft');
  return r.body;
}

describe('the whole lifecycle of a joint suggestion', () => {
  test('draft → co-signing → review → assignment → answer → 不满意 → second answer → look-back reopens → solved', async () => {
    const zhouPerson = (await u.zhou.get('/api/v1/auth/me')).body.person_id;
    const d = await newDraft();
    const id = d.id;

    // A draft is the deputies' own: staff, the leader and the invitee-to-be see nothing.
    for (const c of [u.staff, u.leader, u.zhou]) assert.equal((await c.get(`${S}/${id}`)).status, 404);

    let s = await act(u.li, id, 'invite_cosigners', { version: d.version, person_ids: [zhouPerson] });
    assert.equal(s.state, 'cosigning');
    // Submit waits for every co-signer.
    let r = await u.li.post(`${S}/${id}/actions/submit`, { version: s.version });
    assert.equal(r.status, 409);
    assert.match(r.body.detail, /未确认/);
    s = await act(u.zhou, id, 'cosigner_confirm', { version: s.version });
    assert.equal(s.cosigners[0].status, 'confirmed');
    s = await act(u.li, id, 'submit', { version: s.version });
    assert.equal(s.state, 'submitted');

    // Out of order: an answer before assignment names the state.
    r = await u.zhao.post(`${S}/${id}/actions/draft_answer`, { version: s.version, answer_class: 'A', body: 'x' });
    assert.equal(r.status, 404, 'the unit is not a party yet');
    r = await u.li.post(`${S}/${id}/actions/evaluate`, { version: s.version, rating: 'satisfied' });
    assert.equal(r.status, 409);
    assert.match(r.body.detail, /已提交/);

    s = await act(u.staff, id, 'initial_review_pass', { version: s.version });
    assert.equal(s.state, 'initial_reviewed');
    // Two staff at once: the second, with the same version, gets 409.
    const [a1, a2] = await Promise.all([
      u.staff.post(`${S}/${id}/actions/re_review_accept`, { version: s.version }),
      u.staff.post(`${S}/${id}/actions/re_review_accept`, { version: s.version }),
    ]);
    assert.deepEqual([a1.status, a2.status].sort(), [200, 409]);
    s = await detail(u.staff, id);
    assert.equal(s.state, 'accepted');
    assert.match(s.number_text, /^第\d+号$/);

    // Assignment needs a star level first.
    r = await u.staff.post(`${S}/${id}/actions/assign`, { version: s.version, lead_unit_id: leadUnit });
    assert.equal(r.status, 409);
    assert.match(r.body.detail, /星级/);
    s = await act(u.staff, id, 'classify', { version: s.version, star_level: 2, category: '农业农村' });
    assert.equal(s.star_level, 2);
    s = await act(u.staff, id, 'assign', { version: s.version, mode: 'joint', lead_unit_id: leadUnit, co_unit_ids: [coUnit] });
    assert.equal(s.state, 'assigned');
    assert.deepEqual(s.units.map((x) => x.role), ['lead', 'co']);

    // The units now see it; signing starts the lead unit's 3-month answer clock.
    s = await act(u.zhao, id, 'sign_for', { version: s.version });
    assert.equal(s.state, 'handling');
    const answerClock = s.clocks.find((k) => k.kind === 'answer' && !k.stopped_on);
    assert.ok(answerClock && answerClock.due_on > addDays(80), JSON.stringify(s.clocks));
    assert.equal(s.next_due_on <= answerClock.due_on, true);
    s = await act(u.sun, id, 'sign_for', { version: s.version });

    // No answer before contact with the deputy, nor before the co-unit's opinion.
    r = await u.zhao.post(`${S}/${id}/actions/draft_answer`, { version: s.version, answer_class: 'A', body: '答复' });
    assert.equal(r.status, 409);
    assert.match(r.body.detail, /沟通/);
    s = await act(u.zhao, id, 'log_contact', { version: s.version, method: 'phone', summary: '电话联系代表，了解诉求。' });
    r = await u.zhao.post(`${S}/${id}/actions/draft_answer`, { version: s.version, answer_class: 'A', body: '答复' });
    assert.equal(r.status, 409);
    assert.match(r.body.detail, /协办/);
    s = await act(u.sun, id, 'submit_co_opinion', { version: s.version, note: '同意主办单位意见。' });

    // B answers must carry commitments.
    r = await u.zhao.post(`${S}/${id}/actions/draft_answer`, { version: s.version, answer_class: 'B', body: '答复' });
    assert.equal(r.status, 400);
    assert.ok(fieldsOf(r.body).includes('commitments'), r.text);
    s = await act(u.zhao, id, 'draft_answer', {
      version: s.version,
      answer_class: 'B',
      body: '已列入明年计划。',
      commitments: [{ what: '完成供水管网改造', due_on: addDays(60) }],
    });
    assert.equal(s.state, 'answer_drafted');
    s = await act(u.head, id, 'sign_off_answer', { version: s.version });
    assert.equal(s.state, 'answered');
    assert.ok(s.available_actions.length === 0 || !s.available_actions.some((a) => a.name === 'evaluate'));

    // A co-signer rates the same answer once; only the lead deputy's rating moves the item.
    s = await act(u.zhou, id, 'evaluate', { version: s.version, rating: 'basically_satisfied', comment: '基本认可。' });
    assert.equal(s.state, 'answered');
    assert.equal(s.evaluations.at(-1).rating_title, '基本满意');
    r = await u.zhou.post(`${S}/${id}/actions/evaluate`, { version: s.version, rating: 'satisfied' });
    assert.equal(r.status, 409);
    assert.match(r.body.detail, /已评价/);

    // 不满意 sends it back with its own one-month clock.
    const liView = await detail(u.li, id);
    assert.ok(liView.available_actions.some((a) => a.name === 'evaluate'));
    s = await act(u.li, id, 'evaluate', { version: s.version, rating: 'dissatisfied', comment: '未解决实际问题。' });
    assert.equal(s.state, 'rehandling');
    assert.equal(s.dissatisfied_rounds, 1);
    assert.ok(s.clocks.some((k) => k.kind === 'rehandling' && !k.stopped_on));
    // A second evaluation of the same answer is out of order.
    r = await u.li.post(`${S}/${id}/actions/evaluate`, { version: s.version, rating: 'satisfied' });
    assert.equal(r.status, 409);

    s = await act(u.zhao, id, 'log_contact', { version: s.version, method: 'visit', summary: '登门走访，实地查看。' });
    s = await act(u.zhao, id, 'draft_answer', {
      version: s.version,
      answer_class: 'B',
      body: '已安排专项资金。',
      commitments: [{ what: '年底前完成管网改造', due_on: addDays(30) }],
    });
    s = await act(u.head, id, 'sign_off_answer', { version: s.version });
    s = await act(u.li, id, 'evaluate', { version: s.version, rating: 'basically_satisfied' });
    assert.equal(s.state, 'follow_up');
    const current = s.answers.filter((a) => a.status === 'signed').at(-1);
    const commitment = s.commitments.find((c) => c.status === 'open' && c.answer_id === current.id);
    assert.ok(commitment);

    // The commitment's date passes (moved into the past here); the deputy is asked to look
    // back (once, however often reminders run) and answers: not done.
    await sql(`UPDATE suggestion_commitments SET due_on = '2026-01-05' WHERE id = ${commitment.id}`);
    for (let i = 0; i < 2; i++) assert.equal((await run(['remind', '--db', server.dbUrl])).code, 0);
    const asked = await u.li.get(`/api/v1/notifications?kind=look_back_due&suggestion_id=${id}`);
    assert.equal(asked.body.items.length, 1, JSON.stringify(asked.body.items));
    assert.match(asked.body.items[0].title, /请回头看/);
    s = await detail(u.li, id);
    assert.ok(s.available_actions.some((a) => a.name === 'look_back'), JSON.stringify(s.available_actions));
    s = await act(u.li, id, 'look_back', { version: s.version, commitment_id: commitment.id, result: 'not_done', comment: '管网仍未开工。' });
    assert.equal(s.state, 'rehandling');
    assert.equal(s.round, 3);

    // Third round: solved.
    s = await act(u.zhao, id, 'log_contact', { version: s.version, method: 'meeting', summary: '座谈见面。' });
    s = await act(u.zhao, id, 'draft_answer', { version: s.version, answer_class: 'A', body: '管网改造已完工，群众用上了自来水。' });
    s = await act(u.head, id, 'sign_off_answer', { version: s.version });
    s = await act(u.li, id, 'evaluate', { version: s.version, rating: 'satisfied' });
    assert.equal(s.state, 'closed');
    assert.ok(s.closed_at);

    // The timeline has every step with who and what.
    const actions = s.timeline.map((e) => e.action);
    for (const a of ['create', 'invite_cosigners', 'cosigner_confirm', 'submit', 'assign', 'sign_for', 'evaluate', 'look_back'])
      assert.ok(actions.includes(a), `timeline lacks ${a}`);
    assert.ok(s.timeline.every((e) => e.actor_name && e.at && e.to_state_title));

    // Everyone involved was told; the co-signer got the answer too.
    const zn = await u.zhou.get('/api/v1/notifications?unread=true&page_size=100');
    assert.ok(zn.body.items.some((n) => n.suggestion_id === id && n.kind === 'sign_off_answer'), JSON.stringify(zn.body.items.filter((n) => n.suggestion_id === id)));
    const read = await u.zhou.post(`/api/v1/notifications/${zn.body.items[0].id}/read`);
    assert.equal(read.status, 204);
    assert.equal((await u.zhou.get('/api/v1/notifications?unread=true')).body.unread, zn.body.unread - 1);
    // Someone else's notification does not exist for me.
    assert.equal((await u.li.post(`/api/v1/notifications/${zn.body.items[0].id}/read`)).status, 404);

    // The audit log has the steps.
    const audit = await u.auditor.get('/api/v1/audit/records?action=suggestion.look_back');
    assert.equal(audit.status, 200, audit.text);
    assert.ok(audit.body.items.some((x) => x.object_id === String(id)));
  });
});

describe('guards, visibility and input', () => {
  test('a deputy outside the item gets 404; the leader reads but cannot act', async () => {
    const d = await newDraft(u.li, '关于完善乡村客运的建议');
    let s = await act(u.li, d.id, 'submit', { version: d.version });
    assert.equal((await u.zhou.get(`${S}/${d.id}`)).status, 404);
    assert.equal((await u.zhou.post(`${S}/${d.id}/actions/withdraw`, { version: s.version, reason: 'x' })).status, 404);
    const seen = await u.leader.get(`${S}/${d.id}`);
    assert.equal(seen.status, 200);
    assert.deepEqual(seen.body.available_actions, []);
    const r = await u.leader.post(`${S}/${d.id}/actions/initial_review_pass`, { version: s.version });
    assert.equal(r.status, 403);
    // Withdrawal after submission needs a written reason.
    const w = await u.li.post(`${S}/${d.id}/actions/withdraw`, { version: s.version });
    assert.equal(w.status, 400);
    assert.deepEqual(fieldsOf(w.body), ['reason']);
    s = await act(u.li, d.id, 'withdraw', { version: s.version, reason: '问题已解决。' });
    assert.equal(s.state, 'withdrawn');
  });

  test('not a suggestion needs a reason from the list; returned items go back to the deputy', async () => {
    const d = await newDraft(u.li, '关于本人宅基地纠纷的请求');
    let s = await act(u.li, d.id, 'submit', { version: d.version });
    s = await act(u.staff, d.id, 'initial_review_pass', { version: s.version });
    let r = await u.staff.post(`${S}/${d.id}/actions/reject_not_suggestion`, { version: s.version, reason_code: '随便写的' });
    assert.equal(r.status, 400);
    assert.deepEqual(fieldsOf(r.body), ['reason_code']);
    s = await act(u.staff, d.id, 'return_for_revision', { version: s.version, reason: '请补充具体情况。' });
    assert.equal(s.state, 'returned');
    assert.equal(s.return_reason, '请补充具体情况。');
    const edited = await u.li.patch(`${S}/${d.id}`, { version: s.version, title: '关于规范宅基地审批的建议' });
    assert.equal(edited.status, 200, edited.text);
    assert.equal(edited.body.title, '关于规范宅基地审批的建议');
    // Unknown fields and bad types are refused.
    r = await u.li.post(`${S}/${d.id}/actions/submit`, { version: edited.body.version, colour: 'red' });
    assert.equal(r.status, 400);
    assert.deepEqual(fieldsOf(r.body), ['colour']);
    r = await u.li.post(`${S}/${d.id}/actions/fly_away`, { version: edited.body.version });
    assert.equal(r.status, 404);
  });

  test('drafting is for deputies with a serving mandate; staff enter paper suggestions (代录)', async () => {
    let r = await u.staff.post(S, { session_id: sessionId, title: 't', body: 'b' });
    assert.equal(r.status, 403);
    r = await u.li.post(S, { session_id: sessionId, title: '', body: '' });
    assert.equal(r.status, 400);
    assert.deepEqual(fieldsOf(r.body), ['body', 'title']);
    const liPerson = (await u.li.get('/api/v1/auth/me')).body.person_id;
    r = await u.staff.post(S, { session_id: sessionId, title: '关于修缮村级活动场所的建议', body: '纸质建议代录。', lead_person_id: liPerson });
    assert.equal(r.status, 201, r.text);
    assert.equal(r.body.state, 'submitted');
    assert.equal(r.body.timeline[0].action, 'enter_on_behalf');
    // The deputy sees it and was told.
    assert.equal((await u.li.get(`${S}/${r.body.id}`)).status, 200);
  });

  test('a retried create with the same Idempotency-Key returns the first suggestion', async () => {
    const body = { session_id: sessionId, title: '关于重试提交的建议', body: '手机信号不好，重复点了提交。' };
    const key = `k-${Date.now()}`;
    const first = await u.li.post(S, body, { headers: { 'idempotency-key': key } });
    assert.equal(first.status, 201, first.text);
    assert.equal(first.headers.get('idempotent-replayed'), null);
    const again = await u.li.post(S, body, { headers: { 'idempotency-key': key } });
    assert.equal(again.status, 201);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.equal(again.body.id, first.body.id);
    const mine = await u.li.get(`${S}?box=mine&q=${encodeURIComponent('重试提交')}&page_size=100`);
    assert.equal(mine.body.items.filter((i) => i.title === '关于重试提交的建议').length, 1);
    // Keys are per account, and malformed keys are refused.
    const other = await u.zhou.post(S, { ...body, title: '关于另一位代表的建议' }, { headers: { 'idempotency-key': key } });
    assert.equal(other.status, 201, other.text);
    assert.notEqual(other.body.id, first.body.id);
    const bad = await u.li.post(S, body, { headers: { 'idempotency-key': 'has spaces!' } });
    assert.equal(bad.status, 400);
    assert.deepEqual(fieldsOf(bad.body), ['Idempotency-Key']);
  });

  test('batch assignment is all or nothing', async () => {
    const ids = [];
    for (const title of ['关于建设乡镇污水处理设施的建议', '关于加强河道采砂管理的建议']) {
      const d = await newDraft(u.li, title);
      let s = await act(u.li, d.id, 'submit', { version: d.version });
      s = await act(u.staff, d.id, 'initial_review_pass', { version: s.version });
      s = await act(u.staff, d.id, 're_review_accept', { version: s.version });
      s = await act(u.staff, d.id, 'classify', { version: s.version, star_level: 1, category: '生态环境' });
      ids.push({ id: d.id, version: s.version });
    }
    const stale = await u.staff.post(`${S}/batch-assign`, { items: [ids[0], { ...ids[1], version: 1 }], lead_unit_id: leadUnit });
    assert.equal(stale.status, 409);
    assert.equal((await detail(u.staff, ids[0].id)).state, 'accepted', 'nothing assigned when one fails');
    const ok = await u.staff.post(`${S}/batch-assign`, { items: ids, lead_unit_id: leadUnit });
    assert.equal(ok.status, 200, ok.text);
    assert.equal(ok.body.assigned, 2);
    const inbox = await u.zhao.get(`${S}?box=unit&state=assigned&page_size=100`);
    assert.ok(ids.every((x) => inbox.body.items.some((i) => i.id === x.id)));
  });
});

describe('assignment variants, extensions and send-backs', () => {
  async function accepted(title) {
    const d = await newDraft(u.li, title);
    let s = await act(u.li, d.id, 'submit', { version: d.version });
    s = await act(u.staff, d.id, 'initial_review_pass', { version: s.version });
    s = await act(u.staff, d.id, 're_review_accept', { version: s.version });
    return act(u.staff, d.id, 'classify', { version: s.version, star_level: 1, category: '城乡建设' });
  }

  test('分办 makes one item per unit, each with its own lead unit', async () => {
    const s = await accepted('关于统筹城乡垃圾处理的建议');
    const r = await act(u.staff, s.id, 'assign', { version: s.version, mode: 'split', unit_ids: [leadUnit, coUnit] });
    assert.equal(r.assign_mode, 'split');
    assert.equal(r.lead_unit_id, leadUnit);
    const theirs = await u.sun.get(`${S}?box=unit&state=assigned&page_size=100`);
    const child = theirs.body.items.find((i) => i.parent_id === s.id);
    assert.ok(child, 'the second unit has its own item');
    assert.equal(child.lead_unit_id, coUnit);
    assert.equal(child.number_text, r.number_text);
    // Each unit signs its own item and leads it.
    const signed = await act(u.sun, child.id, 'sign_for', { version: child.version });
    assert.equal(signed.state, 'handling');
    assert.equal((await detail(u.zhao, s.id)).state, 'assigned');
    const bad = await u.staff.post(`${S}/${(await accepted('关于分办校验的建议')).id}/actions/assign`, {
      version: 5, mode: 'split', unit_ids: [leadUnit],
    });
    assert.ok([400, 409].includes(bad.status), bad.text);
  });

  test('a unit asks to be re-assigned; the committee re-assigns it', async () => {
    let s = await accepted('关于加装电梯补助的建议');
    s = await act(u.staff, s.id, 'assign', { version: s.version, lead_unit_id: leadUnit });
    let r = await u.zhao.post(`${S}/${s.id}/actions/request_reassignment`, { version: s.version });
    assert.equal(r.status, 400);
    assert.deepEqual(fieldsOf(r.body), ['reason']);
    s = await act(u.zhao, s.id, 'request_reassignment', { version: s.version, reason: '不属于本单位职责。' });
    assert.equal(s.state, 'reassignment_requested');
    s = await act(u.staff, s.id, 'approve_reassignment', { version: s.version, lead_unit_id: coUnit });
    assert.equal(s.state, 'assigned');
    assert.equal(s.lead_unit_id, coUnit);
    assert.ok(s.units.find((x) => x.unit_id === leadUnit).released);
    // The old unit no longer sees it; the new one does.
    assert.equal((await u.zhao.get(`${S}/${s.id}`)).status, 404);
    assert.equal((await u.sun.get(`${S}/${s.id}`)).status, 200);
  });

  test('an extension needs a reason and the committee, and stays within six months', async () => {
    let s = await accepted('关于延期办理测试的建议');
    s = await act(u.staff, s.id, 'assign', { version: s.version, lead_unit_id: leadUnit });
    s = await act(u.zhao, s.id, 'sign_for', { version: s.version });
    const due = s.clocks.find((k) => k.kind === 'answer').due_on;
    let r = await u.zhao.post(`${S}/${s.id}/actions/request_extension`, { version: s.version, until: addDays(400), reason: '需跨年度安排资金。' });
    assert.equal(r.status, 400, r.text);
    assert.deepEqual(fieldsOf(r.body), ['until']);
    s = await act(u.zhao, s.id, 'request_extension', { version: s.version, until: addDays(150), reason: '需跨年度安排资金。' });
    assert.equal(s.extension.requested, true);
    s = await act(u.staff, s.id, 'approve_extension', { version: s.version });
    assert.equal(s.extension.approved_until, addDays(150));
    const extended = s.clocks.find((k) => k.kind === 'answer' && !k.stopped_on);
    assert.equal(extended.due_on, addDays(150));
    assert.ok(extended.due_on > due);
  });

  test('the committee sends a signed answer back; the unit redrafts; 并案 links items', async () => {
    let s = await accepted('关于送回答复测试的建议');
    const other = await accepted('关于同类问题的另一件建议');
    s = await act(u.staff, s.id, 'merge', { version: s.version, merge_with: [other.id] });
    assert.deepEqual(s.merged_with.map((m) => m.id), [other.id]);
    assert.deepEqual((await detail(u.staff, other.id)).merged_with.map((m) => m.id), [s.id]);
    s = await act(u.staff, s.id, 'assign', { version: s.version, lead_unit_id: leadUnit });
    s = await act(u.zhao, s.id, 'sign_for', { version: s.version });
    s = await act(u.zhao, s.id, 'log_contact', { version: s.version, method: 'phone', summary: '电话沟通。' });
    s = await act(u.zhao, s.id, 'draft_answer', { version: s.version, answer_class: 'C', body: '暂不具备条件。' });
    s = await act(u.head, s.id, 'sign_off_answer', { version: s.version });
    s = await act(u.staff, s.id, 'send_back_answer', { version: s.version, reason: '答复过于简单，请说明具体困难和下一步打算。' });
    assert.equal(s.state, 'handling');
    assert.equal(s.answers.at(-1).status, 'void');
    assert.ok(s.clocks.some((k) => k.kind === 'answer' && !k.stopped_on), 'the answer clock runs again');
  });
});

describe('attachments', () => {
  test('only allowed types whose bytes match; downloads for parties only', async () => {
    const d = await newDraft(u.li, '关于附件测试的建议');
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2000, 0x41)]);
    const up = (client, name, bytes) =>
      client.request('POST', `${S}/${d.id}/attachments?file_name=${encodeURIComponent(name)}`, {
        body: new Uint8Array(bytes),
        headers: { 'content-type': 'application/octet-stream' },
      });
    let r = await up(u.li, '调研报告.pdf', pdf);
    assert.equal(r.status, 201, r.text);
    const fileId = r.body.id;
    r = await up(u.li, '伪装.pdf', Buffer.from('MZ\x90\x00 not a pdf'));
    assert.equal(r.status, 415);
    r = await up(u.li, 'run.exe', Buffer.from('MZ\x90\x00'));
    assert.equal(r.status, 415);
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    assert.equal((await up(u.li, '现场照片.PNG', png)).status, 201);
    const big = Buffer.concat([Buffer.from('%PDF-'), Buffer.alloc(11 * 1024 * 1024)]);
    r = await up(u.li, 'big.pdf', big).catch((e) => ({ status: 'closed', e }));
    assert.ok(r.status === 413 || r.status === 'closed', String(r.status));
    const got = await u.li.get(`${S}/${d.id}/attachments/${fileId}`);
    assert.equal(got.status, 200);
    assert.match(got.headers.get('content-disposition'), /^attachment;/);
    assert.ok(Buffer.compare(got.raw, pdf) === 0);
    assert.equal((await u.zhou.get(`${S}/${d.id}/attachments/${fileId}`)).status, 404);
    const s = await detail(u.li, d.id);
    assert.deepEqual(s.attachments.map((a) => a.file_name).sort(), ['现场照片.PNG', '调研报告.pdf'].sort());
  });
});

describe('board, messages, calendar', () => {
  test('the board filters by state, flag and unit, and exports .xlsx', async () => {
    const all = await u.staff.get(`${S}?page_size=100`);
    assert.equal(all.status, 200);
    assert.ok(all.body.items.every((i) => !['draft', 'cosigning'].includes(i.state)), 'staff never see drafts');
    const overdue = await u.staff.get(`${S}?flag=overdue&page_size=100`);
    assert.ok(overdue.body.items.length >= 1, 'the demo has overdue items');
    assert.ok(overdue.body.items.every((i) => i.flags.overdue));
    const unit = await u.staff.get(`${S}?unit_id=${coUnit}&page_size=100`);
    assert.ok(unit.body.items.length >= 1);
    const bad = await u.staff.get(`${S}?flag=late`);
    assert.equal(bad.status, 400);
    const sorted = await u.staff.get(`${S}?sort=next_due_on&state=handling`);
    assert.equal(sorted.status, 200);
    const x = await u.staff.get(`${S}/export?state=handling`);
    assert.equal(x.status, 200);
    assert.match(x.headers.get('content-type'), /spreadsheetml/);
    assert.equal(x.raw.subarray(0, 2).toString(), 'PK');
    // A unit officer sees only its unit's items.
    const mine = await u.sun.get(`${S}?page_size=100`);
    assert.ok(mine.body.items.every((i) => i.state !== 'draft'));
    const leaderView = await u.leader.get(`${S}?page_size=1`);
    assert.ok(leaderView.body.total >= all.body.items.length - 1);
  });

  test('the message thread connects deputy, unit and committee', async () => {
    const list = await u.zhao.get(`${S}?box=unit&state=handling`);
    const id = list.body.items[0].id;
    let r = await u.zhao.post(`${S}/${id}/messages`, { body: '请问您方便哪天座谈？' });
    assert.equal(r.status, 201, r.text);
    assert.equal(r.body.side, 'unit');
    r = await u.li.post(`${S}/${id}/messages`, { body: '周三下午可以。' });
    assert.equal(r.body.side, 'deputy');
    const thread = await u.staff.get(`${S}/${id}/messages`);
    assert.deepEqual(thread.body.items.slice(-2).map((m) => m.side), ['unit', 'deputy']);
    assert.equal((await u.auditor.get(`${S}/${id}/messages`)).status, 404);
  });

  test('reminders of due and overdue clocks go out once each, whoever runs them', async () => {
    // The server runs them itself 5 s after start; the command may run beside it.
    const first = await run(['remind', '--db', server.dbUrl]);
    assert.equal(first.code, 0, first.stderr);
    const again = await run(['remind', '--db', server.dbUrl]);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, /wrote 0 reminders/);
    const n = await u.zhao.get('/api/v1/notifications?kind=reminder_very_overdue&page_size=100');
    assert.equal(n.status, 200, n.text);
    assert.ok(n.body.items.length >= 1, 'the demo has very overdue answers');
    assert.ok(n.body.items.every((x) => /已超期 \d+ 天/.test(x.title)), n.body.items[0]?.title);
    const keys = n.body.items.map((x) => `${x.suggestion_id} ${x.title}`);
    assert.equal(new Set(keys).size, keys.length, 'one reminder per clock and flag');
    const staffN = await u.staff.get('/api/v1/notifications?kind=reminder_overdue&page_size=100');
    assert.ok(staffN.body.items.length + (await u.staff.get('/api/v1/notifications?kind=reminder_very_overdue')).body.items.length >= 1);
  });

  test('the working-day calendar is data staff can edit', async () => {
    const y = await u.staff.get('/api/v1/calendar/2026');
    assert.equal(y.status, 200);
    assert.ok(y.body.holidays.some((h) => h.date === '2026-10-01'));
    assert.ok(y.body.makeup_workdays.some((h) => h.date === '2026-10-10'));
    let r = await u.staff.put('/api/v1/calendar/2027', { holidays: [{ date: '2027-02-30', name: 'x' }], makeup_workdays: [] });
    assert.equal(r.status, 400);
    r = await u.staff.put('/api/v1/calendar/2027', {
      holidays: [{ date: '2027-01-01', name: '元旦' }],
      makeup_workdays: [{ date: '2027-01-04', name: '周一不是周末' }],
    });
    assert.equal(r.status, 400);
    assert.deepEqual(fieldsOf(r.body), ['makeup_workdays[0]']);
    r = await u.staff.put('/api/v1/calendar/2027', { holidays: [{ date: '2027-01-01', name: '元旦' }], makeup_workdays: [] });
    assert.equal(r.status, 200, r.text);
    assert.equal((await u.li.put('/api/v1/calendar/2027', { holidays: [], makeup_workdays: [] })).status, 403);
  });
});
