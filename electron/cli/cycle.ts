// The 创先争优 cycle: `list grading` and `list award-rounds` (its ledgers and notices are catalog exports).
import { command } from './command';
import { json, needYear, org } from './options';

export const CYCLE_COMMANDS = [
  command({
    path: ['list', 'grading'],
    options: { year: needYear, org, json },
    usage: '列出各党支部的自评、上级评分、综合得分和等次',
    async run({ open, opts, io }) {
      const s = await open.api.call('grading.summary', { year: opts.year, orgId: opts.org });
      const rows = s.rows.map((r) => ({ orgId: r.orgId, org: r.orgName, selfScore: r.selfScore, superiorScore: r.superiorScore, total: r.total, grade: r.grade }));
      if (opts.json) io.out(JSON.stringify(rows));
      else {
        for (const r of rows) io.out(`${r.orgId}\t${r.org}\t自评 ${r.selfScore ?? '—'}\t上级 ${r.superiorScore ?? '—'}\t综合 ${r.total ?? '—'}\t${r.grade ?? '未定级'}`);
        io.out(`${s.share.top} ${s.share.count} 个，占已定级 ${s.share.graded} 个的 ${s.share.percent ?? 0}%（目标 ${Math.round(s.share.target * 100)}%）`);
      }
      return 0;
    },
  }),
  command({
    path: ['list', 'award-rounds'],
    options: { year: needYear, json },
    usage: '列出一年的评选表彰活动（评选ID 供 export award-notice 使用）',
    async run({ open, opts, io }) {
      const rounds = await open.api.call('awards.list', { year: opts.year });
      if (opts.json) io.out(JSON.stringify(rounds));
      else for (const r of rounds) io.out(`${r.id}\t${r.title}\t名额 ${r.quota}\t推荐 ${r.nominees}\t拟表彰 ${r.shortlisted}\t${r.finalisedAt ? '已确定' : '评选中'}`);
      return 0;
    },
  }),
];
