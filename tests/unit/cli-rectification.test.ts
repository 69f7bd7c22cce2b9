import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openApi } from '../../electron/api';
import { cli, fails } from '../helpers/cli';
import { todayIso } from '../../electron/domain/dates';
import { daysBetween } from '../../electron/domain/deadlines';
import { tempDir } from '../helpers/tmp';


// One demo folder for the whole file: seeding is the slow part. The seed is relative to today.
let data: string;
let cleanup: () => void;
const year = new Date().getFullYear();
before(async () => {
  ({ dir: data, cleanup } = tempDir());
  await cli(['seed', '--scale', 'demo', '--data', data]);
});
after(() => cleanup());

/** Reads the seeded folder through the API, as the CLI does. */
async function lookup<T>(fn: (o: ReturnType<typeof openApi>) => Promise<T>): Promise<T> {
  const o = openApi(data, { log: () => undefined });
  try {
    return await fn(o);
  } finally {
    o.close();
  }
}

type Overdue = { kind: 'rectification' | 'task'; id: number; org: string; title: string; due: string; daysOverdue: number };

describe('command line: 整改台账 and 工作任务', () => {
  it('list overdue --json prints one array of {kind, id, org, title, due, daysOverdue}, both kinds, each truly past its date', async () => {
    const r = await cli(['list', 'overdue', '--json', '--data', data]);
    assert.equal(r.code, 0);
    const items = JSON.parse(r.out) as Overdue[];
    assert.ok(Array.isArray(items) && items.length > 0);
    for (const o of items) {
      assert.deepEqual(Object.keys(o), ['kind', 'id', 'org', 'title', 'due', 'daysOverdue']);
      assert.equal(o.daysOverdue, daysBetween(o.due, todayIso()), JSON.stringify(o));
      assert.ok(o.daysOverdue > 0);
    }
    assert.deepEqual([...new Set(items.map((o) => o.kind))].sort(), ['rectification', 'task']);
    assert.ok(items.some((o) => o.kind === 'task' && o.title === '支部年度工作计划' && o.due === `${year}-04-30`) || todayIso() <= `${year}-04-30`);
    const text = await cli(['list', 'overdue', '--data', data]);
    assert.equal(text.out.split('\n').length, items.length);
    assert.match(text.out, /逾期 \d+ 天/);
  });

  it('exports the 整改台账 and 材料报送情况 ledgers for a year, optionally one org', async () => {
    const out = path.join(data, 'out', '整改台账.xlsx');
    const r = await cli(['export', 'rectification-ledger', '--year', String(year), '--out', out, '--data', data]);
    assert.equal(r.code, 0);
    assert.match(r.out, /已导出/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('整改台账')!;
    assert.equal(ws.getCell('A1').value, `示范职业技术学院党委${year}年度整改台账`);
    const rows = Array.from({ length: ws.rowCount - 3 }, (_, i) => ws.getRow(4 + i)).filter((row) => typeof row.getCell(1).value === 'number');
    assert.equal(rows.length, await lookup(async (o) => (await o.api.call('rectifications.list', { filter: { year } })).total));
    assert.ok(rows.some((row) => /逾期\d+天/.test(String(row.getCell(8).value))));

    const tasksOut = path.join(data, 'out', '材料报送.xlsx');
    const org = await lookup(async (o) => String((await o.api.call('orgs.tree', { includeDissolved: false })).find((x) => x.name === '信息工程系党总支')!.id));
    assert.equal((await cli(['export', 'tasks-ledger', '--year', String(year), '--org', org, '--out', tasksOut, '--data', data])).code, 0);
    const tb = new ExcelJS.Workbook();
    await tb.xlsx.readFile(tasksOut);
    const ts = tb.getWorksheet('材料报送情况')!;
    assert.equal(ts.getCell('A1').value, `信息工程系党总支${year}年度材料报送情况`);
    const branches = new Set<string>();
    for (let r2 = 4; typeof ts.getRow(r2).getCell(1).value === 'number'; r2++) branches.add(String(ts.getRow(r2).getCell(5).value));
    assert.deepEqual([...branches], ['信息工程系教工党支部', '信息工程系学生第一党支部', '信息工程系学生第二党支部']);
  });

  it('explains usage errors in Chinese', async () => {
    fails(await cli(['export', 'rectification-ledger', '--out', 'x.xlsx', '--data', data]), 2, /请用 --year 指定年度/);
    fails(await cli(['export', 'tasks-ledger', '--year', '2026', '--data', data]), 2, /请用 --out 指定导出文件/);
    fails(await cli(['list', 'overdue', '--org', 'abc', '--data', data]), 2, /--org 应为整数/);
    fails(await cli(['export', 'tasks-ledger', '--year', '2026', '--org', '9999', '--out', 'x.xlsx', '--data', data]), 1, /找不到该党组织/);
    const help = await cli(['--help']);
    assert.match(help.out, /export rectification-ledger --year <年> \[--org <组织ID>\] --out <文件.xlsx>/);
    assert.match(help.out, /export tasks-ledger --year <年> \[--org <组织ID>\] --out <文件.xlsx>/);
    assert.match(help.out, /list overdue/);
  });
});
