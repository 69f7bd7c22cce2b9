// The demo seed's 党费 and 换届 through the command line: the two people of 党章 第九条, the two
// branches whose terms need attention, and both ledgers written.
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { demoFolder, fails } from '../helpers/cli';

const year = String(new Date().getFullYear());
const { dir, run: cli } = demoFolder();

describe('command line: 党费 and 换届 on the demo data', () => {
  it('list dues-attention --json: one member six months unpaid, one six months absent, with the source', async () => {
    const rows = JSON.parse((await cli(['list', 'dues-attention', '--json'])).out) as { name: string; org: string; kind: string; months: number; text: string; source: string }[];
    assert.deepEqual(rows.map((r) => [r.kind, r.months]).sort(), [['未交党费', 6], ['未参加组织生活', 6]]);
    assert.ok(rows.every((r) => r.source.startsWith('《中国共产党章程》第九条')));
  });

  it('list terms --json: a branch whose term ends within three months and one overdue', async () => {
    const rows = JSON.parse((await cli(['list', 'terms', '--json'])).out) as { org: string; status: string }[];
    assert.equal(rows.length, 10);
    // The demo gives these stories to branches whose committee were 正式党员 by then, wherever they sit.
    const count = (status: string) => rows.filter((r) => r.status === status).length;
    assert.deepEqual([count('即将到期'), count('已超期'), count('正常')], [1, 1, 8]);
  });

  it('export dues-ledger and terms-ledger write the ledgers; the year is required', async () => {
    const dues = path.join(dir.dir, '党费.xlsx');
    assert.equal((await cli(['export', 'dues-ledger', '--year', year, '--out', dues])).code, 0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(dues);
    assert.deepEqual(wb.worksheets.map((w) => w.name), ['党费收缴（上半年）', '党费收缴（下半年）', '支部汇总']);
    const members = wb.getWorksheet('党费收缴（上半年）')!;
    assert.equal(members.getRow(4).getCell(2).value, '信息工程系教工党支部');
    const terms = path.join(dir.dir, '换届.xlsx');
    assert.equal((await cli(['export', 'terms-ledger', '--year', year, '--out', terms])).code, 0);
    fails(await cli(['export', 'dues-ledger', '--out', dues]), 2, /请用 --year 指定年度/);
  });
});
