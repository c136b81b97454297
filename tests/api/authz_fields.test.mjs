// 等保三级 访问控制, field level: the JSON fields of user, deputy and suggestion responses
// (list and detail) stay within an allowlist per role; no response to any role carries a
// secret column (password_hash, id_sealed, phone_sealed, id_hash, …) or a full ID number or
// mobile number (an 18-digit ID or an 11-digit mobile anywhere in the raw text, and the
// demo deputies' own numbers, learnt through liaison staff's audited reveal); only that
// reveal returns full values, and only to liaison staff.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './support/server.mjs';

const USER = ['id', 'username', 'display_name', 'org_node_id', 'unit_id', 'person_id', 'active', 'locked_until', 'version', 'created_at', 'updated_at'];
const MANDATE = ['id', 'person_id', 'org_node_id', 'org_name', 'level', 'term_id', 'term_number', 'delegation', 'status', 'status_title', 'started_on', 'ended_on', 'end_reason', 'version'];
const DEPUTY_ROW = ['id', 'org_node_id', 'name', 'gender', 'ethnicity', 'birth_year', 'party', 'education', 'occupation', 'field', 'employer', 'post', 'phone_masked', 'id_number_masked', 'version', 'created_at', 'updated_at', 'mandate'];
const DEPUTY_DETAIL = [...DEPUTY_ROW.filter((f) => f !== 'mandate'), 'mandates'];
const SUGGESTION_SUMMARY = ['id', 'number', 'number_text', 'title', 'category', 'urgent', 'raised_in', 'raised_in_title', 'state', 'state_title', 'star_level', 'session_id', 'session_title', 'org_node_id', 'lead_person_id', 'lead_name', 'lead_unit_id', 'lead_unit_name', 'answer_class', 'rating', 'next_due_on', 'next_due_kind', 'flags', 'parent_id', 'created_at', 'updated_at', 'version'];
const SUGGESTION_DETAIL = [...SUGGESTION_SUMMARY, 'body', 'is_public', 'org_name', 'assign_mode', 'round', 'dissatisfied_rounds', 'return_reason', 'not_accepted_reason', 'extension', 'submitted_at', 'closed_at', 'relations', 'available_actions', 'cosigners', 'units', 'clocks', 'contacts', 'answers', 'commitments', 'evaluations', 'attachments', 'merged_with', 'timeline'];

// What each role may read at all (null: the route refuses the role), per resource and view.
const DEPUTY_READERS = ['liaison_staff', 'leader', 'committee_staff'];
const USER_READERS = ['liaison_staff', 'leader', 'system_admin', 'security_admin'];
const SUGGESTION_READERS = ['deputy', 'liaison_staff', 'unit_officer', 'unit_head', 'leader', 'committee_staff'];
const ALLOW = (readers, fields) => (role) => (readers.includes(role) ? fields : null);
const ALLOWLIST = {
  'user list': ALLOW(USER_READERS, USER),
  'user detail': ALLOW(USER_READERS, USER),
  'deputy list': ALLOW(DEPUTY_READERS, DEPUTY_ROW),
  'deputy detail': ALLOW(DEPUTY_READERS, DEPUTY_DETAIL),
  'suggestion list': ALLOW(SUGGESTION_READERS, SUGGESTION_SUMMARY),
  'suggestion detail': ALLOW(SUGGESTION_READERS, SUGGESTION_DETAIL),
};
const NESTED = { mandate: MANDATE, mandates: MANDATE };

// Never in any response, at any depth.
// (`hash` alone is the audit chain's record hash, not a secret.)
const SECRET_KEYS = /^(password|password_hash|salt|id_sealed|phone_sealed|id_hash|phone_hash|id_number|phone|totp_secret|session_token|token_hash)$/;
const ID18 = /(?<![0-9A-Za-z])[1-9][0-9]{16}[0-9Xx](?![0-9A-Za-z])/;
const MOBILE = /(?<![0-9A-Za-z])1[3-9][0-9]{9}(?![0-9A-Za-z])/; // not inside hex hashes

let server;
let accounts;
let full = []; // the demo deputies' full ID numbers and phones (from the reveal)

function keysDeep(value, path = '', out = []) {
  if (Array.isArray(value)) value.forEach((v) => keysDeep(v, `${path}[]`, out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      out.push({ key: k, path: `${path}.${k}` });
      keysDeep(v, `${path}.${k}`, out);
    }
  return out;
}

before(async () => {
  server = await startServer({ withKey: true });
  accounts = [];
  for (const [name, { role }] of Object.entries(server.logins))
    accounts.push({ name, role, client: await server.login(name) });
  const staff = accounts.find((a) => a.role === 'liaison_staff').client;
  const some = (await staff.get('/api/v1/deputies?page_size=30')).body.items;
  for (const d of some) {
    const r = await staff.post(`/api/v1/deputies/${d.id}/reveal`, {});
    assert.equal(r.status, 200, r.text);
    full.push(...Object.values(r.body).filter((v) => typeof v === 'string' && /^[0-9]{11}$|^[0-9]{17}[0-9Xx]$/.test(v)));
  }
  assert.ok(full.length >= 30, `the reveal returned too few full values: ${JSON.stringify(full.slice(0, 4))}`);
});

after(async () => {
  await server?.stop();
});

// Every leak in one response's raw text, for one account.
function leaks(text) {
  const found = [];
  const id = ID18.exec(text);
  if (id) found.push(`an 18-digit ID number ${id[0]}`);
  const m = MOBILE.exec(text);
  if (m) found.push(`an 11-digit mobile ${m[0]}`);
  for (const v of full) if (text.includes(v)) found.push(`a demo deputy's full value ${v}`);
  return found;
}

function checkFields(kind, role, objects) {
  const allowed = ALLOWLIST[kind](role);
  const problems = [];
  for (const o of objects) {
    for (const k of Object.keys(o)) if (!allowed.includes(k)) problems.push(`${kind}: field ${k} is not on ${role}'s allowlist`);
    for (const [k, sub] of Object.entries(NESTED))
      for (const m of [o[k]].flat().filter(Boolean))
        for (const mk of Object.keys(m)) if (!sub.includes(mk)) problems.push(`${kind}: ${k}.${mk} is not on the allowlist`);
  }
  return [...new Set(problems)];
}

test('user, deputy and suggestion responses stay within each role’s allowlist and leak nothing', async () => {
  const problems = [];
  const someIds = {};
  const staff = accounts.find((a) => a.role === 'liaison_staff').client;
  someIds.user = (await staff.get('/api/v1/users?page_size=100')).body.items.map((u) => u.id);
  someIds.deputy = (await staff.get('/api/v1/deputies?page_size=20')).body.items.map((d) => d.id);
  for (const a of accounts) {
    const calls = [
      ['user list', '/api/v1/users?page_size=100'],
      ['deputy list', '/api/v1/deputies?page_size=100'],
      ['suggestion list', '/api/v1/suggestions?page_size=100'],
      ...someIds.user.map((id) => ['user detail', `/api/v1/users/${id}`]),
      ...someIds.deputy.map((id) => ['deputy detail', `/api/v1/deputies/${id}`]),
    ];
    const sugg = await a.client.get('/api/v1/suggestions?page_size=100');
    if (sugg.status === 200) calls.push(...sugg.body.items.map((s) => ['suggestion detail', `/api/v1/suggestions/${s.id}`]));
    // Other responses that name people: checked for leaks only.
    const other = ['/api/v1/auth/me', '/api/v1/notifications?page_size=100', '/api/v1/suggestions/options', '/api/v1/users/1/grants', '/api/v1/audit/records?page_size=100'];
    for (const [kind, path] of calls) {
      const r = await a.client.get(path);
      assert.ok(r.status < 500, `${a.name}: GET ${path} → ${r.status}`);
      for (const l of leaks(r.text)) problems.push(`${a.name} (${a.role}): GET ${path} carries ${l}`);
      for (const { key, path: at } of keysDeep(r.body))
        if (SECRET_KEYS.test(key)) problems.push(`${a.name}: GET ${path} has the field ${at}`);
      const allowed = ALLOWLIST[kind](a.role);
      if (allowed === null) {
        if (r.status === 200) problems.push(`${a.name} (${a.role}): GET ${path} → 200, but ${kind} is not for ${a.role}`);
        continue;
      }
      if (r.status !== 200) {
        if (!kind.endsWith('detail')) problems.push(`${a.name} (${a.role}): GET ${path} → ${r.status}`);
        continue; // a detail out of scope (403/404) is authz_objects' business
      }
      const objects = kind.endsWith('list') ? r.body.items : [r.body];
      problems.push(...checkFields(kind, a.role, objects).map((p) => `${a.name}: ${p}`));
    }
    for (const path of other) {
      const r = await a.client.get(path);
      assert.ok(r.status < 500, `${a.name}: GET ${path} → ${r.status}`);
      for (const l of leaks(r.text)) problems.push(`${a.name} (${a.role}): GET ${path} carries ${l}`);
      for (const { key, path: at } of keysDeep(r.body))
        if (SECRET_KEYS.test(key)) problems.push(`${a.name}: GET ${path} has the field ${at}`);
    }
  }
  assert.deepEqual([...new Set(problems)], [], [...new Set(problems)].slice(0, 40).join('\n'));
});

test('masked values are masked: last 4 digits only', async () => {
  const staff = accounts.find((a) => a.role === 'liaison_staff').client;
  const items = (await staff.get('/api/v1/deputies?page_size=100')).body.items;
  for (const d of items) {
    if (d.id_number_masked) assert.match(d.id_number_masked, /^\*{14}[0-9Xx]{4}$/, `deputy ${d.id}`);
    if (d.phone_masked) assert.match(d.phone_masked, /^\*{7}[0-9]{4}$/, `deputy ${d.id}`);
  }
});

test('only liaison staff’s reveal returns full values', async () => {
  const staff = accounts.find((a) => a.role === 'liaison_staff').client;
  const id = (await staff.get('/api/v1/deputies?page_size=1')).body.items[0].id;
  for (const a of accounts) {
    const r = await a.client.post(`/api/v1/deputies/${id}/reveal`, {});
    if (a.role === 'liaison_staff') {
      assert.equal(r.status, 200, r.text);
      assert.ok(ID18.test(r.text) || MOBILE.test(r.text), `the reveal shows no full value: ${r.text}`);
      for (const { key, path } of keysDeep(r.body))
        assert.ok(!/sealed|hash/.test(key), `the reveal carries ${path}`);
    } else {
      assert.ok([403, 404].includes(r.status), `${a.name} (${a.role}): reveal → ${r.status}`);
      assert.deepEqual(leaks(r.text), [], `${a.name}: the refused reveal leaks`);
    }
  }
  const anon = server.client();
  const r = await anon.post(`/api/v1/deputies/${id}/reveal`, {});
  assert.equal(r.status, 401);
});
