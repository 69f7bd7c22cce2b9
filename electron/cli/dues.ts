// 党费 and 换届: the monthly 党费 of one income (the rule alone, no data folder), the members of
// 党章 第九条, and each branch's term (their ledgers are catalog exports).
import { z } from 'zod';
import { DUES_KINDS, DUES_SOURCE, monthlyDues, yuanToFen } from '../domain/dues';
import { command, UsageError } from './command';
import { json, oneOf, optional, org, required } from './options';

const yuan = z.string().transform((s, ctx) => {
  const fen = yuanToFen(s);
  if (fen === null) ctx.addIssue({ code: 'custom', message: '应为金额（元），如 4500 或 4500.50' });
  return fen ?? 0;
});

export const DUES_COMMANDS = [
  command({
    path: ['dues'],
    offline: true,
    options: { income: optional('<元>', '每月收入（元）：在职为税后工资，离退休为养老金', yuan), kind: required(DUES_KINDS.join('|'), '党员类别', oneOf(DUES_KINDS)), json },
    usage: '按2008年规定计算每月党费（在职按税后工资，离退休按养老金）',
    run({ opts, io }) {
      // 学生党员 pay a fixed sum: no income to give.
      if (opts.kind !== '学生' && opts.income === undefined) throw new UsageError('请用 --income 指定每月收入（元）');
      const d = monthlyDues(opts.kind, opts.income ?? 0);
      if (opts.json) io.out(JSON.stringify(d));
      else io.out(`每月党费 ${(d.monthlyFen / 100).toFixed(2)} 元${d.rate === null ? '（学生党员每月0.2元）' : `（按${(d.rate * 100).toFixed(1)}%）`}。依据：${DUES_SOURCE}`);
      return 0;
    },
  }),
  command({
    path: ['list', 'dues-attention'],
    options: { org, json },
    usage: '连续六个月未交党费或未参加组织生活的党员（党章第九条）',
    async run({ open, opts, io }) {
      const items = await open.api.call('dues.attention', { orgId: opts.org });
      if (opts.json) io.out(JSON.stringify(items.map(({ name, orgName, kind, from, to, months, text, source }) => ({ name, org: orgName, kind, from, to, months, text, source }))));
      else if (items.length === 0) io.out('没有连续六个月未交党费或未参加组织生活的党员。');
      else for (const a of items) io.out(`${a.orgName}\t${a.name}\t${a.kind}\t${a.text}`);
      return 0;
    },
  }),
  command({
    path: ['list', 'terms'],
    options: { json },
    usage: '各支部本届任期、状态（正常/即将到期/已超期）',
    async run({ open, opts, io }) {
      const rows = await open.api.call('terms.list', {});
      if (opts.json) io.out(JSON.stringify(rows.map(({ orgId, orgName, status, startedOn, endsOn, text }) => ({ orgId, org: orgName, status, startedOn, endsOn, text }))));
      else for (const t of rows) io.out(`${t.orgName}\t${t.status}\t${t.startedOn ?? ''}\t${t.endsOn ?? ''}\t${t.text}`);
      return 0;
    },
  }),
];
