// Reads a downloaded .xlsx back with Python's openpyxl (installed with Debian's python3),
// so the browser tests check the file a user would open, not just that one arrived.
import { execFileSync } from 'node:child_process'

const SCRIPT = `
import json, sys
import openpyxl
wb = openpyxl.load_workbook(sys.argv[1], read_only=True)
out = {}
for ws in wb.worksheets:
    out[ws.title] = [["" if c is None else str(c) for c in row] for row in ws.iter_rows(values_only=True)]
print(json.dumps(out, ensure_ascii=False))
`

/** `{ sheetName: string[][] }` (the header row included). */
export function readXlsx(file) {
  const python = process.env.PYTHON_BIN ?? '/usr/bin/python3'
  return JSON.parse(execFileSync(python, ['-c', SCRIPT, file], { encoding: 'utf8', maxBuffer: 64 << 20 }))
}
