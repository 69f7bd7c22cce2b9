// 学时情况报告 for a quarter or a year: figures from the assessment, a table of branches and the
// members below threshold. The clerk's own analysis goes where the marked paragraph stands.
import type { HoursAssessment } from '../model/hours';
import { body, docTitle, heading1, placeholder, signature, simpleTable, writeDocument, type DocBlock } from './docKit';

export type HoursReportInput = { unit: string; scope: string; year: number; quarter?: number; date: string; a: HoursAssessment };

export function hoursReportFigures(a: HoursAssessment, index: number) {
  const assessed = a.rows.filter((r) => r.results[index]!.status === 'ok' || r.results[index]!.status === 'short');
  const short = assessed.filter((r) => r.results[index]!.status === 'short');
  const total = assessed.reduce((s, r) => s + r.results[index]!.hours, 0);
  return { assessed: assessed.length, short, average: assessed.length ? Math.round((total / assessed.length) * 10) / 10 : 0 };
}

export function hoursReport({ unit, scope, year, quarter, date, a }: HoursReportInput): Promise<Buffer> {
  const periodLabel = quarter ? `${year}年第${'一二三四'[quarter - 1]}季度` : `${year}年度`;
  // For a quarter in the quarterly profile, that quarter; otherwise the profile's whole-year view.
  const index = a.profile.per === 'quarter' ? (quarter ? quarter - 1 : -1) : 0;
  const blocks: DocBlock[] = [docTitle(`关于${scope}${periodLabel}党员教育培训学时情况的报告`)];
  blocks.push(body(`按照${a.profile.source.split('：')[0]}的要求，${a.profile.per === 'quarter' ? `党员每季度参加教育培训不少于${a.profile.member}学时，${a.profile.seniorLabel}不少于${a.profile.senior}学时` : `党员每年参加教育培训不少于${a.profile.member}学时，${a.profile.seniorLabel}不少于${a.profile.senior}学时`}。现将${periodLabel}学时情况报告如下。`));
  const periods = index >= 0 ? [index] : a.periods.map((_, i) => i);
  blocks.push(heading1('一、总体情况'));
  for (const i of periods) {
    const f = hoursReportFigures(a, i);
    const rate = f.assessed ? Math.round(((f.assessed - f.short.length) / f.assessed) * 1000) / 10 : 0;
    blocks.push(body(`${a.periods[i]!.label}，参加考核党员${f.assessed}名，人均${f.average}学时；达到要求${f.assessed - f.short.length}名，达标率${rate}%；未达到要求${f.short.length}名。`));
  }
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
  const headers = single ? ['党支部', '考核人数', '人均学时', '未达标人数'] : ['党支部', ...periods.map((i) => `${'一二三四'[i]}季度人均`), '未达标人次'];
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
  else blocks.push(body('全部参加考核的党员均达到学时要求。'));
  blocks.push(heading1('四、存在的问题和下一步措施'));
  blocks.push(placeholder('【请在此补充存在的问题、原因分析和下一步措施。】'));
  blocks.push(...signature(unit, date));
  return writeDocument(blocks, { title: `${periodLabel}学时情况报告` });
}

