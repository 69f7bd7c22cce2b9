import { Alert, Button, Card, Col, Collapse, Form, Input, Radio, Row, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { RecruitRow } from '../../../electron/api/contract';
import { STAGES, type Stage } from '../../../electron/domain/glossary';
import { call, saveFile } from '../../api';
import { DateField, todayText } from '../../components/DateField';
import { FormModal } from '../../components/FormModal';
import { OrgPicker } from '../../components/pickers';
import { useLoad, useRun } from '../../hooks';
import { ImportRecruitsModal } from './ImportRecruitsModal';
import { RecruitDrawer } from './RecruitDrawer';
import { StudentGapsList } from './StudentGapsList';
import { rowOpener } from '../../components/rowOpener';

const STAGE_COLOR: Record<Stage, string> = { 入党申请人: 'default', 入党积极分子: 'blue', 发展对象: 'purple', 预备党员: 'orange', 正式党员: 'red' };

/** 发展党员: every person on the way in, each checked against the rules; what falls due. */
export function RecruitsPage() {
  const run = useRun();
  const [orgId, setOrgId] = useState<number>();
  const [stage, setStage] = useState<Stage>();
  const [open, setOpen] = useState<number | 'new' | null>(null);
  const [noticeOpen, setNoticeOpen] = useState(false);
  const [importing, setImporting] = useState(false);
  const [onlyFindings, setOnlyFindings] = useState(false);
  const orgs = useLoad(() => call('orgs.tree', { includeDissolved: false }), []).data ?? [];
  const list = useLoad(() => call('recruits.list', { orgId }), [orgId]);
  // The first 12 of what falls due, with the total (the whole list was 400 KB at a big 党委).
  const due = useLoad(() => call('recruits.digest', { limit: 12 }), []);
  const gaps = useLoad(() => call('recruits.studentGaps', {}), []).data ?? [];
  const rows = (list.data ?? []).filter((r) => (!stage || r.stage === stage) && (!onlyFindings || r.findings > 0));
  const reload = () => (list.reload(), due.reload());
  return (
    <Card>
      <Space wrap style={{ marginBottom: 12 }}>
        <Button type="primary" onClick={() => setOpen('new')}>登记入党申请人</Button>
        <Button onClick={() => run(async () => saveFile(await call('recruits.exportLedger', { orgId })), '发展党员台账已导出')}>导出发展党员台账</Button>
        <Button onClick={() => setImporting(true)}>导入发展党员台账</Button>
        <Button onClick={() => setNoticeOpen(true)}>生成公示</Button>
        <OrgPicker orgs={orgs} value={orgId} onChange={setOrgId} placeholder="全部组织" />
        {STAGES.map((s) => (
          <Tag.CheckableTag key={s} checked={stage === s} onChange={(c) => setStage(c ? s : undefined)}>
            {s} {(list.data ?? []).filter((r) => r.stage === s).length}
          </Tag.CheckableTag>
        ))}
        <Tag.CheckableTag checked={onlyFindings} onChange={setOnlyFindings}>
          有问题 {(list.data ?? []).filter((r) => r.findings > 0).length}
        </Tag.CheckableTag>
      </Space>
      {(due.data?.due.total ?? 0) > 0 && (
        <Alert
          style={{ marginBottom: 12 }}
          type="warning"
          showIcon
          message={`30天内到期或已逾期 ${due.data!.due.total} 项${due.data!.due.total > 12 ? '（列出最近的 12 项）' : ''}`}
          description={
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {due.data!.due.rows.map((d) => (
                <li key={`${d.recruitId}-${d.kind}`}>
                  <a onClick={() => setOpen(d.recruitId)}>{d.name}</a>（{d.orgName}）：{d.text}
                </li>
              ))}
            </ul>
          }
        />
      )}
      {gaps.length > 0 && (
        <Collapse size="small" style={{ marginBottom: 12 }} items={[{ key: 'gaps', label: `学生党支部年级情况：${gaps.length} 项未达到“低年级有党员、高年级有党小组”`, children: <StudentGapsList gaps={gaps} /> }]} />
      )}
      <Table<RecruitRow>
        rowKey="id"
        size="small"
        dataSource={rows}
        loading={list.loading}
        locale={{ emptyText: '还没有发展党员记录' }}
        pagination={{ pageSize: 20, showTotal: (t) => `共 ${t} 人` }}
        onRow={(r) => rowOpener(() => setOpen(r.id))}
        columns={[
          { title: '姓名', dataIndex: 'name', width: 120 },
          { title: '党支部', dataIndex: 'orgName' },
          { title: '阶段', dataIndex: 'stage', width: 120, render: (s: Stage) => <Tag color={STAGE_COLOR[s]}>{s}</Tag> },
          { title: '检查', dataIndex: 'findings', width: 120, render: (n: number) => (n ? <Tag color="red">{n} 项问题</Tag> : <Typography.Text type="success">符合规定</Typography.Text>) },
          { title: '花名册', dataIndex: 'memberId', width: 90, render: (m: number | null) => (m ? '已在册' : '—') },
        ]}
      />
      <FormModal<{ orgId: number; kind: 'candidate' | 'confirmation'; from: string; to: string; contact?: string }>
        open={noticeOpen}
        title="生成公示"
        okText="导出"
        initialValues={{ orgId, kind: 'candidate', from: todayText() }}
        onClose={() => setNoticeOpen(false)}
        onSubmit={async (v) => saveFile(await call('recruits.notice', { orgId: v.orgId, kind: v.kind, from: v.from, to: v.to, contact: v.contact ?? null }))}
      >
        <Form.Item name="orgId" label="党支部" rules={[{ required: true, message: '请选择党支部' }]}><OrgPicker orgs={orgs} onlyBranches style={{ width: '100%' }} /></Form.Item>
        <Form.Item name="kind" label="公示内容"><Radio.Group options={[{ value: 'candidate', label: '发展对象公示' }, { value: 'confirmation', label: '拟转正公示' }]} optionType="button" /></Form.Item>
        <Row gutter={12}>
          <Col span={12}><Form.Item name="from" label="公示开始" rules={[{ required: true, message: '请选择日期' }]}><DateField /></Form.Item></Col>
          <Col span={12}><Form.Item name="to" label="公示结束" rules={[{ required: true, message: '请选择日期' }]}><DateField /></Form.Item></Col>
        </Row>
        <Form.Item name="contact" label="意见反映联系方式"><Input maxLength={100} /></Form.Item>
      </FormModal>
      <ImportRecruitsModal open={importing} onClose={() => setImporting(false)} onDone={() => (reload(), setOnlyFindings(true))} />
      <RecruitDrawer open={open} orgs={orgs} onClose={() => setOpen(null)} onSaved={(id) => (reload(), setOpen(id))} />
    </Card>
  );
}
