// 一键导出台账 from the command line: the 目录 against the files actually written (names, sheets,
// data rows read back with exceljs), the .zip variant, and catalog completeness against the CLI.
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { CATALOG, PACK_ENTRIES } from '../../electron/api/shared/catalog';
import { cli as runCli, demoFolder, fails } from '../helpers/cli';

const year = String(new Date().getFullYear());
const { dir, run: cli } = demoFolder();

/** Data rows of a ledger sheet as a reader sees them: rows below the header whose 序号 is a number. */
function dataRows(ws: ExcelJS.Worksheet): number {
  let n = 0;
  ws.eachRow((row, r) => {
    if (r > 3 && typeof row.getCell(1).value === 'number') n++;
  });
  return n;
}

type CatalogLine = { fileName: string; sheet: string; rows: number };

async function readCatalog(file: string | Buffer): Promise<CatalogLine[]> {
  const wb = new ExcelJS.Workbook();
  if (typeof file === 'string') await wb.xlsx.readFile(file);
  else await wb.xlsx.load(file as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('目录')!;
  assert.match(String(ws.getCell('A1').value), new RegExp(`${year}年度台账目录$`));
  const lines: CatalogLine[] = [];
  ws.eachRow((row, r) => {
    if (r > 3 && typeof row.getCell(1).value === 'number') lines.push({ fileName: String(row.getCell(2).value), sheet: String(row.getCell(3).value), rows: Number(row.getCell(4).value) });
  });
  return lines;
}

describe('export pack', () => {
  it('writes every ledger of the year and a 目录 whose files, sheets and row counts match what was written', async () => {
    const out = path.join(dir.dir, '全年台账');
    const r = await cli(['export', 'pack', '--year', year, '--out', out]);
    assert.equal(r.code, 0, r.out);
    const written = fs.readdirSync(out).sort();
    assert.ok(written.includes('目录.xlsx'));
    const lines = await readCatalog(path.join(out, '目录.xlsx'));
    const listed = [...new Set(lines.map((l) => l.fileName))];
    assert.deepEqual([...listed].sort(), written.filter((f) => f !== '目录.xlsx'));
    assert.equal(listed.length, PACK_ENTRIES().length, '演示数据每一本台账都应生成');
    for (const file of listed) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(path.join(out, file));
      const mine = lines.filter((l) => l.fileName === file);
      assert.deepEqual(mine.map((l) => l.sheet), wb.worksheets.map((w) => w.name), file);
      for (const l of mine) assert.equal(l.rows, dataRows(wb.getWorksheet(l.sheet)!), `${file} / ${l.sheet}`);
    }
    assert.ok(lines.some((l) => l.fileName.includes('党员花名册') && l.rows > 100));
  });

  it('for one branch with --out x.zip: one folder in the zip, only that branch, 目录 matching the entries', async () => {
    const orgs = JSON.parse((await cli(['list', 'grading', '--year', year, '--json'])).out) as { orgId: number; org: string }[];
    const branch = orgs[0]!;
    const out = path.join(dir.dir, 'pack.zip');
    assert.equal((await cli(['export', 'pack', '--year', year, '--org', String(branch.orgId), '--out', out])).code, 0);
    const zip = await JSZip.loadAsync(fs.readFileSync(out));
    const names = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir);
    const folder = `${branch.org}${year}年度台账/`;
    assert.ok(names.every((n) => n.startsWith(folder)), names.join(','));
    const catalogBytes = await zip.file(`${folder}目录.xlsx`)!.async('nodebuffer');
    const lines = await readCatalog(catalogBytes);
    const wbc = new ExcelJS.Workbook();
    await wbc.xlsx.load(catalogBytes as unknown as ArrayBuffer);
    const notMade: string[] = [];
    wbc.getWorksheet('未生成')!.eachRow((row, r) => void (r > 3 && typeof row.getCell(1).value === 'number' && notMade.push(String(row.getCell(2).value))));
    assert.deepEqual(notMade, ['评选表彰台账', '换届情况'], 'the committee-wide ledgers are left out of a branch pack, and said so');
    assert.deepEqual([...new Set(lines.map((l) => folder + l.fileName))].sort(), names.filter((n) => n !== `${folder}目录.xlsx`).sort());
    const roster = lines.find((l) => l.fileName.includes('党员花名册'))!;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await zip.file(folder + roster.fileName)!.async('nodebuffer')) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    assert.equal(roster.rows, dataRows(ws));
    ws.eachRow((row, r) => {
      if (r > 3 && typeof row.getCell(1).value === 'number') assert.equal(row.getCell(16).value, branch.org);
    });
  });

  it('needs --year and --out', async () => {
    fails(await cli(['export', 'pack', '--out', 'x']), 2, /请用 --year 指定年度/);
    fails(await cli(['export', 'pack', '--year', year]), 2, /请用 --out 指定/);
  });
});

describe('catalog', () => {
  it('has an entry for every `export` command of the CLI, and every entry names a method of the API', async () => {
    const help = (await runCli(['--help'])).out;
    const names = new Set([...help.matchAll(/\bexport ([a-z|-]+)/g)].flatMap((m) => m[1]!.split('|')));
    names.delete('pack'); // the pack is made of the catalog's ledgers, not one of them
    assert.ok(names.size >= 17, [...names].join(','));
    for (const n of names) assert.ok(CATALOG.some((e) => e.cli === n), `CLI export ${n} is not in the catalog`);
    assert.equal(new Set(CATALOG.map((e) => e.key)).size, CATALOG.length);
  });
});
