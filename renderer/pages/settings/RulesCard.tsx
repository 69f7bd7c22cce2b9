import { Button, Card, Descriptions, InputNumber, Popconfirm, Radio, Space, Switch, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { MeetingRule, RuleSet } from '../../../electron/domain/rules';
import { call } from '../../api';
import { useLoad, useRun } from '../../hooks';

const PER = { month: '每月', quarter: '每季度', year: '每年' } as const;

/** A rule's basis, editable: a college enabling its own rule types the document's name and 文号 here. */
function Basis({ text, label, onChange, block }: { text: string; label: string; onChange: (v: string) => void; block?: boolean }) {
  const edit = { onChange: (v: string) => v.trim() && onChange(v.trim().slice(0, 200)), tooltip: '修改依据（文件名称和文号）', text };
  return (
    <Typography.Text type="secondary" aria-label={`${label}依据`} style={{ fontSize: 12, marginLeft: block ? 0 : 8, display: block ? 'block' : undefined }} editable={edit}>
      {text}
    </Typography.Text>
  );
}

/** The rule set as the clerk sees it: each number with the document it comes from, editable. */
export function RulesCard() {
  const run = useRun();
  const loaded = useLoad(() => call('rules.get', {}), []);
  const [rules, setRules] = useState<RuleSet>();
  useEffect(() => setRules(loaded.data), [loaded.data]);
  if (!rules) return null;
  const setRule = (id: string, patch: Partial<MeetingRule>) => setRules({ ...rules, meetings: rules.meetings.map((r) => (r.id === id ? { ...r, ...patch } : r)) });
  const hours = rules.hours;
  const setProfile = (k: 'quarterly' | 'yearly', patch: Partial<RuleSet['hours']['quarterly']>) => setRules({ ...rules, hours: { ...hours, [k]: { ...hours[k], ...patch } } });
  return (
    <Card
      title="检查规则（三会一课与学时）"
      style={{ marginTop: 16 }}
      extra={
        <Space>
          <Popconfirm title="恢复为默认规则？" description="当前的修改将被默认值替换。" okText="恢复" cancelText="取消" onConfirm={() => run(() => call('rules.reset', {}), '已恢复默认规则').then((r) => r && setRules(r))}>
            <Button>恢复默认</Button>
          </Popconfirm>
          <Button type="primary" onClick={() => run(() => call('rules.save', rules), '规则已保存').then((r) => r && setRules(r))}>保存规则</Button>
        </Space>
      }
    >
      <Table<MeetingRule>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={rules.meetings}
        columns={[
          { title: '启用', width: 60, render: (_, r) => <Switch size="small" checked={r.enabled} onChange={(v) => setRule(r.id, { enabled: v })} aria-label={`启用${r.label}`} /> },
          { title: '项目', dataIndex: 'label', width: 130 },
          { title: '计入的会议', render: (_, r) => r.types.join('、') },
          { title: '频次', width: 70, render: (_, r) => PER[r.per] },
          { title: '至少', width: 90, render: (_, r) => <InputNumber size="small" min={0} max={100} value={r.min} onChange={(v) => v !== null && setRule(r.id, { min: v })} aria-label={`${r.label}至少`} /> },
          { title: '依据', dataIndex: 'source', render: (s: string, r) => <Basis block text={s} label={r.label} onChange={(v) => setRule(r.id, { source: v })} /> },
        ]}
      />
      <Descriptions column={1} size="small" style={{ marginTop: 16 }} bordered>
        <Descriptions.Item label="支部委员讲党课">
          <Switch size="small" checked={rules.lecturesPerCommitteeMember.enabled} onChange={(v) => setRules({ ...rules, lecturesPerCommitteeMember: { ...rules.lecturesPerCommitteeMember, enabled: v } })} aria-label="启用支部委员讲党课" />{' '}
          每人每年至少 <InputNumber size="small" min={0} max={20} value={rules.lecturesPerCommitteeMember.min} onChange={(v) => v !== null && setRules({ ...rules, lecturesPerCommitteeMember: { ...rules.lecturesPerCommitteeMember, min: v } })} /> 次
          <Basis text={rules.lecturesPerCommitteeMember.source} label="支部委员讲党课" onChange={(v) => setRules({ ...rules, lecturesPerCommitteeMember: { ...rules.lecturesPerCommitteeMember, source: v } })} />
        </Descriptions.Item>
        <Descriptions.Item label="学时标准">
          <Radio.Group value={hours.active} onChange={(e) => setRules({ ...rules, hours: { ...hours, active: e.target.value as 'quarterly' | 'yearly' } })}>
            <Radio value="quarterly">按季度</Radio>
            <Radio value="yearly">按年度</Radio>
          </Radio.Group>
        </Descriptions.Item>
        <Descriptions.Item label="按季度">
          党员每季度至少 <InputNumber size="small" min={0} max={1000} value={hours.quarterly.member} onChange={(v) => v !== null && setProfile('quarterly', { member: v })} aria-label="季度党员学时" /> 学时，
          {hours.quarterly.seniorLabel}至少 <InputNumber size="small" min={0} max={1000} value={hours.quarterly.senior} onChange={(v) => v !== null && setProfile('quarterly', { senior: v })} aria-label="季度领导班子学时" /> 学时
          <Basis block text={hours.quarterly.source} label="按季度学时" onChange={(v) => setProfile('quarterly', { source: v })} />
        </Descriptions.Item>
        <Descriptions.Item label="按年度">
          党员每年至少 <InputNumber size="small" min={0} max={1000} value={hours.yearly.member} onChange={(v) => v !== null && setProfile('yearly', { member: v })} /> 学时，
          {hours.yearly.seniorLabel}至少 <InputNumber size="small" min={0} max={1000} value={hours.yearly.senior} onChange={(v) => v !== null && setProfile('yearly', { senior: v })} /> 学时
          <Basis block text={hours.yearly.source} label="按年度学时" onChange={(v) => setProfile('yearly', { source: v })} />
        </Descriptions.Item>
        <Descriptions.Item label="支部书记集中培训">
          <Switch size="small" checked={rules.secretaryTrainingEveryHalfYear.enabled} onChange={(v) => setRules({ ...rules, secretaryTrainingEveryHalfYear: { ...rules.secretaryTrainingEveryHalfYear, enabled: v } })} /> 每半年至少一次
          <Basis text={rules.secretaryTrainingEveryHalfYear.source} label="支部书记集中培训" onChange={(v) => setRules({ ...rules, secretaryTrainingEveryHalfYear: { ...rules.secretaryTrainingEveryHalfYear, source: v } })} />
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
