import { Alert, Button, Card, Col, List, Row, Statistic, Tag, Typography } from 'antd';
import { call } from '../../api';
import { useLoad } from '../../hooks';
import { ChartsRow } from './ChartsRow';
import { DeadlinesRow } from './DeadlinesRow';
import { DuesTermsCard } from './DuesTermsCard';
import { EligibilityCard } from './EligibilityCard';
import { NameDigest } from './NameDigest';
import { RecruitsCard } from './RecruitsCard';

export function DashboardPage() {
  const { data } = useLoad(() => call('system.dashboard', {}), []);
  const todos = useLoad(() => call('compliance.todos', {}), []).data;
  if (!data) return null;
  if (!data.committeeName) {
    return (
      <Alert
        type="info"
        showIcon
        message="欢迎使用党建台账"
        description={
          <>
            第一步：在“组织架构”中建立本单位的党委，再添加党总支和党支部；也可以直接在“党员花名册”中导入现有的 Excel 花名册，表中写到的支部会自动建立。
            <div style={{ marginTop: 12 }}>
              <Button type="primary" onClick={() => (window.location.hash = '/orgs')}>
                去建立党委
              </Button>
            </div>
          </>
        }
      />
    );
  }
  return (
    <>
      <Row gutter={16}>
        {[
          ['党总支', data.generalBranches],
          ['党支部', data.branches],
          ['党小组', data.groups],
          ['在册党员', data.members.active],
          ['其中预备党员', data.members.probationary],
        ].map(([title, value]) => (
          <Col key={title} span={4}>
            <Card>
              <Statistic title={title} value={value} />
            </Card>
          </Col>
        ))}
      </Row>
      {todos && (
        <Row gutter={16} style={{ marginTop: 16 }}>
          <Col span={12}>
            <Card title={`本月待办（三会一课，截至 ${todos.today}）`} size="small" extra={<a onClick={() => (window.location.hash = '/meetings')}>去记录</a>}>
              <List
                size="small"
                locale={{ emptyText: '本月、本季度的会议要求均已完成' }}
                pagination={todos.meetings.length > 8 ? { pageSize: 8, size: 'small' } : false}
                dataSource={todos.meetings}
                renderItem={(t) => (
                  <List.Item>
                    <span>{t.orgName}</span>
                    <span>
                      <Tag color="orange">{t.text}</Tag>
                      <span style={{ color: '#888' }}>{`截止 ${t.due}`}</span>
                    </span>
                  </List.Item>
                )}
              />
            </Card>
          </Col>
          <Col span={12}>
            <Card title="学时未达标" size="small" extra={<a onClick={() => (window.location.hash = '/hours')}>查看明细</a>}>
              <List
                size="small"
                locale={{ emptyText: '上一考核期各支部党员学时均已达标' }}
                pagination={todos.hoursShort.length > 6 ? { pageSize: 6, size: 'small' } : false}
                dataSource={todos.hoursShort}
                renderItem={(h) => (
                  <List.Item>
                    <div>
                      <div>
                        {h.orgName} <Tag color="red">{`${h.period}：${h.short}/${h.assessed} 人未达标`}</Tag>
                      </div>
                      <div style={{ color: '#888', fontSize: 12 }}>{h.names.join('、') + (h.short > h.names.length ? ` 等 ${h.short} 人` : '')}</div>
                    </div>
                  </List.Item>
                )}
              />
              {todos.secretariesUntrained.length > 0 && (
                <Alert
                  style={{ marginTop: 8 }}
                  type="warning"
                  showIcon
                  message={
                    <>
                      本半年尚未参加集中培训的支部书记：
                      <NameDigest names={todos.secretariesUntrained.map((s) => `${s.name}（${s.orgName}）`)} unit="人" title="本半年尚未参加集中培训的支部书记" shown={3} />
                    </>
                  }
                />
              )}
            </Card>
          </Col>
        </Row>
      )}
      <DeadlinesRow digest={data.deadlines} />
      {data.dateDisagreements.length > 0 && (
        <Card
          title={`花名册与发展党员记录不一致（${data.dateDisagreements.length}）`}
          size="small"
          style={{ marginTop: 16 }}
          extra={<a onClick={() => (window.location.hash = '/recruits')}>去核对</a>}
        >
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            同一人的入党时间或转正时间在两处记录中不同。统计时以发展党员记录为准，请核对后更正其中一处。
          </Typography.Paragraph>
          <List size="small" dataSource={data.dateDisagreements} pagination={data.dateDisagreements.length > 6 ? { pageSize: 6, size: 'small' } : false} renderItem={(t) => <List.Item>{t}</List.Item>} />
        </Card>
      )}
      <ChartsRow />
      <EligibilityCard findings={data.eligibility} />
      <RecruitsCard />
      <DuesTermsCard />
      <Row gutter={16} style={{ marginTop: 16 }}>
        <Col span={8}>
          <Card title="在册党员构成" size="small">
            <List
              size="small"
              dataSource={data.members.byCategory}
              renderItem={(c) => (
                <List.Item>
                  <span>{c.category}</span>
                  <span>{c.count} 人</span>
                </List.Item>
              )}
            />
          </Card>
        </Col>
        <Col span={8}>
          <Card title="需要留意的支部" size="small">
            <List
              size="small"
              locale={{ emptyText: '各支部均已配备书记并设置类别' }}
              pagination={data.branchesWithoutSecretary.length + data.branchesWithoutCategory.length > 6 ? { pageSize: 6, size: 'small', showSizeChanger: false } : false}
              dataSource={[
                ...data.branchesWithoutSecretary.map((b) => ({ ...b, problem: '未登记支部书记' })),
                ...data.branchesWithoutCategory.map((b) => ({ ...b, problem: '未设置支部类别' })),
              ]}
              renderItem={(b) => (
                <List.Item>
                  <span>{b.name}</span>
                  <Tag color="orange">{b.problem}</Tag>
                </List.Item>
              )}
            />
          </Card>
        </Col>
        <Col span={8}>
          <Card title="组织变动" size="small">
            <List
              size="small"
              locale={{ emptyText: '暂无记录' }}
              dataSource={data.recentEvents}
              renderItem={(e) => (
                <List.Item>
                  <span>{e.text}</span>
                  <span style={{ color: '#888', whiteSpace: 'nowrap', marginLeft: 8 }}>{e.onDate}</span>
                </List.Item>
              )}
            />
          </Card>
        </Col>
      </Row>
    </>
  );
}
