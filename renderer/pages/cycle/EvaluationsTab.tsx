import { Alert, App as AntApp, Button, Col, Form, Input, InputNumber, Popconfirm, Row, Select, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { EvaluationRow, LeaderComment } from '../../../electron/api/contract';
import { MEMBER_GRADES, type MemberGrade } from '../../../electron/domain/glossary';
import { ApiCallError, call, saveFile } from '../../api';
import { DateField, todayText } from '../../components/DateField';
import { FormModal } from '../../components/FormModal';
import { MemberPicker, OrgPicker } from '../../components/pickers';
import { useLoad, useRun } from '../../hooks';
import type { CycleScope } from './types';

/** Whether org `id` is `ancestor` or lies below it. */
function isUnder(orgs: CycleScope['orgs'], id: number, ancestor: number): boolean {
  const parent = new Map(orgs.map((o) => [o.id, o.parentId]));
  for (let cur: number | null | undefined = id; cur; cur = parent.get(cur)) if (cur === ancestor) return true;
  return false;
}

/** 民主评议党员 for one branch at a time (the one-third rule is per branch), and 领导点评. */
export function EvaluationsTab({ year, orgId, orgs }: CycleScope) {
  const run = useRun();
  const { message } = AntApp.useApp();
  const firstBranch = orgs.find((o) => o.kind === 'branch' && !o.dissolvedOn && (!orgId || isUnder(orgs, o.id, orgId)))?.id;
  const [branch, setBranch] = useState<number | undefined>(firstBranch);
  useEffect(() => setBranch((b) => b ?? firstBranch), [firstBranch]);
  const sheet = useLoad(() => (branch ? call('evaluations.branch', { year, orgId: branch }) : Promise.resolve(undefined)), [year, branch]);
  const [rows, setRows] = useState<EvaluationRow[]>([]);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [exception, setException] = useState('');
  useEffect(() => {
    setRows(sheet.data?.rows ?? []);
    setException(sheet.data?.exceptionReason ?? '');
    setRefusal(null);
  }, [sheet.data]);
  const excellent = rows.filter((r) => r.grade === '优秀').length;
  const limit = sheet.data?.excellentLimit ?? 0;
  const edit = (memberId: number, patch: Partial<EvaluationRow>) => setRows((rs) => rs.map((r) => (r.memberId === memberId ? { ...r, ...patch } : r)));
  const save = async () => {
    if (!branch) return;
    try {
      await call('evaluations.save', { year, orgId: branch, rows: rows.map((r) => ({ memberId: r.memberId, massScore: r.massScore, peerScore: r.peerScore, grade: r.grade })), exceptionReason: exception.trim() || null });
      setRefusal(null);
      void message.success('评议结果已保存');
      sheet.reload();
    } catch (e) {
      if (e instanceof ApiCallError && e.body.fields?.exceptionReason) setRefusal(e.message);
      else await run(() => Promise.reject(e));
    }
  };
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <OrgPicker orgs={orgs} onlyBranches value={branch} onChange={setBranch} allowClear={false} />
        {sheet.data && (
          <Tag color={excellent > limit ? 'red' : 'green'}>
            优秀 {excellent} 名 / 最多 {limit} 名（党员 {sheet.data.members} 名的三分之一）
          </Tag>
        )}
        <Button type="primary" disabled={!branch} onClick={() => void save()}>保存评议结果</Button>
        <Button onClick={() => run(async () => saveFile(await call('cycleExports.evaluations', { year, orgId })), '民主评议结果已导出')}>导出民主评议结果</Button>
      </Space>
      {refusal && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          message={refusal}
          description={
            <Space.Compact style={{ width: '100%', marginTop: 8 }}>
              <Input placeholder="批准情况，如：经院党委2026年12月1日会议批准" value={exception} onChange={(e) => setException(e.target.value)} maxLength={200} aria-label="批准情况" />
              <Button type="primary" disabled={!exception.trim()} onClick={() => void save()}>按批准情况保存</Button>
            </Space.Compact>
          }
        />
      )}
      {sheet.data?.exceptionReason && !refusal && <Alert type="info" style={{ marginBottom: 12 }} message={`优秀超出三分之一的批准情况：${sheet.data.exceptionReason}`} />}
      <Table<EvaluationRow>
        rowKey="memberId"
        size="small"
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: branch ? '该支部没有在册党员' : '请选择党支部' }}
        columns={[
          { title: '姓名', dataIndex: 'name', width: 120 },
          { title: '党员类别', dataIndex: 'memberType', width: 100 },
          { title: '群众评议', width: 120, render: (_, r) => <InputNumber aria-label={`${r.name}群众评议`} min={0} max={100} value={r.massScore} onChange={(v) => edit(r.memberId, { massScore: v ?? null })} /> },
          { title: '党员互评', width: 120, render: (_, r) => <InputNumber aria-label={`${r.name}党员互评`} min={0} max={100} value={r.peerScore} onChange={(v) => edit(r.memberId, { peerScore: v ?? null })} /> },
          {
            title: '评议等次',
            width: 150,
            render: (_, r) => (
              <Select<MemberGrade | null>
                aria-label={`${r.name}评议等次`}
                style={{ width: 120 }}
                allowClear
                placeholder="未评"
                value={r.grade}
                onChange={(v) => edit(r.memberId, { grade: v ?? null })}
                options={MEMBER_GRADES.map((g) => ({ value: g, label: g }))}
              />
            ),
          },
        ]}
      />
      <CommentsSection year={year} orgId={orgId} orgs={orgs} />
    </>
  );
}

type CommentValues = { leader: string; orgId: number; memberId?: number; content: string; onDate: string };

function CommentsSection({ year, orgId, orgs }: CycleScope) {
  const run = useRun();
  const list = useLoad(() => call('comments.list', { year, orgId }), [year, orgId]);
  const [adding, setAdding] = useState(false);
  return (
    <div style={{ marginTop: 24 }}>
      <Space style={{ marginBottom: 8 }}>
        <Typography.Title level={5} style={{ margin: 0 }}>领导点评</Typography.Title>
        <Button size="small" onClick={() => setAdding(true)}>登记点评</Button>
      </Space>
      <Table<LeaderComment>
        rowKey="id"
        size="small"
        dataSource={list.data ?? []}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{ emptyText: '本年度还没有领导点评' }}
        columns={[
          { title: '日期', dataIndex: 'onDate', width: 110 },
          { title: '点评人', dataIndex: 'leader', width: 100 },
          { title: '对象', width: 200, render: (_, c) => (c.memberName ? `${c.memberName}（${c.orgName}）` : c.orgName) },
          { title: '点评内容', dataIndex: 'content' },
          { title: '', width: 60, render: (_, c) => <Popconfirm title="删除这条点评？" okText="删除" cancelText="取消" onConfirm={() => run(() => call('comments.delete', { id: c.id }), '已删除').then(list.reload)}><a>删除</a></Popconfirm> },
        ]}
      />
      <FormModal<CommentValues>
        open={adding}
        title="登记领导点评"
        width={600}
        initialValues={{ onDate: todayText(), orgId }}
        onClose={() => setAdding(false)}
        onSubmit={async (v) => {
          await call('comments.save', { year, leader: v.leader, orgId: v.orgId, memberId: v.memberId ?? null, content: v.content, onDate: v.onDate });
          list.reload();
        }}
      >
        <Row gutter={12}>
          <Col span={10}><Form.Item name="leader" label="点评人" rules={[{ required: true, whitespace: true, message: '请填写点评人' }]}><Input maxLength={20} autoFocus /></Form.Item></Col>
          <Col span={14}><Form.Item name="orgId" label="党支部" rules={[{ required: true, message: '请选择党支部' }]}><OrgPicker orgs={orgs} onlyBranches style={{ width: '100%' }} /></Form.Item></Col>
        </Row>
        <Form.Item name="memberId" label="党员（点评个人时选择）"><MemberPicker /></Form.Item>
        <Form.Item name="content" label="点评内容" rules={[{ required: true, whitespace: true, message: '请填写点评内容' }]}><Input.TextArea rows={3} maxLength={1000} /></Form.Item>
        <Form.Item name="onDate" label="点评日期" rules={[{ required: true, message: '请选择日期' }]}><DateField /></Form.Item>
      </FormModal>
    </div>
  );
}
