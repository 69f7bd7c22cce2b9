// The summary charts, drawn on the Node side with ECharts' server-side SVG renderer (no DOM) and,
// for Word, turned into PNG with resvg: meetings by month, the 学时 distribution, the grading share.
import type { EChartsCoreOption } from 'echarts';
import type { ChartFigures, ChartSet, ChartView } from '../model/reports';
import { monthDay } from '../domain/measures';
import { loadECharts } from './lazyLibs';

export type ChartKey = 'meetingsByMonth' | 'hoursDistribution' | 'gradingShare';
export const CHART_SIZE = { width: 640, height: 360 };

const FONT = 'Noto Sans CJK SC, Source Han Sans SC, Microsoft YaHei, SimHei, sans-serif';
const RED = '#c8161d';
const PALETTE = [RED, '#e8a33d', '#5b8ff9', '#8c8c8c', '#61ddaa'];

async function svgOf(option: EChartsCoreOption): Promise<string> {
  const chart = (await loadECharts()).init(null, null, { renderer: 'svg', ssr: true, ...CHART_SIZE });
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: FONT }, color: PALETTE, ...option });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** "（截至11月27日）" while the year runs. */
const asOf = (s: ChartFigures) => (s.running ? `（截至${monthDay(s.asOf)}）` : '');
/** "截至12月6日，" opening a sentence while the year runs. */
const upTo = (s: ChartFigures) => (s.running ? `截至${monthDay(s.asOf)}，` : '');

const title = (text: string) => ({ text, left: 'center', top: 8, textStyle: { fontFamily: FONT, fontSize: 17 } });
/**
 * Axis, value and legend text in 15 px of the 640-wide drawing. 工作台 shows a chart no narrower
 * than about 540 px and Word prints it 156 mm wide, so the labels stay 12 px or more on screen and
 * about 10 pt on paper (ECharts' default 12 px came out about 7 px in a third of the screen).
 */
const LABEL = 15;
const text = { fontFamily: FONT, fontSize: LABEL };
const axis = { axisLabel: text, nameTextStyle: text };
const barLabel = { show: true, position: 'top', ...text };


/**
 * A chart as SVG, or null where a chart would say nothing: no meeting or one month, everyone in
 * one 学时 band, one slice.
 * Labels print the figures of stats themselves (the grading share of graded branches, rounded as
 * the text rounds it), never a share ECharts works out on its own.
 */
export async function chartSvg(key: ChartKey, s: ChartFigures): Promise<string | null> {
  if (key === 'meetingsByMonth') {
    if (meetingsNote(s) !== null) return null;
    return svgOf({
      title: title(`${s.year}年各月召开会议次数${asOf(s)}`),
      grid: { left: 50, right: 20, top: 50, bottom: 40 },
      xAxis: { type: 'category', data: s.meetings.byMonth.map((_, i) => `${i + 1}月`), ...axis },
      yAxis: { type: 'value', minInterval: 1, name: '次', ...axis },
      series: [{ type: 'bar', data: s.meetings.byMonth, label: barLabel }],
    });
  }
  if (key === 'hoursDistribution') {
    if (hoursNote(s) !== null) return null;
    return svgOf({
      title: title(`${s.year}年党员全年学时分布（要求${s.hours.required}学时${s.running ? `，截至${monthDay(s.asOf)}` : ''}）`),
      grid: { left: 50, right: 20, top: 50, bottom: 40 },
      xAxis: { type: 'category', data: s.hours.distribution.map((d) => d.label), axisLabel: { ...text, interval: 0 } },
      yAxis: { type: 'value', minInterval: 1, name: '人', ...axis },
      series: [{ type: 'bar', data: s.hours.distribution.map((d) => d.count), label: barLabel }],
    });
  }
  const data = gradingSlices(s);
  if (data.length <= 1) return null;
  return svgOf({
    title: title(`${s.year}年党支部分类定级结果（占已定级党支部；目标：${s.grading.top}${s.grading.target}%以上）`),
    legend: { bottom: 8, textStyle: text },
    series: [{ type: 'pie', radius: ['35%', '62%'], center: ['50%', '52%'], data, label: text }],
  });
}

function gradingSlices(s: ChartFigures) {
  const ungraded = s.branches - s.grading.graded;
  return [
    ...s.grading.grades.filter((g) => g.count > 0).map((g) => ({ name: g.grade, value: g.count, label: { formatter: `${g.grade}\n${g.count}个（${g.percent ?? 0}%）` } })),
    ...(ungraded > 0 ? [{ name: '未定级', value: ungraded, itemStyle: { color: '#bfbfbf' }, label: { formatter: `未定级\n${ungraded}个` } }] : []),
  ];
}

/** Why there is no 各月会议 chart: no month begun or none with a meeting says nothing a sentence cannot. */
function meetingsNote(s: ChartFigures): string | null {
  const months = s.meetings.byMonth;
  if (s.meetings.held === 0 || months.every((n) => n === 0)) return `${upTo(s)}${s.year}年尚未召开会议，暂无各月会议图。`;
  if (months.length <= 1) return `${upTo(s)}${s.year}年1月召开会议${months[0] ?? 0}次。`;
  return null;
}

/** Why there is no 学时分布 chart: no member, one member, or everyone in the same band. */
function hoursNote(s: ChartFigures): string | null {
  if (s.hours.members === 0) return `${s.year}年没有参加学时统计的党员，暂无学时分布图。`;
  const filled = s.hours.distribution.filter((d) => d.count > 0);
  if (filled.length <= 1) {
    const band = filled[0]?.label ?? `0—${s.hours.required / 4}学时`;
    return `${upTo(s)}${s.year}年参加学时统计的${s.hours.members}名党员全年学时均在${band}。`;
  }
  return null;
}

/** Why there is no 分类定级 chart: nothing graded yet, or every branch in one grade. */
function gradingNote(s: ChartFigures): string | null {
  const slices = gradingSlices(s);
  if (slices.length > 1) return null;
  if (s.grading.graded === 0) return `${s.year}年尚未开展党支部分类定级。`;
  const only = s.grading.grades.find((g) => g.count > 0);
  return `${s.year}年已定级的${s.grading.graded}个党支部均为${only?.grade ?? ''}。`;
}

const NOTES: Record<ChartKey, (s: ChartFigures) => string | null> = { meetingsByMonth: meetingsNote, hoursDistribution: hoursNote, gradingShare: gradingNote };

/** 工作台's three charts: each drawn, or the sentence that says the same in fewer words. */
export async function charts(s: ChartFigures): Promise<ChartSet> {
  const one = async (key: ChartKey): Promise<ChartView> => {
    const svg = await chartSvg(key, s);
    return svg !== null ? { svg, note: null } : { svg: null, note: NOTES[key](s) ?? '' };
  };
  return { meetingsByMonth: await one('meetingsByMonth'), hoursDistribution: await one('hoursDistribution'), gradingShare: await one('gradingShare') };
}
