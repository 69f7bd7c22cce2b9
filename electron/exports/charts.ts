// The summary charts, drawn on the Node side with ECharts' server-side SVG renderer (no DOM) and,
// for Word, turned into PNG with resvg: meetings by month, the 学时 distribution, the grading share.
import type { EChartsCoreOption } from 'echarts';
import type { YearStats } from '../model/reports';
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
const asOf = (s: YearStats) => (s.running ? `（截至${monthDay(s.asOf)}）` : '');

const title = (text: string) => ({ text, left: 'center', top: 8, textStyle: { fontFamily: FONT, fontSize: 16 } });

/**
 * A chart as SVG, or null where a chart would say nothing: one month, one member, one slice.
 * Labels print the figures of stats themselves (the grading share of graded branches, rounded as
 * the text rounds it), never a share ECharts works out on its own.
 */
export async function chartSvg(key: ChartKey, s: YearStats): Promise<string | null> {
  if (key === 'meetingsByMonth') {
    if (s.meetings.byMonth.length <= 1) return null;
    return svgOf({
      title: title(`${s.year}年各月召开会议次数${asOf(s)}`),
      grid: { left: 50, right: 20, top: 50, bottom: 40 },
      xAxis: { type: 'category', data: s.meetings.byMonth.map((_, i) => `${i + 1}月`) },
      yAxis: { type: 'value', minInterval: 1, name: '次' },
      series: [{ type: 'bar', data: s.meetings.byMonth, label: { show: true, position: 'top' } }],
    });
  }
  if (key === 'hoursDistribution') {
    if (s.hours.members <= 1) return null;
    return svgOf({
      title: title(`${s.year}年党员全年学时分布（要求${s.hours.required}学时${s.running ? `，截至${monthDay(s.asOf)}` : ''}）`),
      grid: { left: 50, right: 20, top: 50, bottom: 40 },
      xAxis: { type: 'category', data: s.hours.distribution.map((d) => d.label), axisLabel: { interval: 0 } },
      yAxis: { type: 'value', minInterval: 1, name: '人' },
      series: [{ type: 'bar', data: s.hours.distribution.map((d) => d.count), label: { show: true, position: 'top' } }],
    });
  }
  const ungraded = s.branches - s.grading.graded;
  const data = [
    ...s.grading.grades.filter((g) => g.count > 0).map((g) => ({ name: g.grade, value: g.count, label: { formatter: `${g.grade}\n${g.count}个（${g.percent ?? 0}%）` } })),
    ...(ungraded > 0 ? [{ name: '未定级', value: ungraded, itemStyle: { color: '#bfbfbf' }, label: { formatter: `未定级\n${ungraded}个` } }] : []),
  ];
  if (data.length <= 1) return null;
  return svgOf({
    title: title(`${s.year}年党支部分类定级结果（占已定级党支部；目标：${s.grading.top}${s.grading.target}%以上）`),
    legend: { bottom: 8 },
    series: [{ type: 'pie', radius: ['35%', '62%'], center: ['50%', '52%'], data }],
  });
}

export async function chartSvgs(s: YearStats): Promise<Record<ChartKey, string | null>> {
  return { meetingsByMonth: await chartSvg('meetingsByMonth', s), hoursDistribution: await chartSvg('hoursDistribution', s), gradingShare: await chartSvg('gradingShare', s) };
}
