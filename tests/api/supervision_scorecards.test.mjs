// Unit scorecards (承办单位考评, issue 12) through the real server, on SQLite and PostgreSQL:
// each lead unit's components are its figures (the same counts as GET /figures/suggestions
// grouped by unit) and its published sampling scores; the score is the weighted mean of the
// components present (docs/supervision.md); the committee sets the weights, audited.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { fieldsOf, sqlExec, startServer } from './support/server.mjs';
import { signInSuggestionRoles } from './support/suggestions.mjs';

const SC = '/api/v1/supervision/scorecards';
const COMPONENTS = ['on_time', 'contact', 'resolution', 'implementation', 'satisfaction', 'sampling'];

let server;
let u;
let year;
const sampled = new Map(); // unit id → [sum of published sampling scores (hundredths), items]

// The documented formula, in hundredths: Σ weight × value ÷ Σ weight over the components
// present, rounded half up.
function expectedScore(unit, weights) {
  let sum = 0;
  let used = 0;
  for (const c of COMPONENTS) {
    const v = unit.components[c].value;
    if (v === null || weights[c] === 0) continue;
    sum += weights[c] * Math.round(v * 100);
    used += weights[c];
  }
  return used === 0 ? null : Math.floor((sum + Math.floor(used / 2)) / used) / 100;
}

before(async () => {
  server = await startServer({ withKey: true });
  let sessionId;
  ({ u, sessionId } = await signInSuggestionRoles(server, { li: 'deputy.li', staff: 'staff.wang', leader: 'leader.liu', zhao: 'officer.zhao' }));
  const session = await u.staff.get(`/api/v1/org/sessions/${sessionId}`);
  year = Number(session.body.opens_on.slice(0, 4));
  // The demo's sampling draw, published with known scores (as if its review had ended).
  const draw = (await u.staff.get('/api/v1/supervision/draws')).body.items[0];
  const items = (await u.staff.get(`/api/v1/supervision/draws/${draw.id}`)).body.items;
  assert.ok(items.length > 0);
  for (const [k, item] of items.entries()) {
    const score = 6000 + k * 1125;
    await sqlExec(server, `UPDATE sampling_items SET score_centi = ${score} WHERE draw_id = ${draw.id} AND suggestion_id = ${item.suggestion_id}`);
    const unit = (await u.staff.get(`/api/v1/suggestions/${item.suggestion_id}`)).body.lead_unit_id;
    if (!unit) continue;
    const [sum, n] = sampled.get(unit) ?? [0, 0];
    sampled.set(unit, [sum + score, n + 1]);
  }
  await sqlExec(server, `UPDATE sampling_draws SET status = 'published' WHERE id = ${draw.id}`);
  assert.ok(sampled.size > 0, 'the demo draw holds assigned items');
});
after(async () => {
  await server?.stop();
});

describe('scorecards', () => {
  test('components are the unit\'s figures; the score is the weighted mean of those present', async () => {
    const r = await u.staff.get(`${SC}?org_node_id=1&year=${year}`);
    assert.equal(r.status, 200, r.text);
    const sc = r.body;
    assert.deepEqual(sc.weights, { on_time: 20, contact: 15, resolution: 25, implementation: 20, satisfaction: 10, sampling: 10 });
    assert.equal(sc.default_weights, true);
    assert.ok(sc.units.length > 0);
    const figures = (await u.staff.get(`/api/v1/figures/suggestions?org_node_id=1&year=${year}&group_by=unit`)).body;
    for (const unit of sc.units) {
      const row = figures.rows.find((x) => x.key === String(unit.unit_id));
      assert.ok(row, `unit ${unit.unit_id} has a figures row`);
      for (const c of COMPONENTS.slice(0, 5)) {
        const f = row.figures[c];
        assert.deepEqual([unit.components[c].numerator, unit.components[c].denominator], [f.numerator, f.denominator], `${unit.unit_name} ${c}`);
        assert.equal(unit.components[c].value, f.rate, `${unit.unit_name} ${c}`);
      }
      const s = unit.components.sampling;
      const [sum, n] = sampled.get(unit.unit_id) ?? [0, 0];
      assert.deepEqual([s.numerator, s.denominator], [sum, n], `${unit.unit_name} sampling`);
      assert.equal(s.value, s.denominator === 0 ? null : Math.floor((s.numerator + Math.floor(s.denominator / 2)) / s.denominator) / 100);
      assert.equal(unit.score, expectedScore(unit, sc.weights), unit.unit_name);
    }
    for (const [unit, [, n]] of sampled)
      assert.ok(sc.units.some((x) => x.unit_id === unit && x.components.sampling.denominator === n), `sampled unit ${unit}`);
    // Best first; equal scores share a rank; units without a score come last, unranked.
    const scored = sc.units.filter((x) => x.score !== null);
    for (let i = 1; i < scored.length; i++) {
      assert.ok(scored[i - 1].score >= scored[i].score);
      assert.equal(scored[i].rank, scored[i].score === scored[i - 1].score ? scored[i - 1].rank : i + 1);
    }
    assert.ok(sc.units.slice(scored.length).every((x) => x.rank === null && x.score === null));
  });

  test('the committee sets the weights; bad weights are refused; the scores follow', async () => {
    const bad = await u.staff.put(`${SC}/weights`, { org_node_id: 1, year, weights: { on_time: 50, contact: 50, resolution: 10, implementation: 0, satisfaction: 0, sampling: 0 } });
    assert.deepEqual([bad.status, fieldsOf(bad.body)], [400, ['weights']]);
    const missing = await u.staff.put(`${SC}/weights`, { org_node_id: 1, year, weights: { on_time: 100 } });
    assert.equal(missing.status, 400, missing.text);
    const only = { on_time: 0, contact: 0, resolution: 100, implementation: 0, satisfaction: 0, sampling: 0 };
    assert.equal((await u.leader.put(`${SC}/weights`, { org_node_id: 1, year, weights: only })).status, 403);
    const r = await u.staff.put(`${SC}/weights`, { org_node_id: 1, year, weights: only });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.body.default_weights, false);
    for (const unit of r.body.units) assert.equal(unit.score, unit.components.resolution.value, unit.unit_name);
    // Read back, and audited with what changed.
    const again = (await u.leader.get(`${SC}?org_node_id=1&year=${year}`)).body;
    assert.deepEqual(again.weights, only);
    assert.equal(again.can_manage, false);
    const auditor = await server.login('auditor');
    const log = await auditor.get('/api/v1/audit/records?action=supervision.scorecard.weights&outcome=success');
    const rec = log.body.items[0];
    const change = rec.changes.find((c) => c.field === 'resolution');
    assert.deepEqual([change.before, change.after], ['25', '100']);
    // Another year keeps the defaults.
    assert.equal((await u.staff.get(`${SC}?org_node_id=1&year=${year - 1}`)).body.default_weights, true);
  });

  test('who reads them', async () => {
    for (const client of [u.li, u.zhao]) assert.equal((await client.get(`${SC}?org_node_id=1&year=${year}`)).status, 403);
    const out = await u.staff.get(`${SC}?year=1999`);
    assert.deepEqual([out.status, fieldsOf(out.body)], [400, ['year']]);
  });
});
