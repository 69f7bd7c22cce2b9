// 工作台: overdue 整改 items and unsubmitted tasks with the days overdue, and tasks due within two weeks.
import { Card, Col, List, Row, Tag } from 'antd';
import type { DeadlineDigest } from '../../../electron/api/contract';
import { call } from '../../api';
import { NameDigest } from './NameDigest';

const go = () => (window.location.hash = '/rectification');

export function DeadlinesRow({ digest }: { digest: DeadlineDigest }) {
  // Lines come grouped from the server: a task once, with the first few branches that owe it.
  const overdue = digest.overdue;
  return (
    <Row gutter={16} style={{ marginTop: 16 }}>
      <Col span={14}>
        <Card title={`逾期未完成（截至 ${digest.today}）`} size="small" extra={<a onClick={go}>去处理</a>} data-card="overdue">
          <List
            size="small"
            locale={{ emptyText: '没有逾期的整改事项和工作任务' }}
            pagination={overdue.length > 6 ? { pageSize: 6, size: 'small' } : false}
            dataSource={overdue}
            rowKey={(l) => `${l.kind}${l.id}`}
            renderItem={(l) => (
              <List.Item>
                <div style={{ minWidth: 0 }}>
                  <div>
                    <Tag>{l.kind === 'task' ? '任务未报送' : '整改'}</Tag>
                    {l.title}
                  </div>
                  <div style={{ color: '#888', fontSize: 12 }}>
                    {l.kind === 'task' ? '未报送：' : ''}
                    <NameDigest
                      names={l.who}
                      total={l.whoCount}
                      unit="个支部"
                      title={`${l.title}：未报送的支部`}
                      loadAll={async () => (await call('tasks.get', { id: l.id })).targets.filter((t) => t.submittedOn === null).map((t) => t.orgName)}
                    />
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
