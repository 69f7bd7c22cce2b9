import { Card, List, Tag, Typography } from 'antd';
import { call } from '../../api';
import { useLoad } from '../../hooks';
import { StudentGapsList } from '../recruits/StudentGapsList';

/** 发展党员 on 工作台: what falls due within 30 days, and the records that break a rule, with its source. */
export function RecruitsCard() {
  // The first 8 of each with the totals: the whole lists were 1.3 MB at a big 党委 for 16 lines drawn.
  const digest = useLoad(() => call('recruits.digest', { limit: 8 }), []).data;
  const due = digest?.due ?? { rows: [], total: 0 };
  const findings = digest?.findings ?? { rows: [], total: 0 };
  const gaps = useLoad(() => call('recruits.studentGaps', {}), []).data ?? [];
  if (due.total === 0 && findings.total === 0 && gaps.length === 0) return null;
  return (
    <Card title="发展党员" size="small" style={{ marginTop: 16 }} extra={<a href="#/recruits">查看全部</a>}>
      {due.total > 0 && (
        <List
          size="small"
          header={<Typography.Text strong>30天内到期或已逾期（{due.total}）</Typography.Text>}
          dataSource={due.rows}
          renderItem={(d) => (
            <List.Item>
              <Tag color={d.due < new Date().toISOString().slice(0, 10) ? 'red' : 'orange'}>{d.kind}</Tag>
              {d.due}　{d.name}（{d.orgName}）：{d.text}
            </List.Item>
          )}
        />
      )}
      {findings.total > 0 && (
        <List
          size="small"
          header={<Typography.Text strong>不符合发展党员工作细则（{findings.total}）</Typography.Text>}
          dataSource={findings.rows}
          renderItem={(f) => (
            <List.Item>
              {f.name}（{f.orgName}）：{f.message}
              <Typography.Text type="secondary" style={{ marginLeft: 8, fontSize: 12 }}>{f.source}</Typography.Text>
            </List.Item>
          )}
        />
      )}
      {gaps.length > 0 && <StudentGapsList gaps={gaps} />}
    </Card>
  );
}
