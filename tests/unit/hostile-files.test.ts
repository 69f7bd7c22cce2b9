// Files a clerk might pick by mistake, or that Excel and other programs really produce: each gets
// a clear Chinese message (or is read as the clerk meant) and writes nothing.
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { Document, Packer, Paragraph } from 'docx';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { extractText, parseWorkbook } from '../../electron/imports/fileJobs';
import { loadWorkbook } from '../../electron/imports/workbook';
import * as crafted from '../helpers/hostileFiles';
import type { HostileReading } from '../helpers/readHostile';
import { validId } from '../helpers/ids';
import { messyRosterXlsx } from '../helpers/messyRoster';
import { smallTree, snapshot, tempApi, tempDir } from '../helpers/tmp';

let t: ReturnType<typeof tempApi>;
beforeEach(async () => {
  t = tempApi();
  await smallTree(t);
});
afterEach(() => t.cleanup());

/** The message of a refused import, after checking it changed nothing; '' when it was accepted. */
async function refusal(bytes: Buffer, fileName = '花名册.xlsx', method: 'roster.import' | 'hours.import' = 'roster.import'): Promise<string> {
  const before = snapshot(t);
  const r = await t.api.invoke(method, { fileName, base64: bytes.toString('base64') });
  if (r.ok) return '';
  assert.deepEqual(snapshot(t), before, `${fileName}: nothing is written`);
  return r.error.message;
}

async function workbook(fill: (ws: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  fill(wb.addWorksheet('花名册'));
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** A sheet "formatted to the bottom": `n` styled rows with nothing in them under the real table. */
async function withBlankStyledRows(xlsx: Buffer, n: number): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const part = 'xl/worksheets/sheet1.xml';
  const xml = await zip.file(part)!.async('string');
  const rows: string[] = [];
  for (let r = 100; r < 100 + n; r++) rows.push(`<row r="${r}" s="1" customFormat="1" ht="15" customHeight="1"><c r="A${r}" s="1"/><c r="B${r}" s="1"></c></row>`);
  zip.file(part, xml.replace('</sheetData>', `${rows.join('')}</sheetData>`));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

describe('hostile and broken files at the import boundary', () => {
  it('a truncated (corrupt) workbook', async () => {
    const good = await messyRosterXlsx();
    assert.match(await refusal(good.subarray(0, good.length >> 1)), /“花名册\.xlsx”无法作为 Excel 工作簿读取，文件可能已损坏或不完整/);
  });

  it('a Word document renamed to .xlsx', async () => {
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('支部委员会会议记录')] }] }));
    assert.match(await refusal(docx), /其实是Word 文档（只是扩展名改成了 \.xlsx）/);
    assert.match(await refusal(docx, '学时.xlsx', 'hours.import'), /其实是Word 文档/);
  });

  it('an empty file and a text file', async () => {
    assert.match(await refusal(Buffer.alloc(0)), /是空文件/);
    assert.match(await refusal(Buffer.from('姓名,身份证号\n张三,1\n')), /不是 Excel（\.xlsx）文件/);
  });

  it('a 100 MB file, refused before it is read', async () => {
    const big = Buffer.alloc(100 * 1024 * 1024, 0x50);
    await assert.rejects(loadWorkbook(big, '大文件.xlsx'), /超过 60 MB/);
    assert.match(await refusal(big), /文件太大（超过 60 MB）/);
  });

  it('a million blank styled rows under the table: read as the table it is', async () => {
    const bytes = await withBlankStyledRows(await messyRosterXlsx(), 1_000_000);
    const r = await t.api.call('roster.previewImport', { fileName: '花名册.xlsx', base64: bytes.toString('base64') });
    assert.equal(r.rowCount, 9);
    assert.deepEqual([...new Set(r.errors.map((e) => e.row))], [9, 10, 11, 12, 13]);
  });

  it('formulas: the calculated value is imported; a formula never calculated is named by row and column', async () => {
    const id1 = validId('19900307', 11);
    const id2 = validId('19910408', 13);
    const bytes = await workbook((ws) => {
      ws.addRow(['姓名', '身份证号', '所在支部', '性别']);
      ws.addRow(['张三', { formula: `"${id1}"`, result: id1 }, '信息工程系教工党支部', '男']);
      ws.addRow(['李四', { formula: 'A1&B1' }, '信息工程系教工党支部', { formula: 'IF(1,"女","男")' }]);
      ws.addRow(['王五', id2, { formula: 'C2', result: '信息工程系教工党支部' }, '男']);
    });
    const r = await t.api.call('roster.previewImport', { fileName: '花名册.xlsx', base64: bytes.toString('base64') });
    assert.deepEqual(
      r.errors.map((e) => [e.row, e.column, e.message]),
      [
        [3, '身份证号', '身份证号单元格内容有误（公式没有计算结果，请在 Excel 中打开并保存后再导入）'],
        [3, '性别', '单元格内容有误（公式没有计算结果，请在 Excel 中打开并保存后再导入）'],
      ],
    );
    assert.equal(r.imported, 2);
  });

  it('merged cells: a branch merged down its rows applies to each; an ID merged over two people is named', async () => {
    const id1 = validId('19900307', 11);
    const bytes = await workbook((ws) => {
      ws.addRow(['姓名', '身份证号', '所在支部']);
      ws.addRow(['张三', id1, '信息工程系教工党支部']);
      ws.addRow(['李四', validId('19910408', 13), null]);
      ws.addRow(['王五', validId('19920509', 15), null]);
      ws.mergeCells('C2:C4');
      ws.addRow(['赵六', validId('19930610', 17), '信息工程系教工党支部']);
      ws.addRow(['钱七', null, '信息工程系教工党支部']);
      ws.mergeCells('B5:B6');
    });
    const r = await t.api.call('roster.previewImport', { fileName: '花名册.xlsx', base64: bytes.toString('base64') });
    assert.deepEqual(r.errors.map((e) => [e.row, e.column]), [[6, '身份证号']]);
    assert.match(r.errors[0]!.message, /与第 5 行重复/);
    assert.equal(r.imported, 4);
  });
});

/** A file read as the app reads it, in a process of its own: the outcome and that process's peak memory. */
function readInChild(kind: 'workbook' | 'text', fileName: string, bytes: Buffer): HostileReading {
  const dir = tempDir();
  try {
    const file = path.join(dir.dir, fileName);
    fs.writeFileSync(file, bytes);
    const out = execFileSync(process.execPath, ['--import', 'tsx', path.join(__dirname, '..', 'helpers', 'readHostile.ts'), kind, file], { encoding: 'utf8' });
    return JSON.parse(out.trim().split('\n').at(-1)!) as HostileReading;
  } finally {
    dir.cleanup();
  }
}

describe('crafted hostile files: refused or read without stalling, within a memory ceiling', () => {
  it('a 2 KB flood of half-open tags (<c <c <c …, cubic for the old cell regex)', async () => {
    const bytes = crafted.tagFloodXlsx();
    assert.ok(bytes.length < 3000, `${bytes.length} bytes`);
    assert.match(await refusal(bytes), /“花名册\.xlsx”中的表格内容不是有效的 Excel 数据/);
    assert.match(await refusal(bytes, '学时.xlsx', 'hours.import'), /不是有效的 Excel 数据/);
    assert.deepEqual(await extractText('统计.xlsx', bytes), { text: '', pages: null });
  });

  it('200,000 elements nested in one cell', async () => {
    assert.match(await refusal(crafted.deepNestingXlsx()), /不是有效的 Excel 数据/);
  });

  it('a 1 MB workbook declaring 1,000 bytes for a sheet that inflates to 1 GiB: refused in Chinese below 300 MB', async () => {
    const bytes = crafted.declaredSizeLieXlsx();
    assert.ok(bytes.length < 1.2 * 1024 * 1024);
    const message = await refusal(bytes);
    assert.match(message, /“花名册\.xlsx”无法作为 Excel 工作簿读取，文件可能已损坏或不完整/);
    assert.doesNotMatch(message, /Bug|mismatch/);
    const child = readInChild('workbook', '花名册.xlsx', bytes);
    assert.match(child.outcome, /^refused: .*已损坏或不完整/);
    assert.ok(child.peakMb < 300, `peak ${child.peakMb} MB`);
  });

  it('the same sheet declared as 150 MB: inflated only until the parser sees it is not XML', async () => {
    const child = readInChild('workbook', '花名册.xlsx', crafted.declaredSizeLieXlsx(150 * 1024 * 1024));
    assert.match(child.outcome, /^refused: .*不是有效的 Excel 数据/);
    assert.ok(child.peakMb < 300, `peak ${child.peakMb} MB`);
  });

  it('sharedStrings.xml of 400 MB, declared honestly or as 1,000 bytes', async () => {
    assert.match(await refusal(crafted.sharedStringsBombXlsx()), /解压后的内容过多/);
    assert.match(await refusal(crafted.sharedStringsBombXlsx(1000)), /已损坏或不完整/);
  });

  it('a roster of 1,000,000 rows: refused at the row limit, while other requests are answered', async () => {
    const bytes = await crafted.bigRosterXlsx(1_000_000);
    const order: string[] = [];
    const importing = refusal(bytes).then((m) => (order.push('import'), m));
    await t.api.call('orgs.tree', {});
    order.push('other request');
    assert.match(await importing, /“花名册\.xlsx”的工作表有超过 100000 行数据.*分成几个文件导入/);
    assert.deepEqual(order, ['other request', 'import']);
  });

  it('eight imports at once, a hostile one among them: each gets its own answer', async () => {
    const good = (await messyRosterXlsx()).toString('base64');
    const flood = crafted.tagFloodXlsx().toString('base64');
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        t.api.call('roster.previewImport', { fileName: `花名册${i}.xlsx`, base64: i === 3 ? flood : good }).then((r) => r.rowCount, (e: Error) => e.message),
      ),
    );
    assert.deepEqual(
      answers,
      answers.map((_, i) => (i === 3 ? '“花名册3.xlsx”中的表格内容不是有效的 Excel 数据，文件可能已损坏' : 9)),
    );
  });

  it('a read that runs out of time ends its worker with a message, and the next file is read as usual', async () => {
    // 1 ms: less than any worker needs to start, so the timeout always wins.
    await assert.rejects(parseWorkbook('roster', '花名册.xlsx', await messyRosterXlsx(), 1), /“花名册\.xlsx”读取超过 1 秒仍未完成，文件结构可能异常/);
    assert.equal((await parseWorkbook('roster', '花名册.xlsx', await messyRosterXlsx())).rowCount, 9);
  });

  it('a small roster written by hand (not by exceljs) reads as its rows', async () => {
    const r = await t.api.call('roster.previewImport', { fileName: '花名册.xlsx', base64: (await crafted.bigRosterXlsx(3)).toString('base64') });
    assert.equal(r.rowCount, 3);
  });

  it('a 1.2 MB .docx inflating to 400 MB: filed without text, below 300 MB', async () => {
    const bytes = await crafted.docxBomb();
    assert.ok(bytes.length < 1.5 * 1024 * 1024, `${bytes.length} bytes`);
    const child = readInChild('text', '通知.docx', bytes);
    assert.equal(child.outcome, 'text: 0 characters, pages null');
    assert.ok(child.peakMb < 300, `peak ${child.peakMb} MB`);
    // Declared as 60 MB: inflated and parsed up to there, then refused as damaged.
    const lie = readInChild('text', '通知.docx', await crafted.docxBomb(60 * 1024 * 1024));
    assert.equal(lie.outcome, 'text: 0 characters, pages null');
    assert.ok(lie.peakMb < 300, `peak ${lie.peakMb} MB`);
  });

  it('a PDF of ten pages sharing one 20 MB content stream: its pages counted, reading within the budget', async () => {
    const r = await extractText('通知.pdf', await crafted.sharedStreamPdf());
    assert.deepEqual(r, { text: '', pages: 10 });
  });
});
