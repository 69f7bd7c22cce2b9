import { Card, DatePicker, InputNumber, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { AUDIT_TABLES, type AuditRow } from '../../../electron/api/contract/audit';
import { call } from '../../api';
import { useLoad } from '../../hooks';

const TABLE_LABEL: Record<(typeof AUDIT_TABLES)[number], string> = {
  orgs: '组织', members: '党员', org_roles: '委员任职', meetings: '会议', attachments: '附件', trainings: '培训', hour_entries: '学时', settings: '设置与规则',
  campaigns: '承诺活动', commitments: '承诺', leader_comments: '领导点评', member_evaluations: '民主评议', satisfaction_surveys: '满意度测评', gradings: '分类定级',
  award_rounds: '评选表彰', award_nominees: '推荐对象', rectifications: '整改事项', tasks: '工作任务', task_targets: '材料报送', recruits: '发展党员',
};

/** Every write leaves a row; here the clerk (or an auditor) can read who changed what and when. */
export function AuditCard() {
  const [table, setTable] = useState<(typeof AUDIT_TABLES)[number]>();
  const [recordId, setRecordId] = useState<number>();
  const [range, setRange] = useState<[string, string]>();
  const [page, setPage] = useState(1);
  const list = useLoad(() => call('audit.list', { table, recordId, from: range?.[0], to: range?.[1], page, pageSize: 20 }), [table, recordId, range, page]);
  return (
    <Card title="操作记录" style={{ marginTop: 16 }}>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select style={{ width: 140 }} allowClear placeholder="全部对象" value={table} onChange={(v) => (setTable(v), setPage(1))} options={AUDIT_TABLES.map((t) => ({ value: t, label: TABLE_LABEL[t] }))} />
        <InputNumber placeholder="记录编号" min={1} value={recordId} onChange={(v) => (setRecordId(v ?? undefined), setPage(1))} />
        <DatePicker.RangePicker onChange={(r) => (setRange(r?.[0] && r[1] ? [r[0].format('YYYY-MM-DD'), r[1].format('YYYY-MM-DD')] : undefined), setPage(1))} />
      </Space>
      <Table<AuditRow>
        rowKey="id"
        size="small"
        loading={list.loading}
        dataSource={list.data?.rows ?? []}
        pagination={{ current: page, pageSize: 20, total: list.data?.total ?? 0, onChange: setPage, showSizeChanger: false, showTotal: (t) => `共 ${t} 条` }}
        expandable={{ expandedRowRender: (r) => <Typography.Paragraph style={{ fontSize: 12, whiteSpace: 'pre-wrap', margin: 0 }}>{`修改前：${r.before ?? '—'}\n修改后：${r.after ?? '—'}`}</Typography.Paragraph> }}
        columns={[
          { title: '时间', dataIndex: 'at', width: 180, render: (at: string) => new Date(at).toLocaleString('zh-CN') },
          { title: '对象', dataIndex: 'table', width: 100, render: (t: (typeof AUDIT_TABLES)[number]) => TABLE_LABEL[t] ?? t },
          { title: '编号', dataIndex: 'recordId', width: 80 },
          { title: '动作', dataIndex: 'action', width: 110 },
          { title: '操作', dataIndex: 'method' },
          { title: '操作人', dataIndex: 'actor', width: 110, render: (a: string | null) => a ?? '—' },
        ]}
      />
    </Card>
  );
}
