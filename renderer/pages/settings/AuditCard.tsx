import { Card, DatePicker, InputNumber, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import type { AuditRow } from '../../../electron/api/contract/audit';
import { AUDIT_TABLES } from '../../../electron/domain/glossary';
import { AUDIT_ACTION_LABEL, AUDIT_TABLE_LABEL, auditMethodLabel } from '../../../electron/domain/glossary';
import { call } from '../../api';
import { DATE_INPUT_FORMATS } from '../../components/DateField';
import { formatDateTime } from '../../format';
import { useLoad } from '../../hooks';

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
        <Select style={{ width: 140 }} allowClear placeholder="全部对象" value={table} onChange={(v) => (setTable(v), setPage(1))} options={AUDIT_TABLES.map((t) => ({ value: t, label: AUDIT_TABLE_LABEL[t] ?? t }))} />
        <InputNumber placeholder="记录编号" min={1} value={recordId} onChange={(v) => (setRecordId(v ?? undefined), setPage(1))} />
        <DatePicker.RangePicker format={DATE_INPUT_FORMATS} onChange={(r) => (setRange(r?.[0] && r[1] ? [r[0].format('YYYY-MM-DD'), r[1].format('YYYY-MM-DD')] : undefined), setPage(1))} />
      </Space>
      <Table<AuditRow>
        rowKey="id"
        size="small"
        loading={list.loading}
        dataSource={list.data?.rows ?? []}
        pagination={{ current: page, pageSize: 20, total: list.data?.total ?? 0, onChange: setPage, showSizeChanger: false, showTotal: (t) => `共 ${t} 条` }}
        expandable={{ expandedRowRender: (r) => <Typography.Paragraph style={{ fontSize: 12, whiteSpace: 'pre-wrap', margin: 0 }}>{`修改前：${r.before ?? '—'}\n修改后：${r.after ?? '—'}`}</Typography.Paragraph> }}
        columns={[
          { title: '时间', dataIndex: 'at', width: 180, render: formatDateTime },
          { title: '对象', dataIndex: 'table', width: 120, render: (t: string) => AUDIT_TABLE_LABEL[t] ?? '其他' },
          { title: '编号', dataIndex: 'recordId', width: 80 },
          { title: '动作', dataIndex: 'action', width: 130, render: (a: string) => AUDIT_ACTION_LABEL[a] ?? '修改' },
          { title: '操作', render: (_, r) => auditMethodLabel(r.method, r.action) },
          { title: '操作人', dataIndex: 'actor', width: 110, render: (a: string | null) => a ?? '—' },
        ]}
      />
    </Card>
  );
}
