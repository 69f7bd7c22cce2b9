import { Card, List, Tag, Typography } from 'antd';
import { call } from '../../api';
import { useLoad } from '../../hooks';
import { StudentGapsList } from '../recruits/StudentGapsList';

/** 发展党员 on 工作台: what falls due within 30 days, and the records that break a rule, with its source. */
export function RecruitsCard() {
  const due = useLoad(() => call('recruits.due', {}), []).data ?? [];
  const findings = useLoad(() => call('recruits.check', {}), []).data ?? [];
  const gaps = useLoad(() => call('recruits.studentGaps', {}), []).data ?? [];
  if (due.length === 0 && findings.length === 0 && gaps.length === 0) return null;
  return (
    <Card title="发展党员" size="small" style={{ marginTop: 16 }} extra={<a href="#/recruits">查看全部</a>}>
      {due.length > 0 && (
        <List
          size="small"
          header={<Typography.Text strong>30天内到期或已逾期（{due.length}）</Typography.Text>}
          dataSource={due.slice(0, 8)}
          renderItem={(d) => (
            <List.Item>
              <Tag color={d.due < new Date().toISOString().slice(0, 10) ? 'red' : 'orange'}>{d.kind}</Tag>
              {d.due}　{d.name}（{d.orgName}）：{d.text}
            </List.Item>
          )}
        />
      )}
      {findings.length > 0 && (
        <List
          size="small"
          header={<Typography.Text strong>不符合发展党员工作细则（{findings.length}）</Typography.Text>}
          dataSource={findings.slice(0, 8)}
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
