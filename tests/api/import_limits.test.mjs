// Hostile uploads to the deputies import, through the real server: a zip bomb is refused
// with a message a clerk can act on and costs the server almost no memory (the server's own
// peak resident size is read from /proc), and at most two uploads are read at once — the
// next ones get 429 straight away.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import { startServer } from './support/server.mjs';

const PREVIEW = '/api/v1/deputies/import/preview';
const XLSX = { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };
const MiB = 1024 * 1024;

let server;
let staff;
let dir;

// Writes an .xlsx with Python's zipfile, streaming, so neither this process nor Python ever
// holds the unpacked sheet. kind 'bomb': `mb` MB of one repeated row (deflates ~300:1);
// 'wide': `mb` MB of rows whose cells are all right of the columns read, with enough
// variety to stay under 100:1 — a legitimate file that takes the server a while to scan.
function makeXlsx(kind, mb) {
  const file = path.join(dir, `${kind}-${mb}.xlsx`);
  execFileSync('python3', ['-c', `
import random, sys, zipfile
kind, mb, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
head = '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED, compresslevel=9 if kind == 'bomb' else 6) as z:
    z.writestr('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
    with z.open('xl/worksheets/sheet1.xml', 'w') as f:
        f.write(head.encode())
        if kind == 'bomb':
            f.write('<row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c></row>'.encode())
            chunk = '<row r="2"><c r="A2" t="inlineStr"><is><t>炸弹</t></is></c></row>'.encode() * 800
            for _ in range(mb * 1024 * 1024 // len(chunk)):
                f.write(chunk)
        else:
            rnd = random.Random(7)
            cells = ['<c r="ZZ1"><v>%s</v></c>' % ch for ch in 'xabcdefghij']
            weights = [0.985] + [0.0015] * 10
            f.write('<row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c></row>'.encode())
            n, r, rows = 0, 2, []
            while n < mb * 1024 * 1024:
                row = '<row r="%d"><c r="A%d"><v>%d</v></c>%s</row>' % (r, r, r, ''.join(rnd.choices(cells, weights, k=40)))
                rows.append(row); n += len(row); r += 1
                if len(rows) == 1000:
                    f.write(''.join(rows).encode()); rows = []
            f.write(''.join(rows).encode())
        f.write(b'</sheetData></worksheet>')
`, kind, String(mb), file]);
  return fs.readFileSync(file);
}

// A field of /proc/<pid>/status in kB (VmRSS, VmHWM).
function statusKb(pid, field) {
  const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  assert.ok(m, `${field} in /proc/${pid}/status`);
  return Number(m[1]);
}

// Resets the server's peak resident size to its current one ("5" to clear_refs; Linux ≥ 4.0).
function resetPeak(pid) {
  fs.writeFileSync(`/proc/${pid}/clear_refs`, '5');
}

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'daibiao-import-limits-'));
  server = await startServer();
  staff = await server.login('staff.wang');
  // One ordinary preview first, so what the first import allocates once is not counted.
  const warm = await staff.post(PREVIEW, '姓名,性别\r\n张三,男\r\n', { headers: { 'content-type': 'text/csv' } });
  assert.equal(warm.status, 200, warm.text);
});
after(async () => {
  await server?.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('zip bombs', () => {
  test('a 200 MB sheet in a small .xlsx: 400 with a zh-CN reason, server memory barely moves', async (t) => {
    const bomb = makeXlsx('bomb', 200);
    assert.ok(bomb.length < MiB, `the bomb fits the 1 MB body limit (${bomb.length} bytes)`);
    const pid = server.pid;
    resetPeak(pid);
    const rssBefore = statusKb(pid, 'VmRSS');
    const r = await staff.post(PREVIEW, bomb, { headers: XLSX });
    const peak = statusKb(pid, 'VmHWM');
    t.diagnostic(`bomb ${bomb.length} bytes; server VmRSS before ${rssBefore} kB, peak during the request ${peak} kB`);
    assert.equal(r.status, 400, r.text);
    assert.equal(r.body.code, 'invalid_argument');
    assert.equal(r.body.detail, '文件解压后过大（超过 64 MB），请拆分后再导入');
    assert.ok(peak - rssBefore < 100 * 1024, `server peak grew by ${peak - rssBefore} kB`);

    // The import itself (dry run and commit) refuses it the same way.
    const terms = await staff.get('/api/v1/org/terms?org_node_id=1');
    const url = `/api/v1/deputies/import?org_node_id=1&term_id=${terms.body.items[0].id}`;
    for (const suffix of ['', '&dry_run=false']) {
      const imp = await staff.post(url + suffix, bomb, { headers: XLSX });
      assert.equal(imp.status, 400, imp.text);
      assert.match(imp.body.detail, /文件解压后过大/);
    }
    assert.ok(statusKb(pid, 'VmHWM') - rssBefore < 100 * 1024);
  });
});

describe('concurrent imports', () => {
  test('at most two uploads are read at once; the others get 429 and may retry', async (t) => {
    // 20 MB of sheet under every cap: a legitimate file that takes a while to read.
    const wide = makeXlsx('wide', 20);
    assert.ok(wide.length < MiB, `fits the body limit (${wide.length} bytes)`);
    const pid = server.pid;
    resetPeak(pid);
    const rssBefore = statusKb(pid, 'VmRSS');
    const started = Date.now();
    const results = await Promise.all(
      Array.from({ length: 5 }, () => staff.post(PREVIEW, wide, { headers: XLSX })),
    );
    const peak = statusKb(pid, 'VmHWM');
    t.diagnostic(
      `statuses ${results.map((r) => r.status).join(',')} in ${Date.now() - started} ms; ` +
        `server VmRSS before ${rssBefore} kB, peak ${peak} kB`,
    );
    const ok = results.filter((r) => r.status === 200);
    const refused = results.filter((r) => r.status === 429);
    assert.equal(ok.length + refused.length, 5, results.map((r) => r.text).join('\n'));
    assert.ok(ok.length >= 1 && ok.length <= 2, `read at once: ${ok.length}`);
    assert.ok(refused.length >= 3);
    for (const r of refused) {
      assert.equal(r.body.code, 'too_many_requests');
      assert.match(r.body.detail, /请稍后再试/);
    }
    for (const r of ok) {
      assert.deepEqual(r.body.columns, ['姓名']);
      assert.ok(r.body.total_rows > 15000, `rows: ${r.body.total_rows}`);
    }
    // Two 20 MB sheets read side by side, streamed: far less than one sheet's size each.
    assert.ok(peak - rssBefore < 100 * 1024, `server peak grew by ${peak - rssBefore} kB`);
    // The places are free again.
    const again = await staff.post(PREVIEW, wide, { headers: XLSX });
    assert.equal(again.status, 200, again.text);
  });
});
