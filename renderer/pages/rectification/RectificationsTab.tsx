import { Button, Checkbox, Input, Popconfirm, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import type { OrgRow, RectificationRow } from '../../../electron/api/contract';
import { RECTIFICATION_SOURCES, RECTIFICATION_STATUSES, type RectificationSource, type RectificationStatus } from '../../../electron/domain/deadlines';
import { call, saveFile } from '../../api';
import { DueTag } from '../../components/DueTag';
import { OrgPicker } from '../../components/pickers';
import { RectificationFormModal } from '../../components/RectificationFormModal';
import { useLoad, useRun } from '../../hooks';

const STATUS_COLOR: Record<RectificationStatus, string | undefined> = { 未开始: undefined, 整改中: 'blue', 已完成: 'green' };

export function RectificationsTab({ year, orgs }: { year: number; orgs: OrgRow[] }) {
  const run = useRun();
  const [orgId, setOrgId] = useState<number>();
  const [status, setStatus] = useState<RectificationStatus>();
  const [source, setSource] = useState<RectificationSource>();
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [q, setQ] = useState<string>();
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const list = useLoad(() => call('rectifications.list', { filter: { year, orgId, status, source, overdueOnly, q }, page, pageSize: 20 }), [year, orgId, status, source, overdueOnly, q, page]);
  const first = () => setPage(1);

  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Button type="primary" onClick={() => setEditing('new')}>新增整改事项</Button>
        <Button onClick={() => run(async () => saveFile(await call('rectifications.exportLedger', { year, orgId })), '整改台账已导出')}>导出整改台账</Button>
        <OrgPicker orgs={orgs} value={orgId} onChange={(v) => (setOrgId(v), first())} />
        <Select aria-label="整改状态" allowClear placeholder="全部状态" style={{ width: 110 }} value={status} onChange={(v?: RectificationStatus) => (setStatus(v), first())} options={RECTIFICATION_STATUSES.map((s) => ({ value: s, label: s }))} />
        <Select aria-label="问题来源" allowClear placeholder="全部来源" style={{ width: 110 }} value={source} onChange={(v?: RectificationSource) => (setSource(v), first())} options={RECTIFICATION_SOURCES.map((s) => ({ value: s, label: s }))} />
        <Checkbox checked={overdueOnly} onChange={(e) => (setOverdueOnly(e.target.checked), first())}>只看逾期</Checkbox>
        <Input.Search allowClear placeholder="问题、措施或责任人" style={{ width: 200 }} aria-label="搜索整改事项" onSearch={(v) => (setQ(v.trim() || undefined), first())} />
      </Space>
      <Table<RectificationRow>
        rowKey="id"
        size="small"
        loading={list.loading}
        dataSource={list.data?.rows ?? []}
        locale={{ emptyText: '暂无整改事项' }}
        pagination={{ current: page, pageSize: 20, total: list.data?.total ?? 0, onChange: setPage, showSizeChanger: false, showTotal: (t) => `共 ${t} 项` }}
        columns={[
          { title: '党支部', dataIndex: 'orgName', width: 180 },
          { title: '来源', dataIndex: 'source', width: 90 },
          { title: '存在问题', dataIndex: 'problem' },
          { title: '整改措施', dataIndex: 'measures', ellipsis: true },
          { title: '责任人', dataIndex: 'responsible', width: 80 },
          { title: '完成时限', dataIndex: 'deadline', width: 110 },
          {
            title: '状态',
            width: 170,
            render: (_, r) => (
              <Space size={4}>
                <Tag color={STATUS_COLOR[r.status]}>{r.status}</Tag>
                {r.status !== '已完成' ? <DueTag daysLeft={r.daysLeft} daysOverdue={r.daysOverdue} /> : r.completedOn}
              </Space>
            ),
          },
          {
            title: '操作',
            width: 110,
            render: (_, r) => (
              <Space>
                <a onClick={() => setEditing(r.id)}>编辑</a>
                <Popconfirm
                  title="删除这项整改事项？"
                  description="删除后移入回收站，可在回收站中恢复。"
                  okText="删除"
                  okButtonProps={{ danger: true }}
                  cancelText="取消"
                  onConfirm={() => run(() => call('rectifications.delete', { id: r.id }), '已删除，可在回收站中恢复').then(() => list.reload())}
                >
                  <a>删除</a>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      <RectificationFormModal
        open={editing !== null}
        id={typeof editing === 'number' ? editing : null}
        initial={{ year, orgId: orgs.find((o) => o.id === orgId)?.kind === 'branch' ? orgId : undefined }}
        onClose={() => setEditing(null)}
        onSaved={() => list.reload()}
      />
    </>
  );
}
