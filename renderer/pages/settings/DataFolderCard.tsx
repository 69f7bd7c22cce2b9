import { App as AntApp, Button, Card, Descriptions, Input, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import type { SystemInfo } from '../../../electron/api/contract';
import { call, chooseFolder, isDesktop } from '../../api';
import { useRun } from '../../hooks';
import { busyButton } from '../../components/busyButton';

/** 数据文件夹: where everything is kept, and moving it (with its backups and attachments) elsewhere. */
export function DataFolderCard({ info, onMoved }: { info: SystemInfo; onMoved: () => void }) {
  const run = useRun();
  const { message } = AntApp.useApp();
  const [target, setTarget] = useState('');
  const pick = async () => {
    const dir = await chooseFolder('选择数据文件夹的新位置');
    if (dir) setTarget(dir);
  };
  const [moving, setMoving] = useState(false);
  // The spinner is on the card's button, not the confirmation's: the confirmation closes at once.
  const move = async () => {
    setMoving(true);
    const r = await run(() => call('system.moveData', { target }));
    setMoving(false);
    if (!r) return;
    setTarget('');
    onMoved();
    if (r.leftovers.length > 0) void message.warning({ content: `数据已移到 ${r.dataDir}，但原文件夹未能全部删除（可能有文件正被打开），请稍后手动删除：${r.leftovers.join('、')}`, duration: 10 });
    else void message.success(`数据文件夹已移到 ${r.dataDir}（${r.files} 个文件）`);
  };
  return (
    <Card title="数据文件夹" style={{ maxWidth: 640, marginTop: 16 }}>
      <Descriptions column={1} size="small">
        <Descriptions.Item label="现在的位置">
          <Typography.Text copyable>{info.dataDir}</Typography.Text>
        </Descriptions.Item>
      </Descriptions>
      {info.canMoveData ? (
        <>
          <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
            可以把全部数据（数据库、附件和 backups 中的备份）移到另一个文件夹，例如 D 盘，免得重装系统时丢失。请选择一个空文件夹，
            或在路径末尾写一个新文件夹名。先完整复制并检查，无误后才删除原文件夹；以后启动都从新位置打开。
          </Typography.Paragraph>
          <Space.Compact style={{ width: '100%' }}>
            <Input aria-label="新位置" placeholder="例如 D:\党建台账数据" value={target} onChange={(e) => setTarget(e.target.value)} maxLength={240} />
            {isDesktop() && <Button onClick={() => void pick()}>选择…</Button>}
          </Space.Compact>
          <Popconfirm title="移动数据文件夹" description={`把全部数据移到“${target.trim()}”？移动期间请不要关闭程序。`} okText="移动" cancelText="取消" onConfirm={() => void move()} disabled={!target.trim() || moving}>
            <Button style={{ marginTop: 12 }} {...busyButton(moving, !target.trim())}>
              移动数据文件夹
            </Button>
          </Popconfirm>
        </>
      ) : (
        <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
          数据文件夹是启动时指定的（--data 或 DANGJIAN_DATA），不能在这里移动。
        </Typography.Paragraph>
      )}
    </Card>
  );
}
