// Command line for the 创先争优 cycle: its ledgers and notices, `list grading` and `list award-rounds`.
import type { OpenApi } from './api';
import { whole, type CliKit } from './cliRectification';

export const CYCLE_USAGE = `  export commitments-ledger|evaluation-ledger|satisfaction-ledger|grading-ledger|awards-ledger --year <年> [--org <组织ID>] --out <文件.xlsx>
                                               导出公开承诺台账 / 民主评议结果 / 满意度测评 / 分类定级汇总 / 评选表彰台账
  export award-notice --round <评选ID> --out <文件.docx>
                                               导出拟表彰对象公示
  export grading-notice --year <年> --out <文件.docx>
                                               导出分类定级结果通报
  list grading --year <年> [--org <组织ID>] [--json]
                                               列出各党支部的自评、上级评分、综合得分和等次
  list award-rounds --year <年> [--json]       列出一年的评选表彰活动`;

export const CYCLE_COMMANDS = [
  'export commitments-ledger', 'export evaluation-ledger', 'export satisfaction-ledger', 'export grading-ledger', 'export awards-ledger',
  'export award-notice', 'export grading-notice', 'list grading', 'list award-rounds',
] as const;

type Print = (s: string) => void;
type Values = { year?: string; org?: string; out?: string; round?: string; json: boolean };

const LEDGERS = {
  'export commitments-ledger': 'cycleExports.commitments',
  'export evaluation-ledger': 'cycleExports.evaluations',
  'export satisfaction-ledger': 'cycleExports.satisfaction',
  'export grading-ledger': 'cycleExports.grading',
} as const;

export async function cycleCommand(open: OpenApi, key: (typeof CYCLE_COMMANDS)[number], v: Values, print: Print, kit: CliKit): Promise<number> {
  const orgId = whole(kit, v.org, 'org');
  const year = () => {
    const y = whole(kit, v.year, 'year');
    if (y === undefined) throw kit.usage('请用 --year 指定年度');
    return y;
  };
  switch (key) {
    case 'list grading': {
      const s = await open.api.call('grading.summary', { year: year(), orgId });
      const rows = s.rows.map((r) => ({ orgId: r.orgId, org: r.orgName, selfScore: r.selfScore, superiorScore: r.superiorScore, total: r.total, grade: r.grade }));
      if (v.json) print(JSON.stringify(rows));
      else {
        for (const r of rows) print(`${r.orgId}\t${r.org}\t自评 ${r.selfScore ?? '—'}\t上级 ${r.superiorScore ?? '—'}\t综合 ${r.total ?? '—'}\t${r.grade ?? '未定级'}`);
        print(`${s.share.top} ${s.share.count} 个，占已定级 ${s.share.graded} 个的 ${s.share.percent ?? 0}%（目标 ${Math.round(s.share.target * 100)}%）`);
      }
      return 0;
    }
    case 'list award-rounds': {
      const rounds = await open.api.call('awards.list', { year: year() });
      if (v.json) print(JSON.stringify(rounds));
      else for (const r of rounds) print(`${r.id}\t${r.title}\t名额 ${r.quota}\t推荐 ${r.nominees}\t拟表彰 ${r.shortlisted}\t${r.finalisedAt ? '已确定' : '评选中'}`);
      return 0;
    }
    case 'export award-notice': {
      const roundId = whole(kit, v.round, 'round');
      if (roundId === undefined) throw kit.usage('请用 --round 指定评选活动编号（可用 list award-rounds 查看）');
      return kit.writeOut(await open.api.call('cycleExports.awardNotice', { roundId }), v.out, print);
    }
    case 'export grading-notice':
      return kit.writeOut(await open.api.call('cycleExports.gradingNotice', { year: year() }), v.out, print);
    case 'export awards-ledger':
      return kit.writeOut(await open.api.call('cycleExports.awards', { year: year() }), v.out, print);
    default:
      return kit.writeOut(await open.api.call(LEDGERS[key], { year: year(), orgId }), v.out, print);
  }
}
