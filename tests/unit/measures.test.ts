// The measures against known truth: a purpose-built data set ("now" is 2026-11-23, tempApi) whose
// answers are worked out by hand, each figure also counted with plain SQL, and compared with stats,
// the cells of the ledgers, the text of the summary, self-check and hours report, and 工作台.
//
//   teachers 张伟, 李娜 (2010), 陈静 admitted 2026-03-10 through the roster only, 郑红 admitted through
//            a 发展党员 record on 2026-02-10 whose roster entry says 2026-02-12 (a disagreement);
//   students 钱敏 admitted 2025-04-15, 转正 2026-04-15 on the roster; 赵强 admitted through a 发展党员
//            record (支部大会 2026-05-20);
//   office   孙悦 admitted 2025-03-01 and 转正 (支部大会 2026-03-05) through a 发展党员 record;
//            周洋 (入党 2015) transferred in on 2026-08-01; 吴刚 (2012) transferred out on 2026-09-30.
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { before, after, describe, it } from 'node:test';
import type { FileOut, YearStats } from '../../electron/api/contract';
import { DEFAULT_RULES } from '../../electron/domain/rules';
import { MEASURES } from '../../electron/domain/measures';
import { validId } from '../helpers/ids';
import { smallTree, tempApi } from '../helpers/tmp';

const year = 2026;
let t: ReturnType<typeof tempApi>;
let ids: Awaited<ReturnType<typeof smallTree>>;
const who: Record<string, number> = {};
let s: YearStats;

type MemberType = '正式党员' | '预备党员';
async function member(name: string, serial: number, orgId: number, joinedOn: string, memberType: MemberType = '正式党员', extra: { confirmedOn?: string; transferredInOn?: string } = {}) {
  who[name] = (await t.api.call('members.save', { name, idNumber: validId('19900101', serial), memberType, orgId, joinedOn, ...extra })).id;
}

async function recruit(name: string, serial: number, orgId: number, steps: Record<string, string | number>) {
  const r = await t.api.call('recruits.save', { name, idNumber: validId('20000101', serial), orgId, appliedOn: '2023-03-01', ...steps });
  return r;
}

async function meetings(orgId: number, type: '支委会' | '集中学习', days: string[]) {
  for (const heldOn of days) await t.api.call('meetings.save', { orgId, type, heldOn, topic: `${type}${heldOn}`, hours: 0, attendance: [] });
}

const months = (from: number, to: number, skip: number[] = []) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i).filter((m) => !skip.includes(m)).map((m) => `${year}-${String(m).padStart(2, '0')}-10`);

async function hours(name: string, perQuarter: [number, number][]) {
  for (const [q, h] of perQuarter) if (h > 0) await t.api.call('hours.addEntry', { memberId: who[name]!, onDate: `${year}-${String(q * 3 - 1).padStart(2, '0')}-15`, hours: h, title: '网络学习' });
}

before(async () => {
  t = tempApi();
  ids = await smallTree(t);
  await t.api.call('settings.save', { unitName: '测试学院党委组织部' });
  // Two rules only: 支委会 every month, 集中学习 8 a year; the quarterly 20/32 学时 profile.
  const rules = { ...DEFAULT_RULES, meetings: DEFAULT_RULES.meetings.map((r) => ({ ...r, enabled: r.id === 'committee-monthly' || r.id === 'branch-study-yearly' })) };
  await t.api.call('rules.save', { ...rules, hours: { ...rules.hours, active: 'quarterly' } });
  await member('张伟', 11, ids.teachers, '2010-07-01', '正式党员', { confirmedOn: '2011-07-01' });
  await member('李娜', 13, ids.teachers, '2010-07-01', '正式党员', { confirmedOn: '2011-07-01' });
  await member('陈静', 15, ids.teachers, '2026-03-10', '预备党员');
  await member('钱敏', 17, ids.students, '2025-04-15', '正式党员', { confirmedOn: '2026-04-15' });
  await member('周洋', 19, ids.office, '2015-06-01', '正式党员', { confirmedOn: '2016-06-01', transferredInOn: '2026-08-01' });
  await member('吴刚', 21, ids.office, '2012-01-01', '正式党员', { confirmedOn: '2013-01-01' });
  await t.api.call('members.changeStatus', { id: who['吴刚']!, status: '转出', onDate: '2026-09-30', reason: '调离本校' });
  const vote = { admissionEntitled: 10, admissionYes: 9 };
  who['赵强'] = (await recruit('赵强', 23, ids.students, { ...vote, admissionMeetingOn: '2026-05-20', approvedOn: '2026-06-10' })).memberId!;
  who['孙悦'] = (await recruit('孙悦', 25, ids.office, { ...vote, admissionMeetingOn: '2025-03-01', approvedOn: '2025-03-20', confirmationMeetingOn: '2026-03-05', confirmationEntitled: 10, confirmationYes: 10, confirmationApprovedOn: '2026-03-20' })).memberId!;
  const zheng = await recruit('郑红', 27, ids.teachers, { ...vote, admissionMeetingOn: '2026-02-10', approvedOn: '2026-03-01' });
  who['郑红'] = zheng.memberId!;
  const z = (await t.api.call('members.get', { id: who['郑红']! })).member;
  await t.api.call('members.save', { id: z.id, name: z.name, idNumber: z.idNumber, memberType: '预备党员', orgId: z.orgId, joinedOn: '2026-02-12' });

  // 支委会: teachers every month to November; students miss March and have not met yet in November; office not yet in November.
  await meetings(ids.teachers, '支委会', months(1, 11));
  await meetings(ids.students, '支委会', months(1, 10, [3]));
  await meetings(ids.office, '支委会', months(1, 10));
  // 集中学习 (8 a year): teachers 8 (met), students 4 (short, mid-year), office none.
  await meetings(ids.teachers, '集中学习', months(1, 8));
  await meetings(ids.students, '集中学习', months(1, 4));

  // 学时 in the third (ended) and fourth (running) quarters.
  const q34: Record<string, [number, number]> = { 张伟: [25, 20], 李娜: [10, 5], 陈静: [20, 0], 赵强: [22, 12], 钱敏: [5, 25], 孙悦: [30, 0], 吴刚: [20, 0], 郑红: [21, 0], 周洋: [6, 8] };
  for (const [name, [q3, q4]] of Object.entries(q34)) await hours(name, [[3, q3], [4, q4]]);

  // 党费: 45 元 a month each for 张伟, 李娜 and 孙悦; 李娜 has not paid October; 孙悦 paid the whole year ahead.
  for (const name of ['张伟', '李娜', '孙悦']) await t.api.call('dues.saveBase', { memberId: who[name]!, fromMonth: '2026-01', kind: '在职', baseFen: 450_000 });
  await t.api.call('dues.recordPayment', { memberId: who['张伟']!, paidOn: '2026-10-20', fromMonth: '2026-01', toMonth: '2026-10', amountFen: 10 * 4500 });
  await t.api.call('dues.recordPayment', { memberId: who['李娜']!, paidOn: '2026-09-20', fromMonth: '2026-01', toMonth: '2026-09', amountFen: 9 * 4500 });
  await t.api.call('dues.recordPayment', { memberId: who['孙悦']!, paidOn: '2026-10-15', fromMonth: '2026-01', toMonth: '2026-12', amountFen: 12 * 4500 });

  s = await t.api.call('reports.stats', { year });
});
after(() => t.cleanup());

const n = (sql: string, ...args: unknown[]) => (t.db.prepare(sql).pluck().get(...args) as number);

async function docxText(f: FileOut): Promise<string> {
  const zip = await JSZip.loadAsync(Buffer.from(f.base64, 'base64'));
  return (await zip.file('word/document.xml')!.async('string')).replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '');
}

async function sheet(f: FileOut, name: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(f.base64, 'base64') as unknown as ArrayBuffer);
  return wb.getWorksheet(name)!;
}
const cells = (ws: ExcelJS.Worksheet, r: number) => (ws.getRow(r).values as ExcelJS.CellValue[]).slice(1);

describe('people: the roster and the 发展党员 record reconciled', () => {
  it('counts members, admissions (each source, once a person), the transfer in, the one who left and 转正 as known', () => {
    assert.deepEqual(
      [s.membersAtStart, s.joined, s.transferredIn, s.left, s.members, s.probationary, s.confirmed],
      [5, 3, 1, 1, 8, 3, 2],
      'start 张伟 李娜 钱敏 孙悦 吴刚; admitted 陈静 赵强 郑红; in 周洋; out 吴刚; 转正 钱敏 孙悦',
    );
    assert.equal(s.membersAtStart + s.joined + s.transferredIn - s.left, s.members);
  });

  it('agrees with plain SQL over both records', () => {
    const arrived = `(SELECT min(on_date) FROM member_events e WHERE e.member_id = m.id AND e.kind = 'created' AND e.reason = '从外单位转入')`;
    const onRoster = (day: string) =>
      n(`SELECT count(*) FROM members m WHERE (joined_on IS NULL OR joined_on <= @day) AND coalesce(${arrived}, '') <= @day AND (status = '在册' OR status_date > @day)`, { day });
    assert.equal(s.members, onRoster('2026-11-23'));
    assert.equal(s.membersAtStart, onRoster('2025-12-31'));
    const admittedOn = `coalesce((SELECT r.admission_meeting_on FROM recruits r WHERE r.member_id = m.id AND r.approved_on IS NOT NULL), m.joined_on)`;
    assert.equal(s.joined, n(`SELECT count(*) FROM members m WHERE ${admittedOn} BETWEEN '2026-01-01' AND '2026-11-23' AND ${arrived} IS NULL`));
    const confirmedOn = `coalesce((SELECT coalesce(r.confirmation_meeting_on, r.confirmation_approved_on) FROM recruits r WHERE r.member_id = m.id AND r.confirmation_approved_on IS NOT NULL), m.confirmed_on)`;
    assert.equal(s.confirmed, n(`SELECT count(*) FROM members m WHERE ${confirmedOn} BETWEEN '2026-01-01' AND '2026-11-23'`));
    assert.equal(s.left, n(`SELECT count(*) FROM members WHERE status <> '在册' AND status_date BETWEEN '2026-01-01' AND '2026-11-23'`));
  });

  it('shows where the two records disagree, on 工作台 and in the check problems, instead of counting twice', async () => {
    const text = '郑红（信息工程系教工党支部）的入党时间：花名册为2026-02-12，发展党员记录为2026-02-10';
    assert.deepEqual(s.dateDisagreements, [text]);
    const dash = await t.api.call('system.dashboard', {});
    assert.deepEqual(dash.dateDisagreements, [text]);
    assert.deepEqual([dash.members.active, dash.members.probationary], [s.members, s.probationary]);
    const check = await t.api.call('system.check', {});
    assert.equal(check.ok, false);
    assert.ok(check.problems.includes(`花名册与发展党员记录不一致：${text}`));
  });
});

describe('三会一课: ended periods rated, the running one apart, yearly rules done only when met', () => {
  it('gives each rule its known figures', () => {
    const byLabel = Object.fromEntries(s.meetings.rules.map((r) => [r.label, r]));
    assert.deepEqual(byLabel['支委会'], { label: '支委会', per: 'month', due: 30, done: 29, percent: 96.6, running: { label: '11月', branches: 3, met: 1 } });
    assert.deepEqual(byLabel['集中学习'], { label: '集中学习', per: 'year', due: 0, done: 0, percent: null, running: { label: '2026年', branches: 3, met: 1 } });
    assert.deepEqual([s.meetings.periodsDue, s.meetings.periodsDone, s.meetings.compliancePercent], [30, 29, 96.6]);
    assert.deepEqual([s.meetings.branchesNoneMissed, s.meetings.branchesAllMet], [2, 1]);
    assert.equal(s.meetings.byMonth.length, 11, 'December has not begun');
    assert.equal(s.meetings.held, n(`SELECT count(*) FROM meetings WHERE deleted_at IS NULL AND held_on LIKE '2026-%'`));
  });

  it('marks 缺 in the ledger only for the ended month that was missed', async () => {
    const ws = await sheet(await t.api.call('exports.meetingsLedger', { year }), '落实情况');
    const marks: string[] = [];
    ws.eachRow((row, r) => {
      if (r < 4) return;
      // 序号, 党支部, 项目, 要求, then 1月 in the fifth column.
      (row.values as ExcelJS.CellValue[]).forEach((v, c) => v === '缺' && marks.push(`${String(row.getCell(2).value)}|${String(row.getCell(3).value)}|${c - 4}月`));
    });
    assert.deepEqual(marks, ['信息工程系学生党支部|支委会|3月']);
    assert.equal(marks.length, s.meetings.periodsDue - s.meetings.periodsDone);
  });
});

describe('学时: an ended quarter with members short, the running quarter with nobody short yet', () => {
  it('gives the third and fourth quarters their known figures', () => {
    const [, , q3, q4] = s.hours.perPeriod;
    // Q3: 张伟 25, 李娜 10, 陈静 20, 赵强 22, 钱敏 5, 孙悦 30, 吴刚 20, 郑红 21 (周洋 arrived in August: not the whole quarter).
    assert.deepEqual(q3, { label: '第三季度', state: 'ended', assessed: 8, average: 19.1, met: 6, short: 2, notYetMet: 0, rate: 75 });
    // Q4 so far: 张伟 20, 李娜 5, 陈静 0, 赵强 12, 钱敏 25, 孙悦 0, 郑红 0, 周洋 8 (吴刚 left in September).
    assert.deepEqual(q4, { label: '第四季度', state: 'running', assessed: 8, average: 8.8, met: 2, short: 0, notYetMet: 6, rate: null });
  });

  it('matches the 学时 screen, the ledger (no red before the quarter ends) and the hours report', async () => {
    const screen = await t.api.call('hours.summary', { filter: { year }, page: 1, pageSize: 50 });
    s.hours.perPeriod.forEach((p, i) => assert.equal(screen.branchAverages.reduce((a, b) => a + b.periods[i]!.assessed, 0), p.assessed, p.label));
    assert.equal(screen.periodLabels[3], '第四季度进行中（截至11月23日）');
    const ws = await sheet(await t.api.call('exports.hoursLedger', { year }), '支部汇总');
    const header = cells(ws, 3).map(String);
    const q4Avg = header.indexOf('第四季度进行中（截至11月23日）平均学时') + 1;
    const q3Avg = header.indexOf('第三季度平均学时') + 1;
    assert.ok(q4Avg > 0 && q3Avg > 0, header.join(' / '));
    const red = (r: number, c: number) => (ws.getCell(r, c).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb === 'FFFFC7CE';
    const rows = [4, 5, 6];
    assert.deepEqual(rows.map((r) => red(r, q4Avg)), [false, false, false], 'Q4 averages below 20 are not red while Q4 runs');
    assert.ok(rows.some((r) => red(r, q3Avg)), 'an ended quarter below 20 is red');
    const text = await docxText(await t.api.call('exports.hoursReport', { year }));
    assert.ok(text.includes('第三季度，参加考核党员8名，人均19.1学时；达到要求6名，达标率75%；未达到要求2名。'), text);
    assert.ok(text.includes('第四季度进行中（截至11月23日），参加考核党员8名，人均8.8学时；已达到要求2名，尚未达到6名。'));
    assert.ok(!/第四季度[^。]*达标率/.test(text), 'no 达标率 for the running quarter');
    assert.ok(text.includes(`统计口径：${MEASURES.asOf.note}；${MEASURES.hoursPeriods.note}。`));
  });
});

describe('党费: only months that are due are owed', () => {
  it('gives the known totals and the same in the ledger summary and on the page', async () => {
    // Due January–October: 3 × 10 × 45 元; 李娜 lacks October; November runs; 孙悦's December is 预交.
    assert.deepEqual(
      [s.dues.due, s.dues.paid, s.dues.arrears, s.dues.inArrears, s.dues.rate, s.dues.currentDue, s.dues.currentPaid, s.dues.advance, s.dues.monthsDue],
      [135_000, 130_500, 4500, 1, 96.6, 13_500, 4500, 4500, 10],
    );
    const ws = await sheet(await t.api.call('dues.exportLedger', { year }), '支部汇总');
    const byName = new Map<string, ExcelJS.CellValue[]>();
    // 序号, 党支部, 党员人数, 应交, 实交, 欠交, 欠交人数, 收缴率, 本月应交, 本月已交, 预交, 未登记基数人数
    ws.eachRow((_, r) => byName.set(String(cells(ws, r)[1]), cells(ws, r)));
    // 收缴率 is a number cell shown as 0.0% (0.966 prints 96.6%).
    assert.deepEqual(byName.get('合计')!.slice(3, 11), [1350, 1305, 45, 1, 0.966, 135, 45, 45]);
    assert.deepEqual(byName.get('机关党支部')!.slice(5, 8), [0, 0, 1], 'no arrears reads 100%, November not counted');
    const board = await t.api.call('dues.board', { year, page: 1, pageSize: 50 });
    assert.deepEqual([board.summary.due, board.summary.arrears, board.summary.rate], [s.dues.due, s.dues.arrears, s.dues.rate]);
  });
});

describe('reports, charts and stats --json read the same figures', () => {
  for (const method of ['reports.summary', 'reports.selfCheck'] as const) {
    it(`${method}: the known figures, nothing 全部完成 that is not, and the 统计口径 note`, async () => {
      const text = await docxText(await t.api.call(method, { year }));
      for (const figure of [
        '党员8名，其中预备党员3名',
        '年初有党员5名，全年发展党员（接收预备党员）3名、转入1名，减少1名（转出1名）',
        '接收预备党员3名，预备党员转正2名',
        '花名册与发展党员记录中有1处日期不一致',
        '已结束的月份、季度应开展30项次，已按规定开展29项次，完成率96.6%',
        '3个党支部中，已结束的期间均按规定开展的2个，已开始的各项要求（含年度要求）均已达到的1个',
        '第三季度参加考核8名，人均19.1学时，达到要求6名、未达标2名，达标率75%',
        '第四季度进行中，截至11月23日，8名党员人均8.8学时，已达到要求2名、尚未达到6名',
        '截至10月底应交党费1350.00元，实交1305.00元，欠交45.00元（1人），收缴率96.6%；本月进行中，应交135.00元，已交45.00元',
      ]) assert.ok(text.includes(figure), `${method} lacks “${figure}” in:\n${text}`);
      assert.ok(!text.split('统计口径：')[0]!.includes('全部完成'), 'no branch has met every rule of the year yet');
      assert.ok(text.includes(`统计口径：${MEASURES.asOf.note}；`));
    });
  }

  it('draws no chart for a single item and no month that has not begun', async () => {
    const charts = await t.api.call('reports.charts', { year });
    assert.deepEqual(charts.gradingShare, { svg: null, note: `${year}年尚未开展党支部分类定级。` }, 'nothing graded: one slice (未定级) says nothing, a sentence says so');
    const months = charts.meetingsByMonth.svg;
    assert.ok(months !== null && months.includes('11月') && !months.includes('12月'));
    const sizes = [...months.matchAll(/font-size:([\d.]+)px/g)].map((m) => Number(m[1]));
    assert.ok(sizes.length > 10 && Math.min(...sizes) >= 15, `axis and value labels 15 px or more in the 640-wide drawing (${Math.min(...sizes)})`);
    const branch = await t.api.call('reports.charts', { year, orgId: ids.office });
    assert.equal(branch.gradingShare.svg, null);
  });

  it('a year with no meeting and no 学时 gets sentences, not empty or one-bar charts', async () => {
    const charts = await t.api.call('reports.charts', { year: 2019 });
    assert.deepEqual(charts.meetingsByMonth, { svg: null, note: '2019年尚未召开会议，暂无各月会议图。' });
    assert.equal(charts.hoursDistribution.svg, null, 'everyone at 0 学时 is one bar');
    assert.match(charts.hoursDistribution.note ?? '', /^2019年参加学时统计的\d+名党员全年学时均在0—20学时。$/);
    assert.equal(charts.gradingShare.svg, null);
  });

  it('carries each figure’s 口径 in stats (what `stats --json` prints)', () => {
    for (const key of ['members', 'joined', 'transferredIn', 'confirmed', 'meetingRules', 'hoursPeriods', 'dues'] as const) {
      assert.ok(s.definitions[key].basis.length > 10, key);
    }
    assert.deepEqual(JSON.parse(JSON.stringify(s)).definitions, MEASURES);
  });
});
