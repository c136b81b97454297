// Walking suggestions through the API in the tests of the suggestion area.
import assert from 'node:assert/strict';

export const S = '/api/v1/suggestions';

/** POSTs an action and asserts its status; the answer's body (the item as it now stands). */
export async function act(client, id, action, body = {}, status = 200) {
  const r = await client.post(`${S}/${id}/actions/${action}`, body);
  assert.equal(r.status, status, `${action}: ${r.text}`);
  return r.body;
}

/**
 * A new suggestion by `u.li`, taken by `u.staff` through review, classification (1 star,
 * 交通运输) and assignment to `leadUnit` with `coUnits`. `draft` adds fields to the draft.
 */
export async function assignedSuggestion(u, { sessionId, title, leadUnit, coUnits = [], draft = {} }) {
  const d = await u.li.post(S, { session_id: sessionId, title, body: '内容。', category: '交通运输', ...draft });
  assert.equal(d.status, 201, d.text);
  let s = await act(u.li, d.body.id, 'submit', { version: d.body.version });
  s = await act(u.staff, s.id, 'initial_review_pass', { version: s.version });
  s = await act(u.staff, s.id, 're_review_accept', { version: s.version });
  s = await act(u.staff, s.id, 'classify', { version: s.version, star_level: 1, category: '交通运输' });
  return act(u.staff, s.id, 'assign', { version: s.version, mode: 'joint', lead_unit_id: leadUnit, co_unit_ids: coUnits });
}

/**
 * Signs in the demo accounts the suggestion tests act as (`accounts`: key → username) and
 * reads what they share: the current session and the units of 赵 (lead) and 孙 (co-unit),
 * asserted to be two different units when both are signed in.
 */
export async function signInSuggestionRoles(server, accounts) {
  const u = {};
  for (const [key, username] of Object.entries(accounts)) u[key] = await server.login(username);
  const sessionId = (await u.li.get(`${S}/options`)).body.sessions[0].id;
  const unitOf = async (client) => client && (await client.get('/api/v1/auth/me')).body.unit_id;
  const leadUnit = await unitOf(u.zhao);
  const coUnit = await unitOf(u.sun);
  if (u.sun) assert.ok(leadUnit && coUnit && leadUnit !== coUnit);
  return { u, sessionId, leadUnit, coUnit };
}
