// `import roster|hours|recruits <文件.xlsx>`: the same checks as the import pages; errors stop the
// import (exit 1) unless --valid-only takes the rows without them.
import fs from 'node:fs';
import path from 'node:path';
import type { OpenApi } from '../api';
import type { ImportPreview, RecruitImportPreview } from '../api/contract';
import { command, UsageError, type Io } from './command';
import { flag, json } from './options';

type Kind = 'roster' | 'hours' | 'recruits';
type Upload = { fileName: string; base64: string };

const KINDS: { kind: Kind; usage: string }[] = [
  { kind: 'roster', usage: '导入花名册；--dry-run 只检查不写入；--valid-only 只导入无误的行' },
  { kind: 'hours', usage: '导入学时记录（与花名册导入相同的检查规则）' },
  { kind: 'recruits', usage: '导入发展党员台账（一人一行，各环节日期各一列），导入后逐人检查' },
];

export const IMPORT_COMMANDS = KINDS.map(({ kind, usage }) =>
  command({
    path: ['import', kind],
    args: [{ key: 'file', name: '文件.xlsx', about: '要导入的 .xlsx 文件' }],
    options: { 'dry-run': flag('只检查，不写入'), 'valid-only': flag('只导入无误的行（有错误的行留下不导入）'), json },
    usage,
    async run({ open, args, opts, io }) {
      if (!fs.existsSync(args.file) || !fs.statSync(args.file).isFile()) throw new UsageError(`找不到文件：${args.file}`);
      const input = { fileName: path.basename(args.file), base64: fs.readFileSync(args.file).toString('base64') };
      const report = await runImport(open, kind, input, opts['dry-run'], opts['valid-only']);
      const stopped = report.errors.length > 0 && !opts['valid-only'];
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
  const { imported, updated, createdOrgs, errors, warnings } = report;
  const findings = 'findings' in report ? { findings: report.findings.map(({ name, idNumber, rule, message }) => ({ name, idNumber, rule, message })) } : {};
  io.out(JSON.stringify({ imported, updated, createdOrgs, errors, warnings, ...findings }));
}

function printText(kind: Kind, report: ImportPreview | RecruitImportPreview, dryRun: boolean, stopped: boolean, io: Io): void {
  for (const e of report.errors) io.out(`错误  第${e.row}行 ${e.column}：${e.message}`);
  for (const w of report.warnings) io.out(`提醒  第${w.row}行 ${w.column}：${w.message}`);
  const verb = dryRun ? '检查完毕（未写入）' : report.written ? '导入完成' : '未导入';
  const counts = kind === 'hours' ? `学时记录 ${report.imported} 条` : `新增 ${report.imported} 人，更新 ${report.updated} 人`;
  io.out(`${verb}：${counts}，错误 ${report.errors.length} 处，提醒 ${report.warnings.length} 处。`);
  if (report.createdOrgs.length) io.out(`新建组织：${report.createdOrgs.join('、')}`);
  if (stopped) io.out('有错误的行，未写入任何数据。请改正后重试，或加 --valid-only 只导入无误的行。');
  if ('findings' in report) for (const f of report.findings) io.out(`问题  ${f.orgName} ${f.name}（${f.rule}）：${f.message}`);
}
