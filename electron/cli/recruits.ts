// 发展党员: every record checked against the rules, and what falls due (the ledger is a catalog export).
import { command } from './command';
import { json } from './options';

export const RECRUIT_COMMANDS = [
  command({
    path: ['check', 'recruits'],
    options: { json },
    usage: '检查全部发展党员记录（年龄、谈话、考察、培养期、培训、介绍人、票决、审批、预备期）；有问题时退出码为 1',
    async run({ open, opts, io }) {
      const findings = await open.api.call('recruits.check', {});
      if (opts.json) io.out(JSON.stringify(findings.map(({ name, idNumber, rule, message }) => ({ name, idNumber, rule, message }))));
      else if (findings.length === 0) io.out('全部发展党员记录均符合规定。');
      else for (const f of findings) io.out(`${f.orgName}\t${f.name}\t${f.rule}\t${f.message}`);
      return findings.length ? 1 : 0;
    },
  }),
  command({
    path: ['list', 'due'],
    options: { json },
    usage: '列出30天内到期或已逾期的考察、满一年、审批和转正',
    async run({ open, opts, io }) {
      const due = await open.api.call('recruits.due', {});
      if (opts.json) io.out(JSON.stringify(due.map(({ kind, due: on, name, orgName, text }) => ({ kind, due: on, name, org: orgName, text }))));
      else if (due.length === 0) io.out('30天内没有到期事项。');
      else for (const d of due) io.out(`${d.due}\t${d.kind}\t${d.orgName}\t${d.name}\t${d.text}`);
      return 0;
    },
  }),
];
