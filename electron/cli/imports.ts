// `import roster|hours|recruits <文件.xlsx>`: the same checks as the import pages; errors stop the
// import (exit 1) unless --valid-only takes the rows without them. --map names a column the
// synonyms did not know (remembered for that header layout, as in the preview).
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { OpenApi } from '../api';
import type { ImportPreview, RecruitImportPreview } from '../api/contract';
import { command, UsageError, type Io } from './command';
import { flag, json, repeatable } from './options';

type Kind = 'roster' | 'hours' | 'recruits';
type Upload = { fileName: string; base64: string; mapping?: Record<string, string>; confirmRows?: number[] };

const KINDS: { kind: Kind; usage: string }[] = [
  { kind: 'roster', usage: '导入花名册；--dry-run 只检查不写入；--valid-only 只导入无误的行' },
  { kind: 'hours', usage: '导入学时记录（与花名册导入相同的检查规则）' },
  { kind: 'recruits', usage: '导入发展党员台账（一人一行，各环节日期各一列），导入后逐人检查' },
];

/** --map 表头=字段, each given once per column: the mapping a clerk would choose in the preview. */
const mapping = z.array(z.string()).transform((pairs, ctx) => {
  const out: Record<string, string> = {};
  for (const p of pairs) {
    const at = p.lastIndexOf('=');
    if (at <= 0) {
      ctx.addIssue({ code: 'custom', message: `应写成 表头=字段，如 --map 支部全称=所在支部（“${p}”）` });
      return z.NEVER;
    }
    out[p.slice(0, at).trim()] = p.slice(at + 1).trim();
  }
  return out;
});
const rows = z.array(z.string().regex(/^\d{1,6}$/, '应为行号').transform(Number));

const DETAILS = `--map 表头=字段 指定某列导入为哪个字段（如 --map 支部全称=所在支部；字段写“未使用”则不导入该列），可给多次；
同样表头的表格下次自动沿用。--confirm-row 行号 确认身份证号与花名册中姓名不同的行确是同一人（仅花名册）。
--json 输出中 columns 为识别的列（表头和字段），ignoredColumns 为未使用的列，missingRequired 为缺少的必需字段。`;

export const IMPORT_COMMANDS = KINDS.map(({ kind, usage }) =>
  command({
    path: ['import', kind],
    args: [{ key: 'file', name: '文件.xlsx', about: '要导入的 .xlsx 文件' }],
    options: {
      'dry-run': flag('只检查，不写入'),
      'valid-only': flag('只导入无误的行（有错误的行留下不导入）'),
      map: repeatable('<表头=字段>', '某列对应的字段', mapping),
      'confirm-row': repeatable('<行号>', '确认身份证号与花名册姓名不同的行', rows),
      json,
    },
    usage,
    details: DETAILS,
    async run({ open, args, opts, io }) {
      if (!fs.existsSync(args.file) || !fs.statSync(args.file).isFile()) throw new UsageError(`找不到文件：${args.file}`);
      const input = { fileName: path.basename(args.file), base64: fs.readFileSync(args.file).toString('base64'), mapping: opts.map, confirmRows: opts['confirm-row'] };
      const report = await runImport(open, kind, input, opts['dry-run'], opts['valid-only']);
      const stopped = report.needsMapping || (report.errors.length > 0 && !opts['valid-only']);
      if (opts.json) printJson(report, io);
      else printText(kind, report, opts['dry-run'], stopped, io);
      return stopped ? 1 : 0;
    },
  }),
);

function runImport(open: OpenApi, kind: Kind, input: Upload, dryRun: boolean, validOnly: boolean): Promise<ImportPreview | RecruitImportPreview> {
  switch (kind) {
    case 'roster':
      return dryRun ? open.api.call('roster.previewImport', input) : open.api.call('roster.import', { ...input, validOnly });
    case 'hours':
      return dryRun ? open.api.call('hours.previewImport', input) : open.api.call('hours.import', { ...input, validOnly });
    case 'recruits':
      return dryRun ? open.api.call('recruits.previewImport', input) : open.api.call('recruits.import', { ...input, validOnly });
  }
}

function printJson(report: ImportPreview | RecruitImportPreview, io: Io): void {
  const { imported, updated, createdOrgs, errors, warnings, ignoredColumns, missingRequired, changes, confirmable } = report;
  const columns = report.columns.map(({ header, label }) => ({ header, field: label }));
  const findings = 'findings' in report ? { findings: report.findings.map(({ name, idNumber, rule, message }) => ({ name, idNumber, rule, message })) } : {};
  io.out(JSON.stringify({ imported, updated, createdOrgs, errors, warnings, columns, ignoredColumns, missingRequired, changes, confirmable, ...findings }));
}

function printText(kind: Kind, report: ImportPreview | RecruitImportPreview, dryRun: boolean, stopped: boolean, io: Io): void {
  for (const e of report.errors) io.out(`错误  第${e.row}行 ${e.column}：${e.message}`);
  for (const w of report.warnings) io.out(`提醒  第${w.row}行 ${w.column}：${w.message}`);
  for (const c of report.changes) io.out(`更新  第${c.row}行 ${c.name}：${c.fields.map((f) => `${f.label} ${f.before} → ${f.after}`).join('；')}`);
  io.out(`识别的列：${report.columns.map((c) => `${c.header}→${c.label}`).join('、') || '无'}`);
  if (report.ignoredColumns.length) io.out(`未使用的列：${report.ignoredColumns.join('、')}`);
  // The example names one of the sheet's own unused columns, so it reads as this sheet's fix.
  const example = report.sheetColumns.find((c) => c.field === null)?.header ?? '支部全称';
  if (report.needsMapping) io.out(`请用 --map 表头=字段 指定${report.missingRequired.join('、')}在哪一列，如 --map ${example}=${report.missingRequired[0] ?? '所在支部'}`);
  const verb = dryRun ? '检查完毕（未写入）' : report.written ? '导入完成' : '未导入';
  const counts = kind === 'hours' ? `学时记录 ${report.imported} 条` : `新增 ${report.imported} 人，更新 ${report.updated} 人`;
  io.out(`${verb}：${counts}，错误 ${report.errors.length} 处，提醒 ${report.warnings.length} 处。`);
  if (report.createdOrgs.length) io.out(`新建组织：${report.createdOrgs.join('、')}`);
  if (stopped && !report.needsMapping) io.out('有错误的行，未写入任何数据。请改正后重试，或加 --valid-only 只导入无误的行。');
  if (report.confirmable.length) io.out(`身份证号（或学号）已登记在另一个姓名下的行：${report.confirmable.join('、')}；确是同一人时加 --confirm-row 行号`);
  if ('findings' in report) for (const f of report.findings) io.out(`问题  ${f.orgName} ${f.name}（${f.rule}）：${f.message}`);
}
