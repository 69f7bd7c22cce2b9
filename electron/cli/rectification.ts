// 整改 and 工作任务: what is overdue (their ledgers are catalog exports).
import { command } from './command';
import { json, org } from './options';

export const RECTIFICATION_COMMANDS = [
  command({
    path: ['list', 'overdue'],
    options: { org, json },
    usage: '列出逾期未完成的整改事项和逾期未报送的工作任务',
    async run({ open, opts, io }) {
      const items = await open.api.call('deadlines.overdue', { orgId: opts.org });
      const rows = items.map(({ kind, id, org: name, title, due, daysOverdue }) => ({ kind, id, org: name, title, due, daysOverdue }));
      if (opts.json) io.out(JSON.stringify(rows));
      else if (rows.length === 0) io.out('没有逾期的整改事项或工作任务。');
      else for (const r of rows) io.out(`${r.kind === 'task' ? '任务未报送' : '整改未完成'}\t${r.id}\t${r.org}\t${r.title}\t时限 ${r.due}\t逾期 ${r.daysOverdue} 天`);
      return 0;
    },
  }),
];
