// This year's three summary charts (the same ones the 年度党建工作总结 embeds), drawn on the Node
// side and shown as images: SVG in an <img> runs no script whatever the labels contain.
import { Card, Col, Row } from 'antd';
import { call } from '../../api';
import { useLoad } from '../../hooks';

const CHARTS = [
  ['meetingsByMonth', '各月召开会议次数'],
  ['hoursDistribution', '党员全年学时分布'],
  ['gradingShare', '党支部分类定级结果'],
] as const;

export function ChartsRow() {
  const year = new Date().getFullYear();
  const { data } = useLoad(() => call('reports.charts', { year }), [year]);
  if (!data) return null;
  return (
    <Row gutter={16} style={{ marginTop: 16 }}>
      {CHARTS.map(([key, title]) => {
        const svg = data[key];
        // A chart with a single item (one month, one slice) says nothing; the server draws none.
        return svg === null ? null : (
        <Col key={key} span={8}>
          {/* The chart carries its own title, as it does in the summary report. */}
          <Card size="small" actions={[<a key="reports" onClick={() => (window.location.hash = '/reports')}>到报表中心导出年度总结</a>]}>
            <img alt={`${year}年${title}`} style={{ width: '100%' }} src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`} />
          </Card>
        </Col>
        );
      })}
    </Row>
  );
}
