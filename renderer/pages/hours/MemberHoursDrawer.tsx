import { Button, Drawer, Form, Input, InputNumber, Popconfirm, Table, Tag } from 'antd';
import { useState } from 'react';
import type { HourEntryRow, MemberHoursRow } from '../../../electron/api/contract';
import { call } from '../../api';
import { DateField, todayText } from '../../components/DateField';
import { FormModal } from '../../components/FormModal';
import { MemberPicker } from '../../components/pickers';
import { useLoad, useRun } from '../../hooks';

type EntryValues = { memberId: number; onDate: string; hours: number; title: string };

export function EntryModal({ open, member, onClose, onDone }: { open: boolean; member: MemberHoursRow | null; onClose: () => void; onDone: () => void }) {
  return (
    <FormModal<EntryValues>
      open={open}
      title={member ? `为 ${member.name} 登记学时` : '登记个人学时'}
      initialValues={{ memberId: member?.memberId, onDate: todayText(), title: '个人自学' }}
      onClose={onClose}
      onSubmit={async (v) => {
        await call('hours.addEntry', { memberId: member?.memberId ?? v.memberId, onDate: v.onDate, hours: v.hours, title: v.title });
        onDone();
      }}
    >
      {!member && (
        <Form.Item name="memberId" label="党员" rules={[{ required: true, message: '请选择党员' }]}>
          <MemberPicker />
        </Form.Item>
      )}
      <Form.Item name="onDate" label="日期" rules={[{ required: true, message: '请选择日期' }]}>
        <DateField />
      </Form.Item>
      <Form.Item name="hours" label="学时" rules={[{ required: true, message: '请填写学时' }]}>
        <InputNumber min={0.5} max={200} step={0.5} precision={1} style={{ width: '100%' }} autoFocus />
      </Form.Item>
      <Form.Item name="title" label="学习内容" rules={[{ required: true, whitespace: true, message: '请填写学习内容' }]}>
        <Input maxLength={100} placeholder="如 学习强国平台学习" />
      </Form.Item>
    </FormModal>
  );
}

export function MemberHoursDrawer({ row, year, onClose, onChanged }: { row: MemberHoursRow | null; year: number; onClose: () => void; onChanged: () => void }) {
  const run = useRun();
  const [adding, setAdding] = useState(false);
  const entries = useLoad(() => (row ? call('hours.entries', { memberId: row.memberId, year }) : Promise.resolve([] as HourEntryRow[])), [row?.memberId, year]);
  const changed = () => {
    entries.reload();
    onChanged();
  };
  return (
    <Drawer open={row !== null} width={680} title={row ? `${row.name} ${year}年学时` : ''} onClose={onClose} extra={<Button onClick={() => setAdding(true)}>登记学时</Button>}>
      <Table<HourEntryRow>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={entries.data ?? []}
        summary={(rows) => <Table.Summary.Row><Table.Summary.Cell index={0}>合计</Table.Summary.Cell><Table.Summary.Cell index={1}>{Math.round(rows.reduce((s, r) => s + r.hours, 0) * 10) / 10}</Table.Summary.Cell></Table.Summary.Row>}
        columns={[
          { title: '日期', dataIndex: 'onDate', width: 110 },
          { title: '学时', dataIndex: 'hours', width: 70 },
          { title: '来源', dataIndex: 'source', width: 70, render: (s: string) => <Tag>{s}</Tag> },
          { title: '内容', dataIndex: 'title' },
          {
            title: '',
            width: 60,
            render: (_, e) =>
              e.source === '个人' && (
                <Popconfirm title="删除这条学时记录？" okText="删除" cancelText="取消" onConfirm={() => run(() => call('hours.deleteEntry', { id: e.id }), '已删除').then(changed)}>
                  <a>删除</a>
                </Popconfirm>
              ),
          },
        ]}
      />
      <EntryModal open={adding} member={row} onClose={() => setAdding(false)} onDone={changed} />
    </Drawer>
  );
}
