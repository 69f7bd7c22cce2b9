// Every Excel ledger of the year's pack, exported from the demo seed, as an office reads it on
// paper: ../shared/tools/office-check finds no wrapped text cut off, no type under 6 pt on A4 and
// no counts, amounts or percentages stored as text. Skipped where the tool is not installed.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { demoFolder } from '../helpers/cli';

const CHECKER = path.resolve(__dirname, '../../../shared/tools/office-check');
const year = String(new Date().getFullYear());
const { dir, run: cli } = demoFolder();

describe('ledgers on paper', () => {
  it('every ledger of the pack from the demo seed passes office-check, and 目录 has no empty 未生成 sheet', async (t) => {
    const out = path.join(dir.dir, 'pack');
    assert.equal((await cli(['export', 'pack', '--year', year, '--out', out])).code, 0);
    const files = fs.readdirSync(out).filter((f) => f.endsWith('.xlsx'));
    assert.ok(files.length >= 14, `the pack holds the ledgers and 目录 (${files.length})`);
    const catalog = new ExcelJS.Workbook();
    await catalog.xlsx.readFile(path.join(out, '目录.xlsx'));
    assert.deepEqual(catalog.worksheets.map((w) => w.name), ['目录'], 'nothing was left out, so no 未生成 sheet');
    if (!fs.existsSync(CHECKER)) {
      t.skip(`${CHECKER} not present`);
      return;
    }
    const findings = files.flatMap((f) => {
      const r = spawnSync('python3', [CHECKER, 'xlsx', path.join(out, f)], { encoding: 'utf8' });
      assert.ok(r.status === 0 || r.status === 1, `office-check ran on ${f}: ${r.stderr}`);
      return r.stdout.split('\n').filter((l) => l.trim() && !l.startsWith('xlsx ')).map((l) => `${f}: ${l}`);
    });
    assert.deepEqual(findings, []);
  });
});
