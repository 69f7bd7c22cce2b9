// Every Excel ledger of the year's pack, exported from the demo seed, as an office reads it on
// paper: ../shared/tools/office-check finds no wrapped text cut off, no type under 6 pt on A4 and
// no counts, amounts or percentages stored as text. Skipped where the tool is not installed.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { wrappedLines } from '../../electron/exports/ledgerKit';
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

  // Excel and WPS measure a column in digits of Calibri 11 (7 px); 10 pt 宋体 is 13.3 px a Chinese
  // character, 6.7 px a digit. A row shorter than the text's plain width at those sizes is cut off.
  const excelLowerBound = (text: string, writtenWidth: number) =>
    text.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil([...part].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e7f ? 13.3 : 6.7), 0) / ((writtenWidth - 0.7) * 7))), 0);

  it('发展党员台账: every wrapped cell has a row tall enough for its text at Excel\'s widths, the longest finding too', async () => {
    const file = path.join(dir.dir, 'recruits.xlsx');
    assert.equal((await cli(['export', 'recruits-ledger', '--year', year, '--out', file])).code, 0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.worksheets[0]!;
    let longest = { text: '', height: 0, width: 0 };
    ws.eachRow((row, r) => {
      if (r <= 3) return;
      row.eachCell((cell, c) => {
        if (typeof cell.value !== 'string' || !cell.alignment?.wrapText) return;
        const width = ws.getColumn(c).width ?? ws.properties.defaultColWidth ?? 8.43;
        const lines = excelLowerBound(cell.value, width);
        assert.ok((row.height ?? 15) >= lines * 13.5, `${cell.address} '${cell.value}' needs ${lines} lines, row is ${row.height} pt`);
        if (cell.value.length > longest.text.length) longest = { text: cell.value, height: row.height ?? 15, width };
      });
    });
    assert.ok(longest.text.length > 60, 'the demo has a long 检查发现的问题 cell');
    assert.ok(longest.height >= wrappedLines(longest.text, longest.width - 1) * 13.5);
  });

  it('the line estimate fills lines as Excel does: the demo\'s longest finding printed in 17 lines in a 12-wide column', () => {
    // Counted on LibreOffice's printout with Calibri's metrics (Carlito), where a plain sum of widths said 15.
    const finding = '入党介绍人郑凤秋在2026年8月6日是预备党员，应为正式党员；2026年8月6日接收预备党员支部大会赞成9票，未超过应到会有表决权的正式党员18人的半数；2026年8月6日支部大会通过，至今未经上级党委审批（应在2026年11月6日前）';
    assert.ok(wrappedLines(finding, 12) >= 17);
    assert.equal(wrappedLines('年年2026年年2026', 6), 4, 'a number is not split across lines: four lines, not the three its plain width fills');
    assert.equal(wrappedLines('入党积极分子', 8), 2);
    assert.equal(wrappedLines('党员\n预备党员', 8), 2, 'each line of a cell counts');
  });

  it('A3 where the office prints A3: the 党费 year on one sheet and the 发展党员台账 wider, at 6 pt or more on A3', async (t) => {
    const printedPt = (ws: ExcelJS.Worksheet) => {
      let px = 0;
      for (let c = 1; c <= ws.columnCount; c++) px += (ws.getColumn(c).width ?? ws.properties.defaultColWidth ?? 8.43) * 7 + 5;
      return 10 * Math.min(1, ((420 / 25.4 - 1) * 96) / px); // A3 landscape less the 0.5-inch side margins
    };
    const files: string[] = [];
    for (const [cmd, name] of [['dues-ledger', 'dues-a3.xlsx'], ['recruits-ledger', 'recruits-a3.xlsx']] as const) {
      const file = path.join(dir.dir, name);
      assert.equal((await cli(['export', cmd, '--year', year, '--paper', 'A3', '--out', file])).code, 0);
      files.push(file);
    }
    const dues = new ExcelJS.Workbook();
    await dues.xlsx.readFile(files[0]!);
    assert.deepEqual(dues.worksheets.map((w) => w.name), ['党费收缴（全年）', '支部汇总']);
    const year1 = dues.worksheets[0]!;
    const heads = (year1.getRow(3).values as unknown[]).map(String);
    assert.ok(heads.includes('1月应交') && heads.includes('12月实交'), 'all twelve months on the one sheet');
    assert.equal(year1.pageSetup.paperSize, 8, 'A3');
    assert.equal(dues.worksheets[1]!.pageSetup.paperSize, 9, 'the narrow 支部汇总 stays A4');
    const recruits = new ExcelJS.Workbook();
    await recruits.xlsx.readFile(files[1]!);
    const r = recruits.worksheets[0]!;
    assert.equal(r.pageSetup.paperSize, 8);
    for (const ws of [year1, r]) assert.ok(printedPt(ws) >= 6, `${ws.name} prints at ${printedPt(ws).toFixed(1)} pt on A3`);
    assert.equal(
      (await cli(['export', 'dues-ledger', '--year', year, '--paper', 'A5', '--out', path.join(dir.dir, 'x.xlsx')])).code,
      2,
      'only A4 or A3',
    );
    if (!fs.existsSync(CHECKER)) return t.skip(`${CHECKER} not present`);
    // office-check knows A4 only: on an A3 sheet its findings are the paper size and a scale worked out for A4.
    for (const f of files) {
      const out = spawnSync('python3', [CHECKER, 'xlsx', f], { encoding: 'utf8' }).stdout;
      const findings = out.split('\n').filter((l) => l.startsWith('short:'));
      assert.ok(findings.every((l) => /not set to A4 landscape|fitted to one A4 width/.test(l)), out);
    }
  });
});
