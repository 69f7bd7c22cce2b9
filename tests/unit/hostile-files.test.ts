// Files a clerk might pick by mistake, or that Excel and other programs really produce: each gets
// a clear Chinese message (or is read as the clerk meant) and writes nothing.
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { Document, Packer, Paragraph } from 'docx';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { loadWorkbook } from '../../electron/imports/workbook';
import { validId } from '../helpers/ids';
import { messyRosterXlsx } from '../helpers/messyRoster';
import { smallTree, snapshot, tempApi } from '../helpers/tmp';

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
