// Random sampling review (随机抽样点评, issue 12): a draw is announced with its population fixed
// and hashed, the seed is published once, the draw is a pure function of the two, and
// `daibiao sample verify` recomputes it from the database — on SQLite and PostgreSQL. The
// expected items are recomputed here with node:crypto from the recipe in docs/supervision.md,
// independently of the server's code.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';

import { run, sqlExec, startServer } from './support/server.mjs';
import { act, assignedSuggestion, S, signInSuggestionRoles } from './support/suggestions.mjs';

const D = '/api/v1/supervision/draws';
const sha256 = (text) => createHash('sha256').update(text, 'utf8').digest('hex');

let server;
let u;
let sessionId;
let leadUnit;

const sql = (statement) => sqlExec(server, statement);

const verify = (id) => run(['sample', 'verify', '--db', server.dbUrl, '--draw', String(id)]);

/** The draw as docs/supervision.md states it, from the snapshot text and the seed. */
function recompute(snapshot, seed, n) {
  const hash = sha256(snapshot);
  const strata = new Map();
  for (const line of snapshot.split('\n').filter(Boolean)) {
    const [id, stratum] = line.split('\t');
    const key = sha256(`${seed}\n${hash}\n${id}`);
    if (!strata.has(stratum)) strata.set(stratum, []);
    strata.get(stratum).push({ id: Number(id), key });
  }
  const names = [...strata.keys()].sort((a, b) => (Buffer.from(a) < Buffer.from(b) ? -1 : a === b ? 0 : 1));
  const total = [...strata.values()].reduce((s, l) => s + l.length, 0);
  const shares = names.map((name) => Math.floor((n * strata.get(name).length) / total));
  const order = names
    .map((name, i) => ({ i, rem: (n * strata.get(name).length) % total }))
    .sort((a, b) => b.rem - a.rem || a.i - b.i);
  for (let k = 0, given = shares.reduce((a, b) => a + b, 0); given < n; k++, given++) shares[order[k].i]++;
  return names.flatMap((name, i) =>
    strata
      .get(name)
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.id - b.id))
      .slice(0, shares[i])
      .map((x) => x.id),
  );
}

before(async () => {
  server = await startServer({ withKey: true });
  ({ u, sessionId, leadUnit } = await signInSuggestionRoles(server, {
    li: 'deputy.li',
    staff: 'staff.wang',
    zhao: 'officer.zhao',
    head: 'head.chen',
    leader: 'leader.liu',
    committee: 'committee.sun',
  }));
  u.auditor = await server.login('auditor');
  // A population worth drawing from: twelve items assigned to 赵's unit.
  for (let i = 0; i < 12; i++) await assignedSuggestion(u, { sessionId, title: `抽样点评测试建议 ${i + 1}`, leadUnit });
  // Three of them answered, for the review below (a low score sends an answered item back).
  const mine = (await u.staff.get(`${S}?page_size=100&q=${encodeURIComponent('抽样点评测试建议')}`)).body.items;
  for (const item of mine.slice(0, 3)) {
    let s = await act(u.zhao, item.id, 'sign_for', { version: item.version });
    s = await act(u.zhao, s.id, 'log_contact', { version: s.version, method: 'phone', summary: '电话联系代表。' });
    s = await act(u.zhao, s.id, 'draft_answer', { version: s.version, answer_class: 'A', body: '已解决。' });
    s = await act(u.head, s.id, 'sign_off_answer', { version: s.version });
    assert.equal(s.state, 'answered');
  }
});
after(async () => {
  await server?.stop();
});

const announce = (client, body) =>
  client.post(D, {
    title: '常委会会议随机抽样点评',
    session_id: sessionId,
    sample_size: 5,
    strata: 'lead_unit',
    seed_source: '主任会议当场公布的四位数',
    ...body,
  });

describe('a draw from announcement to verification', () => {
  let draw;
  let snapshot;

  test('announce fixes the population and its hash; no seed yet', async () => {
    const r = await announce(u.staff, {});
    assert.equal(r.status, 201, r.text);
    draw = r.body;
    assert.equal(draw.status, 'announced');
    assert.equal(draw.seed, null);
    assert.ok(draw.population_size >= 12, `population ${draw.population_size}`);
    assert.match(draw.population_hash, /^[0-9a-f]{64}$/);
    assert.deepEqual(draw.items, []);
    assert.equal(draw.can_manage, true);

    const text = await u.staff.get(`${D}/${draw.id}/population`);
    assert.equal(text.status, 200, text.text);
    assert.match(text.headers.get('content-type'), /^text\/plain/);
    snapshot = text.text;
    assert.equal(sha256(snapshot), draw.population_hash, 'the published text hashes to the published hash');
    const lines = snapshot.split('\n').filter(Boolean);
    assert.equal(lines.length, draw.population_size);
    const ids = lines.map((l) => Number(l.split('\t')[0]));
    assert.deepEqual(ids, [...ids].sort((a, b) => a - b), 'id order');
    // Stratified by lead unit: every stratum is a unit id.
    for (const l of lines) assert.match(l, /^\d+\t\d+$/);
  });

  test('no draw before the seed; the seed is recorded once', async () => {
    let r = await u.staff.post(`${D}/${draw.id}/draw`, { version: draw.version });
    assert.equal(r.status, 409, r.text);
    assert.equal(r.body.code, 'failed_precondition');

    r = await u.staff.post(`${D}/${draw.id}/seed`, { version: draw.version, seed: ' 7351 ' });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.body.seed, '7351');
    assert.ok(r.body.seeded_at);
    draw = r.body;

    r = await u.staff.post(`${D}/${draw.id}/seed`, { version: draw.version, seed: '1234' });
    assert.equal(r.status, 409, r.text);
    assert.equal(r.body.code, 'failed_precondition');
    assert.equal((await u.staff.get(`${D}/${draw.id}`)).body.seed, '7351');
  });

  test('the draw is what anyone recomputes from the snapshot and the seed, and it never changes', async () => {
    let r = await u.staff.post(`${D}/${draw.id}/draw`, { version: draw.version - 1 });
    assert.equal(r.status, 409, r.text);
    assert.equal(r.body.code, 'conflict');

    r = await u.staff.post(`${D}/${draw.id}/draw`, { version: draw.version });
    assert.equal(r.status, 200, r.text);
    draw = r.body;
    assert.equal(draw.status, 'drawn');
    assert.equal(draw.items.length, 5);
    assert.deepEqual(
      draw.items.map((i) => i.suggestion_id),
      recompute(snapshot, '7351', 5),
    );
    assert.deepEqual(
      draw.items.map((i) => i.ordinal),
      [1, 2, 3, 4, 5],
    );
    for (const item of draw.items) {
      assert.equal(item.key, sha256(`7351\n${draw.population_hash}\n${item.suggestion_id}`));
      assert.ok(item.title);
    }

    r = await u.staff.post(`${D}/${draw.id}/draw`, { version: draw.version });
    assert.equal(r.status, 409, r.text);
    assert.equal(r.body.code, 'failed_precondition');
  });

  test('`daibiao sample verify` agrees with the record, and catches a changed item or population', async () => {
    const ok = await verify(draw.id);
    assert.equal(ok.code, 0, ok.stderr);
    for (const item of draw.items) assert.match(ok.stdout, new RegExp(`建议 ${item.suggestion_id}\\b`));
    assert.match(ok.stdout, /一致/);

    const missing = await verify(999999);
    assert.equal(missing.code, 1);

    // Swap one drawn item for an item that was not drawn.
    const drawn = new Set(draw.items.map((i) => i.suggestion_id));
    const other = snapshot
      .split('\n')
      .filter(Boolean)
      .map((l) => Number(l.split('\t')[0]))
      .find((id) => !drawn.has(id));
    const first = draw.items[0].suggestion_id;
    await sql(`UPDATE sampling_items SET suggestion_id = ${other} WHERE draw_id = ${draw.id} AND suggestion_id = ${first}`);
    const swapped = await verify(draw.id);
    assert.equal(swapped.code, 1);
    assert.match(swapped.stderr, /不一致/);
    await sql(`UPDATE sampling_items SET suggestion_id = ${first} WHERE draw_id = ${draw.id} AND suggestion_id = ${other}`);
    assert.equal((await verify(draw.id)).code, 0);

    // Drop a member of the population: its hash no longer matches the announcement.
    await sql(`DELETE FROM sampling_population WHERE draw_id = ${draw.id} AND suggestion_id = ${other}`);
    const shrunk = await verify(draw.id);
    assert.equal(shrunk.code, 1);
    assert.match(shrunk.stderr, /摘要/);
  });

  test('announce, seed and draw are audited', async () => {
    for (const action of ['supervision.sample.announce', 'supervision.sample.seed', 'supervision.sample.draw']) {
      const r = await u.auditor.get(`/api/v1/audit/records?action=${action}&object_id=${draw.id}`);
      assert.equal(r.status, 200, r.text);
      assert.equal(r.body.total, 1, `${action}: ${r.text}`);
    }
  });
});

describe('the same seed gives the same items; a seed given at announcement', () => {
  test('two draws of the same population and seed agree', async () => {
    const items = [];
    for (let i = 0; i < 2; i++) {
      const r = await announce(u.staff, { strata: 'none', sample_size: 4, seed: '20261207' });
      assert.equal(r.status, 201, r.text);
      assert.equal(r.body.seed, '20261207');
      const d = await u.staff.post(`${D}/${r.body.id}/draw`, { version: r.body.version });
      assert.equal(d.status, 200, d.text);
      items.push(d.body.items.map((x) => x.suggestion_id));
      const snapshot = (await u.staff.get(`${D}/${r.body.id}/population`)).text;
      assert.deepEqual(items[i], recompute(snapshot, '20261207', 4));
    }
    assert.deepEqual(items[0], items[1]);
  });
});

describe('input and access', () => {
  test('bad input is refused field by field', async () => {
    let r = await announce(u.staff, { sample_size: 100000 });
    assert.equal(r.status, 400);
    r = await announce(u.staff, { sample_size: 200, stage: 'answered' });
    assert.equal(r.status, 400, r.text);
    assert.deepEqual(
      r.body.errors.map((e) => e.field),
      ['sample_size'],
    );
    r = await announce(u.staff, { title: ' ', strata: 'random', seed_source: '' });
    assert.equal(r.status, 400);
    assert.deepEqual(r.body.errors.map((e) => e.field).sort(), ['seed_source', 'strata', 'title']);
    r = await announce(u.staff, { seed: '12\n34' });
    assert.equal(r.status, 400);
    r = await announce(u.staff, { session_id: 999999 });
    assert.equal(r.status, 400);
    assert.deepEqual(
      r.body.errors.map((e) => e.field),
      ['session_id'],
    );
  });

  test('leaders and committee staff read; only the committee draws; deputies and units see nothing', async () => {
    const r = await announce(u.staff, {});
    assert.equal(r.status, 201, r.text);
    const id = r.body.id;
    for (const reader of [u.leader, u.committee]) {
      const one = await reader.get(`${D}/${id}`);
      assert.equal(one.status, 200, one.text);
      assert.equal(one.body.can_manage, false);
      assert.ok((await reader.get(D)).body.items.some((d) => d.id === id));
      const seed = await reader.post(`${D}/${id}/seed`, { version: one.body.version, seed: '1' });
      assert.equal(seed.status, 403, seed.text);
      assert.equal((await reader.post(D, { title: 'x', session_id: sessionId, sample_size: 1, seed_source: 'x' })).status, 403);
    }
    for (const outsider of [u.li, u.zhao]) {
      assert.equal((await outsider.get(D)).status, 403);
      assert.equal((await outsider.get(`${D}/${id}`)).status, 404);
      assert.equal((await outsider.get(`${D}/${id}/population`)).status, 404);
      assert.equal((await outsider.post(`${D}/${id}/draw`, { version: 1 })).status, 404);
    }
    assert.equal((await u.staff.get(`${D}/${id}`)).body.seed, null, 'nothing changed');
  });
});

describe('review: report, comments, score sheets, publication', () => {
  const criteria = [
    { name: '办理态度', weight: 40 },
    { name: '问题解决', weight: 60 },
  ];
  let draw;
  const item = (d, id) => d.items.find((i) => i.suggestion_id === id);

  test('a draw of the answered items with its own criteria and pass mark', async () => {
    let r = await announce(u.staff, { stage: 'answered', unit_id: leadUnit, strata: 'none', sample_size: 3, seed: '88', criteria: [{ name: '态度', weight: 50 }] });
    assert.equal(r.status, 400, r.text);
    assert.deepEqual(
      r.body.errors.map((e) => e.field),
      ['criteria'],
    );
    r = await announce(u.staff, { stage: 'answered', unit_id: leadUnit, strata: 'none', sample_size: 3, seed: '88', criteria, pass_score: 60 });
    assert.equal(r.status, 201, r.text);
    assert.deepEqual(r.body.criteria, criteria);
    assert.equal(r.body.pass_score, 60);
    // Scoring waits for the draw.
    const early = await u.leader.put(`${D}/${r.body.id}/items/1/score`, { scores: [80, 80] });
    assert.equal(early.status, 409, early.text);
    r = await u.staff.post(`${D}/${r.body.id}/draw`, { version: r.body.version });
    assert.equal(r.status, 200, r.text);
    draw = r.body;
    assert.equal(draw.items.length, 3);
    assert.equal(draw.can_score, true);
  });

  test('the committee records the report; members comment and score as themselves', async () => {
    const [a] = draw.items;
    let r = await u.staff.put(`${D}/${draw.id}/items/${a.suggestion_id}/report`, { body: '承办单位汇报：已完成路面修复。' });
    assert.equal(r.status, 200, r.text);
    assert.equal(item(r.body, a.suggestion_id).review.report, '承办单位汇报：已完成路面修复。');
    r = await u.leader.put(`${D}/${draw.id}/items/${a.suggestion_id}/report`, { body: '代写汇报' });
    assert.equal(r.status, 403, r.text);

    r = await u.leader.post(`${D}/${draw.id}/items/${a.suggestion_id}/comments`, { body: '办理认真，但宣传不够。' });
    assert.equal(r.status, 201, r.text);
    const comment = item(r.body, a.suggestion_id).review.comments.at(-1);
    assert.equal(comment.member_name, u.leader.user.display_name);
    r = await u.leader.post(`${D}/${draw.id}/items/${a.suggestion_id}/comments`, { body: '冒名', member_name: '别人' });
    assert.equal(r.status, 400, r.text);
    r = await u.staff.post(`${D}/${draw.id}/items/${a.suggestion_id}/comments`, { body: '书面点评意见。', member_name: '王委员' });
    assert.equal(r.status, 201, r.text);
    assert.equal(item(r.body, a.suggestion_id).review.comments.at(-1).member_name, '王委员');

    for (const [scores, field] of [
      [[101, 0], 'scores'],
      [[90], 'scores'],
    ]) {
      r = await u.leader.put(`${D}/${draw.id}/items/${a.suggestion_id}/score`, { scores });
      assert.equal(r.status, 400, r.text);
      assert.ok(r.body.errors.some((e) => e.field === field || e.field.startsWith(`${field}[`)), r.text);
    }
    r = await u.leader.put(`${D}/${draw.id}/items/999999/score`, { scores: [80, 80] });
    assert.equal(r.status, 404, r.text);
    for (const outsider of [u.li, u.zhao]) {
      r = await outsider.put(`${D}/${draw.id}/items/${a.suggestion_id}/score`, { scores: [100, 100] });
      assert.equal(r.status, 404, r.text);
    }
  });

  test('publication needs a sheet per item, then scores by weight, sends the low one back and freezes', async () => {
    const answered = draw.items.filter((i) => ['answered', 'follow_up', 'closed'].includes(i.state));
    assert.ok(answered.length >= 1, JSON.stringify(draw.items.map((i) => i.state)));
    const low = answered[0];
    const others = draw.items.filter((i) => i.suggestion_id !== low.suggestion_id);
    const sheet = (client, id, scores, member_name) =>
      client.put(`${D}/${draw.id}/items/${id}/score`, member_name ? { scores, member_name } : { scores });

    // 40% × 50 + 60% × 40 = 44.00 (leader); 40% × 60 + 60% × 40 = 48.00 (committee) → 46.00.
    let r = await sheet(u.leader, low.suggestion_id, [50, 40]);
    assert.equal(r.status, 200, r.text);
    assert.equal(item(r.body, low.suggestion_id).review.sheets[0].total, '44.00');
    r = await sheet(u.committee, low.suggestion_id, [60, 40]);
    assert.equal(r.status, 200, r.text);

    let p = await u.staff.post(`${D}/${draw.id}/publish`, { version: draw.version });
    assert.equal(p.status, 409, p.text);
    assert.match(p.body.detail, /尚无测评/);

    // Exactly the pass mark passes: 40% × 60 + 60% × 60 = 60.00. A member's new sheet replaces the old.
    r = await sheet(u.staff, others[0].suggestion_id, [10, 10], '王委员');
    r = await sheet(u.staff, others[0].suggestion_id, [60, 60], '王委员');
    assert.equal(item(r.body, others[0].suggestion_id).review.sheets.length, 1);
    r = await sheet(u.leader, others[1].suggestion_id, [90, 80]);
    r = await sheet(u.committee, others[1].suggestion_id, [70, 60]);
    assert.equal(r.status, 200, r.text);
    assert.equal((await u.leader.post(`${D}/${draw.id}/publish`, { version: draw.version })).status, 403);

    p = await u.staff.post(`${D}/${draw.id}/publish`, { version: draw.version });
    assert.equal(p.status, 200, p.text);
    const done = p.body;
    assert.equal(done.status, 'published');
    assert.ok(done.published_at);
    assert.equal(done.can_score, false);
    const lowItem = item(done, low.suggestion_id).review;
    assert.deepEqual([lowItem.score, lowItem.outcome, lowItem.rehandling], ['46.00', 'below', true]);
    const edge = item(done, others[0].suggestion_id).review;
    assert.deepEqual([edge.score, edge.outcome, edge.rehandling], ['60.00', 'passed', false]);
    // (84.00 + 64.00) / 2
    const good = item(done, others[1].suggestion_id).review;
    assert.deepEqual([good.score, good.outcome], ['74.00', 'passed']);

    // The low item is handled again, by the workflow's own step, with the reason in its timeline.
    const s = (await u.staff.get(`${S}/${low.suggestion_id}`)).body;
    assert.equal(s.state, 'rehandling');
    const step = s.timeline.find((e) => e.action === 'supervise_rehandling');
    assert.ok(step, JSON.stringify(s.timeline.map((e) => e.action)));
    assert.match(step.detail, /测评 46\.00 分（合格分 60\.00 分），低于合格分/);
    assert.ok(s.clocks.some((k) => k.kind === 'rehandling' && !k.stopped_on));
    // The others' deputy and unit are told their score.
    const told = await u.li.get(`/api/v1/notifications?kind=sampling_review&suggestion_id=${others[1].suggestion_id}`);
    assert.equal(told.status, 200, told.text);
    assert.ok(told.body.items.some((n) => /74\.00 分/.test(n.body)), told.text);
    const unitTold = await u.zhao.get(`/api/v1/notifications?kind=sampling_review&suggestion_id=${others[0].suggestion_id}`);
    assert.ok(unitTold.body.items.some((n) => /合格/.test(n.body)), unitTold.text);

    // Frozen.
    r = await sheet(u.leader, others[1].suggestion_id, [100, 100]);
    assert.equal(r.status, 409, r.text);
    assert.equal((await u.staff.post(`${D}/${draw.id}/publish`, { version: done.version })).status, 409);
    const audit = await u.auditor.get(`/api/v1/audit/records?action=supervision.sample.publish&outcome=success&object_id=${draw.id}`);
    assert.equal(audit.body.total, 1, audit.text);
    assert.equal(
      (await u.auditor.get(`/api/v1/audit/records?action=supervision.sample.score&outcome=success&object_id=${draw.id}`)).body.total,
      6,
    );
  });

  test('a low score on an item still being handled leaves it there and tells its unit to hurry', async () => {
    let r = await announce(u.staff, { stage: 'assigned', unit_id: leadUnit, strata: 'none', sample_size: 1, seed: '1' });
    assert.equal(r.status, 201, r.text);
    const everyone = r.body.population_size;
    r = await announce(u.staff, { stage: 'assigned', unit_id: leadUnit, strata: 'none', sample_size: everyone, seed: '1' });
    assert.equal(r.status, 201, r.text);
    r = await u.staff.post(`${D}/${r.body.id}/draw`, { version: r.body.version });
    assert.equal(r.status, 200, r.text);
    const d = r.body;
    const low = d.items.find((i) => ['assigned', 'handling'].includes(i.state));
    assert.ok(low, JSON.stringify(d.items.map((i) => i.state)));
    for (const i of d.items) {
      const scores = i.suggestion_id === low.suggestion_id ? [30, 30, 30, 30] : [90, 90, 90, 90];
      const s = await u.staff.put(`${D}/${d.id}/items/${i.suggestion_id}/score`, { scores, member_name: '王委员' });
      assert.equal(s.status, 200, s.text);
    }
    const p = await u.staff.post(`${D}/${d.id}/publish`, { version: d.version });
    assert.equal(p.status, 200, p.text);
    const review = item(p.body, low.suggestion_id).review;
    assert.deepEqual([review.score, review.outcome, review.rehandling], ['30.00', 'below', false]);
    assert.equal((await u.staff.get(`${S}/${low.suggestion_id}`)).body.state, low.state);
    const told = await u.zhao.get(`/api/v1/notifications?kind=sampling_review&suggestion_id=${low.suggestion_id}`);
    assert.ok(told.body.items.some((n) => /不合格，请抓紧办理/.test(n.body)), told.text);
  });
});
