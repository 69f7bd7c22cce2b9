import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { validId } from '../helpers/ids';
import { smallTree, tempApi } from '../helpers/tmp';

let t: ReturnType<typeof tempApi>;
beforeEach(() => (t = tempApi()));
afterEach(() => t.cleanup());

async function exported(input: Parameters<typeof t.api.call<'roster.export'>>[1]) {
  const file = await t.api.call('roster.export', input);
  const bytes = Buffer.from(file.base64, 'base64');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return { file, bytes, ws: wb.worksheets[0]! };
}

describe('党员花名册 ledger export', () => {
  it('writes title, 填报 row, header, 序号, rows and sign-off in the ledger style', async () => {
    const ids = await smallTree(t);
    await t.api.call('settings.save', { unitName: '测试学院党委组织部', preparer: '陈晓燕', reviewer: '刘建军' });
    await t.api.call('members.save', { name: '李建国', idNumber: validId('19800115', 13), memberType: '正式党员', orgId: ids.teachers, joinedOn: '2005-07-01', phone: '13807381234' });
    await t.api.call('members.save', { name: '王芳', idNumber: '11010519491231002X', memberType: '预备党员', orgId: ids.office });
    const { file, ws } = await exported({ filter: {}, maskPersonal: false });
    assert.equal(file.fileName, '测试学院党委党员花名册-2026-11-23.xlsx');
    assert.equal(ws.name, '党员花名册');
    assert.equal(ws.getCell('A1').value, '测试学院党委党员花名册');
    assert.equal(ws.getCell('A2').value, '填报单位：测试学院党委组织部');
    assert.match(String((ws.getRow(2).values as unknown[]).find((v) => String(v).startsWith('填报日期'))), /填报日期：2026年11月23日/);
    const header = (ws.getRow(3).values as unknown[]).slice(1);
    assert.deepEqual(header.slice(0, 6), ['序号', '姓名', '性别', '民族', '出生日期', '公民身份号码']);
    const col = (h: string) => header.indexOf(h) + 1;
    assert.equal(ws.getRow(4).getCell(1).value, 1);
    assert.equal(ws.getRow(4).getCell(col('姓名')).value, '李建国');
    assert.equal(ws.getRow(4).getCell(col('所在支部')).value, '信息工程系教工党支部');
    assert.equal(ws.getRow(4).getCell(col('入党时间')).value, '2005-07-01');
    assert.equal(ws.getRow(5).getCell(col('公民身份号码')).value, '11010519491231002X');
    assert.equal(ws.getRow(5).getCell(col('党员类别')).value, '预备党员');
    assert.equal(typeof ws.getRow(4).getCell(col('公民身份号码')).value, 'string'); // an ID stays text
    assert.equal(ws.getRow(7).getCell(1).value, '填表人：陈晓燕');
    assert.ok((ws.getRow(7).values as unknown[]).includes('审核人：刘建军'));
  });

  it('sets the print setup: A4 landscape, one page wide, repeated header, page footer, frozen header', async () => {
    await smallTree(t);
    const { bytes, ws } = await exported({ filter: {} });
    assert.equal(ws.pageSetup.paperSize, 9);
    assert.equal(ws.pageSetup.orientation, 'landscape');
    assert.equal(ws.pageSetup.fitToWidth, 1);
    assert.equal(ws.pageSetup.fitToHeight, 0);
    assert.equal(ws.views[0]?.state, 'frozen');
    assert.equal((ws.views[0] as { ySplit?: number }).ySplit, 3);
    const zip = await JSZip.loadAsync(bytes);
    const workbookXml = await zip.file('xl/workbook.xml')!.async('string');
    assert.match(workbookXml, /_xlnm\.Print_Titles[^>]*>(&apos;|')党员花名册(&apos;|')!\$3:\$3</);
    const sheetXml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    assert.match(sheetXml, /<oddFooter>&amp;C第 &amp;P 页 共 &amp;N 页<\/oddFooter>/);
    assert.match(sheetXml, /<mergeCell ref="A1:S1"\/>/);
  });

  it('exports one branch subtree and can mask ID numbers and phones', async () => {
    const ids = await smallTree(t);
    await t.api.call('members.save', { name: '李建国', idNumber: validId('19800115', 13), memberType: '正式党员', orgId: ids.teachers, phone: '13807381234' });
    await t.api.call('members.save', { name: '王芳', idNumber: '11010519491231002X', memberType: '正式党员', orgId: ids.office });
    const { file, ws } = await exported({ filter: { orgId: ids.general }, maskPersonal: true });
    assert.equal(file.fileName, '信息工程系党总支党员花名册-2026-11-23.xlsx');
    assert.equal(ws.getCell('A1').value, '信息工程系党总支党员花名册');
    assert.equal(ws.getRow(4).getCell(2).value, '李建国');
    assert.equal(ws.getRow(4).getCell(6).value, `${validId('19800115', 13).slice(0, 6)}********${validId('19800115', 13).slice(14)}`);
    assert.equal(ws.getRow(4).getCell(17).value, '138****1234');
    assert.equal(ws.getRow(5).getCell(2).value, null); // only one member in the subtree
  });

  it('masks 身份证号 and phones by default (导出时隐藏身份证号中间位), whole once the setting is off or the export asks', async () => {
    const ids = await smallTree(t);
    const idNumber = validId('19800115', 13);
    await t.api.call('members.save', { name: '李建国', idNumber, memberType: '正式党员', orgId: ids.teachers, phone: '13807381234' });
    assert.equal((await t.api.call('settings.get', {})).maskPersonalInExports, true);
    const masked = (await exported({ filter: {} })).ws.getRow(4);
    assert.deepEqual([masked.getCell(6).value, masked.getCell(17).value], [`${idNumber.slice(0, 6)}********${idNumber.slice(14)}`, '138****1234']);
    await t.api.call('settings.save', { maskPersonalInExports: false });
    assert.equal((await t.api.call('settings.get', {})).unitName, '');
    assert.equal((await exported({ filter: {} })).ws.getRow(4).getCell(6).value, idNumber);
    await t.api.call('settings.save', { maskPersonalInExports: true });
    assert.equal((await exported({ filter: {}, maskPersonal: false })).ws.getRow(4).getCell(6).value, idNumber);
  });
});
