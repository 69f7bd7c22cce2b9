// `export dues-ledger`, `export terms-ledger`, `list dues-attention` and `list terms`: 党费 and
// 换届 from the command line, through the same API as the app.
import type { OpenApi } from './api';
import { whole, type CliKit } from './cliRectification';

export const DUES_LEDGER_USAGE = `  export dues-ledger --year <年> [--org <组织ID>] --out <文件.xlsx>
                                               导出党费收缴台账（党员×月份，按支部，另附支部汇总）
  export terms-ledger --year <年> --out <文件.xlsx>
                                               导出党支部换届情况
  list dues-attention [--org <组织ID>] [--json]
                                               连续六个月未交党费或未参加组织生活的党员（党章第九条）
  list terms [--json]                          各支部本届任期、状态（正常/即将到期/已超期）`;

export const DUES_LEDGER_COMMANDS = ['export dues-ledger', 'export terms-ledger', 'list dues-attention', 'list terms'] as const;

type Values = { year?: string; org?: string; out?: string; json: boolean };

export async function duesLedgerCommand(open: OpenApi, key: (typeof DUES_LEDGER_COMMANDS)[number], v: Values, print: (s: string) => void, kit: CliKit): Promise<number> {
  const orgId = whole(kit, v.org, 'org');
  const year = () => {
    const y = whole(kit, v.year, 'year');
    if (y === undefined) throw kit.usage('请用 --year 指定年度');
    return y;
  };
  if (key === 'export dues-ledger') return kit.writeOut(await open.api.call('dues.exportLedger', { year: year(), orgId }), v.out, print);
  if (key === 'export terms-ledger') return kit.writeOut(await open.api.call('terms.exportLedger', { year: year() }), v.out, print);
  if (key === 'list dues-attention') {
    const items = await open.api.call('dues.attention', { orgId });
    if (v.json) print(JSON.stringify(items.map(({ name, orgName, kind, from, to, months, text, source }) => ({ name, org: orgName, kind, from, to, months, text, source }))));
    else if (items.length === 0) print('没有连续六个月未交党费或未参加组织生活的党员。');
    else for (const a of items) print(`${a.orgName}\t${a.name}\t${a.kind}\t${a.text}`);
    return 0;
  }
  const rows = await open.api.call('terms.list', {});
  if (v.json) print(JSON.stringify(rows.map(({ orgId: id, orgName, status, startedOn, endsOn, text }) => ({ orgId: id, org: orgName, status, startedOn, endsOn, text }))));
  else for (const t of rows) print(`${t.orgName}\t${t.status}\t${t.startedOn ?? ''}\t${t.endsOn ?? ''}\t${t.text}`);
  return 0;
}
