// Command line for 整改台账 and 工作任务: the two ledgers and `list overdue`. cli.ts parses the
// arguments and hands over its usage-error and file-writing helpers, so messages stay the same.
import type { OpenApi } from './api';
import type { FileOut } from './api/contract';

export const RECTIFICATION_USAGE = `  export rectification-ledger|tasks-ledger --year <年> [--org <组织ID>] --out <文件.xlsx>
                                               导出整改台账 / 材料报送情况
  list overdue [--org <组织ID>] [--json]       列出逾期未完成的整改事项和逾期未报送的工作任务`;

type Print = (s: string) => void;
export type CliKit = { usage: (message: string) => Error; writeOut: (file: FileOut, out: string | undefined, print: Print) => number };
type Values = { year?: string; org?: string; out?: string; json: boolean };

export function whole(kit: CliKit, v: string | undefined, option: string): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v)) throw kit.usage(`--${option} 应为整数，这里是“${v}”`);
  return Number(v);
}

/** Runs `export rectification-ledger`, `export tasks-ledger` or `list overdue` (the key is command and subcommand). */
export async function rectificationCommand(open: OpenApi, key: string, v: Values, print: Print, kit: CliKit): Promise<number> {
  const orgId = whole(kit, v.org, 'org');
  if (key === 'list overdue') {
    const items = await open.api.call('deadlines.overdue', { orgId });
    const rows = items.map(({ kind, id, org, title, due, daysOverdue }) => ({ kind, id, org, title, due, daysOverdue }));
    if (v.json) print(JSON.stringify(rows));
    else if (rows.length === 0) print('没有逾期的整改事项或工作任务。');
    else for (const r of rows) print(`${r.kind === 'task' ? '任务未报送' : '整改未完成'}\t${r.id}\t${r.org}\t${r.title}\t时限 ${r.due}\t逾期 ${r.daysOverdue} 天`);
    return 0;
  }
  if (key !== 'export rectification-ledger' && key !== 'export tasks-ledger') throw kit.usage(`不认识的命令：${key}`);
  if (!v.out) throw kit.usage('请用 --out 指定导出文件');
  const year = whole(kit, v.year, 'year');
  if (year === undefined) throw kit.usage('请用 --year 指定年度');
  const file = await open.api.call(key === 'export rectification-ledger' ? 'rectifications.exportLedger' : 'tasks.exportLedger', { year, orgId });
  return kit.writeOut(file, v.out, print);
}
