// The deputies registry must not give an ID number back (issue 9, finding 3). The mask keeps
// only the last 4 characters, responses carry the birth year instead of the date, and the
// full values (ID number, phone, birth date) come only from the audited reveal. Exports need
// deputy.reveal and are audited, refusals included; the audit log holds no full value either.
//
// For one deputy registered here, no list, detail or export answer (nor the audit records of
// the create and an update) may contain the 8 birth-date digits, the date, the first 14
// characters of the ID number or the phone's first 7 digits.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { after, before, describe, test } from 'node:test';

import { startServer } from './support/server.mjs';

const DEPUTIES = '/api/v1/deputies';
const EXPORT_REFUSED = '导出代表个人信息需要查看敏感信息权限';

// Checksum-valid, fictitious ID numbers (GB 11643 MOD 11-2).
function idNumber(birth, seq, male) {
  const body = `110105${birth.replaceAll('-', '')}${String(seq).padStart(2, '0')}${male ? 1 : 2}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((s, d, i) => s + Number(d) * weights[i], 0);
  return body + '10X98765432'[sum % 11];
}

const BIRTH = '1963-07-29';
const ID = idNumber(BIRTH, 58, true);
const PHONE = '13687654321';
// A second identity the update moves to: its values must not leak either.
const BIRTH2 = '1964-11-23';
const ID2 = idNumber(BIRTH2, 73, true);
const PHONE2 = '13512349876';

/** The substrings that would give (part of) a number back. */
function secrets(id, birth, phone) {
  return [id, id.slice(0, 14), birth, birth.replaceAll('-', ''), phone, phone.slice(0, 7)];
}
const ALL_SECRETS = [...secrets(ID, BIRTH, PHONE), ...secrets(ID2, BIRTH2, PHONE2)];

function assertNoSecrets(text, where) {
  for (const s of ALL_SECRETS) assert.ok(!text.includes(s), `${where} contains ${s}:\n${text.slice(0, 2000)}`);
}

/** Every leaf of a JSON value as [key, value]. */
function leaves(value, key = '', out = []) {
  if (Array.isArray(value)) value.forEach((v) => leaves(v, key, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) leaves(v, k, out);
  else out.push([key, value]);
  return out;
}

// What one person's answer may tell about the ID number: the last 4 characters and the
// birth year, nothing else. Dates of the record itself (created_at, started_on, …) and
// integer ids are not the person's; every other field is searched for any 4-character run of
// the ID number besides the year (digits 7-10) and the last 4.
function assertOnlyLastFourAndYear(json, id, where) {
  const allowed = new Set([id.slice(6, 10), id.slice(14)]);
  const runs = [];
  for (let i = 0; i + 4 <= id.length; i++) if (!allowed.has(id.slice(i, i + 4))) runs.push(id.slice(i, i + 4));
  for (const [key, value] of leaves(json)) {
    if (key === 'birth_date') assert.fail(`${where}: birth_date must not be sent`);
    if (typeof value !== 'string' || /_(at|on)$/.test(key)) continue;
    for (const run of runs) assert.ok(!value.includes(run), `${where}: ${key}=${value} holds ${run} of the ID number`);
  }
}

/** The text of every part of a zip (.xlsx) file, read with node:zlib. */
function zipText(buf) {
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  assert.ok(eocd >= 0, 'a zip file');
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const parts = [];
  for (let i = 0; i < count; i++) {
    assert.equal(buf.readUInt32LE(at), 0x02014b50, 'central directory entry');
    const method = buf.readUInt16LE(at + 10);
    const size = buf.readUInt32LE(at + 20);
    const nameLen = buf.readUInt16LE(at + 28);
    const extraLen = buf.readUInt16LE(at + 30);
    const commentLen = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.subarray(at + 46, at + 46 + nameLen).toString();
    const dataAt = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(dataAt, dataAt + size);
    parts.push(`${name}\n${(method === 8 ? zlib.inflateRawSync(data) : data).toString('utf8')}`);
    at += 46 + nameLen + extraLen + commentLen;
  }
  return parts.join('\n');
}

function sheetRows(raw) {
  for (const py of ['/usr/bin/python3', 'python3']) {
    try {
      execFileSync(py, ['-c', 'import openpyxl'], { stdio: 'ignore' });
    } catch {
      continue;
    }
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'daibiao-privacy-')), 'e.xlsx');
    fs.writeFileSync(file, raw);
    try {
      return JSON.parse(
        execFileSync(py, ['-c', `
import json, sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1]).active
print(json.dumps([[c.value for c in row] for row in ws.iter_rows()], ensure_ascii=False))`, file]).toString(),
      );
    } finally {
      fs.rmSync(path.dirname(file), { recursive: true, force: true });
    }
  }
  throw new Error('python3-openpyxl is required (scripts/install-deps.sh installs it)');
}

let server;
let staff;
let leader;
let auditor;
let personId;

before(async () => {
  server = await startServer({ withKey: true });
  staff = await server.login('staff.wang');
  leader = await server.login('leader.liu');
  auditor = await server.login('auditor');
  const terms = await staff.get('/api/v1/org/terms?org_node_id=1');
  const created = await staff.post(DEPUTIES, {
    name: '覃志远',
    gender: 'male',
    ethnicity: '土家族',
    birth_date: BIRTH,
    party: '中共党员',
    field: '农业',
    employer: '某县农业农村局',
    post: '局长',
    phone: PHONE,
    id_number: ID,
    mandate: { org_node_id: 1, term_id: terms.body.items[0].id, delegation: '湘西州代表团', started_on: '2023-01-16' },
  });
  assert.equal(created.status, 201, created.text);
  personId = created.body.id;
});
after(async () => {
  await server?.stop();
});

describe('masks and the birth year', () => {
  test('the create answer and the detail show the last 4 characters and the birth year only', async () => {
    for (const [who, client] of [['staff', staff], ['leader', leader]]) {
      const r = await client.get(`${DEPUTIES}/${personId}`);
      assert.equal(r.status, 200, r.text);
      assert.equal(r.body.id_number_masked, '*'.repeat(14) + ID.slice(14));
      assert.equal(r.body.phone_masked, '*******' + PHONE.slice(7));
      assert.equal(r.body.birth_year, 1963);
      assert.equal('birth_date' in r.body, false);
      assert.equal('id_number' in r.body, false);
      assertNoSecrets(r.text, `${who}'s detail`);
      assertOnlyLastFourAndYear(r.body, ID, `${who}'s detail`);
    }
  });

  test('list rows, filtered to the person and in the first pages, give nothing more', async () => {
    for (const [who, client] of [['staff', staff], ['leader', leader]]) {
      const mine = await client.get(`${DEPUTIES}?person_id=${personId}`);
      assert.equal(mine.status, 200, mine.text);
      assert.equal(mine.body.items.length, 1);
      assert.equal(mine.body.items[0].birth_year, 1963);
      assertNoSecrets(mine.text, `${who}'s list`);
      assertOnlyLastFourAndYear(mine.body.items, ID, `${who}'s list`);
      // Sorted by birth date (allowed: the order gives no digits), newest registrations, all.
      for (const query of ['sort=birth_date', 'sort=-birth_date', 'sort=-created_at', 'q=覃志远']) {
        const page = await client.get(`${DEPUTIES}?page_size=100&${query}`);
        assert.equal(page.status, 200, page.text);
        assertNoSecrets(page.text, `${who}'s list ?${query}`);
        for (const row of page.body.items) {
          assert.equal('birth_date' in row, false);
          assert.match(row.id_number_masked, /^\*{14}[\dX]{4}$/);
          if (row.phone_masked) assert.match(row.phone_masked, /^\*{7}\d{4}$/);
          assert.ok(Number.isInteger(row.birth_year), JSON.stringify(row));
        }
      }
    }
  });
});

describe('the audited reveal', () => {
  test('gives the ID number, phone and birth date, and is audited', async () => {
    const denied = await leader.post(`${DEPUTIES}/${personId}/reveal`, {});
    assert.equal(denied.status, 403);
    const shown = await staff.post(`${DEPUTIES}/${personId}/reveal`, {});
    assert.equal(shown.status, 200, shown.text);
    assert.deepEqual(shown.body, { id_number: ID, phone: PHONE, birth_date: BIRTH });
    const log = await auditor.get(`/api/v1/audit/records?action=deputy.reveal&object_id=${personId}`);
    assert.equal(log.status, 200, log.text);
    const byOutcome = Object.fromEntries(log.body.items.map((r) => [r.outcome, r]));
    assert.equal(byOutcome.success?.actor_name, 'staff.wang', log.text);
    assert.equal(byOutcome.denied?.actor_name, 'leader.liu', log.text);
    const fields = byOutcome.success.changes.find((c) => c.field === 'fields').after;
    assert.deepEqual(fields.split(',').sort(), ['birth_date', 'id_number', 'phone']);
    assertNoSecrets(log.text, 'the reveal records');
  });
});

describe('exports of personal data', () => {
  test('a reader without deputy.reveal is refused with 403, and the refusal is audited', async () => {
    const r = await leader.get(`${DEPUTIES}/export?person_id=${personId}`);
    assert.equal(r.status, 403, r.text);
    assert.equal(r.body.detail, EXPORT_REFUSED);
    assertNoSecrets(r.text, "the leader's refused export");
    const log = await auditor.get('/api/v1/audit/records?action=deputy.export');
    const refused = log.body.items.filter((x) => x.actor_name === 'leader.liu');
    assert.equal(refused.length, 1, log.text);
    assert.equal(refused[0].outcome, 'denied');
    const change = (f) => refused[0].changes.find((c) => c.field === f)?.after;
    assert.equal(change('filters'), `person_id=${personId}`);
    assert.equal(change('personal_data'), 'true');
  });

  test('staff export the birth year and masked numbers, and the export is audited', async () => {
    const r = await staff.get(`${DEPUTIES}/export?person_id=${personId}`);
    assert.equal(r.status, 200, r.text);
    assert.equal(r.raw.subarray(0, 2).toString(), 'PK');
    const text = zipText(r.raw);
    assert.ok(text.includes('覃志远'), 'the person is in the workbook');
    assertNoSecrets(text, 'the export');
    const rows = sheetRows(r.raw);
    assert.equal(rows.length, 2);
    const [header, row] = rows;
    const col = (title) => header.indexOf(title);
    assert.equal(col('出生日期'), -1, 'no birth date column');
    assert.equal(String(row[col('出生年份')]), '1963');
    assert.equal(row[col('手机号码')], '*******' + PHONE.slice(7));
    assert.equal(row[col('身份证号码')], '*'.repeat(14) + ID.slice(14));
    // The whole registry too: no row gives more than the last 4 characters.
    const all = await staff.get(`${DEPUTIES}/export?sort=-created_at`);
    assert.equal(all.status, 200);
    assertNoSecrets(zipText(all.raw), 'the full export');
    const allRows = sheetRows(all.raw);
    assert.ok(allRows.length > 600, `demo registry: ${allRows.length}`);
    for (const x of allRows.slice(1)) {
      assert.match(String(x[col('身份证号码')]), /^\*{14}[\dX]{4}$/);
      assert.match(String(x[col('出生年份')]), /^\d{4}$/);
    }

    const log = await auditor.get('/api/v1/audit/records?action=deputy.export');
    const mine = log.body.items.filter((x) => x.actor_name === 'staff.wang');
    const one = mine.find((x) => x.changes.some((c) => c.field === 'filters' && c.after === `person_id=${personId}`));
    assert.ok(one, log.text);
    assert.equal(one.outcome, 'success');
    const change = (f) => one.changes.find((c) => c.field === f)?.after;
    assert.equal(change('rows'), '1');
    assert.equal(change('personal_data'), 'true');
    assert.ok(mine.some((x) => x.changes.some((c) => c.field === 'rows' && Number(c.after) === allRows.length - 1)));
  });
});

describe('the audit log', () => {
  test('create and update records hold no full ID number, phone or birth date', async () => {
    const before = await staff.get(`${DEPUTIES}/${personId}`);
    // A new ID number (and so a new birth date) and phone: the update's before and after.
    const updated = await staff.patch(`${DEPUTIES}/${personId}`, {
      version: before.body.version,
      id_number: ID2,
      phone: PHONE2,
      birth_date: BIRTH2,
    });
    assert.equal(updated.status, 200, updated.text);
    assert.equal(updated.body.birth_year, 1964);
    assert.equal(updated.body.id_number_masked, '*'.repeat(14) + ID2.slice(14));
    assertNoSecrets(updated.text, 'the update answer');
    for (const action of ['deputy.create', 'deputy.update']) {
      const log = await auditor.get(`/api/v1/audit/records?action=${action}&object_id=${personId}`);
      assert.equal(log.status, 200, log.text);
      assert.equal(log.body.items.length, 1, log.text);
      const fields = log.body.items[0].changes.map((c) => c.field);
      for (const f of ['birth_date', 'id_number', 'phone']) assert.ok(fields.includes(f), `${action} records ${f}: ${log.text}`);
      assertNoSecrets(log.text, `the ${action} record`);
    }
    // An edit that does not send the birth date keeps the stored one.
    const renamed = await staff.patch(`${DEPUTIES}/${personId}`, { version: updated.body.version, post: '副局长' });
    assert.equal(renamed.status, 200, renamed.text);
    assert.equal(renamed.body.birth_year, 1964);
    const shown = await staff.post(`${DEPUTIES}/${personId}/reveal`, {});
    assert.equal(shown.body.birth_date, BIRTH2);
  });
});
