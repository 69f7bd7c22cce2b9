import { Alert, Button, Card, Col, Form, Input, InputNumber, List, Row, Select, Space, Tag } from 'antd';
import { useState } from 'react';
import type { OrgRow } from '../../../electron/api/contract';
import { ELECTED_ROLES } from '../../../electron/domain/glossary';
import { call, saveFile } from '../../api';
import { DateField, todayText } from '../../components/DateField';
import { FormModal } from '../../components/FormModal';
import { MemberPicker } from '../../components/pickers';
import { useLoad, useRun } from '../../hooks';

const STATUS_COLOR = { 正常: 'green', 即将到期: 'orange', 已超期: 'red', 未登记: 'default' } as const;

type TermForm = { electedOn: string; years: number; electionMeetingId?: number; committee: { role: string; memberId?: number }[]; notes?: string };

/** 换届 of a branch: the current term and its status, the 换届 record, earlier terms. */
export function TermsCard({ org, onChanged }: { org: OrgRow; onChanged: () => void }) {
  const run = useRun();
  const [open, setOpen] = useState(false);
  const term = useLoad(() => call('terms.list', { orgId: org.id }), [org.id]);
  const rules = useLoad(() => call('duesRules.get', {}), []).data;
  const meetings = useLoad(() => call('meetings.list', { filter: { orgId: org.id, includeSubOrgs: false }, pageSize: 100 }), [org.id, open]).data?.rows ?? [];
  const t = term.data?.[0];
  return (
    <Card
      title="换届"
      size="small"
      extra={
        <Space>
          <Button size="small" onClick={() => run(async () => saveFile(await call('terms.exportLedger', { year: new Date().getFullYear() })), '换届情况已导出')}>导出换届情况</Button>
          {!org.dissolvedOn && <Button size="small" type="primary" onClick={() => setOpen(true)}>登记换届</Button>}
        </Space>
      }
    >
      {t && (
        <>
          <Alert type={t.status === '已超期' ? 'error' : t.status === '即将到期' ? 'warning' : t.status === '正常' ? 'success' : 'info'} showIcon message={<Space><Tag color={STATUS_COLOR[t.status]}>{t.status}</Tag>{t.text}</Space>} description={t.basis === '委员任期' ? '按委员会成员的任期推算；登记换届后以换届记录为准。' : t.status === '未登记' ? '点击右上角的“登记换届”，填写选举日期、任期和新一届委员。' : undefined} />
          <List
            size="small"
            header="历届"
            locale={{ emptyText: '尚未登记换届' }}
            dataSource={t.history}
            renderItem={(h, i) => (
              <List.Item>
                <div>
                  <div>{`${h.startedOn} 至 ${h.endsOn}（${h.years}年）${i === 0 ? '　本届' : ''}`}</div>
                  <div style={{ color: '#888', fontSize: 12 }}>{[h.election ? `选举：${h.election}` : null, h.committee.map((c) => `${c.role} ${c.name}`).join('、'), h.notes].filter(Boolean).join('；')}</div>
                </div>
              </List.Item>
            )}
          />
        </>
      )}
      <FormModal<TermForm>
        open={open}
        title={`登记换届：${org.name}`}
        width={640}
        initialValues={{ electedOn: todayText(), years: rules?.termYears ?? 3, committee: [{ role: '书记' }, { role: '组织委员' }, { role: '宣传委员' }] }}
        onClose={() => setOpen(false)}
        onSubmit={async (v) => {
          await call('terms.record', { orgId: org.id, electedOn: v.electedOn, years: v.years, electionMeetingId: v.electionMeetingId ?? null, committee: v.committee.filter((c) => c.memberId).map((c) => ({ role: c.role, memberId: c.memberId! })), notes: v.notes ?? null });
          term.reload();
          onChanged();
        }}
      >
        <Row gutter={12}>
          <Col span={12}><Form.Item name="electedOn" label="换届日期" rules={[{ required: true, message: '请选择日期' }]}><DateField /></Form.Item></Col>
          <Col span={12}><Form.Item name="years" label="任期（年）" rules={[{ required: true, message: '请填写任期' }]}><InputNumber min={1} max={5} style={{ width: '100%' }} /></Form.Item></Col>
        </Row>
        <Form.Item name="electionMeetingId" label="选举大会（三会一课记录）">
          <Select allowClear placeholder="选择本支部召开的支部党员大会" options={meetings.filter((m) => m.type === '支部党员大会').map((m) => ({ value: m.id, label: `${m.heldOn} ${m.topic}` }))} />
        </Form.Item>
        <Form.List name="committee">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Row gutter={8} key={f.key}>
                  <Col span={8}><Form.Item name={[f.name, 'role']} label="职务"><Select options={ELECTED_ROLES.map((r) => ({ value: r, label: r }))} /></Form.Item></Col>
                  <Col span={13}><Form.Item name={[f.name, 'memberId']} label="当选人"><MemberPicker /></Form.Item></Col>
                  <Col span={3} style={{ paddingTop: 30 }}><a onClick={() => remove(f.name)}>删除</a></Col>
                </Row>
              ))}
              <Button size="small" onClick={() => add({ role: '委员' })}>添加委员</Button>
            </>
          )}
        </Form.List>
        <Form.Item name="notes" label="备注" style={{ marginTop: 12 }}><Input maxLength={500} /></Form.Item>
      </FormModal>
    </Card>
  );
}
