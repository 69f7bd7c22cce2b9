// 年度党建工作总结 and 基层组织建设年自查报告 on the GB/T 9704 kit: every figure from the year's
// stats, the three charts as pictures, and marked paragraphs where the clerk must write prose.
import type { ChartFigures, YearStats } from '../model/reports';
import { svgsToPngs } from './chartImage';
import { loadECharts, loadResvg } from './lazyLibs';
import { CHART_SIZE, chartSvg, type ChartKey } from './charts';
import { body, docTitle, figure, heading1, heading2, placeholder, signature, simpleTable, writeDocument, type DocBlock, type DocFonts } from './docKit';
import * as t from './summaryText';
import { basisNote, monthDay, type MeasureKey } from '../domain/measures';

/** `pictures`: the charts already being drawn (drawCharts) while the rest of the figures were worked out. */
export type SummaryInput = { unit: string; date: string; stats: YearStats; fonts?: Partial<DocFonts>; pictures?: Promise<Pictures> };

const CAPTIONS: Record<ChartKey, string> = { meetingsByMonth: '各月召开会议次数', hoursDistribution: '党员全年学时分布', gradingShare: '党支部分类定级结果' };
const NUMERALS = '一二三四五六七八九';

export type Pictures = Record<ChartKey, DocBlock[]>;

/** The chart libraries loaded, so that drawCharts reaches resvg's own thread without waiting for I/O. */
export const chartLibs = (): Promise<unknown> => Promise.all([loadECharts(), loadResvg()]);

/** The charts there is something to draw for, drawn in one rendering (on resvg's thread) and numbered in order. */
export async function drawCharts(s: ChartFigures): Promise<Pictures> {
  const keys = await Promise.all((Object.keys(CAPTIONS) as ChartKey[]).map(async (k) => ({ k, svg: await chartSvg(k, s) })));
  const drawn = keys.filter((x): x is { k: ChartKey; svg: string } => x.svg !== null);
  const pngs = await svgsToPngs(drawn.map((x) => x.svg), CHART_SIZE);
  const out = { meetingsByMonth: [], hoursDistribution: [], gradingShare: [] } as Pictures;
  drawn.forEach((x, i) => (out[x.k] = figure(pngs[i]!, CHART_SIZE, `图${NUMERALS[i]} ${CAPTIONS[x.k]}`)));
  return out;
}

/** Each rule: ended periods with their rate, and the running period apart (no rate while it runs). */
function rulesTable(s: YearStats): DocBlock[] {
  const shown = s.meetings.rules.filter((r) => r.due > 0 || r.running);
  const running = (r: YearStats['meetings']['rules'][number]) => (r.running ? `${r.running.label}已达到${r.running.met}个，未达到${r.running.branches - r.running.met}个` : '—');
  const rows = shown.map((r) => [r.label, r.due || '—', r.due ? r.done : '—', r.percent === null ? '—' : `${r.percent}%`, running(r)]);
  const head = s.running ? `进行中（截至${monthDay(s.asOf)}）` : '进行中';
  return rows.length ? [simpleTable(['规定事项', '应开展项次', '已开展项次', '完成率', head], rows, { widths: [24, 14, 14, 14, 34] })] : [];
}

/** Keys of the figures a summary report prints, for its closing 统计口径 note. */
const SUMMARY_BASIS: MeasureKey[] = ['asOf', 'members', 'joined', 'confirmed', 'meetingRules', 'branchesAllMet', 'hoursPeriods', 'grading', 'dues'];

export async function annualSummary({ unit, date, stats: s, fonts, pictures }: SummaryInput): Promise<Buffer> {
  const chart = (k: ChartKey) => pics[k];
  const pics = await (pictures ?? drawCharts(s));
  const blocks: DocBlock[] = [docTitle(`${s.scope}\n${s.year}年度党建工作总结`, fonts)];
  blocks.push(placeholder('【请在此概述全年党建工作的指导思想、总体思路和主要成效（一至两段）。】', fonts));
  blocks.push(heading1('一、基本情况', fonts));
  blocks.push(body(t.orgSentence(s) + t.memberChangeSentence(s), fonts));
  blocks.push(heading2('（一）发展党员', fonts), body(t.recruitSentence(s), fonts));
  blocks.push(heading2('（二）党费收缴', fonts), body(t.duesSentence(s), fonts));
  blocks.push(heading1('二、组织生活开展情况', fonts));
  blocks.push(...t.meetingSentences(s).map((x) => body(x, fonts)), ...rulesTable(s), ...chart('meetingsByMonth'));
  blocks.push(placeholder('【请在此补充主题党日、专题学习等特色做法和典型事例。】', fonts));
  blocks.push(heading1('三、党员教育培训', fonts));
  blocks.push(...t.hoursSentences(s).map((x) => body(x, fonts)), ...chart('hoursDistribution'));
  blocks.push(heading1('四、创先争优活动', fonts));
  blocks.push(heading2('（一）公开承诺', fonts), body(t.commitmentSentence(s), fonts));
  blocks.push(heading2('（二）民主评议党员', fonts), body(t.evaluationSentence(s), fonts));
  blocks.push(heading2('（三）分类定级', fonts), body(t.gradingSentence(s), fonts), ...chart('gradingShare'));
  blocks.push(heading2('（四）评选表彰', fonts), body(t.awardSentence(s), fonts));
  blocks.push(heading1('五、整改落实和材料报送', fonts));
  blocks.push(body(t.rectificationSentence(s), fonts), body(t.taskSentence(s), fonts));
  blocks.push(heading1('六、存在的问题和不足', fonts));
  blocks.push(placeholder('【请在此填写存在的问题和不足，并分析原因。】', fonts));
  blocks.push(heading1('七、下一年度工作打算', fonts));
  blocks.push(placeholder('【请在此填写下一年度的工作思路和主要措施。】', fonts));
  blocks.push(body(basisNote(SUMMARY_BASIS), fonts), ...signature(unit, date, fonts));
  return writeDocument(blocks, { fonts, title: `${s.year}年度党建工作总结` });
}

export async function selfCheckReport({ unit, date, stats: s, fonts, pictures }: SummaryInput): Promise<Buffer> {
  const chart = (k: ChartKey) => pics[k];
  const pics = await (pictures ?? drawCharts(s));
  const blocks: DocBlock[] = [docTitle(`${s.scope}\n${s.year}年基层组织建设年自查报告`, fonts)];
  blocks.push(
    body(`按照上级关于开展基层组织建设年活动和年终总结验收的要求，${s.scope}对照“五个好”目标，对${s.year}年组织设置、组织生活、党员教育管理、分类定级和整改落实情况进行了自查。现将自查情况报告如下。`, fonts),
  );
  blocks.push(heading1('一、组织设置和党员队伍', fonts));
  blocks.push(body(t.orgSentence(s), fonts), body(t.memberChangeSentence(s) + t.recruitSentence(s), fonts), body(t.duesSentence(s), fonts));
  blocks.push(heading1('二、组织生活制度落实情况', fonts));
  blocks.push(...t.meetingSentences(s).map((x) => body(x, fonts)), ...rulesTable(s), ...chart('meetingsByMonth'));
  blocks.push(heading1('三、党员教育管理情况', fonts));
  blocks.push(...t.hoursSentences(s).map((x) => body(x, fonts)), ...chart('hoursDistribution'));
  blocks.push(body(t.commitmentSentence(s) + t.evaluationSentence(s), fonts));
  blocks.push(heading1('四、分类定级和晋位升级情况', fonts));
  blocks.push(body(t.gradingSentence(s), fonts), ...chart('gradingShare'), body(t.awardSentence(s), fonts));
  blocks.push(heading1('五、整改落实情况', fonts));
  blocks.push(body(t.rectificationSentence(s), fonts), body(t.taskSentence(s), fonts));
  blocks.push(heading1('六、自查发现的问题', fonts));
  blocks.push(placeholder('【请在此逐条填写自查发现的问题（对照上述数字，如未完成的三会一课、学时未达标、未达到先进目标的原因）。】', fonts));
  blocks.push(heading1('七、整改措施', fonts));
  blocks.push(placeholder('【请在此逐条填写整改措施、责任人和完成时限。】', fonts));
  blocks.push(body(basisNote(SUMMARY_BASIS), fonts), ...signature(unit, date, fonts));
  return writeDocument(blocks, { fonts, title: `${s.year}年基层组织建设年自查报告` });
}
