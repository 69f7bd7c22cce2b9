// 一键导出台账: starts the pack job, shows its progress file by file, can cancel it, and saves the
// result: a .zip download in the browser, a folder chosen in a dialog in the desktop app.
import { Alert, Button, Card, List, Progress, Space, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { PackStatus } from '../../../electron/api/contract';
import { call, saveFile, saveFolder } from '../../api';
import { useRun } from '../../hooks';
import { busyButton } from '../../components/busyButton';
import type { Scope } from './scope';

export function PackCard({ scope }: { scope: Scope }) {
  const run = useRun();
  const [status, setStatus] = useState<PackStatus | null>(null);
  const timer = useRef<number | null>(null);
  useEffect(() => () => void (timer.current && window.clearTimeout(timer.current)), []);

  const finish = async (s: PackStatus) => {
    if (s.state !== 'done') return;
    await run(async () => (window.dangjian ? saveFolder(await call('reports.packFiles', { jobId: s.jobId })) : saveFile(await call('reports.packResult', { jobId: s.jobId }))), '全年台账已导出');
  };
  const poll = (jobId: string) => {
    timer.current = window.setTimeout(async () => {
      const s = await run(() => call('reports.packStatus', { jobId }));
      if (!s) return;
      setStatus(s);
      if (s.state === 'running') poll(jobId);
      else await finish(s);
    }, 300);
  };
  const start = async () => {
    const r = await run(() => call('reports.packStart', { year: scope.year, orgId: scope.orgId }));
    if (!r) return;
    setStatus({ jobId: r.jobId, state: 'running', done: 0, total: 1, current: null, files: [], skipped: [], error: null });
    poll(r.jobId);
  };
  const running = status?.state === 'running';
  return (
    <Card size="small" title="一键导出台账">
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Text type="secondary">
          把所选年度、所选组织（不选为全党委）的全部台账一次导出，并附“目录”工作簿，列出每个文件、工作表和数据行数。
        </Typography.Text>
        <Space>
          <Button type="primary" {...busyButton(running)} onClick={() => void start()}>
            {`一键导出${scope.year}年度台账`}
          </Button>
          {running && <Button onClick={() => void run(() => call('reports.packCancel', { jobId: status.jobId }))}>取消</Button>}
        </Space>
        {status && (
          <>
            <Progress percent={Math.round((status.done / status.total) * 100)} status={status.state === 'failed' ? 'exception' : status.state === 'cancelled' ? 'normal' : undefined} />
            {running && status.current && <Typography.Text>{`正在生成：${status.current}`}</Typography.Text>}
            {status.state === 'cancelled' && <Alert type="info" showIcon message="已取消，没有保存任何文件" />}
            {status.state === 'failed' && <Alert type="error" showIcon message={status.error} />}
            <List
              size="small"
              dataSource={[...status.files.map((f) => `已生成：${f.fileName}（${f.sheets} 个工作表，${f.rows} 行）`), ...status.skipped.map((s) => `未生成：${s.title}——${s.reason}`)]}
              renderItem={(t) => <List.Item>{t}</List.Item>}
            />
          </>
        )}
      </Space>
    </Card>
  );
}
