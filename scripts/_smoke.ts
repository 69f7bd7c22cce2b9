import fs from 'node:fs';
import { openApi } from '../electron/api';
(async () => {
  const o = openApi('/tmp/d1');
  const t = await o.api.call('compliance.todos', {});
  console.log('todos', t.meetings.length, t.meetings.slice(0, 3), t.hoursShort.slice(0, 3), t.secretariesUntrained.slice(0, 2));
  const m = await o.api.call('compliance.matrix', { year: 2026 });
  console.log('matrix', m.rules.map((r) => `${r.rule.label}:${r.rows.reduce((a, x) => a + x.missing, 0)}`).join(' '));
  const s = await o.api.call('compliance.summary', { year: 2026 });
  console.log('owed', s.lecturesOwed.length, s.branches[0]?.counts.map((c) => `${c.label}${c.count}/${c.expected}`).join(' '));
  const h = await o.api.call('hours.summary', { filter: { year: 2026, onlyShort: true }, page: 1, pageSize: 5 });
  console.log('hours', h.rows.total, h.rows.rows[0], h.branchAverages[0], h.secretariesUntrained.length);
  for (const [name, call] of [
    ['m.xlsx', o.api.call('exports.meetingsLedger', { year: 2026 })],
    ['h.xlsx', o.api.call('exports.hoursLedger', { year: 2026 })],
    ['min.docx', o.api.call('exports.minutes', { meetingId: 5 })],
    ['r.docx', o.api.call('exports.hoursReport', { year: 2026, quarter: 3 })],
    ['ry.docx', o.api.call('exports.hoursReport', { year: 2026 })],
  ] as const) fs.writeFileSync(`/tmp/out-${name}`, Buffer.from((await call).base64, 'base64'));
  o.close();
})();
