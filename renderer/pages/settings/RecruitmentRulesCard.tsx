import { Button, Card, Descriptions, InputNumber, Popconfirm, Space, Typography } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import type { RecruitmentRules } from '../../../electron/domain/recruitment';
import { call } from '../../api';
import { useLoad, useRun } from '../../hooks';

type NumberKey = { [K in keyof RecruitmentRules]: RecruitmentRules[K] extends number ? K : never }[keyof RecruitmentRules];

/** The 发展党员 intervals and thresholds with their source, editable; every check reads these. */
export function RecruitmentRulesCard() {
  const run = useRun();
  const loaded = useLoad(() => call('recruitmentRules.get', {}), []);
  const [rules, setRules] = useState<RecruitmentRules>();
  useEffect(() => setRules(loaded.data), [loaded.data]);
  if (!rules) return null;
  const num = (k: NumberKey, min: number, max: number, label: string) => (
    <InputNumber size="small" min={min} max={max} value={rules[k]} aria-label={label} onChange={(v) => v !== null && setRules({ ...rules, [k]: v })} />
  );
  const target = rules.studentTarget;
  const row = (label: string, body: ReactNode) => <Descriptions.Item label={label}>{body}</Descriptions.Item>;
  return (
    <Card
      title="检查规则（发展党员）"
      style={{ marginTop: 16 }}
      extra={
        <Space>
          <Popconfirm title="恢复为默认规则？" description="当前的修改将被默认值替换。" okText="恢复" cancelText="取消" onConfirm={() => run(() => call('recruitmentRules.reset', {}), '已恢复默认规则').then((r) => r && setRules(r))}>
            <Button>恢复默认</Button>
          </Popconfirm>
          <Button type="primary" onClick={() => run(() => call('recruitmentRules.save', rules), '发展党员规则已保存').then((r) => r && setRules(r))}>保存规则</Button>
        </Space>
      }
    >
      <Descriptions column={1} size="small" bordered>
        {row('申请入党年龄', <>年满 {num('minAge', 16, 30, '申请入党年龄')} 周岁</>)}
        {row('谈话', <>收到入党申请书后 {num('talkWithinMonths', 1, 12, '谈话期限')} 个月内</>)}
        {row('培养考察', <>积极分子每 {num('reviewEveryMonths', 1, 12, '考察间隔')} 个月至少考察一次</>)}
        {row('培养期', <>确定为积极分子满 {num('activistMinYears', 0, 5, '培养期')} 年方可列为发展对象</>)}
        {row('集中培训', <>不少于 {num('trainingMinDays', 0, 30, '培训天数')} 天或 {num('trainingMinHours', 0, 200, '培训学时')} 学时</>)}
        {row('入党介绍人', <>{num('introducers', 1, 3, '介绍人人数')} 名正式党员</>)}
        {row('上级审批', <>支部大会通过后 {num('approvalWithinMonths', 1, 12, '审批期限')} 个月内</>)}
        {row('预备期', (
          <>
            {num('probationYears', 1, 3, '预备期')} 年；延长 
            <InputNumber size="small" min={0} max={24} value={rules.extensionMonths.min} aria-label="延长最短" onChange={(v) => v !== null && setRules({ ...rules, extensionMonths: { ...rules.extensionMonths, min: v } })} /> 至 
            <InputNumber size="small" min={0} max={24} value={rules.extensionMonths.max} aria-label="延长最长" onChange={(v) => v !== null && setRules({ ...rules, extensionMonths: { ...rules.extensionMonths, max: v } })} /> 个月
          </>
        ))}
        {row('依据', <Typography.Text type="secondary" style={{ fontSize: 12 }}>{rules.source}</Typography.Text>)}
        {row('学生党支部', (
          <>
            学制 <InputNumber size="small" min={2} max={8} value={target.programYears} aria-label="学制" onChange={(v) => v !== null && setRules({ ...rules, studentTarget: { ...target, programYears: v } })} /> 年，
            第 <InputNumber size="small" min={1} max={8} value={target.seniorFromYear} aria-label="高年级起始" onChange={(v) => v !== null && setRules({ ...rules, studentTarget: { ...target, seniorFromYear: v } })} /> 年级起为高年级（应有党小组）
            <div><Typography.Text type="secondary" style={{ fontSize: 12 }}>{target.source}</Typography.Text></div>
          </>
        ))}
      </Descriptions>
    </Card>
  );
}
