// `list meetings`: one year's 三会一课, oldest first.
import { command } from './command';
import { json, needYear, org } from './options';

type Row = { id: number; branch: string; type: string; date: string; topic: string; present: number; expected: number };
const PAGE = 200;

export const MEETING_COMMANDS = [
  command({
    path: ['list', 'meetings'],
    options: { year: needYear, org, json },
    usage: '列出一年的会议',
    async run({ open, opts, io }) {
      const filter = { from: `${opts.year}-01-01`, to: `${opts.year}-12-31`, orgId: opts.org, includeSubOrgs: true };
      const rows: Row[] = [];
      for (let page = 1; ; page++) {
        const r = await open.api.call('meetings.list', { filter, page, pageSize: PAGE });
        rows.push(...r.rows.map((m) => ({ id: m.id, branch: m.orgName, type: m.type, date: m.heldOn, topic: m.topic, present: m.present, expected: m.expected })));
        if (page * PAGE >= r.total) break;
      }
      rows.reverse(); // the list is newest first
      if (opts.json) io.out(JSON.stringify(rows));
      else for (const m of rows) io.out(`${m.id}\t${m.date}\t${m.branch}\t${m.type}\t${m.topic}\t实到/应到 ${m.present}/${m.expected}`);
      return 0;
    },
  }),
];
