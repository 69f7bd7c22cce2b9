// This year's three summary charts (the same ones the 年度党建工作总结 embeds), drawn on the Node
// side and shown as images: SVG in an <img> runs no script whatever the labels contain.
import { Card, Typography } from 'antd';
import { call } from '../../api';
import { useLoad } from '../../hooks';

const CHARTS = [
  ['meetingsByMonth', '各月召开会议次数'],
  ['hoursDistribution', '党员全年学时分布'],
  ['gradingShare', '党支部分类定级结果'],
] as const;

/**
 * The charts are drawn 640 px wide with 15 px labels. The grid puts as many side by side as the
 * screen holds at 560 px or more each (two at 1400 px), so no label shrinks under 12 px; a
 * narrow window shows one to a row. A chart with nothing to say (no data, a single bar or slice)
 * is a sentence instead.
 */
export function ChartsRow() {
  const year = new Date().getFullYear();
  const { data } = useLoad(() => call('reports.charts', { year }), [year]);
  if (!data) return null;
  const drawn = CHARTS.filter(([key]) => data[key].svg !== null);
  const notes = CHARTS.flatMap(([key]) => (data[key].note ? [data[key].note] : []));
  return (
    <>
      {drawn.length > 0 && (
        <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(560px, 1fr))', gap: 16, marginTop: 16 }}>
          {drawn.map(([key, title]) => (
            <div key={key}>
              {/* The chart carries its own title, as it does in the summary report. */}
              <Card size="small" actions={[<a key="reports" onClick={() => (window.location.hash = '/reports')}>到报表中心导出年度总结</a>]}>
                <img
                  alt={`${year}年${title}`}
                  data-chart={key}
                  style={{ display: 'block', width: '100%', maxWidth: 640, margin: '0 auto' }}
                  src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(data[key].svg ?? '')}`}
                />
              </Card>
            </div>
          ))}
        </div>
      )}
      {notes.length > 0 && (
        <Card size="small" style={{ marginTop: 16 }} data-testid="chart-notes">
          {notes.map((n) => (
            <Typography.Paragraph key={n} style={{ margin: 0 }}>
              {n}
            </Typography.Paragraph>
          ))}
        </Card>
      )}
    </>
  );
}
