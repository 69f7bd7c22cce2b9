import { Button, Col, Form, Input, InputNumber, Popconfirm, Row, Space, Table } from 'antd';
import { useState } from 'react';
import type { SatisfactionRow } from '../../../electron/api/contract';
import { call, saveFile } from '../../api';
import { DateField, todayText } from '../../components/DateField';
import { FormModal } from '../../components/FormModal';
import { OrgPicker } from '../../components/pickers';
import { useLoad, useRun } from '../../hooks';
import type { CycleScope } from './types';

type Values = { orgId: number; serviceWindow?: string; satisfied: number; basic: number; dissatisfied: number; onDate: string };

/** 群众满意度测评 per branch or service window: counts and the rate. */
export function SatisfactionTab({ year, orgId, orgs }: CycleScope) {
  const run = useRun();
  const list = useLoad(() => call('satisfaction.list', { year, orgId }), [year, orgId]);
  const [editing, setEditing] = useState<SatisfactionRow | 'new' | null>(null);
  const row = editing && editing !== 'new' ? editing : null;
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <Button type="primary" onClick={() => setEditing('new')}>登记测评结果</Button>
        <Button onClick={() => run(async () => saveFile(await call('cycleExports.satisfaction', { year, orgId })), '满意度测评台账已导出')}>导出满意度测评</Button>
      </Space>
      <Table<SatisfactionRow>
        rowKey="id"
        size="small"
        dataSource={list.data ?? []}
        locale={{ emptyText: '本年度还没有测评结果' }}
        columns={[
          { title: '党组织', dataIndex: 'orgName' },
          { title: '服务窗口', dataIndex: 'serviceWindow', render: (w: string | null) => w ?? '—' },
          { title: '测评日期', dataIndex: 'onDate', width: 110 },
          { title: '满意', dataIndex: 'satisfied', width: 70 },
          { title: '基本满意', dataIndex: 'basic', width: 80 },
          { title: '不满意', dataIndex: 'dissatisfied', width: 70 },
          { title: '满意率', dataIndex: 'rate', width: 80, render: (r: number | null) => (r === null ? '—' : `${r}%`) },
          {
            title: '操作',
            width: 110,
            render: (_, s) => (
              <Space>
                <a onClick={() => setEditing(s)}>编辑</a>
                <Popconfirm title="删除这条测评结果？" okText="删除" cancelText="取消" onConfirm={() => run(() => call('satisfaction.delete', { id: s.id }), '已删除').then(list.reload)}><a>删除</a></Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      <FormModal<Values>
        open={editing !== null}
        title={row ? '编辑测评结果' : '登记测评结果'}
        initialValues={row ? { ...row, serviceWindow: row.serviceWindow ?? undefined } : { orgId, onDate: todayText(), satisfied: 0, basic: 0, dissatisfied: 0 }}
        onClose={() => setEditing(null)}
        onSubmit={async (v) => {
          await call('satisfaction.save', { ...(row ? { id: row.id } : {}), year, orgId: v.orgId, serviceWindow: v.serviceWindow ?? null, satisfied: v.satisfied, basic: v.basic, dissatisfied: v.dissatisfied, onDate: v.onDate });
          list.reload();
        }}
      >
        <Form.Item name="orgId" label="党组织" rules={[{ required: true, message: '请选择党组织' }]}><OrgPicker orgs={orgs} style={{ width: '100%' }} /></Form.Item>
        <Form.Item name="serviceWindow" label="服务窗口（按窗口测评时填写）"><Input maxLength={40} /></Form.Item>
        <Row gutter={12}>
          {(['satisfied', 'basic', 'dissatisfied'] as const).map((k) => (
            <Col span={8} key={k}>
              <Form.Item name={k} label={{ satisfied: '满意', basic: '基本满意', dissatisfied: '不满意' }[k]} rules={[{ required: true, message: '请填写人数' }]}>
                <InputNumber min={0} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          ))}
        </Row>
        <Form.Item name="onDate" label="测评日期" rules={[{ required: true, message: '请选择日期' }]}><DateField /></Form.Item>
      </FormModal>
    </>
  );
}
