// 工作台: overdue 整改 items and unsubmitted tasks with the days overdue, and tasks due within two weeks.
import { Card, Col, List, Row, Tag } from 'antd';
import type { DeadlineDigest, OverdueItem } from '../../../electron/api/contract';
import { NameDigest } from './NameDigest';

type Line = { key: string; kind: OverdueItem['kind']; title: string; who: string[]; due: string; daysOverdue: number };

/** Rectification items one per line; a task once, naming every branch that still owes it. */
function lines(items: OverdueItem[]): Line[] {
  const out: Line[] = [];
  const tasks = new Map<number, Line>();
  for (const o of items) {
    if (o.kind === 'rectification') out.push({ key: `r${o.id}`, kind: o.kind, title: o.title, who: [o.org], due: o.due, daysOverdue: o.daysOverdue });
    else {
      const t = tasks.get(o.id);
      if (t) t.who.push(o.org);
      else {
        const line: Line = { key: `t${o.id}`, kind: o.kind, title: o.title, who: [o.org], due: o.due, daysOverdue: o.daysOverdue };
        tasks.set(o.id, line);
        out.push(line);
      }
    }
  }
  return out;
}

const go = () => (window.location.hash = '/rectification');

export function DeadlinesRow({ digest }: { digest: DeadlineDigest }) {
  const overdue = lines(digest.overdue);
  return (
    <Row gutter={16} style={{ marginTop: 16 }}>
      <Col span={14}>
        <Card title={`逾期未完成（截至 ${digest.today}）`} size="small" extra={<a onClick={go}>去处理</a>} data-card="overdue">
          <List
            size="small"
            locale={{ emptyText: '没有逾期的整改事项和工作任务' }}
            pagination={overdue.length > 6 ? { pageSize: 6, size: 'small' } : false}
            dataSource={overdue}
            renderItem={(l) => (
              <List.Item>
                <div style={{ minWidth: 0 }}>
                  <div>
                    <Tag>{l.kind === 'task' ? '任务未报送' : '整改'}</Tag>
                    {l.title}
                  </div>
                  <div style={{ color: '#888', fontSize: 12 }}>
                    {l.kind === 'task' ? '未报送：' : ''}
                    <NameDigest names={l.who} unit="个支部" title={`${l.title}：未报送的支部`} />
                    {`；时限 ${l.due}`}
                  </div>
                </div>
                <Tag color="red">{`逾期${l.daysOverdue}天`}</Tag>
              </List.Item>
            )}
          />
        </Card>
      </Col>
      <Col span={10}>
        <Card title="即将到期的工作任务（14天内）" size="small" extra={<a onClick={go}>查看</a>} data-card="due-soon">
          <List
            size="small"
            locale={{ emptyText: '14天内没有到期的工作任务' }}
            dataSource={digest.dueSoon}
            renderItem={(t) => (
              <List.Item>
                <div>
                  <div>{t.title}</div>
                  <div style={{ color: '#888', fontSize: 12 }}>{`截止 ${t.due}，${t.pending}/${t.targets} 个支部未报送`}</div>
                </div>
                <Tag color={t.daysLeft <= 3 ? 'orange' : 'blue'}>{t.daysLeft === 0 ? '今天到期' : `还剩${t.daysLeft}天`}</Tag>
              </List.Item>
            )}
          />
        </Card>
      </Col>
    </Row>
  );
}
