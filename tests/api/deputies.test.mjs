// The deputies registry (代表信息库) through the real server: validation, encryption and
// masking, the audited reveal, scope, import (dry run, all-or-nothing, GBK CSV, xlsx),
// export read back with openpyxl, ending a mandate.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import { startServer } from './support/server.mjs';
import { python3WithOpenpyxl } from './support/xlsx.mjs';

const DEPUTIES = '/api/v1/deputies';
let server;
let staff;
let provinceTermId;

// Checksum-valid, fictitious ID numbers (GB 11643 MOD 11-2).
function idNumber(birth, seq, male) {
  const body = `110105${birth.replaceAll('-', '')}${String(seq).padStart(2, '0')}${male ? 1 : 2}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((s, d, i) => s + Number(d) * weights[i], 0);
  return body + '10X98765432'[sum % 11];
}

function deputy(overrides = {}) {
  const birth = overrides.birth_date ?? '1980-05-06';
  return {
    name: '欧阳秀英',
    gender: 'female',
    ethnicity: '土家族',
    birth_date: birth,
    party: '中共党员',
    field: '教育',
    employer: '某县第一中学',
    phone: '13912345678',
    id_number: idNumber(birth, 37, false),
    mandate: { org_node_id: 1, term_id: provinceTermId, delegation: '郴州市代表团', started_on: '2023-01-16' },
    ...overrides,
  };
}

async function countAll(client, query = '') {
  const r = await client.get(`${DEPUTIES}?page_size=1${query}`);
  assert.equal(r.status, 200, r.text);
  return r.body.total;
}


before(async () => {
  server = await startServer({ withKey: true });
  staff = await server.login('staff.wang');
  const terms = await staff.get('/api/v1/org/terms?org_node_id=1');
  provinceTermId = terms.body.items[0].id;
});
after(async () => {
  await server?.stop();
});

describe('registry list', () => {
  test('the demo registry lists mandates, filters by level and sorts names by pinyin', async () => {
    const all = await countAll(staff);
    assert.ok(all >= 600, `demo has about 650 mandates, got ${all}`);
    const county = await staff.get(`${DEPUTIES}?level=county&page_size=100`);
    assert.equal(county.status, 200);
    assert.ok(county.body.items.length > 0);
    assert.ok(county.body.items.every((r) => r.mandate.level === 'county'));
    const page = await staff.get(`${DEPUTIES}?page_size=50&sort=name`);
    const names = page.body.items.map((r) => r.name);
    const collator = new Intl.Collator('zh-Hans-CN-u-co-pinyin');
    const firstChars = names.map((n) => n[0]);
    assert.deepEqual(firstChars, [...firstChars].sort(collator.compare), names.join(' '));
    // Sensitive values are masked in lists: the last 4 characters, and the birth year only.
    for (const r of page.body.items) {
      assert.match(r.id_number_masked, /^\*{14}[\dX]{4}$/);
      assert.match(r.phone_masked, /^\*{7}\d{4}$/);
      assert.equal(r.id_number, undefined);
      assert.equal(r.birth_date, undefined);
      assert.ok(Number.isInteger(r.birth_year), JSON.stringify(r));
    }
  });

  test('a person with two mandates appears once per level', async () => {
    // Doubled persons were registered with the counties, after the city-only ones.
    const r = await staff.get(`${DEPUTIES}?level=city&page_size=100&sort=-created_at`);
    const both = [];
    for (const row of r.body.items) {
      const person = await staff.get(`${DEPUTIES}/${row.id}`);
      if (person.body.mandates.length === 2) both.push(person.body);
      if (both.length) break;
    }
    const levels = both[0]?.mandates.map((m) => m.level).sort();
    assert.deepEqual(levels, ['city', 'county']);
  });

  test('unknown filters and sorts are field errors', async () => {
    const r = await staff.get(`${DEPUTIES}?sort=id_sealed&phone=1`);
    assert.equal(r.status, 400);
    assert.deepEqual(r.body.errors.map((e) => e.field).sort(), ['phone', 'sort']);
  });

  test('a deputy account cannot open the registry', async () => {
    const d = await server.login('deputy.li');
    assert.equal((await d.get(DEPUTIES)).status, 403);
    assert.equal((await d.get(`${DEPUTIES}/1`)).status, 403);
  });
});

describe('registering a deputy', () => {
  test('a bad ID number is refused with the reason and nothing is stored', async () => {
    const before = await countAll(staff);
    const bad = deputy();
    bad.id_number = bad.id_number.slice(0, 17) + (bad.id_number.endsWith('1') ? '2' : '1');
    const r = await staff.post(DEPUTIES, bad);
    assert.equal(r.status, 400);
    assert.equal(r.body.errors[0].field, 'id_number');
    assert.match(r.body.errors[0].message, /校验位/);
    const inconsistent = await staff.post(DEPUTIES, deputy({ birth_date: '1981-05-06', id_number: idNumber('1980-05-06', 37, false) }));
    assert.equal(inconsistent.status, 400);
    assert.ok(inconsistent.body.errors.some((e) => e.field === 'birth_date'));
    const missing = await staff.post(DEPUTIES, { ...deputy(), name: '', mandate: { org_node_id: 1 } });
    assert.equal(missing.status, 400);
    const fields = missing.body.errors.map((e) => e.field);
    assert.ok(fields.includes('name') && fields.includes('mandate.term_id'), fields.join());
    assert.equal(await countAll(staff), before);
  });

  test('a good one is stored encrypted, shown masked, and cannot be registered twice', async () => {
    const d = deputy();
    const r = await staff.post(DEPUTIES, d);
    assert.equal(r.status, 201, r.text);
    assert.equal(r.body.id_number_masked, '**************' + d.id_number.slice(14));
    assert.equal(r.body.phone_masked, '*******5678');
    assert.equal(r.body.birth_year, 1980);
    assert.equal(r.body.birth_date, undefined);
    assert.equal(r.body.mandates[0].status, 'serving');
    const dup = await staff.post(DEPUTIES, { ...d, name: '另一人' });
    assert.equal(dup.status, 409);
    assert.equal(dup.body.errors[0].field, 'id_number');
  });

  test('revealing the full values needs deputy.reveal and is audited', async () => {
    const d = deputy({ birth_date: '1975-03-04', id_number: idNumber('1975-03-04', 12, false), phone: '13700001234' });
    const created = await staff.post(DEPUTIES, d);
    assert.equal(created.status, 201, created.text);
    const leader = await server.login('leader.liu');
    assert.equal((await leader.get(`${DEPUTIES}/${created.body.id}`)).status, 200);
    assert.equal((await leader.post(`${DEPUTIES}/${created.body.id}/reveal`, {})).status, 403);
    const shown = await staff.post(`${DEPUTIES}/${created.body.id}/reveal`, {});
    assert.equal(shown.status, 200);
    assert.deepEqual(shown.body, { id_number: d.id_number, phone: '13700001234', birth_date: '1975-03-04' });
    const auditor = await server.login('auditor');
    const log = await auditor.get(`/api/v1/audit/records?action=deputy.reveal&object_id=${created.body.id}`);
    assert.deepEqual(log.body.items.map((r) => r.outcome).sort(), ['denied', 'success']);
    const createdLog = await auditor.get(`/api/v1/audit/records?action=deputy.create&object_id=${created.body.id}`);
    assert.ok(!createdLog.text.includes(d.id_number), 'the audit log holds the ID number only masked');
  });

  test('ending a mandate: only once, with a valid date', async () => {
    const d = deputy({ birth_date: '1970-01-02', id_number: idNumber('1970-01-02', 44, true), gender: 'male', name: '谢卫东' });
    const created = await staff.post(DEPUTIES, d);
    const m = created.body.mandates[0];
    const early = await staff.post(`/api/v1/mandates/${m.id}/end`, { version: m.version, status: 'resigned', ended_on: '2020-01-01' });
    assert.equal(early.status, 400);
    const ok = await staff.post(`/api/v1/mandates/${m.id}/end`, { version: m.version, status: 'resigned', ended_on: '2024-06-30', reason: '本人申请' });
    assert.equal(ok.status, 200, ok.text);
    assert.equal(ok.body.status_title, '辞职');
    const again = await staff.post(`/api/v1/mandates/${m.id}/end`, { version: ok.body.version, status: 'deceased', ended_on: '2024-07-30' });
    assert.equal(again.status, 409);
    const serving = await staff.get(`${DEPUTIES}?person_id=${created.body.id}&status=serving`);
    assert.equal(serving.body.total, 0);
  });
});

describe('import and export', () => {
  const csv = (rows) =>
    ['姓名,性别,民族,身份证号码,手机号码,代表团,当选日期', ...rows.map((r) => r.join(','))].join('\r\n') + '\r\n';

  test('a GBK CSV with two bad rows: both reasons with row numbers, nothing imported', async () => {
    const before = await countAll(staff);
    const good = idNumber('1990-01-01', 51, true);
    const text = csv([
      ['王小明', '男', '汉族', good, '13900001111', '第一选区', '2023/1/16'],
      ['李四', '男', '汉族', good.slice(0, 17) + (good.endsWith('0') ? '1' : '0'), '13900001112', '第二选区', '2023-01-16'],
      ['赵敏', '女', '汉族', idNumber('1992-02-02', 52, false), '1390000', '第二选区', '2023-01-16'],
    ]);
    const gbk = execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GBK'], { input: text });
    const url = `${DEPUTIES}/import?org_node_id=1&term_id=${provinceTermId}`;
    const preview = await staff.post(`${DEPUTIES}/import/preview`, gbk, { headers: { 'content-type': 'text/csv' } });
    assert.equal(preview.status, 200, preview.text);
    assert.equal(preview.body.encoding, 'gb18030');
    assert.equal(preview.body.columns[0], '姓名');
    assert.equal(preview.body.mapping.started_on, 6);
    const dry = await staff.post(url, gbk, { headers: { 'content-type': 'text/csv' } });
    assert.equal(dry.status, 200, dry.text);
    assert.equal(dry.body.valid_rows, 1);
    assert.deepEqual(dry.body.errors.map((e) => [e.row, e.field]), [[3, 'id_number'], [4, 'phone']]);
    const commit = await staff.post(`${url}&dry_run=false`, gbk, { headers: { 'content-type': 'text/csv' } });
    assert.equal(commit.status, 400);
    assert.match(commit.body.detail, /未导入/);
    assert.equal(await countAll(staff), before);
  });

  test('a good xlsx built from the template imports every row at once', async () => {
    const template = await staff.get(`${DEPUTIES}/import/template`);
    assert.equal(template.status, 200);
    assert.equal(template.raw.subarray(0, 2).toString(), 'PK');
    const py = python3WithOpenpyxl();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'daibiao-xlsx-'));
    try {
      const tpl = path.join(dir, 't.xlsx');
      const filled = path.join(dir, 'filled.xlsx');
      fs.writeFileSync(tpl, template.raw);
      const rows = [
        ['龙海燕', '女', '苗族', '', '群众', '大学本科', '医生', '医疗卫生', '某县人民医院', '副院长', '13800002222', idNumber('1985-07-08', 61, false), '第三选区', '2023-01-16'],
        ['石建国', '男', '侗族', '1966-02-03', '中共党员', '高中', '农民', '农业', '某村种植专业合作社', '理事长', '', idNumber('1966-02-03', 62, true), '第三选区', '2023-01-16'],
      ];
      execFileSync(py, ['-c', `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1]); ws = wb['代表名册']
ws.delete_rows(2)
for r in json.loads(sys.argv[3]): ws.append(r)
wb.save(sys.argv[2])`, tpl, filled, JSON.stringify(rows)]);
      const before = await countAll(staff);
      const body = fs.readFileSync(filled);
      const r = await staff.post(`${DEPUTIES}/import?org_node_id=1&term_id=${provinceTermId}&dry_run=false`, body, {
        headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
      });
      assert.equal(r.status, 201, r.text);
      assert.deepEqual([r.body.total_rows, r.body.valid_rows, r.body.committed], [2, 2, true]);
      assert.equal(await countAll(staff), before + 2);
      const found = await staff.get(`${DEPUTIES}?q=${encodeURIComponent('龙海燕')}`);
      assert.equal(found.body.items[0].birth_year, 1985);  // derived from the ID number
      const revealed = await staff.post(`${DEPUTIES}/${found.body.items[0].id}/reveal`, {});
      assert.equal(revealed.body.birth_date, '1985-07-08');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('the export of a filtered list opens in openpyxl with the same rows, masked', async () => {
    const filter = '&level=city&gender=female';
    const list = await staff.get(`${DEPUTIES}?page_size=100&sort=name${filter}`);
    const exp = await staff.get(`${DEPUTIES}/export?sort=name${filter}`);
    assert.equal(exp.status, 200);
    assert.match(exp.headers.get('content-disposition'), /deputies\.xlsx/);
    const py = python3WithOpenpyxl();
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'daibiao-exp-')), 'e.xlsx');
    fs.writeFileSync(file, exp.raw);
    const rows = JSON.parse(
      execFileSync(py, ['-c', `
import json, sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1]).active
print(json.dumps([[c.value for c in row] for row in ws.iter_rows()], ensure_ascii=False))`, file]).toString(),
    );
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
    assert.equal(rows[0][0], '姓名');
    assert.equal(rows.length - 1, list.body.total);
    assert.deepEqual(rows.slice(1).map((r) => r[0]), list.body.items.map((r) => r.name));
    // The export leaves a trace in the audit log: who, which filters, how many rows.
    const auditor = await server.login('auditor');
    const log = await auditor.get('/api/v1/audit/records?action=deputy.export');
    const mine = log.body.items.find((r) => r.actor_name === 'staff.wang' && r.changes.some((c) => c.field === 'filters' && c.after.includes('gender=female')));
    assert.ok(mine, log.text);
    assert.equal(mine.changes.find((c) => c.field === 'rows').after, String(list.body.total));
    for (const r of rows.slice(1)) {
      assert.equal(r[1], '女');
      assert.match(r[11], /^\*{14}[\dX]{4}$/);  // ID number column masked to the last 4
      assert.match(String(r[3]), /^\d{4}$/);  // the birth year, not the date
    }
  });

  test('formula-like values are exported as text', async () => {
    const d = deputy({ name: '=HYPERLINK("x")', birth_date: '1988-08-08', id_number: idNumber('1988-08-08', 71, false), employer: '+cmd' });
    const created = await staff.post(DEPUTIES, d);
    assert.equal(created.status, 201, created.text);
    const exp = await staff.get(`${DEPUTIES}/export?person_id=${created.body.id}`);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'daibiao-exp-')), 'e.xlsx');
    fs.writeFileSync(file, exp.raw);
    const cells = execFileSync(python3WithOpenpyxl(), ['-c', `
import sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1]).active
print(ws.cell(2, 1).value, ws.cell(2, 1).data_type, ws.cell(2, 9).value)`, file]).toString().trim();
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
    assert.equal(cells, `'=HYPERLINK("x") s '+cmd`);
  });
});
