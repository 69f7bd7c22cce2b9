// The two workbooks around an import: the template a clerk fills (the app's headers, an example
// row, and a sheet saying which columns are needed and what else they may be called), and the
// list of what the checks found (row, column, the value as typed, the message).
import { loadExcelJS } from '../exports/lazyLibs';
import type { RowIssue } from '../model/imports';
import { idCheckChar } from '../domain/idNumber';
import type { FieldTable } from './synonyms';

const BOLD = { bold: true } as const;

/** A well-formed ID number for example rows (no real person's). */
export const EXAMPLE_ID = `43010219900307001${idCheckChar('43010219900307001')}`;

/** One header per field, the example under it; ID numbers and dates as text so Excel keeps them as typed. */
export async function templateWorkbook<F extends string>(fields: FieldTable<F>, example: Partial<Record<F, string | number>>): Promise<Buffer> {
  const wb = new (await loadExcelJS()).Workbook();
  const ws = wb.addWorksheet('导入模板');
  const keys = (Object.keys(fields) as F[]).filter((f) => example[f] !== undefined || fields[f].required);
  ws.addRow(keys.map((f) => fields[f].label)).font = BOLD;
  ws.addRow(keys.map((f) => example[f] ?? ''));
  keys.forEach((f, i) => {
    const col = ws.getColumn(i + 1);
    col.width = Math.max(10, fields[f].label.length * 2 + 4);
    col.numFmt = typeof example[f] === 'number' ? 'General' : '@';
  });
  const notes = wb.addWorksheet('填写说明');
  notes.addRow(['列', '是否必需', '也可以写作']).font = BOLD;
  for (const f of Object.keys(fields) as F[]) {
    const spec = fields[f];
    notes.addRow([spec.label, spec.required ? '必需' : '', spec.names.filter((n) => n !== spec.label).slice(0, 8).join('、')]);
  }
  notes.getColumn(1).width = 22;
  notes.getColumn(2).width = 10;
  notes.getColumn(3).width = 90;
  notes.addRow([]);
  notes.addRow(['第 2 行是示例，导入前请删除或改成真实内容。表头上方可以有标题行；其他列名会在导入时列出，可逐列指定对应的字段。']);
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

export type IssueLine = RowIssue & { kind: '错误' | '提醒'; value: string };

/** What the checks found, one line per issue, in row order. */
export async function issuesWorkbook(sourceName: string, lines: IssueLine[]): Promise<Buffer> {
  const wb = new (await loadExcelJS()).Workbook();
  const ws = wb.addWorksheet('问题清单');
  ws.addRow([`“${sourceName}”导入检查发现的问题`]).font = BOLD;
  ws.addRow(['行号', '列', '表中填写的内容', '类别', '说明']).font = BOLD;
  for (const l of lines) ws.addRow([l.row, l.column, l.value, l.kind, l.message]);
  [8, 22, 28, 8, 80].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.getColumn(3).numFmt = '@';
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
