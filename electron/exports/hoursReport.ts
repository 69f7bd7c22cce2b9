// 学时情况报告 for a quarter or a year: figures from the assessment, a table of branches and the
// members below threshold. The clerk's own analysis goes where the marked paragraph stands.
import type { HoursAssessment } from '../api/hours/handlers';
import { basisNote, hoursPeriodFigure, runningNote, type HoursPeriodFigure } from '../domain/measures';
import { body, docTitle, heading1, placeholder, signature, simpleTable, writeDocument, type DocBlock } from './docKit';

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
  // Tables stay in 3号 like the body, so a year shows only the per-quarter averages.
  const single = periods.length === 1;
  const branchRows = [...names].map(([orgId, name]) => {
    const stats = periods.map((i) => a.averages[i]!.get(orgId));
    return single
      ? [name, stats[0]?.assessed ?? 0, stats[0]?.average ?? 0, stats[0]?.short ?? 0]
      : [name, ...stats.map((b) => b?.average ?? 0), stats.reduce((n, b) => n + (b?.short ?? 0), 0)];
  });
  // A running quarter's averages stand as of the report's date; it has nobody short yet.
  const mark = (k: number) => (figures[k]!.state === 'running' ? '（进行中）' : '');
  const headers = single ? ['党支部', '考核人数', `人均学时${mark(0)}`, '未达标人数'] : ['党支部', ...periods.map((i, k) => `${'一二三四'[i]}季度人均${mark(k)}`), '未达标人次'];
  blocks.push(simpleTable(headers, branchRows, { widths: single ? [46, 18, 18, 18] : [30, 14, 14, 14, 14, 14] }));
  blocks.push(heading1('三、未达到学时要求的党员'));
  const shortMembers = a.rows.filter((r) => periods.some((i) => r.results[i]!.status === 'short'));
  const shortRows = shortMembers.map((r) => [
    r.member.orgName,
    r.member.name,
    periods.filter((i) => r.results[i]!.status === 'short').map((i) => a.periods[i]!.label).join('、'),
    single ? r.results[periods[0]!]!.hours : r.total,
  ]);
  if (shortRows.length) blocks.push(simpleTable(['党支部', '姓名', '未达标期间', single ? '学时' : '全年学时'], shortRows, { widths: [40, 16, 28, 16] }));
  else blocks.push(body(figures.some((f) => f.state === 'ended') ? '已结束的考核期中，参加考核的党员均达到学时要求。' : '考核期尚未结束，暂不计未达标人员。'));
  blocks.push(heading1('四、存在的问题和下一步措施'));
  blocks.push(placeholder('【请在此补充存在的问题、原因分析和下一步措施。】'));
  blocks.push(body(basisNote(['asOf', 'hoursPeriods'])), ...signature(unit, date));
  return writeDocument(blocks, { title: `${periodLabel}学时情况报告` });
}

