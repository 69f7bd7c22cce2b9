// What a clerk reads in the Word reports exported from the demo seed: titles, zero figures as
// sentences, the issuing body, the rule beside each shortfall; and office-check has no finding.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import JSZip from 'jszip';
import type { FileOut } from '../../electron/api/contract';
import { minutesTitle } from '../../electron/exports/minutesDoc';
import { seed } from '../../electron/seed/seed';
import { tempApi, tempDir } from '../helpers/tmp';

const CHECKER = path.resolve(__dirname, '../../../shared/tools/office-check');
const year = 2026;
let t: ReturnType<typeof tempApi>;
let out: ReturnType<typeof tempDir>;
before(() => {
  t = tempApi();
  out = tempDir();
  seed(t.db, 'demo', t.now);
});
after(() => {
  t.cleanup();
  out.cleanup();
});

async function paragraphs(f: FileOut): Promise<string[]> {
  const zip = await JSZip.loadAsync(Buffer.from(f.base64, 'base64'));
  const xml = await zip.file('word/document.xml')!.async('string');
  return xml.split('</w:p>').map((p) => p.replace(/<[^>]+>/g, '')).filter((p) => p.trim());
}

function officeCheck(f: FileOut): string | null {
  if (!fs.existsSync(CHECKER)) return null;
  const file = path.join(out.dir, f.fileName);
  fs.writeFileSync(file, Buffer.from(f.base64, 'base64'));
  const r = spawnSync('python3', [CHECKER, 'docx', file], { encoding: 'utf8' });
  return `${r.stdout}${r.stderr}`;
}

describe('Word reports from the demo seed', () => {
  it('minutes titles say the shared word once', () => {
    assert.equal(minutesTitle('信息工程系学生第一党支部', '支部党员大会'), '信息工程系学生第一党支部党员大会会议记录');
    assert.equal(minutesTitle('机关第一党支部', '支委会'), '机关第一党支部支委会会议记录');
  });

  it('each report: the texts a clerk gets, and office-check has no finding', async (ctx) => {
    const rows: { id: number; type: string }[] = [];
    for (const page of [1, 2, 3]) rows.push(...(await t.api.call('meetings.list', { filter: { from: `${year}-01-01`, to: `${year}-12-31` }, page, pageSize: 200 })).rows);
    const firstOf = (type: string) => rows.find((m) => m.type === type)!;
    const general = (await t.api.call('orgs.tree', {})).find((o) => o.kind === 'general_branch')!;
    const files: [string, FileOut][] = [];
    for (const type of ['支部党员大会', '支委会', '党课', '党小组会']) files.push([type, await t.api.call('exports.minutes', { meetingId: firstOf(type).id })]);
    files.push(['summary', await t.api.call('reports.summary', { year })]);
    files.push(['general', await t.api.call('reports.summary', { year, orgId: general.id })]);
    files.push(['selfCheck', await t.api.call('reports.selfCheck', { year })]);
    files.push(['hours', await t.api.call('exports.hoursReport', { year })]);
    files.push(['hoursQ2', await t.api.call('exports.hoursReport', { year, quarter: 2 })]);
    files.push(['grading', await t.api.call('cycleExports.gradingNotice', { year })]);
    const text = new Map<string, string[]>();
    for (const [k, f] of files) text.set(k, await paragraphs(f));

    assert.ok(text.get('支部党员大会')![0]!.endsWith('党支部党员大会会议记录'));
    const summary = text.get('summary')!;
    const committee = summary[0]!.split(/\d{4}年度/)[0]!;
    assert.equal(summary.at(-2), committee, 'the 党委 signs its summary');
    assert.ok(!summary.some((p) => p.includes('组织部')));
    assert.equal(text.get('selfCheck')!.at(-2), committee);
    assert.equal(text.get('grading')!.at(-2), committee);
    for (const k of ['summary', 'general', 'selfCheck']) {
      const all = text.get(k)!.join('\n');
      assert.ok(!/共表彰0|[^\d.]0个党支部|的0个/.test(all), `${k} says a zero as a figure`);
      assert.ok(!/党总支共有党总支/.test(all));
    }
    assert.ok(text.get('general')!.some((p) => p.includes(`${general.name}共有党支部`)));
    const hours = text.get('hours')!;
    assert.ok(hours.some((p) => /（[^（）]*学时，领导班子成员每季度应达32学时）/.test(p)), 'a 班子成员 shortfall names the 32-hour rule');
    assert.ok(hours.some((p) => /^信息工程系教工党支部\d+名：/.test(p)), 'short members grouped by branch');

    const ran = files.map(([k, f]) => [k, officeCheck(f)] as const);
    if (ran.some(([, r]) => r === null)) return ctx.skip(`${CHECKER} not present`);
    for (const [k, r] of ran) assert.match(r!, / 0 finding\(s\)/, `${k}: ${r}`);
  });
});
