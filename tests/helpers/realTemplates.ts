// Workbooks laid out after real templates and exports of other 党建 systems, and after the
// sheets clerks make by hand, for the import tests.
import ExcelJS from 'exceljs';

export type Cell = string | number | Date | null;

export async function workbook(rows: Cell[][], opts: { sheet?: string; above?: Cell[][]; textColumns?: number[] } = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(opts.sheet ?? 'Sheet1');
  for (const r of opts.above ?? []) ws.addRow(r);
  for (const r of rows) ws.addRow(r);
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** The 全国党员管理信息系统's 党员基本信息 template: coded drop-downs, an instruction in the branch header. */
export const NATIONAL_HEADER = ['序号', '姓名', '性别', '公民身份号码', '民族', '出生日期', '学历', '人员类别', '所在组织(请不要输入特殊符号)', '入党日期', '转为正式党员日期', '党籍状态'];

/** WisdomTown's easypoi 党员 export (所属党支部 first, 党籍状态 by label). */
export const WISDOMTOWN_HEADER = ['所属党支部', '姓名', '性别', '出生日期', '民族', '学历', '身份证号码', '联系电话', '入党时间', '党籍状态', '户籍所在派出所', '工作/学习单位', '现居住地', '籍贯'];

/** owip's 学生党员 export: 学生证号 and no ID number. */
export const OWIP_STUDENT_HEADER = ['学生证号', '姓名', '性别', '民族', '学生类别', '年级', '入党时间', '转正时间', '所属分党委', '所属党支部'];

/** A 中山大学 党员发展 system's fields as exported (verbose names, one with its help text in brackets). */
export const SYSU_RECRUIT_HEADER = [
  '学号', '姓名', '党支部', '身份证号码', '递交入党申请书时间', '首次组织谈话时间', '确定为入党积极分子时间', '支部大会讨论确定发展对象时间',
  '确定发展对象时间', '入党介绍人', '确定为预备党员时间（支部大会）', '党委审批时间', '入党宣誓时间', '递交转正申请书时间', '转正时间（支部大会讨论转正时间）', '党委审批时间',
];
