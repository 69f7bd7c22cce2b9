// 保留规则: how many copies of each kind are kept and the cap on their total size, beside what they take now.
import { Alert, Button, Card, Descriptions, Form, InputNumber, Progress, Space } from 'antd';
import { useEffect } from 'react';
import type { BackupPolicy, BackupSummary } from '../../../electron/api/contract';
import { call } from '../../api';
import { useRun } from '../../hooks';

export const mb = (n: number) => (n >= 1024 ** 3 ? `${(n / 1024 ** 3).toFixed(1)} GB` : `${(n / 1024 / 1024).toFixed(1)} MB`);

export function BackupStatus({ summary }: { summary: BackupSummary }) {
  const r = summary.running;
  return (
    <>
      {r && (
        <Alert
          type="info"
          style={{ marginBottom: 16 }}
          message={`正在后台备份（${r.kind}）：${r.phase}${r.percent === null ? '…' : ''}，可以继续工作`}
          description={r.percent === null ? undefined : <Progress percent={r.percent} size="small" />}
        />
      )}
      {summary.lastError && <Alert type="error" showIcon style={{ marginBottom: 16 }} message={`最近一次备份没有完成：${summary.lastError.message}`} />}
    </>
  );
}

export function BackupPolicyCard({ summary, onSaved }: { summary: BackupSummary; onSaved: (s: BackupSummary) => void }) {
  const run = useRun();
  const [form] = Form.useForm<BackupPolicy>();
  // The summary is refreshed while a backup runs: only a policy that really changed may replace
  // what the clerk is typing, never a fresh copy of the same one.
  const saved = JSON.stringify(summary.policy);
  useEffect(() => form.setFieldsValue(JSON.parse(saved) as BackupPolicy), [saved, form]);
  const number = (name: keyof BackupPolicy, label: string, min: number, max: number, suffix: string) => (
    <Form.Item name={name} label={label} rules={[{ required: true, message: `请填写${label}` }]}>
      <InputNumber min={min} max={max} precision={0} addonAfter={suffix} style={{ width: 140 }} />
    </Form.Item>
  );
  return (
    <Card title="保留规则" size="small" style={{ marginBottom: 16 }}>
      <Descriptions size="small" column={3} style={{ marginBottom: 12 }}>
        <Descriptions.Item label="现有备份">{summary.count} 份</Descriptions.Item>
        <Descriptions.Item label="共占用">{mb(summary.totalSize)}（上限 {mb(summary.policy.capMb * 1024 * 1024)}）</Descriptions.Item>
        <Descriptions.Item label="数据文件">{mb(summary.dataSize)}</Descriptions.Item>
      </Descriptions>
      <Form form={form} layout="inline" onFinish={(v) => run(() => call('backups.savePolicy', v), '保留规则已保存').then((s) => s && onSaved(s))}>
        {number('daily', '每日', 1, 60, '份')}
        {number('weekly', '每周', 0, 52, '份')}
        {number('monthly', '每月', 0, 120, '份')}
        {number('event', '手动/导入前/恢复前/升级前各', 1, 100, '份')}
        {number('capMb', '总容量上限', 100, 10_000_000, 'MB')}
        <Form.Item>
          <Space>
            <Button htmlType="submit">保存保留规则</Button>
          </Space>
        </Form.Item>
      </Form>
    </Card>
  );
}
