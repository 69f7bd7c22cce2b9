// 学时情况报告 for a quarter or a year: figures from the assessment, a table of branches and the
// members below threshold. The clerk's own analysis goes where the marked paragraph stands.
import type { HoursAssessment } from '../api/hours/handlers';
import { basisNote, hoursPeriodFigure, runningNote, type HoursPeriodFigure } from '../domain/measures';
import { body, chineseDate, docTitle, heading1, placeholder, signature, simpleTable, writeDocument, type DocBlock } from './docKit';

export type HoursReportInput = { unit: string; scope: string; year: number; quarter?: number; date: string; a: HoursAssessment };

/** The period's figures as stats gives them (the same measure), on the report's date. */
export function hoursReportFigures(a: HoursAssessment, index: number, today: string): HoursPeriodFigure {
  return hoursPeriodFigure(a.periods[index]!, a.rows.map((r) => r.results[index]!), today);
}

function periodSentence(f: HoursPeriodFigure, today: string): string {
  if (f.state === 'notStarted') return `${f.label}尚未开始。`;
  if (f.state === 'running') return `${f.label}${runningNote(today)}，参加考核党员${f.assessed}名，人均${f.average}学时；已达到要求${f.met}名，尚未达到${f.notYetMet}名。考核期结束后再计未达标人数和达标率。`;
  return `${f.label}，参加考核党员${f.assessed}名，人均${f.average}学时；达到要求${f.met}名，达标率${f.rate ?? 0}%；未达到要求${f.short}名。`;
}

type Row = HoursAssessment['rows'][number];

/** "二季度25学时" for each period the member fell short in, the period named only in a year view. */
function shortfalls(a: HoursAssessment, r: Row, periods: number[]): string {
  const short = periods.filter((i) => r.results[i]!.status === 'short');
  return short.map((i) => `${periods.length > 1 ? `${'一二三四'[i]}季度` : ''}${r.results[i]!.hours}学时`).join('、');
}

/** The rule beside the shortfall, so a 班子成员 short of 32 is not read against the members' 20. */
function requirement(a: HoursAssessment, r: Row, periods: number[]): string {
  const required = r.results[periods.find((i) => r.results[i]!.status === 'short')!]!.required;
  const per = a.profile.per === 'quarter' ? '每季度' : '全年';
  return required === a.profile.member ? `应达${required}学时` : `${a.profile.seniorLabel}${per}应达${required}学时`;
}

/**
 * Members short of the rule, one paragraph per branch: 84 names stay on about a page, each with
 * the hours and the rule it is measured against (a table of them would set the report in 小四).
 */
function shortParagraphs(a: HoursAssessment, periods: number[], members: Row[]): DocBlock[] {
  const byBranch = new Map<string, Row[]>();
  for (const r of members) byBranch.set(r.member.orgName, [...(byBranch.get(r.member.orgName) ?? []), r]);
  return [...byBranch].map(([branch, rows]) =>
    body(`${branch}${rows.length}名：${rows.map((r) => `${r.member.name}（${shortfalls(a, r, periods)}，${requirement(a, r, periods)}）`).join('、')}。`),
  );
}

export function hoursReport({ unit, scope, year, quarter, date, a }: HoursReportInput): Promise<Buffer> {
  const periodLabel = quarter ? `${year}年第${'一二三四'[quarter - 1]}季度` : `${year}年度`;
  // For a quarter in the quarterly profile, that quarter; otherwise the profile's whole-year view.
  const index = a.profile.per === 'quarter' ? (quarter ? quarter - 1 : -1) : 0;
  const blocks: DocBlock[] = [docTitle(`关于${scope}${periodLabel}党员教育培训学时情况的报告`)];
  blocks.push(body(`按照${a.profile.source.split('：')[0]}的要求，${a.profile.per === 'quarter' ? `党员每季度参加教育培训不少于${a.profile.member}学时，${a.profile.seniorLabel}不少于${a.profile.senior}学时` : `党员每年参加教育培训不少于${a.profile.member}学时，${a.profile.seniorLabel}不少于${a.profile.senior}学时`}。现将${periodLabel}学时情况报告如下。`));
  const periods = index >= 0 ? [index] : a.periods.map((_, i) => i);
  blocks.push(heading1('一、总体情况'));
  const figures = periods.map((i) => hoursReportFigures(a, i, date));
  for (const f of figures) blocks.push(body(periodSentence(f, date)));
  blocks.push(heading1('二、各支部情况'));
  const names = new Map(a.rows.map((r) => [r.member.orgId, r.member.orgName]));
  // A year shows only the per-quarter averages.
  const single = periods.length === 1;
  const branchRows = [...names].map(([orgId, name]) => {
    const stats = periods.map((i) => a.averages[i]!.get(orgId));
    return single
      ? [name, stats[0]?.assessed ?? 0, stats[0]?.average ?? 0, stats[0]?.short ?? 0]
      : [name, ...stats.map((b) => b?.average ?? 0), stats.reduce((n, b) => n + (b?.short ?? 0), 0)];
  });
  // A running quarter's averages stand as of the report's date; said above the table so the
  // headers stay on one line.
  const running = figures.findIndex((f) => f.state === 'running');
  const label = (i: number) => (single ? '人均学时' : `${'一二三四'[i]}季度`);
  const lead = single ? '各党支部考核人数、人均学时和未达标人数如下表' : '各党支部各季度人均学时和全年未达标人次如下表';
  blocks.push(body(`${lead}${running >= 0 ? `（${label(periods[running]!)}进行中，${single ? '人均学时' : '人均'}截至${chineseDate(date)}）` : ''}。`));
  // 3号 like the body (office-check reads a report whose table cells outnumber its paragraphs as
  // set in the table's size); short headers so none wraps, the lead sentence naming the figures.
  const headers = single ? ['党支部', '考核人数', '人均学时', '未达标'] : ['党支部', ...periods.map(label), '未达标'];
  blocks.push(simpleTable(headers, branchRows, { widths: single ? [46, 18, 18, 18] : [32, 13, 13, 13, 13, 16] }));
  blocks.push(heading1('三、未达到学时要求的党员'));
  const shortMembers = a.rows.filter((r) => periods.some((i) => r.results[i]!.status === 'short'));
  if (shortMembers.length) blocks.push(...shortParagraphs(a, periods, shortMembers));
  else blocks.push(body(figures.some((f) => f.state === 'ended') ? '已结束的考核期中，参加考核的党员均达到学时要求。' : '考核期尚未结束，暂不计未达标人员。'));
  blocks.push(heading1('四、存在的问题和下一步措施'));
  blocks.push(placeholder('【请在此补充存在的问题、原因分析和下一步措施。】'));
  blocks.push(body(basisNote(['asOf', 'hoursPeriods'])), ...signature(unit, date));
  return writeDocument(blocks, { title: `${periodLabel}学时情况报告` });
}

