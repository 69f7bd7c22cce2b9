import { Button, Col, Form, Input, InputNumber, Popconfirm, Row, Select, Space, Table } from 'antd';
import { useState } from 'react';
import type { OrgRow, TrainingRow } from '../../../electron/api/contract';
import { TRAINING_KINDS, type TrainingKind } from '../../../electron/domain/glossary';
import { call } from '../../api';
import { DateField, todayText } from '../../components/DateField';
import { FormModal } from '../../components/FormModal';
import { MemberPicker, OrgPicker } from '../../components/pickers';
import { useLoad, useRun } from '../../hooks';

type Values = { title: string; kind: TrainingKind; startOn: string; endOn: string; hours: number; organizer?: string; participantIds: number[] };

function TrainingModal({ open, id, orgs, onClose, onDone }: { open: boolean; id: number | null; orgs: OrgRow[]; onClose: () => void; onDone: () => void }) {
  const run = useRun();
  const detail = useLoad(() => (open && id ? call('trainings.get', { id }) : Promise.resolve(undefined)), [open, id]);
  const [branch, setBranch] = useState<number>();
  if (open && id && !detail.data) return null;
  const t = id ? detail.data : undefined;
  return (
    <FormModal<Values>
      open={open}
      width={720}
      title={t ? `编辑培训：${t.title}` : '登记培训'}
      initialValues={t ? { ...t, organizer: t.organizer ?? undefined } : { kind: '专题培训', startOn: todayText(), endOn: todayText(), participantIds: [] }}
      onClose={onClose}
      onSubmit={async (v) => {
        await call('trainings.save', { ...(t ? { id: t.id } : {}), title: v.title, kind: v.kind, startOn: v.startOn, endOn: v.endOn, hours: v.hours, organizer: v.organizer ?? null, participantIds: v.participantIds ?? [] });
        onDone();
      }}
    >
      {(form) => (
        <Row gutter={12}>
          <Col span={16}><Form.Item name="title" label="培训名称" rules={[{ required: true, whitespace: true, message: '请填写培训名称' }]}><Input maxLength={100} autoFocus /></Form.Item></Col>
          <Col span={8}><Form.Item name="kind" label="类型" rules={[{ required: true }]}><Select options={TRAINING_KINDS.map((k) => ({ value: k, label: k }))} /></Form.Item></Col>
          <Col span={8}><Form.Item name="startOn" label="开始日期" rules={[{ required: true, message: '请选择日期' }]}><DateField /></Form.Item></Col>
          <Col span={8}><Form.Item name="endOn" label="结束日期" rules={[{ required: true, message: '请选择日期' }]}><DateField /></Form.Item></Col>
          <Col span={8}><Form.Item name="hours" label="学时" rules={[{ required: true, message: '请填写学时' }]}><InputNumber min={0.5} max={200} step={0.5} precision={1} style={{ width: '100%' }} /></Form.Item></Col>
          <Col span={24}><Form.Item name="organizer" label="主办单位"><Input maxLength={60} /></Form.Item></Col>
          <Col span={24}>
            <Form.Item name="participantIds" label="参加人员" extra={t ? `已登记 ${t.participantNames.length} 人：${t.participantNames.slice(0, 20).join('、')}${t.participantNames.length > 20 ? '…' : ''}` : '可逐个查找，也可按支部整体加入'}>
              <MemberPicker mode="multiple" />
            </Form.Item>
            <Space>
              <OrgPicker orgs={orgs} value={branch} onChange={setBranch} placeholder="选择组织" />
              <Button
                disabled={!branch}
                onClick={() =>
                  void run(() => call('members.list', { filter: { orgId: branch, status: '在册' }, pageSize: 200 })).then((r) => {
                    if (!r) return;
                    const cur = new Set<number>(form.getFieldValue('participantIds') ?? []);
                    r.rows.forEach((m) => cur.add(m.id));
                    form.setFieldValue('participantIds', [...cur]);
                  })
                }
              >
                加入该组织全部在册党员
              </Button>
            </Space>
          </Col>
        </Row>
      )}
    </FormModal>
  );
}

export function TrainingsTab({ year, orgs, onChanged }: { year: number; orgs: OrgRow[]; onChanged: () => void }) {
  const run = useRun();
  const list = useLoad(() => call('trainings.list', { year }), [year]);
  const [editing, setEditing] = useState<number | null | 'new'>(null);
  const changed = () => {
    list.reload();
    onChanged();
  };
  return (
    <>
      <Button type="primary" style={{ marginBottom: 12 }} onClick={() => setEditing('new')}>登记培训</Button>
      <Table<TrainingRow>
        rowKey="id"
        size="small"
        dataSource={list.data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: '培训名称', dataIndex: 'title' },
          { title: '类型', dataIndex: 'kind', width: 100 },
          { title: '日期', width: 210, render: (_, t) => `${t.startOn} 至 ${t.endOn}` },
          { title: '学时', dataIndex: 'hours', width: 70 },
          { title: '人数', dataIndex: 'participants', width: 70 },
          {
            title: '操作',
            width: 110,
            render: (_, t) => (
              <Space>
                <a onClick={() => setEditing(t.id)}>编辑</a>
                <Popconfirm title="删除这次培训？" description="参加人员由此获得的学时一并撤回。" okText="删除" cancelText="取消" onConfirm={() => run(() => call('trainings.delete', { id: t.id }), '已删除').then(changed)}>
                  <a>删除</a>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      <TrainingModal open={editing !== null} id={typeof editing === 'number' ? editing : null} orgs={orgs} onClose={() => setEditing(null)} onDone={changed} />
    </>
  );
}
