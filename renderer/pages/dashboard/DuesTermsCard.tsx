import { Card, Col, List, Row, Tag, Typography } from 'antd';
import { call } from '../../api';
import { useLoad } from '../../hooks';

/** 工作台: members needing their branch's attention (党章 第九条) and branch terms ending or overdue, with dates and sources. */
export function DuesTermsCard() {
  const attention = useLoad(() => call('dues.attention', {}), []).data ?? [];
  const terms = useLoad(() => call('terms.warnings', {}), []).data ?? [];
  const rules = useLoad(() => call('duesRules.get', {}), []).data;
  if (attention.length === 0 && terms.length === 0) return null;
  return (
    <Row gutter={16} style={{ marginTop: 16 }}>
      <Col span={12}>
        <Card title="需要关注的党员（党章第九条）" size="small" extra={<a href="#/dues">党费管理</a>}>
          <List
            size="small"
            locale={{ emptyText: '没有连续六个月未交党费或未参加组织生活的党员' }}
            dataSource={attention.slice(0, 8)}
            renderItem={(a) => (
              <List.Item>
                <span><Tag color="red">{a.kind}</Tag>{a.name}（{a.orgName}）：{a.text}</span>
              </List.Item>
            )}
          />
          {rules && <Typography.Text type="secondary" style={{ fontSize: 12 }}>依据：{rules.attentionSource}</Typography.Text>}
        </Card>
      </Col>
      <Col span={12}>
        <Card title="支部换届提醒" size="small" extra={<a href="#/orgs">组织架构</a>}>
          <List
            size="small"
            locale={{ emptyText: '各支部均在任期内' }}
            dataSource={terms.slice(0, 8)}
            renderItem={(t) => (
              <List.Item>
                <span><Tag color={t.status === '已超期' ? 'red' : 'orange'}>{t.status}</Tag>{t.orgName}：{t.text}</span>
              </List.Item>
            )}
          />
          {rules && <Typography.Text type="secondary" style={{ fontSize: 12 }}>依据：{rules.termSource}</Typography.Text>}
        </Card>
      </Col>
    </Row>
  );
}
