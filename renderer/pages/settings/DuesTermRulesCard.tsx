import { Button, Card, Descriptions, InputNumber, Popconfirm, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { DuesTermRules } from '../../../electron/domain/duesRules';
import { call } from '../../api';
import { useLoad, useRun } from '../../hooks';

/** The 党费 attention months and the 换届 term length and warning, each with its source, editable. */
export function DuesTermRulesCard() {
  const run = useRun();
  const loaded = useLoad(() => call('duesRules.get', {}), []);
  const [rules, setRules] = useState<DuesTermRules>();
  useEffect(() => setRules(loaded.data), [loaded.data]);
  if (!rules) return null;
  const num = (key: 'unpaidMonths' | 'absentMonths' | 'termYears' | 'termWarnMonths', max: number, label: string) => (
    <InputNumber size="small" min={1} max={max} value={rules[key]} aria-label={label} onChange={(v) => v !== null && setRules({ ...rules, [key]: v })} />
  );
  return (
    <Card
      title="检查规则（党费与换届）"
      style={{ marginTop: 16 }}
      extra={
        <Space>
          <Popconfirm title="恢复为默认规则？" okText="恢复" cancelText="取消" onConfirm={() => run(() => call('duesRules.reset', {}), '已恢复默认规则').then((r) => r && setRules(r))}>
            <Button>恢复默认</Button>
          </Popconfirm>
          <Button type="primary" onClick={() => run(() => call('duesRules.save', rules), '规则已保存').then((r) => r && setRules(r))}>保存规则</Button>
        </Space>
      }
    >
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label="需要关注的党员">
          连续 {num('unpaidMonths', 24, '未交党费月数')} 个月未交纳党费，或连续 {num('absentMonths', 24, '未参加组织生活月数')} 个月未参加组织生活
          <div><Typography.Text type="secondary" style={{ fontSize: 12 }}>{rules.attentionSource}</Typography.Text></div>
        </Descriptions.Item>
        <Descriptions.Item label="支部委员会任期">
          每届 {num('termYears', 5, '任期年数')} 年（新登记的换届），届满前 {num('termWarnMonths', 12, '提前提醒月数')} 个月起提醒
          <div><Typography.Text type="secondary" style={{ fontSize: 12 }}>{rules.termSource}</Typography.Text></div>
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
