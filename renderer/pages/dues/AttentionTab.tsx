import { Alert, Table, Tag, Typography } from 'antd';
import type { AttentionItem } from '../../../electron/api/contract';
import { call } from '../../api';
import { useLoad } from '../../hooks';

/** Members with six consecutive months unpaid or absent from all organisational life, with the rule's source. */
export function AttentionTab() {
  const list = useLoad(() => call('dues.attention', {}), []);
  const rules = useLoad(() => call('duesRules.get', {}), []).data;
  return (
    <>
      {rules && <Alert style={{ marginBottom: 12 }} type="info" showIcon message={`依据：${rules.attentionSource}`} description={`连续${rules.unpaidMonths}个月未交纳党费（已结束的月份，未登记基数的月份不计），或连续${rules.absentMonths}个月在三会一课中均记为缺席（请假视为有正当理由；当月没有会议的不中断也不单独计算）。可在“系统设置”中调整月数。`} />}
      <Table<AttentionItem>
        rowKey={(a) => `${a.memberId}-${a.kind}`}
        size="small"
        loading={list.loading}
        dataSource={list.data ?? []}
        locale={{ emptyText: '没有需要关注的党员' }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: '姓名', dataIndex: 'name', width: 100 },
          { title: '党支部', dataIndex: 'orgName', width: 220 },
          { title: '情况', dataIndex: 'kind', width: 130, render: (k: string) => <Tag color="red">{k}</Tag> },
          { title: '说明', dataIndex: 'text' },
          { title: '依据', dataIndex: 'source', width: 260, render: (s: string) => <Typography.Text type="secondary" style={{ fontSize: 12 }}>{s.split('：')[0]}</Typography.Text> },
        ]}
      />
    </>
  );
}
