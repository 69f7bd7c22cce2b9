// `check recruits --json` and `list due --json`: the 发展党员 findings and what falls due.
import type { OpenApi } from './api';
import { whole, type CliKit } from './cliRectification';

export const RECRUITS_USAGE = `  check recruits [--json]                      检查全部发展党员记录（年龄、谈话、考察、培养期、培训、介绍人、票决、审批、预备期）
  list due [--json]                            列出30天内到期或已逾期的考察、满一年、审批和转正
  export recruits-ledger [--year <年>] [--org <组织ID>] --out <文件.xlsx>
                                               导出发展党员台账（问题所在单元格标红）`;

export const RECRUITS_COMMANDS = ['check recruits', 'list due', 'export recruits-ledger'] as const;

type Values = { year?: string; org?: string; out?: string; json: boolean };

export async function recruitsCommand(open: OpenApi, key: (typeof RECRUITS_COMMANDS)[number], v: Values, print: (s: string) => void, kit: CliKit): Promise<number> {
  const json = v.json;
  if (key === 'export recruits-ledger') {
    return kit.writeOut(await open.api.call('recruits.exportLedger', { year: whole(kit, v.year, 'year'), orgId: whole(kit, v.org, 'org') }), v.out, print);
  }
  if (key === 'check recruits') {
    const findings = await open.api.call('recruits.check', {});
    if (json) print(JSON.stringify(findings.map(({ name, idNumber, rule, message }) => ({ name, idNumber, rule, message }))));
    else if (findings.length === 0) print('全部发展党员记录均符合规定。');
    else for (const f of findings) print(`${f.orgName}\t${f.name}\t${f.rule}\t${f.message}`);
    return findings.length ? 1 : 0;
  }
  const due = await open.api.call('recruits.due', {});
  if (json) print(JSON.stringify(due.map(({ kind, due: on, name, orgName, text }) => ({ kind, due: on, name, org: orgName, text }))));
  else if (due.length === 0) print('30天内没有到期事项。');
  else for (const d of due) print(`${d.due}\t${d.kind}\t${d.orgName}\t${d.name}\t${d.text}`);
  return 0;
}
