// Reading exported workbooks in the API tests, with openpyxl (scripts/install-deps.sh installs
// python3-openpyxl): what a spreadsheet program would see, not what our writer meant to write.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A python3 that can import openpyxl. */
export function python3WithOpenpyxl() {
  for (const py of ['/usr/bin/python3', 'python3']) {
    try {
      execFileSync(py, ['-c', 'import openpyxl'], { stdio: 'ignore' });
      return py;
    } catch {}
  }
  throw new Error('python3-openpyxl is required (scripts/install-deps.sh installs it)');
}

/** The workbook's sheets by name, each as rows of cell values. */
export function readWorkbook(bytes) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'daibiao-xlsx-'));
  try {
    const file = path.join(dir, 'w.xlsx');
    fs.writeFileSync(file, bytes);
    const out = execFileSync(python3WithOpenpyxl(), [
      '-c',
      `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
print(json.dumps({ws.title: [[c.value for c in row] for row in ws.iter_rows()] for ws in wb.worksheets}, ensure_ascii=False))`,
      file,
    ]);
    return JSON.parse(out.toString());
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
