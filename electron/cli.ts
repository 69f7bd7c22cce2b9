// Command line: npm run cli -- <command> --data <dir> [--json]. The same API registry underneath.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { openApi, type OpenApi } from './api';
import type { FileOut, ImportPreview, RecruitImportPreview } from './api/contract';
import { ApiError } from './api/errors';
import { DataFolderError } from './db/open';
import { insertAudit } from './db/audit';
import { BackupError, writeBackupFile } from './db/backup';
import { putSetting } from './db/settings';
import { seed } from './seed/seed';
import { seedArchive } from './seed/seedArchive';
import { ARCHIVE_USAGE, archiveCommand, isArchiveCommand } from './cliArchive';
import { CYCLE_COMMANDS, CYCLE_USAGE, cycleCommand } from './cliCycle';
import { DUES_USAGE, duesCommand } from './cliDues';
import { DUES_LEDGER_COMMANDS, DUES_LEDGER_USAGE, duesLedgerCommand } from './cliDuesLedgers';
import { RECRUITS_COMMANDS, RECRUITS_USAGE, recruitsCommand } from './cliRecruits';
import { RECTIFICATION_USAGE, rectificationCommand } from './cliRectification';
import { REPORTS_COMMANDS, REPORTS_USAGE, reportsCommand } from './cliReports';

const USAGE = `用法：npm run cli -- <命令> --data <数据文件夹> [选项]
  seed --scale demo|large                      写入示例数据（demo 约150名党员；large 600个支部、30000名党员）
  import roster <文件.xlsx> [--dry-run] [--valid-only] [--map 表头=字段]... [--confirm-row 行号]... [--json]
                                               导入花名册；--dry-run 只检查不写入；--valid-only 只导入无误的行；
                                               --map 指定某列对应的字段（如 --map 支部全称=所在支部，字段写“未使用”则不导入该列，
                                               同样的表头下次自动沿用）；--confirm-row 确认身份证号与花名册中姓名不同的行
  export roster --out <文件.xlsx> [--org <组织ID>] [--mask]
                                               导出党员花名册台账
  export meetings-ledger|hours-ledger --year <年> [--org <组织ID>] --out <文件.xlsx>
                                               导出三会一课台账 / 学时统计台账
  export minutes --meeting <会议ID> --out <文件.docx>
                                               导出一次会议的会议记录
  export hours-report --year <年> [--quarter 1-4] --out <文件.docx>
                                               导出学时情况报告
  import hours <文件.xlsx> [--dry-run] [--valid-only] [--map 表头=字段]... [--json]
                                               导入学时记录（与花名册导入相同的检查规则）
  import recruits <文件.xlsx> [--dry-run] [--valid-only] [--map 表头=字段]... [--json]
                                               导入发展党员台账（一人一行，各环节日期各一列），导入后逐人检查
  list meetings --year <年> [--org <组织ID>] [--json]
                                               列出一年的会议
${RECTIFICATION_USAGE}
${CYCLE_USAGE}
${DUES_USAGE}
${DUES_LEDGER_USAGE}
${RECRUITS_USAGE}
${ARCHIVE_USAGE}
${REPORTS_USAGE}
  backup --out <文件.djbak>                     把数据库和全部附件备份为一个文件（如存到U盘）
  restore <备份文件>                           从备份恢复（先检查备份，并自动备份当前数据）
  check [--json]                               检查数据库完整性
  reset-password                               清除忘记的应用密码（需能访问数据文件夹，操作记入操作记录）`;

const options = {
  data: { type: 'string' },
  scale: { type: 'string' },
  out: { type: 'string' },
  org: { type: 'string' },
  year: { type: 'string' },
  quarter: { type: 'string' },
  meeting: { type: 'string' },
  round: { type: 'string' },
  income: { type: 'string' },
  kind: { type: 'string' },
  title: { type: 'string' },
  wenhao: { type: 'string' },
  category: { type: 'string' },
  author: { type: 'string' },
  date: { type: 'string' },
  json: { type: 'boolean', default: false },
  'dry-run': { type: 'boolean', default: false },
  'valid-only': { type: 'boolean', default: false },
  map: { type: 'string', multiple: true },
  'confirm-row': { type: 'string', multiple: true },
  mask: { type: 'boolean', default: false },
  help: { type: 'boolean', default: false },
} as const;

class UsageError extends Error {}

const isRecruitsCommand = (key: string): key is (typeof RECRUITS_COMMANDS)[number] => (RECRUITS_COMMANDS as readonly string[]).includes(key);
const isDuesLedgerCommand = (key: string): key is (typeof DUES_LEDGER_COMMANDS)[number] => (DUES_LEDGER_COMMANDS as readonly string[]).includes(key);
const isReportsCommand = (key: string): key is (typeof REPORTS_COMMANDS)[number] => (REPORTS_COMMANDS as readonly string[]).includes(key);
const isCycleCommand = (key: string): key is (typeof CYCLE_COMMANDS)[number] => (CYCLE_COMMANDS as readonly string[]).includes(key);

export async function runCli(argv: string[], print: (s: string) => void = console.log): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(`参数有误：${(e as Error).message}`);
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length === 0) {
    print(USAGE);
    return positionals.length === 0 && !values.help ? 2 : 0;
  }
  if (positionals[0] === 'dues') return duesCommand(values, print, (m) => new UsageError(m));
  if (!values.data) throw new UsageError('请用 --data 指定数据文件夹');
  const open = openApi(path.resolve(values.data));
  try {
    const [cmd, sub, arg] = positionals;
    const key = `${cmd} ${sub ?? ''}`.trim();
    if (isCycleCommand(key)) return await cycleCommand(open, key, values, print, { usage: (m) => new UsageError(m), writeOut });
    if (isDuesLedgerCommand(key)) return await duesLedgerCommand(open, key, values, print, { usage: (m) => new UsageError(m), writeOut });
    if (isArchiveCommand(cmd, key)) return await archiveCommand(open, positionals, values, print, { usage: (m) => new UsageError(m), writeOut });
    if (isReportsCommand(key)) return await reportsCommand(open, key, values, print, { usage: (m) => new UsageError(m), writeOut });
    if (isRecruitsCommand(key)) return await recruitsCommand(open, key, values, print, { usage: (m) => new UsageError(m), writeOut });
    switch (key) {
      case 'seed':
        return await seedCommand(open, values.scale, print);
      case 'import roster':
        return await importFile(open, 'roster', arg, values, print);
      case 'import hours':
        return await importFile(open, 'hours', arg, values, print);
      case 'import recruits':
        return await importFile(open, 'recruits', arg, values, print);
      case 'export roster':
        return await exportRoster(open, values, print);
      case 'export meetings-ledger':
      case 'export hours-ledger':
      case 'export minutes':
      case 'export hours-report':
        return await exportReport(open, sub!, values, print);
      case 'list meetings':
        return await listMeetings(open, values, print);
      case 'export rectification-ledger':
      case 'export tasks-ledger':
      case 'list overdue':
        return await rectificationCommand(open, `${cmd} ${sub}`, values, print, { usage: (m) => new UsageError(m), writeOut });
      case 'backup': {
        if (!values.out) throw new UsageError('请用 --out 指定备份文件');
        const r = await writeBackupFile(open.db, open.dataDir, values.out, new Date());
        print(`已备份到：${values.out}（${(r.size / 1024 / 1024).toFixed(1)} MB，含附件 ${r.files} 个）`);
        return 0;
      }
      case 'restore': {
        if (!sub) throw new UsageError('请给出要恢复的备份文件');
        const r = await open.restore(sub);
        print(`已从 ${sub} 恢复数据（数据版本 ${r.schemaVersion}，附件 ${r.attachments} 个）。恢复前的数据已备份为 backups/${r.safetyCopy}`);
        return 0;
      }
      case 'check':
        return await check(open, values.json, print);
      case 'reset-password':
        resetPassword(open);
        print('已清除应用密码（数据未受影响）。请在“系统设置 → 应用密码”中重新设置。');
        return 0;
      default:
        throw new UsageError(`不认识的命令：${positionals.join(' ')}\n${USAGE}`);
    }
  } finally {
    open.close();
  }
}

/** For a forgotten app password: whoever can reach the data folder can read the data anyway. */
function resetPassword(open: OpenApi): void {
  open.db.transaction(() => {
    putSetting(open.db, 'password', null);
    insertAudit(open.db, new Date().toISOString(), 'cli.reset-password', { table: 'settings', recordId: null, action: 'password-removed' }, os.userInfo().username);
  })();
}

async function seedCommand(open: OpenApi, scale: string | undefined, print: (s: string) => void): Promise<number> {
  const s = z.enum(['demo', 'large']).safeParse(scale);
  if (!s.success) throw new UsageError('--scale 只能是 demo 或 large');
  const r = seed(open.db, s.data);
  const a = await seedArchive(open.db, open.dataDir, s.data);
  print(`已写入示例数据：${r.orgs} 个组织，${r.members} 名党员，${r.meetings} 次会议，${r.hourEntries} 条学时记录，${a.documents} 件档案。`);
  return 0;
}

type ImportOptions = { json: boolean; 'dry-run': boolean; 'valid-only': boolean; map?: string[]; 'confirm-row'?: string[] };

/** --map 表头=字段, repeatable: the column mapping a clerk would choose in the preview. */
function mappingOf(map: string[] | undefined): Record<string, string> | undefined {
  if (!map?.length) return undefined;
  const out: Record<string, string> = {};
  for (const m of map) {
    const at = m.lastIndexOf('=');
    if (at <= 0) throw new UsageError(`--map 应写成 表头=字段，如 --map 支部全称=所在支部（这里是“${m}”）`);
    out[m.slice(0, at).trim()] = m.slice(at + 1).trim();
  }
  return out;
}

function confirmRowsOf(rows: string[] | undefined): number[] | undefined {
  if (!rows?.length) return undefined;
  return rows.map((r) => {
    const n = Number(r);
    if (!Number.isInteger(n) || n < 1) throw new UsageError(`--confirm-row 应为行号（这里是“${r}”）`);
    return n;
  });
}

async function importFile(open: OpenApi, kind: 'roster' | 'hours' | 'recruits', file: string | undefined, v: ImportOptions, print: (s: string) => void): Promise<number> {
  if (!file) throw new UsageError('请给出要导入的 .xlsx 文件');
  if (!fs.existsSync(file)) throw new UsageError(`找不到文件：${file}`);
  const input = { fileName: path.basename(file), base64: fs.readFileSync(file).toString('base64'), mapping: mappingOf(v.map), confirmRows: confirmRowsOf(v['confirm-row']) };
  const report = await runImport(open, kind, input, v['dry-run'], v['valid-only']);
  const stopped = report.needsMapping || (report.errors.length > 0 && !v['valid-only']);
  if (v.json) {
    const { imported, updated, createdOrgs, errors, warnings, ignoredColumns, missingRequired, changes, confirmable } = report;
    const columns = report.columns.map(({ header, label }) => ({ header, field: label }));
    const findings = 'findings' in report ? { findings: report.findings.map(({ name, idNumber, rule, message }) => ({ name, idNumber, rule, message })) } : {};
    print(JSON.stringify({ imported, updated, createdOrgs, errors, warnings, columns, ignoredColumns, missingRequired, changes, confirmable, ...findings }));
  } else {
    for (const e of report.errors) print(`错误  第${e.row}行 ${e.column}：${e.message}`);
    for (const w of report.warnings) print(`提醒  第${w.row}行 ${w.column}：${w.message}`);
    for (const c of report.changes) print(`更新  第${c.row}行 ${c.name}：${c.fields.map((f) => `${f.label} ${f.before} → ${f.after}`).join('；')}`);
    print(`识别的列：${report.columns.map((c) => `${c.header}→${c.label}`).join('、') || '无'}`);
    if (report.ignoredColumns.length) print(`未使用的列：${report.ignoredColumns.join('、')}`);
    if (report.needsMapping) print(`请用 --map 表头=字段 指定${report.missingRequired.join('、')}在哪一列，如 --map 支部全称=${report.missingRequired[0] ?? '所在支部'}`);
    const verb = v['dry-run'] ? '检查完毕（未写入）' : report.written ? '导入完成' : '未导入';
    const counts = kind === 'hours' ? `学时记录 ${report.imported} 条` : `新增 ${report.imported} 人，更新 ${report.updated} 人`;
    print(`${verb}：${counts}，错误 ${report.errors.length} 处，提醒 ${report.warnings.length} 处。`);
    if (report.createdOrgs.length) print(`新建组织：${report.createdOrgs.join('、')}`);
    if (stopped && !report.needsMapping) print('有错误的行，未写入任何数据。请改正后重试，或加 --valid-only 只导入无误的行。');
    if (report.confirmable.length) print(`身份证号与花名册中姓名不同的行：${report.confirmable.join('、')}；确是同一人时加 --confirm-row 行号`);
    if ('findings' in report) for (const f of report.findings) print(`问题  ${f.orgName} ${f.name}（${f.rule}）：${f.message}`);
  }
  return stopped ? 1 : 0;
}

type Upload = { fileName: string; base64: string; mapping?: Record<string, string>; confirmRows?: number[] };

async function runImport(open: OpenApi, kind: 'roster' | 'hours' | 'recruits', input: Upload, dryRun: boolean, validOnly: boolean): Promise<ImportPreview | RecruitImportPreview> {
  switch (kind) {
    case 'roster':
      return dryRun ? open.api.call('roster.previewImport', input) : open.api.call('roster.import', { ...input, validOnly });
    case 'hours':
      return dryRun ? open.api.call('hours.previewImport', input) : open.api.call('hours.import', { ...input, validOnly });
    case 'recruits':
      return dryRun ? open.api.call('recruits.previewImport', input) : open.api.call('recruits.import', { ...input, validOnly });
  }
}

function writeOut(file: FileOut, out: string | undefined, print: (s: string) => void): number {
  if (!out) throw new UsageError('请用 --out 指定导出文件');
  fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  fs.writeFileSync(out, Buffer.from(file.base64, 'base64'));
  print(`已导出：${out}`);
  return 0;
}

/** A positive whole number from an option, or a usage error naming the option. */
function num(v: string | undefined, name: string, required: true): number;
function num(v: string | undefined, name: string, required?: false): number | undefined;
function num(v: string | undefined, name: string, required = false): number | undefined {
  if (v === undefined) {
    if (required) throw new UsageError(`请用 --${name} 指定${{ year: '年度', meeting: '会议ID', quarter: '季度', org: '组织ID' }[name] ?? name}`);
    return undefined;
  }
  if (!/^\d+$/.test(v)) throw new UsageError(`--${name} 应为整数，这里是“${v}”`);
  return Number(v);
}

async function exportRoster(open: OpenApi, v: { out?: string; org?: string; mask: boolean }, print: (s: string) => void): Promise<number> {
  const file = await open.api.call('roster.export', { filter: { orgId: num(v.org, 'org'), includeSubOrgs: true }, maskPersonal: v.mask ? true : undefined });
  return writeOut(file, v.out, print);
}

async function exportReport(open: OpenApi, what: string, v: { out?: string; org?: string; year?: string; quarter?: string; meeting?: string }, print: (s: string) => void): Promise<number> {
  if (!v.out) throw new UsageError('请用 --out 指定导出文件');
  const file =
    what === 'minutes'
      ? await open.api.call('exports.minutes', { meetingId: num(v.meeting, 'meeting', true) })
      : what === 'hours-report'
        ? await open.api.call('exports.hoursReport', { year: num(v.year, 'year', true), quarter: num(v.quarter, 'quarter') })
        : await open.api.call(what === 'meetings-ledger' ? 'exports.meetingsLedger' : 'exports.hoursLedger', { year: num(v.year, 'year', true), orgId: num(v.org, 'org') });
  return writeOut(file, v.out, print);
}

async function listMeetings(open: OpenApi, v: { year?: string; org?: string; json: boolean }, print: (s: string) => void): Promise<number> {
  const year = num(v.year, 'year', true);
  const filter = { from: `${year}-01-01`, to: `${year}-12-31`, orgId: num(v.org, 'org'), includeSubOrgs: true };
  const rows: { id: number; branch: string; type: string; date: string; topic: string; present: number; expected: number }[] = [];
  for (let page = 1; ; page++) {
    const r = await open.api.call('meetings.list', { filter, page, pageSize: 200 });
    rows.push(...r.rows.map((m) => ({ id: m.id, branch: m.orgName, type: m.type, date: m.heldOn, topic: m.topic, present: m.present, expected: m.expected })));
    if (page * 200 >= r.total) break;
  }
  rows.reverse(); // oldest first
  if (v.json) print(JSON.stringify(rows));
  else for (const m of rows) print(`${m.id}\t${m.date}\t${m.branch}\t${m.type}\t${m.topic}\t实到/应到 ${m.present}/${m.expected}`);
  return 0;
}

async function check(open: OpenApi, json: boolean, print: (s: string) => void): Promise<number> {
  await open.checkHealth();
  const health = await open.api.call('system.health', {});
  const good = health.newestGoodBackup;
  const r = health.ok
    ? await open.api.call('system.check', {})
    : { ok: false, problems: [`数据文件已损坏：${health.problem ?? ''}`, good ? `最近的正常备份：backups/${good.name}（可用 restore 恢复）` : '没有找到完好的备份'] };
  if (json) print(JSON.stringify(r));
  else print(r.ok ? '检查通过：未发现问题。' : r.problems.map((p) => `问题：${p}`).join('\n'));
  return r.ok ? 0 : 1;
}

if (require.main === module) {
  runCli(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e: unknown) => {
      if (e instanceof UsageError || e instanceof DataFolderError || e instanceof BackupError) console.error(e.message);
      else if (e instanceof ApiError) console.error(e.message);
      else console.error(`出错了：${(e as Error).message}`);
      process.exit(2);
    },
  );
}
