// 报表中心 over the API on the demo data: the year's figures against the app's own screens, every
// number in the summary and self-check reports equal to stats, the export log, and the pack job.
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { after, before, describe, it } from 'node:test';
import type { FileOut, YearStats } from '../../electron/api/contract';
import { seed } from '../../electron/seed/seed';
import { tempApi } from '../helpers/tmp';

let t: ReturnType<typeof tempApi>;
const year = 2026; // tempApi's "now" is 2026-11-23
before(() => {
  t = tempApi();
  seed(t.db, 'demo', t.now);
});
after(() => t.cleanup());

async function docxText(f: FileOut): Promise<string> {
  const zip = await JSZip.loadAsync(Buffer.from(f.base64, 'base64'));
  const xml = await zip.file('word/document.xml')!.async('string');
  // Paragraphs become line breaks so numbers of two paragraphs never run together.
  return xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '');
}

/** Every number anywhere in the stats (and the parts of its dates): what a report may print. */
function statNumbers(s: YearStats, today: string): Set<string> {
  const out = new Set<string>();
  const walk = (v: unknown, money = false) => {
    if (typeof v === 'number') out.add(money ? (v / 100).toFixed(2) : String(v));
    else if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) v.split('-').forEach((p) => out.add(String(Number(p))));
    else if (v && typeof v === 'object') Object.values(v).forEach((x) => walk(x, money));
  };
  walk(s);
  walk(s.dues, true);
  walk(today);
  // "进行中的要求尚未达到的党支部：集中学习6个" counts the branches short of a running rule: branches − met.
  for (const r of s.meetings.rules) if (r.running) out.add(String(r.running.branches - r.running.met));
  return out;
}

/** The closing 统计口径 note is the definitions' text; every other number must be a figure of stats. */
function assertNumbersFrom(whole: string, s: YearStats): void {
  const [text, note] = whole.split('统计口径：');
  assert.ok(note, 'the report ends with its 统计口径 note');
  for (const key of ['members', 'joined', 'hoursPeriods', 'dues'] as const) assert.ok(note.includes(s.definitions[key].note), `the note gives the 口径 of ${key}`);
  const allowed = statNumbers(s, '2026-11-23');
  for (const m of text!.matchAll(/\d+(?:\.\d+)?/g)) assert.ok(allowed.has(m[0]), `“${m[0]}” in “${text!.slice(Math.max(0, m.index! - 20), m.index! + 20)}” is not a figure of stats`);
}

describe('reports.stats', () => {
  it('matches the roster, 三会一课, 分类定级 and 学时 screens', async () => {
    const s = await t.api.call('reports.stats', { year });
    const roster = await t.api.call('members.list', { filter: { status: '在册' }, page: 1, pageSize: 1 });
    assert.equal(s.members, roster.total);
    const grading = await t.api.call('grading.summary', { year });
    assert.equal(s.branches, grading.rows.length);
    assert.equal(s.advancedShare, grading.share.percent);
    assert.equal(s.grading.graded, grading.share.graded);
    const meetings = await t.api.call('meetings.list', { filter: { from: `${year}-01-01`, to: `${year}-12-31` }, page: 1, pageSize: 1 });
    assert.equal(s.meetings.held, meetings.total);
    assert.equal(s.meetings.byMonth.reduce((a, b) => a + b, 0), s.meetings.held);
    assert.equal(s.membersAtStart + s.joined - s.left, s.members);
    assert.equal(s.hours.distribution.reduce((a, d) => a + d.count, 0), s.hours.members);
    const hours = await t.api.call('hours.summary', { filter: { year }, page: 1, pageSize: 1 });
    assert.equal(s.hours.members, hours.rows.total);
    s.hours.perPeriod.forEach((p, i) => {
      assert.equal(p.assessed, hours.branchAverages.reduce((a, b) => a + b.periods[i]!.assessed, 0), p.label);
      assert.equal(p.short, hours.branchAverages.reduce((a, b) => a + b.periods[i]!.short, 0), p.label);
    });
  });

  it('for one branch counts only that branch', async () => {
    const all = await t.api.call('reports.stats', { year });
    const branch = (await t.api.call('grading.summary', { year })).rows[0]!;
    const s = await t.api.call('reports.stats', { year, orgId: branch.orgId });
    assert.equal(s.scope, branch.orgName);
    assert.equal(s.branches, 1);
    assert.equal(s.generalBranches, 0);
    const roster = await t.api.call('members.list', { filter: { status: '在册', orgId: branch.orgId }, page: 1, pageSize: 1 });
    assert.equal(s.members, roster.total);
    assert.ok(s.members < all.members && s.meetings.held < all.meetings.held);
  });

  it('before a committee exists, asks for one instead of reporting on nothing', async () => {
    const empty = tempApi();
    try {
      await assert.rejects(empty.api.call('reports.summary', { year }), /还没有建立党委/);
      await assert.rejects(empty.api.call('reports.packStart', { year }), /还没有建立党委/);
      assert.ok((await empty.api.call('reports.catalog', { year })).length > 10);
    } finally {
      empty.cleanup();
    }
  });

  it('refuses a group, an unknown org and a bad year in Chinese', async () => {
    await assert.rejects(t.api.call('reports.stats', { year, orgId: 99999 }), /找不到该党组织/);
    await assert.rejects(t.api.call('reports.stats', { year: 1999 }), /年度应在2000—2100之间/);
  });
});

describe('summary reports', () => {
  for (const [method, title] of [['reports.summary', '年度党建工作总结'], ['reports.selfCheck', '基层组织建设年自查报告']] as const) {
    it(`${title}: every number in it is a figure of stats, the key figures are there, prose is marked, charts are embedded`, async () => {
      const s = await t.api.call('reports.stats', { year });
      const f = await t.api.call(method, { year });
      assert.match(f.fileName, new RegExp(`${title}\\.docx$`));
      const text = await docxText(f);
      assertNumbersFrom(text, s);
      for (const figure of [`党支部${s.branches}个`, `党员${s.members}名`, `全年共召开会议${s.meetings.held}次`, `人均全年学时${s.averageHours}学时`, `占已定级党支部的${s.advancedShare}%`]) {
        assert.ok(text.includes(figure), `${title} lacks “${figure}”`);
      }
      assert.match(text, /【请在此[^】]+】/);
      const zip = await JSZip.loadAsync(Buffer.from(f.base64, 'base64'));
      const media = Object.keys(zip.files).filter((n) => /^word\/media\/.+\.png$/.test(n));
      assert.equal(media.length, 3);
      for (const m of media) {
        const png = await zip.file(m)!.async('nodebuffer');
        assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
        assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [1280, 720], `${m}: one chart each, cut at the right rows`);
        assert.ok(png.length > 20_000, `${m} has drawn content`);
      }
    });
  }

  it('a branch report carries the branch figures, not the committee’s', async () => {
    const branch = (await t.api.call('grading.summary', { year })).rows[1]!;
    const s = await t.api.call('reports.stats', { year, orgId: branch.orgId });
    const text = await docxText(await t.api.call('reports.summary', { year, orgId: branch.orgId }));
    assertNumbersFrom(text, s);
    assert.ok(text.includes(`${branch.orgName}`) && text.includes(`党员${s.members}名`));
  });
});

describe('catalog and export log', () => {
  it('records who exported what, from 报表中心 and from another page', async () => {
    const before = await t.api.call('reports.catalog', { year });
    assert.equal(before.find((i) => i.key === 'roster')!.last, null);
    await t.api.call('reports.export', { key: 'roster' });
    await t.api.call('exports.meetingsLedger', { year });
    const after = await t.api.call('reports.catalog', { year });
    const roster = after.find((i) => i.key === 'roster')!;
    assert.equal(roster.lastForScope?.actor, '测试员');
    assert.match(roster.lastForScope!.fileName, /党员花名册/);
    assert.equal(after.find((i) => i.key === 'meetings-ledger')!.lastForScope?.year, year);
    const other = await t.api.call('reports.catalog', { year: 2025 });
    assert.equal(other.find((i) => i.key === 'meetings-ledger')!.lastForScope, null);
    assert.notEqual(other.find((i) => i.key === 'meetings-ledger')!.last, null);
  });

  it('files an export into 档案, found by its text; filing the same scope again updates it', async () => {
    const first = await t.api.call('reports.file', { key: 'summary', year });
    assert.match(first.title, /2026年度党建工作总结/);
    assert.equal(first.updated, false);
    const doc = await t.api.call('archive.get', { id: first.id });
    assert.deepEqual([doc.category, doc.year, doc.files.length], ['总结', year, 1]);
    const hits = await t.api.call('archive.list', { filter: { q: '三会一课', year } });
    assert.ok(hits.rows.some((r) => r.id === first.id), 'the report text is searchable');
    const again = await t.api.call('reports.file', { key: 'summary', year });
    assert.deepEqual([again.id, again.updated], [first.id, true]);
    await assert.rejects(t.api.call('reports.file', { key: 'minutes', year }), /请选择会议/);
  });

  it('asks for what an entry needs, in Chinese, and refuses unknown keys', async () => {
    await assert.rejects(t.api.call('reports.export', { key: 'minutes', year }), /请选择会议/);
    await assert.rejects(t.api.call('reports.export', { key: 'nope' }), /报表中心没有“nope”这一项/);
    await assert.rejects(t.api.call('reports.export', { key: 'candidate-notice', orgId: 1, notice: { kind: 'candidate', from: '2026-13-01', to: '2026-12-01' } }), /日期/);
  });
});

describe('pack job', () => {
  const settle = async (jobId: string) => {
    let s = await t.api.call('reports.packStatus', { jobId });
    while (s.state === 'running') {
      await new Promise((r) => setTimeout(r, 20));
      s = await t.api.call('reports.packStatus', { jobId });
    }
    return s;
  };
  const lastHours = async () => (await t.api.call('reports.catalog', { year })).find((i) => i.key === 'hours-ledger')!.lastForScope;

  it('a cancelled job saves nothing and logs nothing; only one runs at a time', async () => {
    const { jobId } = await t.api.call('reports.packStart', { year });
    await assert.rejects(t.api.call('reports.packStart', { year }), /已有一个一键导出正在进行/);
    await t.api.call('reports.packCancel', { jobId });
    const c = await settle(jobId);
    assert.equal(c.state, 'cancelled');
    assert.ok(c.done < c.total);
    await assert.rejects(t.api.call('reports.packResult', { jobId }), /已取消/);
    assert.equal(await lastHours(), null);
  });

  it('reports progress to the end, then hands out its zip once and logs each ledger', async () => {
    const { jobId } = await t.api.call('reports.packStart', { year });
    const s = await settle(jobId);
    assert.equal(s.state, 'done');
    assert.equal(s.done, s.total);
    assert.ok(s.files.some((f) => f.fileName.includes('学时统计台账') && f.rows > 100));
    assert.equal(await lastHours(), null, 'made but not yet taken');
    const zip = await t.api.call('reports.packResult', { jobId });
    assert.match(zip.fileName, /2026年度台账\.zip$/);
    assert.equal((await lastHours())?.actor, '测试员');
    await assert.rejects(t.api.call('reports.packResult', { jobId }), /找不到该导出任务/);
  });
});

async function sheetRows(f: FileOut, name: string): Promise<ExcelJS.CellValue[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(f.base64, 'base64') as unknown as ArrayBuffer);
  const out: ExcelJS.CellValue[][] = [];
  wb.getWorksheet(name)!.eachRow((row) => out.push((row.values as ExcelJS.CellValue[]).slice(1)));
  return out;
}

// Last: its exports go into the export log, which the tests above read.
describe('the demo data: every ledger, report and 工作台 agree with stats figure for figure', () => {
  it('学时: stats, the ledger’s branch sheet, the hours report, 工作台 and the summaries', async () => {
    const s = await t.api.call('reports.stats', { year });
    const rows = await sheetRows(await t.api.call('exports.hoursLedger', { year }), '支部汇总');
    const header = rows[2]!.map(String);
    const body = rows.slice(3);
    s.hours.perPeriod.forEach((p) => {
      const col = (what: string) => header.findIndex((h) => h.startsWith(p.label) && h.endsWith(what));
      const sum = (c: number) => body.reduce((a, r) => a + (typeof r[c] === 'number' ? r[c] : 0), 0);
      assert.deepEqual([sum(col('考核人数')), sum(col('未达标人数'))], [p.assessed, p.short], p.label);
    });
    const report = await docxText(await t.api.call('exports.hoursReport', { year }));
    const summary = await docxText(await t.api.call('reports.summary', { year }));
    for (const p of s.hours.perPeriod.filter((x) => x.state !== 'notStarted')) {
      const inReport = p.state === 'ended' ? `${p.label}，参加考核党员${p.assessed}名，人均${p.average}学时；达到要求${p.met}名，达标率${p.rate}%；未达到要求${p.short}名。` : `参加考核党员${p.assessed}名，人均${p.average}学时；已达到要求${p.met}名，尚未达到${p.notYetMet}名。`;
      assert.ok(report.includes(inReport), `hours report lacks “${inReport}”`);
      const inSummary = p.state === 'ended' ? `${p.label}参加考核${p.assessed}名，人均${p.average}学时，达到要求${p.met}名、未达标${p.short}名，达标率${p.rate}%` : `${p.assessed}名党员人均${p.average}学时，已达到要求${p.met}名、尚未达到${p.notYetMet}名`;
      assert.ok(summary.includes(inSummary), `summary lacks “${inSummary}”`);
    }
    assert.ok(!/第四季度[^。]*达标率100%/.test(report));
    const todos = await t.api.call('compliance.todos', {});
    const lastEnded = s.hours.perPeriod.filter((p) => p.state === 'ended').at(-1)!;
    assert.equal(todos.hoursShort.reduce((a, b) => a + b.short, 0), lastEnded.short, '工作台 学时未达标 = the last ended quarter’s');
    // Each branch names its first 12 short members and counts the rest.
    assert.ok(todos.hoursShort.length > 0);
    for (const h of todos.hoursShort) assert.equal(h.names.length, Math.min(h.short, 12), h.orgName);
  });

  it('三会一课, 党费, members and the grading chart', async () => {
    const s = await t.api.call('reports.stats', { year });
    const compliance = await sheetRows(await t.api.call('exports.meetingsLedger', { year }), '落实情况');
    assert.equal(compliance.flat().filter((v) => v === '缺').length, s.meetings.periodsDue - s.meetings.periodsDone);
    const grading = await t.api.call('grading.summary', { year });
    const evidence = grading.rows.reduce((a, r) => ({ done: a.done + r.evidence.meetingsDone, due: a.due + r.evidence.meetingsDue }), { done: 0, due: 0 });
    assert.deepEqual(evidence, { done: s.meetings.periodsDone, due: s.meetings.periodsDue }, '分类定级 evidence counts the periods stats counts');
    const dues = await sheetRows(await t.api.call('dues.exportLedger', { year }), '支部汇总');
    const total = dues.find((r) => r[1] === '合计')!;
    assert.deepEqual(total.slice(3, 7), [s.dues.due / 100, s.dues.paid / 100, s.dues.arrears / 100, s.dues.inArrears]);
    // 收缴率 is a number cell formatted 0.0%: the same figure as stats' percentage.
    assert.ok(Math.abs(Number(total[7]) - s.dues.rate! / 100) < 1e-9, `收缴率 ${String(total[7])} vs ${s.dues.rate}%`);
    const dash = await t.api.call('system.dashboard', {});
    assert.deepEqual([dash.members.active, dash.members.probationary], [s.members, s.probationary]);
    const charts = await t.api.call('reports.charts', { year });
    const share = charts.gradingShare.svg!;
    for (const g of s.grading.grades.filter((x) => x.count > 0)) assert.ok(share.includes(`${g.count}个（${g.percent}%）`), g.grade);
    assert.ok(share.includes(`（${s.advancedShare}%）`), 'the chart prints the share the text prints');
    for (const method of ['reports.summary', 'reports.selfCheck'] as const) {
      const text = await docxText(await t.api.call(method, { year }));
      assert.ok(text.includes(`应开展${s.meetings.periodsDue}项次，已按规定开展${s.meetings.periodsDone}项次，完成率${s.meetings.compliancePercent}%`), method);
      assert.ok(text.includes(`接收预备党员${s.joined}名，预备党员转正${s.confirmed}名`), method);
      assert.ok(text.includes(`收缴率${s.dues.rate}%`), method);
    }
  });
});
