// Five-present handling meetings (五到场办理会, issue 12) through the real server, on SQLite and
// PostgreSQL: scheduled by the committee or the lead unit while the lead unit has the item,
// recorded once as held (who came for each of the five parties, minutes, photos that are the
// item's own images) or cancelled; each step in the item's timeline and audit log; and the
// figure "held with all five present" per unit.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { fieldsOf, startServer } from './support/server.mjs';
import { act, assignedSuggestion, S, signInSuggestionRoles } from './support/suggestions.mjs';

const M = '/api/v1/supervision/meetings';
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000001000000010806000000' +
    '1f15c4890000000d49444154789c6360000002000100ffff03000006000557bfabd40000000049454e44ae426082',
  'hex',
);
const PDF = Buffer.from('%PDF-1.4\n%测试\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

let server;
let u;
let sessionId;
let leadUnit;
let item;   // assigned to 赵's unit, in handling
let other;  // another item of the same unit
let baseline;  // the lead unit's figures before this file's meetings (the demo holds one)
const chinaToday = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
const year = () => Number(chinaToday().slice(0, 4));
const five = { leader: '王副局长', deputy: '李代表', unit: '赵科长', supervisor: '孙主任', press: '县融媒体中心记者' };

async function upload(client, id, name, bytes, type) {
  const r = await client.request('POST', `${S}/${id}/attachments?file_name=${encodeURIComponent(name)}`, {
    body: bytes,
    headers: { 'content-type': type },
  });
  assert.equal(r.status, 201, r.text);
  return r.body.id;
}

// The successful audit records of `action` on meeting `id`.
async function auditOf(action, id) {
  const auditor = await server.login('auditor');
  const log = await auditor.get(`/api/v1/audit/records?action=${action}&outcome=success&page_size=100`);
  assert.equal(log.status, 200, log.text);
  return log.body.items.filter((r) => r.object_id === String(id));
}

async function schedule(client, suggestionId, body = {}, status = 201) {
  const r = await client.post(M, { suggestion_id: suggestionId, scheduled_on: chinaToday(), start_time: '09:30', place: '县交通运输局三楼会议室', topic: '道路改造现场办理', ...body });
  assert.equal(r.status, status, r.text);
  return r.body;
}

before(async () => {
  server = await startServer({ withKey: true });
  ({ u, sessionId, leadUnit } = await signInSuggestionRoles(server, {
    li: 'deputy.li',
    staff: 'staff.wang',
    zhao: 'officer.zhao',
    sun: 'officer.sun',
    head: 'head.chen',
    leader: 'leader.liu',
    committee: 'committee.sun',
  }));
  const coUnit = (await u.sun.get('/api/v1/auth/me')).body.unit_id;
  let s = await assignedSuggestion(u, { sessionId, title: '五到场·道路改造', leadUnit, coUnits: [coUnit] });
  item = await act(u.zhao, s.id, 'sign_for', { version: s.version });
  s = await assignedSuggestion(u, { sessionId, title: '五到场·校车接送', leadUnit });
  other = s;
  const figures = await u.staff.get(`${M}/figures?org_node_id=1&year=${year()}`);
  baseline = figures.body.units.find((x) => x.unit_id === leadUnit) ?? { held: 0, all_five: 0 };
});
after(async () => {
  await server?.stop();
});

describe('scheduling', () => {
  test('the lead unit schedules; the item shows it and the deputy is told', async () => {
    const m = await schedule(u.zhao, item.id);
    assert.deepEqual([m.status, m.unit_id, m.can_organise, m.all_five, m.parties_present], ['scheduled', leadUnit, true, false, null]);
    assert.equal(m.suggestion_title, '五到场·道路改造');
    const detail = (await u.li.get(`${S}/${item.id}`)).body;
    const step = detail.timeline.find((e) => e.action === 'meeting_scheduled');
    assert.ok(step, JSON.stringify(detail.timeline));
    assert.equal(step.action_title, '安排五到场办理会');
    assert.match(step.detail, /09:30，县交通运输局三楼会议室：道路改造现场办理/);
    const told = await u.li.get(`/api/v1/notifications?kind=handling_meeting&suggestion_id=${item.id}`);
    assert.equal(told.body.items.length, 1, told.text);
    // The deputy reads it, and may not change it.
    const seen = await u.li.get(`${M}/${m.id}`);
    assert.deepEqual([seen.status, seen.body.can_organise], [200, false]);
    const auditor = await server.login('auditor');
    const log = await auditor.get('/api/v1/audit/records?action=supervision.meeting.schedule');
    assert.ok(log.body.items.some((r) => r.object_id === String(m.id)), log.text);
  });

  test('only the committee and the lead unit schedule, and only while the unit has the item', async () => {
    assert.equal((await schedule(u.staff, item.id)).status, 'scheduled');
    for (const client of [u.li, u.sun, u.leader, u.committee]) await schedule(client, item.id, {}, 403);
    // An item not yet assigned has no lead unit to meet with.
    const d = await u.li.post(S, { session_id: sessionId, title: '五到场·未交办', body: '内容。', category: '交通运输' });
    let s = await act(u.li, d.body.id, 'submit', { version: d.body.version });
    s = await act(u.staff, s.id, 'initial_review_pass', { version: s.version });
    s = await act(u.staff, s.id, 're_review_accept', { version: s.version });
    const early = await u.staff.post(M, { suggestion_id: s.id, scheduled_on: chinaToday(), place: '会议室' });
    assert.equal(early.status, 409, early.text);
    // An item that does not exist, like one the caller does not see.
    assert.equal((await u.zhao.post(M, { suggestion_id: 99999999, scheduled_on: chinaToday(), place: '会议室' })).status, 404);
  });

  test('refuses a bad date, time or place with field errors', async () => {
    const r = await u.zhao.post(M, { suggestion_id: item.id, scheduled_on: '2026-02-30', start_time: '25:00', place: '' });
    assert.equal(r.status, 400, r.text);
    assert.deepEqual(fieldsOf(r.body), ['place', 'scheduled_on', 'start_time']);
  });
});

describe('recording and cancelling', () => {
  test('a meeting is recorded once with who came, minutes and the item\'s own photos', async () => {
    const m = await schedule(u.zhao, item.id, { topic: '' });
    const photo = await upload(u.zhao, item.id, '现场照片.png', PNG, 'image/png');
    const pdf = await upload(u.zhao, item.id, '会议通知.pdf', PDF, 'application/pdf');
    const elsewhere = await upload(u.zhao, other.id, '别处照片.png', PNG, 'image/png');
    const body = { version: m.version, held_on: chinaToday(), attendance: five, minutes: '会议纪要：\n一、明确年底前完成道路硬化。', photo_ids: [photo] };

    for (const bad of [pdf, elsewhere]) {
      const r = await u.zhao.post(`${M}/${m.id}/record`, { ...body, photo_ids: [bad] });
      assert.equal(r.status, 400, r.text);
      assert.deepEqual(fieldsOf(r.body), ['photo_ids']);
    }
    const tomorrow = new Date(Date.parse(chinaToday()) + 86400_000).toISOString().slice(0, 10);
    const future = await u.zhao.post(`${M}/${m.id}/record`, { ...body, held_on: tomorrow });
    assert.deepEqual([future.status, fieldsOf(future.body)], [400, ['held_on']]);
    const nobody = await u.zhao.post(`${M}/${m.id}/record`, { ...body, attendance: {} });
    assert.deepEqual([nobody.status, fieldsOf(nobody.body)], [400, ['attendance']]);
    assert.equal((await u.li.post(`${M}/${m.id}/record`, body)).status, 403);
    assert.equal((await u.zhao.post(`${M}/${m.id}/record`, { ...body, version: m.version + 5 })).status, 409);

    const r = await u.zhao.post(`${M}/${m.id}/record`, body);
    assert.equal(r.status, 200, r.text);
    assert.deepEqual([r.body.status, r.body.held_on, r.body.all_five, r.body.parties_present, r.body.can_organise], ['held', chinaToday(), true, 5, false]);
    assert.deepEqual(r.body.attendance, five);
    assert.deepEqual(r.body.photos.map((p) => [p.attachment_id, p.content_type]), [[photo, 'image/png']]);
    // Once only.
    const again = await u.zhao.post(`${M}/${m.id}/record`, { ...body, version: r.body.version });
    assert.equal(again.status, 409, again.text);
    const detail = (await u.li.get(`${S}/${item.id}`)).body;
    const step = detail.timeline.find((e) => e.action === 'meeting_held');
    assert.ok(step);
    assert.match(step.detail, /新闻媒体：县融媒体中心记者（五方到场）$/);
    // Audited once, with what was recorded (the refused attempts as denied, not as success).
    const recs = await auditOf('supervision.meeting.record', m.id);
    assert.equal(recs.length, 1);
    const change = Object.fromEntries(recs[0].changes.map((c) => [c.field, c.after]));
    assert.deepEqual([change.status, change.held_on, change.photos], ['held', chinaToday(), '1']);
    assert.match(change.attendance, /（五方到场）$/);
  });

  test('a meeting without the press is held but not five-present', async () => {
    const m = await schedule(u.staff, item.id);
    const r = await u.staff.post(`${M}/${m.id}/record`, {
      version: m.version,
      held_on: chinaToday(),
      attendance: { ...five, press: '' },
      minutes: '媒体未到场。',
    });
    assert.equal(r.status, 200, r.text);
    assert.deepEqual([r.body.all_five, r.body.parties_present], [false, 4]);
  });

  test('a cancelled meeting keeps its reason, tells the deputy and takes no record', async () => {
    const m = await schedule(u.zhao, other.id);
    assert.equal((await u.zhao.post(`${M}/${m.id}/cancel`, { version: m.version, reason: '' })).status, 400);
    const r = await u.zhao.post(`${M}/${m.id}/cancel`, { version: m.version, reason: '代表出差，改期另行通知。' });
    assert.equal(r.status, 200, r.text);
    assert.deepEqual([r.body.status, r.body.cancel_reason], ['cancelled', '代表出差，改期另行通知。']);
    const rec = await u.zhao.post(`${M}/${m.id}/record`, { version: r.body.version, held_on: chinaToday(), attendance: five, minutes: '纪要' });
    assert.equal(rec.status, 409, rec.text);
    const told = await u.li.get(`/api/v1/notifications?kind=handling_meeting&suggestion_id=${other.id}`);
    assert.ok(told.body.items.some((n) => n.title.includes('已取消')), told.text);
    const recs = await auditOf('supervision.meeting.cancel', m.id);
    assert.equal(recs.length, 1);
    const change = Object.fromEntries(recs[0].changes.map((c) => [c.field, [c.before ?? null, c.after ?? null]]));
    assert.deepEqual(change.status, ['scheduled', 'cancelled']);
    assert.deepEqual(change.reason, [null, '代表出差，改期另行通知。']);
  });
});

describe('lists and figures', () => {
  test('the list holds the meetings on items the caller sees', async () => {
    const mine = await u.li.get(`${M}?suggestion_id=${item.id}&page_size=100`);
    assert.equal(mine.status, 200, mine.text);
    assert.ok(mine.body.items.length >= 3);
    assert.ok(mine.body.items.every((m) => m.suggestion_id === item.id));
    const held = await u.zhao.get(`${M}?status=held&page_size=100`);
    assert.ok(held.body.items.every((m) => m.status === 'held'));
    // An officer of a unit not on the other item does not see its meeting.
    const sunSees = (await u.sun.get(`${M}?page_size=100`)).body.items.map((m) => m.suggestion_id);
    assert.ok(sunSees.includes(item.id) && !sunSees.includes(other.id), JSON.stringify(sunSees));
  });

  test('counts per unit the meetings held in the year and those with all five present', async () => {
    const r = await u.committee.get(`${M}/figures?org_node_id=1&year=${year()}`);
    assert.equal(r.status, 200, r.text);
    // This file held two: one with all five present, one without the press.
    const unit = r.body.units.find((x) => x.unit_id === leadUnit);
    const held = baseline.held + 2;
    const allFive = baseline.all_five + 1;
    assert.deepEqual([unit.held, unit.all_five], [held, allFive]);
    assert.equal(unit.all_five_rate, Math.round((allFive * 10000) / held) / 100);
    assert.equal(r.body.total.held, r.body.units.reduce((n, x) => n + x.held, 0));
    assert.equal(r.body.total.all_five, r.body.units.reduce((n, x) => n + x.all_five, 0));
    const before_ = await u.staff.get(`${M}/figures?org_node_id=1&year=${year() - 1}`);
    assert.deepEqual(before_.body.total, { held: 0, all_five: 0, all_five_rate: null });
    assert.equal((await u.li.get(`${M}/figures`)).status, 403);
    assert.equal((await u.staff.get(`${M}/figures?org_node_id=999999`)).status, 404);
    assert.equal((await u.staff.get(`${M}/figures?year=1999`)).status, 400);
  });
});
