import { Button, Checkbox, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import type { OrgRow, TaskRow } from '../../../electron/api/contract';
import { call, saveFile } from '../../api';
import { DueTag } from '../../components/DueTag';
import { OrgPicker } from '../../components/pickers';
import { useLoad, useRun } from '../../hooks';
import { TaskDrawer } from './TaskDrawer';
import { TaskFormModal } from './TaskFormModal';
import { rowOpener } from '../../components/rowOpener';

export function TasksTab({ year, orgs }: { year: number; orgs: OrgRow[] }) {
  const run = useRun();
  const [orgId, setOrgId] = useState<number>();
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [open, setOpen] = useState<number | null>(null);
  const [adding, setAdding] = useState(false);
  const list = useLoad(() => call('tasks.list', { year, orgId, overdueOnly }), [year, orgId, overdueOnly]);
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Button type="primary" onClick={() => setAdding(true)}>新建工作任务</Button>
        <Button onClick={() => run(async () => saveFile(await call('tasks.exportLedger', { year, orgId })), '材料报送情况已导出')}>导出材料报送情况</Button>
        <OrgPicker orgs={orgs} value={orgId} onChange={setOrgId} />
        <Checkbox checked={overdueOnly} onChange={(e) => setOverdueOnly(e.target.checked)}>只看有逾期未报送的</Checkbox>
      </Space>
      <Table<TaskRow>
        rowKey="id"
        size="small"
        loading={list.loading}
        dataSource={list.data ?? []}
        locale={{ emptyText: '暂无工作任务' }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        onRow={(t) => rowOpener(() => setOpen(t.id))}
        columns={[
          { title: '任务', dataIndex: 'title' },
          { title: '下达单位', dataIndex: 'issuer', width: 140 },
          { title: '截止日期', dataIndex: 'dueOn', width: 110 },
          { title: '已报送/应报送', width: 120, render: (_, t) => `${t.submittedCount}/${t.targetCount}` },
          {
            title: '逾期',
            width: 200,
            render: (_, t) => (
              <Space size={4}>
                {t.missingOverdueCount > 0 && <Tag color="red">{`${t.missingOverdueCount} 个支部未报送`}</Tag>}
                {t.lateSubmittedCount > 0 && <Tag color="orange">{`${t.lateSubmittedCount} 个逾期报送`}</Tag>}
              </Space>
            ),
          },
          { title: '期限', width: 110, render: (_, t) => <DueTag daysLeft={t.daysLeft} daysOverdue={t.daysOverdue} done={t.targetCount > 0 && t.submittedCount === t.targetCount} /> },
        ]}
      />
      <TaskDrawer id={open} orgs={orgs} onClose={() => setOpen(null)} onChanged={() => list.reload()} />
      <TaskFormModal open={adding} task={null} year={year} orgs={orgs} onClose={() => setAdding(false)} onSaved={(id) => (list.reload(), setOpen(id))} />
    </>
  );
}
