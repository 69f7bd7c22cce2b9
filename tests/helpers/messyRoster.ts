// A roster as clerks really keep it: a title and 填报 rows above the header, merged cells,
// variant header names, full-width digits, padded names, typed dates, and some broken rows.
import ExcelJS from 'exceljs';
import { validId } from './ids';

export const MESSY = {
  good: [
    { name: '李建国', id: validId('19800115', 13), gender: '男' },
    { name: '王芳', id: validId('19920304', 24), gender: '女' },
    { name: '赵小红', id: validId('20030921', 46), gender: '女' },
    { name: '陈志明', id: validId('19751130', 57).slice(0, 17) + validId('19751130', 57).slice(17).toLowerCase(), gender: '男' },
  ],
  /** Excel row numbers of the broken rows (the header is row 4). */
  errorRows: { badCheckDigit: 9, numericId: 10, missingName: 11, duplicate: 12, badDate: 13 },
};

export async function messyRosterXlsx(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('花名册');
  ws.getCell('A1').value = '信息工程系党总支党员花名册';
  ws.mergeCells('A1:I1');
  ws.getCell('A2').value = '填报单位：信息工程系党总支';
  ws.getCell('F2').value = '填报日期：2026年11月';
  ws.addRow([]);
  ws.getRow(4).values = ['序号', '姓 名', '性别', '公民身份号码', '出生年月', '入党时间', '所在党总支', '所在党支部', '手机号码'];
  const [a, b, c, d] = MESSY.good;
  const full = (s: string) => s.replace(/[0-9]/g, (x) => String.fromCharCode(x.charCodeAt(0) + 0xfee0));
  ws.getRow(5).values = [1, '李　建国', '男', a!.id, '1980.01', '2005年7月1日', '信息工程系党总支', '软件技术教工党支部', '13807381234'];
  ws.getRow(6).values = [2, '王芳', '女', full(b!.id), new Date(Date.UTC(1992, 2, 4)), '2014/6/30', '', '软件技术教工党支部', '0738-8312345'];
  ws.getRow(7).values = [3, ' 赵小红 ', '女', c!.id, '2003-09', '2025.10', '信息工程系党总支', '学生第一党支部', ''];
  ws.getRow(8).values = [4, '陈志明', '女', d!.id, '1975年11月', '2001-07-01', '信息工程系党总支', '学生第一党支部', '138073'];
  // row 9: wrong check digit
  const bad = validId('19880808', 71);
  ws.getRow(9).values = [5, '周强', '男', bad.slice(0, 17) + (bad[17] === '1' ? '2' : '1'), '1988.08', '2010.06', '信息工程系党总支', '软件技术教工党支部', ''];
  // row 10: Excel turned the ID into a number
  // eslint-disable-next-line no-loss-of-precision -- the precision Excel loses is what this row tests
  ws.getRow(10).values = [6, '吴敏', '女', 430102199001012345, '1990.01', '2012.05', '信息工程系党总支', '软件技术教工党支部', ''];
  // row 11: no name
  ws.getRow(11).values = [7, '', '男', validId('19850505', 33), '1985.05', '2009.05', '信息工程系党总支', '软件技术教工党支部', ''];
  // row 12: the same person as row 5 again
  ws.getRow(12).values = [8, '李建国', '男', a!.id, '1980.01', '2005.07', '信息工程系党总支', '软件技术教工党支部', ''];
  // row 13: impossible date
  ws.getRow(13).values = [9, '郑伟', '男', validId('19790707', 91), '1979.07', '2012.02.30', '信息工程系党总支', '软件技术教工党支部', ''];
  ws.addRow([]);
  ws.getRow(15).values = ['', '填表人：张三', '', '', '审核人：李四'];
  // 所在党总支 merged down rows 7–8, as clerks do for people of one unit
  ws.mergeCells('G7:G8');
  const out = await wb.xlsx.writeBuffer();
  return Buffer.from(out as ArrayBuffer);
}
