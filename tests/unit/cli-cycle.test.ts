import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { demoFolder, fails } from '../helpers/cli';

const year = String(new Date().getFullYear());
const { dir, run: cli } = demoFolder();

describe('command line: 创先争优', () => {
  it('list grading --json: one object per branch, and the demo has branches below 先进 and ungraded', async () => {
    const { code, out } = await cli(['list', 'grading', '--year', year, '--json']);
    assert.equal(code, 0);
    const rows = JSON.parse(out) as { orgId: number; org: string; selfScore: number | null; superiorScore: number | null; total: number | null; grade: string | null }[];
    assert.equal(rows.length, 10);
    assert.deepEqual(Object.keys(rows[0]!), ['orgId', 'org', 'selfScore', 'superiorScore', 'total', 'grade']);
    assert.ok(rows.some((r) => r.grade === '后进') && rows.some((r) => r.grade === '一般') && rows.some((r) => r.grade === null));
    for (const r of rows.filter((x) => x.total !== null)) assert.equal(r.total, Math.round((r.selfScore! * 0.4 + r.superiorScore! * 0.6) * 10) / 10);
  });

  it('list award-rounds and export award-notice; the round id is required', async () => {
    const rounds = JSON.parse((await cli(['list', 'award-rounds', '--year', year, '--json'])).out) as { id: number; title: string; shortlisted: number }[];
    const round = rounds.find((r) => r.title === '优秀共产党员')!;
    assert.equal(round.shortlisted, 3);
    const out = path.join(dir.dir, '公示.docx');
    assert.equal((await cli(['export', 'award-notice', '--round', String(round.id), '--out', out])).code, 0);
    assert.ok(fs.statSync(out).size > 5000);
    fails(await cli(['export', 'award-notice', '--out', out]), 2, /请用 --round 指定评选活动编号/);
  });

  it('exports every cycle ledger and the grading notice', async () => {
    for (const kind of ['commitments', 'evaluation', 'satisfaction', 'grading', 'awards']) {
      const out = path.join(dir.dir, `${kind}.xlsx`);
      assert.equal((await cli(['export', `${kind}-ledger`, '--year', year, '--out', out])).code, 0, kind);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out);
      assert.match(String(wb.worksheets[0]!.getCell('A1').value), new RegExp(`示范职业技术学院党委${year}年度`), kind);
      assert.ok(wb.worksheets[0]!.rowCount > 4, `${kind} has rows`);
    }
    const notice = path.join(dir.dir, '通报.docx');
    assert.equal((await cli(['export', 'grading-notice', '--year', year, '--out', notice])).code, 0);
  });
});
