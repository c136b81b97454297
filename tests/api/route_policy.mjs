// The authorisation policy of every HTTP route (等保三级 "访问控制": who may call what).
//
// One entry per line that `daibiao routes` prints ("METHOD PATTERN"); authz_matrix.test.mjs
// fails for a route missing here and for an entry whose route is gone. Per route:
//
//   allow    "public"     anyone, signed in or not
//            "signed_in"  every signed-in account (anonymous → 401)
//            [roles]      only accounts holding one of these roles; every other signed-in
//                         account must get 403 or 404, anonymous 401
//   request  (optional) how the matrix calls the route. `path` is the URL (placeholders
//            `:name` are filled from the test's fixtures, see authz_matrix.test.mjs), `body`
//            the JSON body sent. Default: the pattern with {id} → the fixture of that
//            resource, body `{}` on writes. A probe body is shaped to pass the handler's
//            field checks and then fail *after* the permission check without changing
//            anything (a stale `version`, an id that does not exist, an invalid value), so
//            that an allowed role answers 400/404/409 and a refused one 403/404. With `{}`
//            alone most write handlers answer 400 to everybody before looking at the caller.
//   refused_may  (optional) statuses a refused role may answer besides 403/404 to the probe,
//            because the handler or use case checks the probe's fields (400, 415) or the
//            version (409) before the caller's permission. Nothing changes (the matrix's
//            snapshot checks that); each is an ordering finding, not a leak of data.
//   skip     (optional) why the matrix does not call the route (still must be listed).
//   note     (optional) where the rule comes from.
//
// Roles come from server/src/domain/access/permissions.cpp (role → permissions) and the
// checks each use case makes (server/src/app/*.cpp: authorize, can(, can_somewhere().

export const ROLES = [
  'deputy',
  'liaison_staff',
  'unit_officer',
  'unit_head',
  'leader',
  'committee_staff',
  'system_admin',
  'security_admin',
  'audit_admin',
];

// org.read: every role but the audit admin.
const ORG_READ = [
  'deputy',
  'liaison_staff',
  'unit_officer',
  'unit_head',
  'leader',
  'committee_staff',
  'system_admin',
  'security_admin',
];
const ORG_MANAGE = ['liaison_staff', 'system_admin'];
// user.read (liaison staff, leader, system admin, security admin) or role.grant (security admin).
const USER_READ = ['liaison_staff', 'leader', 'system_admin', 'security_admin'];
const DEPUTY_READ = ['liaison_staff', 'leader', 'committee_staff'];
const DEPUTY_MANAGE = ['liaison_staff'];
const ADMINS = ['system_admin', 'security_admin', 'audit_admin'];
// Any suggestion permission (draft, read, review, manage, handle, sign_off): the business roles.
const SUGGESTION_ANY = ['deputy', 'liaison_staff', 'unit_officer', 'unit_head', 'leader', 'committee_staff'];
// suggestion.read or supervision.manage: those who follow the handling of suggestions.
const SUPERVISION_READ = ['liaison_staff', 'leader', 'committee_staff'];
// The figures: those readers, and a unit's officers and head for their own unit.
const FIGURES_READ = [...SUPERVISION_READ, 'unit_officer', 'unit_head'];

/**
 * The five routes of an org entity (units, terms, sessions): read by ORG_READ, changed by
 * ORG_MANAGE. `created` is an invalid body (a refusal may be its 400); `fixture` names the
 * probe's object, deleted with a stale version.
 */
function orgEntityRoutes(plural, fixture, created) {
  const base = `/api/v1/org/${plural}`;
  return {
    [`GET ${base}`]: { allow: ORG_READ },
    [`POST ${base}`]: { refused_may: [400], allow: ORG_MANAGE, request: { body: created } },
    [`GET ${base}/{id}`]: { allow: ORG_READ },
    [`PATCH ${base}/{id}`]: { allow: ORG_MANAGE, request: { body: { version: 999999 } } },
    [`DELETE ${base}/{id}`]: { allow: ORG_MANAGE, request: { path: `${base}/${fixture}?version=999999` } },
  };
}

export const POLICY = {
  'GET /healthz': { allow: 'public' },
  'GET /readyz': { allow: 'public' },
  'GET /metrics': { allow: 'public', note: 'loopback or bearer token, checked by address' },
  'POST /api/v1/auth/login': { allow: 'public' },
  'POST /api/v1/auth/logout': {
    allow: 'signed_in',
    note: 'the matrix calls it last, once per account (it ends the session)',
  },
  'GET /api/v1/auth/me': { allow: 'signed_in' },
  'POST /api/v1/auth/totp/setup': {
    allow: 'signed_in',
    note: 'draws a pending secret for the caller only; nothing changes until enable',
  },
  'POST /api/v1/auth/totp/enable': { allow: 'signed_in', note: '{} → 400 (code missing)' },
  'POST /api/v1/auth/totp/disable': {
    allow: ['deputy', 'liaison_staff', 'unit_officer', 'unit_head', 'leader', 'committee_staff'],
    note: 'administrators may not turn their second factor off (403); {} → 400 for others',
  },
  'POST /api/v1/auth/password': {
    allow: 'signed_in',
    note: '{} → 400 for everyone; a wrong old password is not sent (it would count towards throttling)',
  },

  // ---- org tree ----------------------------------------------------------------------
  'GET /api/v1/org/nodes': { allow: ORG_READ },
  'POST /api/v1/org/nodes': {
    refused_may: [400],
    allow: ORG_MANAGE,
    request: { body: { code: '!', name: 'authz-probe', level: 'township', parent_id: 1 } },
  },
  'GET /api/v1/org/nodes/{id}': { allow: ORG_READ },
  'PATCH /api/v1/org/nodes/{id}': { allow: ORG_MANAGE, request: { body: { version: 999999 } } },
  'DELETE /api/v1/org/nodes/{id}': {
    allow: ORG_MANAGE,
    request: { path: '/api/v1/org/nodes/:node?version=999999' },
    note: 'the root: refused (409) after the permission check',
  },
  ...orgEntityRoutes('units', ':unit', { org_node_id: 1, code: '!', name: 'authz-probe' }),
  ...orgEntityRoutes('terms', ':term', { org_node_id: 1, number: 1, start_date: 'x', end_date: 'y' }),
  ...orgEntityRoutes('sessions', ':session', { term_id: 1, number: 1, opens_on: 'x' }),

  // ---- accounts, grants, 三员 ----------------------------------------------------------
  'GET /api/v1/access/roles': { allow: 'signed_in', note: 'the static role table' },
  'GET /api/v1/users': { allow: USER_READ },
  'POST /api/v1/users': {
    refused_may: [400],
    allow: ['system_admin', 'security_admin', 'liaison_staff'],
    request: { body: { username: '!', display_name: 'authz-probe', password: 'x', org_node_id: 1 } },
    note: 'user.manage, role.grant (administrator accounts) or deputy.manage (deputy accounts)',
  },
  'GET /api/v1/users/{id}': { allow: USER_READ },
  'PATCH /api/v1/users/{id}': {
    allow: ['system_admin', 'security_admin', 'liaison_staff'],
    refused_may: [409], // leader (user.read) meets the version check before the permission check
    request: { body: { version: 999999 } },
  },
  'POST /api/v1/users/{id}/password': {
    refused_may: [400],
    allow: ['system_admin', 'security_admin', 'liaison_staff'],
    request: { body: { password: 'x' } },
    note: 'a password the policy refuses: nothing is reset',
  },
  'POST /api/v1/users/{id}/totp/reset': {
    allow: ['system_admin', 'security_admin'],
    request: { path: '/api/v1/users/999999/totp/reset' },
    note: 'an id that does not exist: allowed → 404 as well',
  },
  'GET /api/v1/sessions': { allow: ['security_admin'], note: 'role.grant over the accounts listed' },
  'DELETE /api/v1/sessions/{id}': {
    allow: ['security_admin'],
    request: { path: '/api/v1/sessions/999999' },
    note: 'an id that does not exist, so nobody is signed out: allowed → 404',
  },
  'GET /api/v1/admin-requests': { allow: ADMINS, note: 'is_admin()' },
  'POST /api/v1/admin-requests/{id}/approve': {
    allow: ADMINS,
    request: { path: '/api/v1/admin-requests/999999/approve' },
    note: 'no pending request exists in the demo data: allowed → 404 as well',
  },
  'POST /api/v1/admin-requests/{id}/reject': {
    allow: ADMINS,
    request: { path: '/api/v1/admin-requests/999999/reject' },
  },
  'GET /api/v1/users/{id}/grants': { allow: USER_READ },
  'POST /api/v1/users/{id}/grants': {
    refused_may: [400],
    allow: ['security_admin'],
    request: { body: { role: 'no_such_role', org_node_id: 1 } },
  },
  'DELETE /api/v1/grants/{id}': {
    allow: ['security_admin'],
    request: { path: '/api/v1/grants/999999' },
    note: 'an id that does not exist, so nothing is revoked: allowed → 404',
  },

  // ---- audit -------------------------------------------------------------------------
  'GET /api/v1/audit/records': { allow: ['audit_admin'] },
  'GET /api/v1/audit/export': { allow: ['audit_admin'] },

  // ---- deputies registry ---------------------------------------------------------------
  'GET /api/v1/deputies/import/template': {
    allow: 'signed_in',
    note: 'an empty workbook with the column titles; the handler checks no permission',
  },
  'POST /api/v1/deputies/import/preview': { allow: DEPUTY_MANAGE },
  'POST /api/v1/deputies/import': {
    refused_may: [400],
    allow: DEPUTY_MANAGE,
    request: { path: '/api/v1/deputies/import?org_node_id=1&term_id=1', body: {} },
    note: 'dry run (the default); `{}` is not a workbook',
  },
  'GET /api/v1/deputies': { allow: DEPUTY_READ },
  'POST /api/v1/deputies': {
    refused_may: [400],
    allow: DEPUTY_MANAGE,
    request: {
      body: {
        name: 'authz-probe',
        gender: 'nope',
        ethnicity: '汉族',
        id_number: 'x',
        mandate: { org_node_id: 1, term_id: 1, delegation: 'x', started_on: 'x' },
      },
    },
  },
  'GET /api/v1/deputies/export': { allow: DEPUTY_MANAGE, note: 'deputy.reveal' },
  'GET /api/v1/deputies/{id}': { allow: DEPUTY_READ },
  'PATCH /api/v1/deputies/{id}': { allow: DEPUTY_MANAGE, request: { body: { version: 999999 } } },
  'POST /api/v1/deputies/{id}/reveal': { allow: DEPUTY_MANAGE, note: 'deputy.reveal; audited' },
  'POST /api/v1/deputies/{id}/mandates': {
    refused_may: [400],
    allow: DEPUTY_MANAGE,
    request: { body: { org_node_id: 1, term_id: 999999, delegation: 'x', started_on: 'x' } },
  },
  'POST /api/v1/mandates/{id}/end': {
    allow: DEPUTY_MANAGE,
    request: { body: { version: 999999, status: 'resigned', ended_on: 'x' } },
  },

  // ---- suggestions -------------------------------------------------------------------
  'GET /api/v1/suggestions': { allow: SUGGESTION_ANY },
  'GET /api/v1/suggestions/export': { allow: SUGGESTION_ANY },
  'GET /api/v1/suggestions/options': { allow: 'signed_in', note: 'rules, sessions and units in scope' },
  'GET /api/v1/suggestions/people': {
    allow: SUGGESTION_ANY,
    request: { path: '/api/v1/suggestions/people?session_id=:session' },
  },
  'POST /api/v1/suggestions/batch-assign': {
    allow: ['liaison_staff'],
    request: { body: { items: [{ id: 999999, version: 999999 }], mode: 'single' } },
  },
  'POST /api/v1/suggestions': {
    allow: ['deputy', 'liaison_staff'],
    request: {
      body: { session_id: 999999, title: 'authz-probe', body: 'authz-probe' },
      // liaison staff enter a suggestion on a deputy's behalf (lead_person_id); without it the
      // call is a draft of their own, which needs suggestion.draft
      bodyByRole: {
        liaison_staff: { session_id: 999999, title: 'authz-probe', body: 'authz-probe', lead_person_id: 1 },
      },
    },
    note: 'suggestion.draft, or suggestion.manage entering on behalf; a session that does not exist',
  },
  'GET /api/v1/suggestions/{id}': { allow: SUGGESTION_ANY },
  'PATCH /api/v1/suggestions/{id}': {
    allow: ['deputy'],
    request: { path: '/api/v1/suggestions/:draft', body: { version: 999999 } },
    note: "the lead deputy's own draft",
  },
  'POST /api/v1/suggestions/{id}/actions/{action}': {
    allow: ['unit_officer', 'unit_head'],
    refused_may: [400],
    request: {
      path: '/api/v1/suggestions/:suggestion/actions/log_contact',
      // the action's fields are checked before the actor: with any body that cannot act, a
      // refused role answers 400 (or 409 for a stale version) — the matrix only proves no
      // 2xx/5xx and 401 for anonymous here
      body: { version: ':suggestion_version', method: 'nope', contact_on: 'x', summary: '' },
    },
    note:
      'log_contact on an item in handling: the handling unit. The current version (a stale one ' +
      'answers 409 to everybody before the permission check) and an invalid method, so nothing is logged',
  },
  'GET /api/v1/suggestions/{id}/messages': { allow: SUGGESTION_ANY },
  'POST /api/v1/suggestions/{id}/messages': {
    refused_may: [400],
    allow: SUGGESTION_ANY,
    request: { body: { body: '' } },
  },
  'POST /api/v1/suggestions/{id}/attachments': {
    allow: SUGGESTION_ANY,
    refused_may: [415], // the file type is checked before the caller
    request: { path: '/api/v1/suggestions/:suggestion/attachments?file_name=probe.png', body: {} },
  },
  'GET /api/v1/suggestions/{id}/attachments/{attachment_id}': {
    allow: SUGGESTION_ANY,
    request: { path: '/api/v1/suggestions/:suggestion/attachments/:attachment' },
  },
  'GET /api/v1/notifications': { allow: 'signed_in', note: "the caller's own" },
  'POST /api/v1/notifications/read-all': { allow: 'signed_in', note: "the caller's own" },
  'POST /api/v1/notifications/{id}/read': {
    allow: 'signed_in',
    request: { path: '/api/v1/notifications/999999/read' },
  },
  'GET /api/v1/calendar/{year}': {
    allow: ['liaison_staff', 'unit_officer', 'unit_head', 'leader', 'committee_staff'],
    request: { path: '/api/v1/calendar/2026' },
    note: 'calendar.manage, suggestion.read or suggestion.handle somewhere',
  },
  'PUT /api/v1/calendar/{year}': {
    allow: ['liaison_staff'],
    request: { path: '/api/v1/calendar/2026', body: { holidays: [{ date: 'x' }], makeup_workdays: [] } },
  },
  'GET /api/v1/supervision/draws': { allow: SUPERVISION_READ },
  'POST /api/v1/supervision/draws': {
    allow: ['liaison_staff'],
    refused_may: [400],
    request: { body: { title: '探测', session_id: ':session', sample_size: 200, seed_source: '探测' } },
    note: 'supervision.manage over the session\'s congress; the probe asks for more items than there are',
  },
  'GET /api/v1/supervision/draws/{id}': { allow: SUPERVISION_READ },
  'GET /api/v1/supervision/draws/{id}/population': {
    allow: SUPERVISION_READ,
    request: { path: '/api/v1/supervision/draws/:draw/population' },
  },
  'POST /api/v1/supervision/draws/{id}/seed': {
    allow: ['liaison_staff'],
    request: { path: '/api/v1/supervision/draws/:draw/seed', body: { version: 999999, seed: '1' } },
  },
  'PUT /api/v1/supervision/draws/{id}/items/{suggestion_id}/report': {
    allow: ['liaison_staff'],
    request: { path: '/api/v1/supervision/draws/:draw/items/1/report', body: { body: '探测' } },
    note: 'the probe draw is not drawn yet: 409 for the committee',
  },
  'POST /api/v1/supervision/draws/{id}/items/{suggestion_id}/comments': {
    allow: SUPERVISION_READ,
    request: { path: '/api/v1/supervision/draws/:draw/items/1/comments', body: { body: '探测' } },
    note: 'members (suggestion.read) and the committee; the probe draw is not drawn: 409',
  },
  'PUT /api/v1/supervision/draws/{id}/items/{suggestion_id}/score': {
    allow: SUPERVISION_READ,
    request: { path: '/api/v1/supervision/draws/:draw/items/1/score', body: { scores: [80] } },
  },
  'POST /api/v1/supervision/draws/{id}/publish': {
    allow: ['liaison_staff'],
    request: { path: '/api/v1/supervision/draws/:draw/publish', body: { version: 999999 } },
  },
  'GET /api/v1/supervision/clearing': { allow: SUPERVISION_READ },
  'GET /api/v1/supervision/clearing/export': { allow: SUPERVISION_READ },
  'POST /api/v1/supervision/clearing/plans': {
    allow: ['liaison_staff'],
    request: { body: { org_node_id: 1, year: 2000, due_on: '2099-12-31' } },
    note: 'supervision.manage over the congress; nothing of 2000 remains, so the committee gets 409',
  },
  'GET /api/v1/supervision/clearing/plans/{id}': {
    allow: SUPERVISION_READ,
    request: { path: '/api/v1/supervision/clearing/plans/:clearing_plan' },
  },
  'GET /api/v1/supervision/meetings': { allow: SUGGESTION_ANY },
  'POST /api/v1/supervision/meetings': {
    allow: ['liaison_staff', 'unit_officer', 'unit_head'],
    refused_may: [400],
    request: { body: { suggestion_id: ':suggestion', scheduled_on: 'x', place: '' } },
    note: 'the committee or the lead unit; the fields are checked before the caller, so the probe answers 400',
  },
  'GET /api/v1/supervision/meetings/figures': { allow: SUPERVISION_READ },
  'GET /api/v1/supervision/meetings/{id}': { allow: SUGGESTION_ANY },
  'POST /api/v1/supervision/meetings/{id}/record': {
    allow: ['liaison_staff', 'unit_officer', 'unit_head'],
    refused_may: [400],
    request: { path: '/api/v1/supervision/meetings/:meeting/record', body: { version: 1, held_on: 'x', attendance: {}, minutes: '' } },
    note: 'an invalid record (checked before the caller): nothing is recorded',
  },
  'POST /api/v1/supervision/meetings/{id}/cancel': {
    allow: ['liaison_staff', 'unit_officer', 'unit_head'],
    refused_may: [400],
    request: { path: '/api/v1/supervision/meetings/:meeting/cancel', body: { version: 1, reason: '' } },
    note: 'no reason (checked before the caller): nothing is cancelled',
  },
  'GET /api/v1/supervision/leaders': { allow: SUPERVISION_READ },
  'PUT /api/v1/supervision/leaders': {
    allow: ['liaison_staff'],
    refused_may: [400],
    request: { body: { org_node_id: 1, rules: [{ star_level: 9, user_id: 1 }] } },
    note: 'supervision.manage over the congress; an invalid rule (checked before the caller) changes nothing',
  },
  'GET /api/v1/supervision/items/{id}/leader': {
    allow: SUGGESTION_ANY,
    request: { path: '/api/v1/supervision/items/:suggestion/leader' },
  },
  'PUT /api/v1/supervision/items/{id}/leader': {
    allow: ['liaison_staff'],
    request: { path: '/api/v1/supervision/items/:suggestion/leader', body: { user_id: 999999 } },
    note: 'supervision.manage over the item; an account that is no leader: 400 for the committee, nothing named',
  },
  'GET /api/v1/supervision/coverage': { allow: SUPERVISION_READ },
  'GET /api/v1/supervision/key-topics': { allow: SUPERVISION_READ },
  'GET /api/v1/figures/suggestions': { allow: FIGURES_READ },
  'GET /api/v1/figures/suggestions/export': { allow: FIGURES_READ },
  'GET /api/v1/figures/suggestions/items': {
    allow: FIGURES_READ,
    request: { path: '/api/v1/figures/suggestions/items?measure=items' },
  },
  'GET /api/v1/supervision/awards': { allow: SUPERVISION_READ },
  'POST /api/v1/supervision/awards': {
    allow: ['liaison_staff'],
    request: { body: { org_node_id: 999999, kind: 'unit', quota: 1 } },
    note: 'supervision.manage over the congress; no such congress: 404 for the committee, nothing created',
  },
  'GET /api/v1/supervision/awards/honours': {
    allow: 'signed_in',
    request: { path: '/api/v1/supervision/awards/honours?kind=unit&target_id=1' },
    note: 'published honours are public on the platform',
  },
  'GET /api/v1/supervision/awards/{id}': { allow: SUPERVISION_READ },
  'POST /api/v1/supervision/awards/{id}/nominations': {
    allow: ['liaison_staff'],
    request: { path: '/api/v1/supervision/awards/:award_round/nominations', body: { target_id: 99999999, reason: '探测' } },
    note: 'no such unit: 400 for the committee, nothing nominated',
  },
  'DELETE /api/v1/supervision/awards/{id}/nominations/{nomination_id}': {
    allow: ['liaison_staff'],
    request: { path: '/api/v1/supervision/awards/:award_round/nominations/99999999' },
    note: 'no such nomination: 404 for the committee',
  },
  'PUT /api/v1/supervision/awards/{id}/nominations/{nomination_id}/score': {
    allow: SUPERVISION_READ,
    request: { path: '/api/v1/supervision/awards/:award_round/nominations/1/score', body: { scores: [80, 80, 80, 80] } },
    note: 'the panel: whoever reads the congress; the probe round is still nominating: 409 for them',
  },
  'POST /api/v1/supervision/awards/{id}/open-scoring': {
    allow: ['liaison_staff'],
    request: { path: '/api/v1/supervision/awards/:award_round/open-scoring', body: { version: 999999 } },
    note: 'the probe round has no nomination: 409 for the committee',
  },
  'POST /api/v1/supervision/awards/{id}/publish': {
    allow: ['liaison_staff'],
    request: { path: '/api/v1/supervision/awards/:award_round/publish', body: { version: 999999 } },
    note: 'the probe round is not scoring: 409 for the committee',
  },
  'GET /api/v1/supervision/scorecards': { allow: SUPERVISION_READ },
  'PUT /api/v1/supervision/scorecards/weights': {
    allow: ['liaison_staff'],
    request: { body: { org_node_id: 999999, weights: { on_time: 100, contact: 0, resolution: 0, implementation: 0, satisfaction: 0, sampling: 0 } } },
    note: 'supervision.manage over the congress; no such congress: 404 for the committee, nothing changed',
  },
  'GET /api/v1/supervision/funds': { allow: SUPERVISION_READ },
  'POST /api/v1/supervision/funds': {
    allow: ['liaison_staff'],
    request: { body: { org_node_id: 999999, name: '探测', source: 'special_fund', total_fen: 100 } },
    note: 'supervision.manage over the congress; no such congress: 404 for the committee, nothing created',
  },
  'GET /api/v1/supervision/funds/{id}': { allow: SUPERVISION_READ },
  'PUT /api/v1/supervision/funds/{id}': {
    allow: ['liaison_staff'],
    request: { body: { version: 999999, status: 'open', name: '探测', source: 'special_fund', total_fen: 100 } },
    note: 'a stale version: 409 for the committee, nothing changed',
  },
  'GET /api/v1/supervision/funding': { allow: SUGGESTION_ANY },
  'GET /api/v1/supervision/items/{id}/funding': {
    allow: SUGGESTION_ANY,
    request: { path: '/api/v1/supervision/items/:suggestion/funding' },
  },
  'POST /api/v1/supervision/items/{id}/funding': {
    allow: ['liaison_staff', 'unit_officer', 'unit_head'],
    refused_may: [400],
    request: { path: '/api/v1/supervision/items/:suggestion/funding', body: { asked_fen: 0, purpose: '' } },
    note: 'the committee or the lead unit; the amount is checked before the caller, so the probe answers 400',
  },
  'POST /api/v1/supervision/funding/{id}/grant': {
    allow: ['liaison_staff'],
    request: { path: '/api/v1/supervision/funding/:funding_request/grant', body: { version: 999999, pool_id: ':fund', granted_fen: 1 } },
    note: 'supervision.manage over the item; a stale version: 409 for the committee, nothing granted',
  },
  'POST /api/v1/supervision/funding/{id}/refuse': {
    allow: ['liaison_staff'],
    request: { path: '/api/v1/supervision/funding/:funding_request/refuse', body: { version: 999999, reason: '探测' } },
    note: 'a stale version: 409 for the committee, nothing refused',
  },
  'POST /api/v1/supervision/funding/{id}/spend': {
    allow: ['liaison_staff', 'unit_officer', 'unit_head'],
    refused_may: [409],
    request: { path: '/api/v1/supervision/funding/:funding_request/spend', body: { amount_fen: 1, spent_on: '2026-01-05', note: '探测' } },
    note: 'the probe request is not granted: 409 to whoever sees the item, before the caller (its status is shown to them anyway); supervision_funding.test.mjs tries the caller on a granted one',
  },
  'POST /api/v1/supervision/key-topics': {
    allow: ['liaison_staff'],
    refused_may: [400],
    request: { body: { org_node_id: 1, title: '', decided_on: 'x', suggestion_ids: [':suggestion'] } },
    note: 'supervision.manage over the congress; an invalid topic (checked before the caller) records nothing',
  },
  'GET /api/v1/supervision/key-topics/candidates': { allow: SUPERVISION_READ },
  'GET /api/v1/supervision/key-topics/{id}': {
    allow: SUPERVISION_READ,
    request: { path: '/api/v1/supervision/key-topics/:key_topic' },
  },
  'POST /api/v1/supervision/key-topics/{id}/activities': {
    allow: ['liaison_staff'],
    refused_may: [400],
    request: { path: '/api/v1/supervision/key-topics/:key_topic/activities', body: { kind: 'x', held_on: 'x', summary: '' } },
    note: 'an invalid activity (checked before the caller) logs nothing',
  },
  'POST /api/v1/supervision/key-topics/{id}/conclude': {
    allow: ['liaison_staff'],
    refused_may: [400],
    request: { path: '/api/v1/supervision/key-topics/:key_topic/conclude', body: { version: 1, conclusion: '' } },
    note: 'no conclusion (checked before the caller): nothing concluded',
  },
  'POST /api/v1/supervision/draws/{id}/draw': {
    allow: ['liaison_staff'],
    request: { path: '/api/v1/supervision/draws/:draw/draw', body: { version: 999999 } },
    note: 'the probe draw has no seed yet: 409 for the committee',
  },
};
