import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, it } from 'node:test';
import { cli, fails } from '../helpers/cli';
import { MESSY, messyRosterXlsx } from '../helpers/messyRoster';
import { tempDir } from '../helpers/tmp';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));


function folder() {
  const t = tempDir();
  cleanups.push(t.cleanup);
  return t.dir;
}

describe('command line', () => {
  it('seeds demo data: one committee, 3 党总支, branches of every category, about 150 members', async () => {
    const data = folder();
    const r = await cli(['seed', '--scale', 'demo', '--data', data]);
    assert.equal(r.code, 0);
    const m = /(\d+) 个组织，(\d+) 名党员/.exec(r.out)!;
    assert.ok(Number(m[2]) >= 130 && Number(m[2]) <= 170, r.out);
    const again = await cli(['check', '--json', '--data', data]);
    assert.deepEqual(JSON.parse(again.out), { ok: true, problems: [] });
  });

  it('import roster --json prints the agreed shape and exits 1 when errors stop it', async () => {
    const data = folder();
    await cli(['seed', '--scale', 'demo', '--data', data]);
    const file = path.join(data, '花名册.xlsx');
    fs.writeFileSync(file, await messyRosterXlsx());
    const stopped = await cli(['import', 'roster', file, '--json', '--data', data]);
    assert.equal(stopped.code, 1);
    const report = JSON.parse(stopped.out) as Record<string, unknown>;
    assert.deepEqual(Object.keys(report), ['imported', 'updated', 'createdOrgs', 'errors', 'warnings', 'columns', 'ignoredColumns', 'missingRequired', 'changes', 'confirmable']);
    assert.equal(report.imported, 0);
    assert.deepEqual((report.errors as { row: number }[]).map((e) => e.row), Object.values(MESSY.errorRows));
    const dry = await cli(['import', 'roster', file, '--dry-run', '--valid-only', '--json', '--data', data]);
    assert.equal(JSON.parse(dry.out).imported, 4);
    const ok = await cli(['import', 'roster', file, '--valid-only', '--json', '--data', data]);
    assert.equal(ok.code, 0);
    const done = JSON.parse(ok.out) as { imported: number; createdOrgs: string[] };
    assert.equal(done.imported, 4);
    assert.deepEqual(done.createdOrgs, ['软件技术教工党支部', '学生第一党支部']);
  });

  it('export roster writes the ledger file with every member', async () => {
    const data = folder();
    const seeded = await cli(['seed', '--scale', 'demo', '--data', data]);
    const members = Number(/(\d+) 名党员/.exec(seeded.out)![1]);
    const out = path.join(data, 'out', '花名册.xlsx');
    const r = await cli(['export', 'roster', '--out', out, '--data', data]);
    assert.equal(r.code, 0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.worksheets[0]!;
    assert.equal(ws.getCell('A1').value, '示范职业技术学院党委党员花名册');
    assert.equal(ws.getRow(3 + members).getCell(1).value, members);
  });

  it('explains usage errors in Chinese', async () => {
    fails(await cli(['seed', '--scale', 'demo']), 2, /请用 --data 指定数据文件夹/);
    fails(await cli(['seed', '--scale', 'huge', '--data', folder()]), 2, /--scale 应为 demo、large 之一/);
    fails(await cli(['frobnicate', '--data', folder()]), 2, /不认识的命令/);
    fails(await cli(['import', 'roster', '/nonexistent.xlsx', '--data', folder()]), 2, /找不到文件/);
  });
});

describe('command line: 三会一课 and 学时', () => {
  it('lists meetings, exports both ledgers, the minutes and the hours report', async () => {
    const data = folder();
    await cli(['seed', '--scale', 'demo', '--data', data]);
    const year = String(new Date().getFullYear());
    const listed = await cli(['list', 'meetings', '--year', year, '--json', '--data', data]);
    const meetings = JSON.parse(listed.out) as { id: number; branch: string; type: string; date: string; topic: string; present: number; expected: number }[];
    assert.ok(meetings.length > 100);
    assert.deepEqual(Object.keys(meetings[0]!), ['id', 'branch', 'type', 'date', 'topic', 'present', 'expected']);
    assert.ok(meetings.every((m) => m.date.startsWith(year) && m.present <= m.expected));
    for (const [what, extra, file] of [
      ['meetings-ledger', ['--year', year], 'm.xlsx'],
      ['hours-ledger', ['--year', year], 'h.xlsx'],
      ['minutes', ['--meeting', String(meetings[0]!.id)], 'min.docx'],
      ['hours-report', ['--year', year, '--quarter', '1'], 'r.docx'],
    ] as const) {
      const out = path.join(data, 'out', file);
      const r = await cli(['export', what, ...extra, '--out', out, '--data', data]);
      assert.equal(r.code, 0, what);
      assert.equal(fs.readFileSync(out).subarray(0, 2).toString(), 'PK', what);
    }
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(data, 'out', 'h.xlsx'));
    assert.equal(wb.worksheets[0]!.getCell('A1').value, `示范职业技术学院党委${year}年度党员学时统计台账`);
    fails(await cli(['export', 'minutes', '--meeting', 'x', '--out', path.join(data, 'x.docx'), '--data', data]), 2, /--meeting 应为整数/);
  });

  it('import hours --json has the roster shape and exits 1 on errors', async () => {
    const data = folder();
    await cli(['seed', '--scale', 'demo', '--data', data]);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('学时');
    ws.addRow(['姓名', '身份证号', '日期', '学时', '内容']);
    ws.addRow(['无此人', '11010519491231002X', '2026-03-01', 2, '自学']);
    const file = path.join(data, 'hours.xlsx');
    await wb.xlsx.writeFile(file);
    const r = await cli(['import', 'hours', file, '--json', '--data', data]);
    assert.equal(r.code, 1);
    const report = JSON.parse(r.out) as { imported: number; errors: { row: number; column: string; message: string }[] };
    assert.deepEqual(Object.keys(report), ['imported', 'updated', 'createdOrgs', 'errors', 'warnings', 'columns', 'ignoredColumns', 'missingRequired', 'changes', 'confirmable']);
    assert.deepEqual(report.errors.map((e) => [e.row, e.column]), [[2, '身份证号']]);
  });
});
