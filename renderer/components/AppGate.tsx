// Before the app itself: a damaged data file offers the newest good backup; a set password
// shows the lock screen at start, after idle minutes, and whenever the API says it is locked.
import { Alert, Button, Card, Form, Input, Popconfirm, Result, Space, Spin, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { Health, LockStatus } from '../../electron/api/contract';
import { ApiCallError, call, LOCK_CHANGED_EVENT, LOCKED_EVENT } from '../api';
import { BackupPage } from '../pages/backup/BackupPage';
import { formatDateTime } from '../format';
import { useRun } from '../hooks';
import { busyButton } from './busyButton';

type State = { kind: 'checking' } | { kind: 'damaged'; health: Health } | { kind: 'locked' } | { kind: 'open'; lock: LockStatus } | { kind: 'failed'; message: string };

export function AppGate({ children }: { children: ReactNode }) {
  const [state, setState] = useState<State>({ kind: 'checking' });
  const check = useCallback(async () => {
    try {
      const health = await call('system.health', {});
      if (!health.ok) return setState({ kind: 'damaged', health });
      const lock = await call('lock.status', {});
      setState(lock.locked ? { kind: 'locked' } : { kind: 'open', lock });
    } catch (e) {
      setState({ kind: 'failed', message: e instanceof ApiCallError ? e.message : String(e) });
    }
  }, []);
  useEffect(() => {
    void check();
    const onLocked = () => setState({ kind: 'locked' });
    const onChanged = () => void check();
    window.addEventListener(LOCKED_EVENT, onLocked);
    window.addEventListener(LOCK_CHANGED_EVENT, onChanged);
    return () => {
      window.removeEventListener(LOCKED_EVENT, onLocked);
      window.removeEventListener(LOCK_CHANGED_EVENT, onChanged);
    };
  }, [check]);
  useIdleLock(state.kind === 'open' && state.lock.passwordSet ? state.lock.idleMinutes : null, () => {
    void call('lock.lock', {}).then(() => setState({ kind: 'locked' }));
  });

  switch (state.kind) {
    case 'checking':
      return <Spin fullscreen tip="正在检查数据…" />;
    case 'failed':
      return <Result status="error" title="党建台账无法启动" subTitle={state.message} extra={<Button onClick={() => void check()}>重试</Button>} />;
    case 'damaged':
      return <DamagedScreen health={state.health} />;
    case 'locked':
      return <LockScreen onUnlocked={() => void check()} />;
    case 'open':
      return <>{children}</>;
  }
}

function DamagedScreen({ health }: { health: Health }) {
  const run = useRun();
  const b = health.newestGoodBackup;
  const restore = (name: string) =>
    run(() => call('backups.restore', { name }), '已恢复，正在重新载入…').then((r) => r && window.setTimeout(() => window.location.reload(), 1200));
  return (
    <div style={{ maxWidth: 960, margin: '32px auto' }}>
      <Result
        status="warning"
        title="数据文件已损坏"
        subTitle={`启动时的完整性检查没有通过（${health.problem ?? '未知问题'}）。为免损坏扩大，程序暂停了其他操作。损坏的文件会原样保留在数据文件夹中，不会删除。`}
        extra={
          b ? (
            <Space direction="vertical">
              <Typography.Text>
                最近的正常备份：{formatDateTime(b.at)}
                {b.counts && `（组织 ${b.counts.orgs} 个，党员 ${b.counts.members} 名，会议 ${b.counts.meetings} 次）`}
              </Typography.Text>
              <Popconfirm
                title={`用 ${formatDateTime(b.at)} 的备份替换损坏的数据？`}
                description="这份备份之后录入的内容不在其中；损坏的文件改名后留在数据文件夹中。"
                okText="恢复"
                okButtonProps={{ danger: true }}
                cancelText="取消"
                onConfirm={() => restore(b.name)}
              >
                <Button type="primary">从这份备份恢复</Button>
              </Popconfirm>
            </Space>
          ) : (
            <Alert type="error" showIcon message="没有找到完好的备份。请用“从备份文件恢复…”选择U盘上的 .djbak 备份，或请技术人员协助。" />
          )
        }
      />
      <BackupPage />
    </div>
  );
}

function LockScreen({ onUnlocked }: { onUnlocked: () => void }) {
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const unlock = async ({ password }: { password: string }) => {
    setBusy(true);
    try {
      await call('lock.unlock', { password: password ?? '' });
      onUnlocked();
    } catch (e) {
      setError(e instanceof ApiCallError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div style={{ display: 'flex', minHeight: '100vh', alignItems: 'center', justifyContent: 'center', background: '#f5f5f5' }}>
      <Card title="党建台账已锁定" style={{ width: 360 }}>
        <Form onFinish={unlock} layout="vertical">
          <Form.Item name="password" label="密码" validateStatus={error ? 'error' : undefined} help={error}>
            <Input.Password autoFocus onChange={() => setError(undefined)} />
          </Form.Item>
          <Button type="primary" htmlType="submit" block {...busyButton(busy)}>解锁</Button>
        </Form>
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 16, marginBottom: 0 }}>
          忘记密码：请在这台电脑上用命令行清除应用密码（<Typography.Text code>npm run cli -- reset-password --data 数据文件夹</Typography.Text>）。数据不受影响，清除记入操作记录。
        </Typography.Paragraph>
      </Card>
    </div>
  );
}

/** Calls onIdle once after `minutes` without a key, click or mouse move (null: never). */
function useIdleLock(minutes: number | null, onIdle: () => void) {
  const cb = useRef(onIdle);
  cb.current = onIdle;
  useEffect(() => {
    if (minutes === null) return;
    let timer = 0;
    const arm = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => cb.current(), minutes * 60_000);
    };
    const events = ['keydown', 'mousedown', 'mousemove', 'wheel', 'touchstart'] as const;
    for (const e of events) window.addEventListener(e, arm, { passive: true });
    arm();
    return () => {
      window.clearTimeout(timer);
      for (const e of events) window.removeEventListener(e, arm);
    };
  }, [minutes]);
}
