import { Alert, App as AntApp, Button, Card, Form, Input, Popconfirm, Space, Table, Upload } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import type { BackupListing } from '../../../electron/api/contract';
import { BACKUP_KIND_LABEL, backupDisplayName } from '../../../electron/domain/glossary';
import { call, fileToBase64, saveFile } from '../../api';
import { FormModal } from '../../components/FormModal';
import { busyButton } from '../../components/busyButton';
import { formatDateTime } from '../../format';
import { useLoad, useRun } from '../../hooks';
import { BackupPolicyCard, BackupStatus, mb } from './BackupPolicyCard';

const passwordRules = [{ min: 8, message: '备份密码至少8个字符' }];

export function BackupPage() {
  const run = useRun();
  const { message } = AntApp.useApp();
  const list = useLoad(() => call('backups.list', {}), []);
  const newestFirst = useMemo(() => [...(list.data ?? [])].sort((a, b) => b.at.localeCompare(a.at)), [list.data]);
  const summary = useLoad(() => call('backups.summary', {}), []);
  const [exporting, setExporting] = useState(false);
  const [upload, setUpload] = useState<File | null>(null);
  const running = summary.data?.running !== null && summary.data?.running !== undefined;
  // The reloads are stable callbacks; taken out of their objects so the effect depends on them alone.
  const reloadSummary = summary.reload;
  const reloadList = list.reload;
  // While a backup runs in the background its progress is shown, and the list refreshed when it ends.
  useEffect(() => {
    if (!running) return;
    const timer = window.setInterval(reloadSummary, 1000);
    return () => {
      window.clearInterval(timer);
      reloadList();
    };
  }, [running, reloadSummary, reloadList]);
  const restored = (r: { safetyCopy: string } | undefined) => {
    if (!r) return;
    // Everything on screen belongs to the old data: start over on the restored data.
    window.setTimeout(() => window.location.reload(), 1200);
  };
  const backupNow = async () => {
    const pending = call('backups.create', {});
    window.setTimeout(summary.reload, 300); // show the progress while it runs
    return pending;
  };
  return (
    <Card>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        message="每天第一次启动时在后台自动备份（每月第一份记为“每月”，每周第一份记为“每周”），批量导入前、恢复前、升级前也会自动备份。每份备份写完后都做完整性检查，并压缩保存；保留多少份、最多占用多少空间，在下面的“保留规则”中设置。"
        description="“备份到文件”把数据库和全部附件打包成一个 .djbak 文件，可存到U盘或其他电脑，并可设置备份密码（密码丢失后无法恢复）。恢复时先在数据文件夹内检查备份的每一部分（完整性、附件内容、是否来自本程序），全部通过后才一次替换，并自动备份当前数据；检查不通过时现有数据不受任何影响。"
      />
      {summary.data && <BackupStatus summary={summary.data} />}
      <Space style={{ marginBottom: 16 }}>
        <Button type="primary" {...busyButton(running)} onClick={() => run(backupNow, '已备份').then(() => (list.reload(), summary.reload()))}>
          立即备份
        </Button>
        <Button onClick={() => setExporting(true)}>备份到文件…</Button>
        <Upload
          accept=".djbak,.sqlite3,.gz"
          showUploadList={false}
          beforeUpload={(f) => {
            // Choosing a file only asks: the data is replaced after the clerk confirms.
            setUpload(f);
            return false;
          }}
        >
          <Button danger>从备份文件恢复…</Button>
        </Upload>
      </Space>
      {summary.data && <BackupPolicyCard summary={summary.data} onSaved={() => (summary.reload(), list.reload())} />}
      <Table<BackupListing>
        rowKey="name"
        size="small"
        loading={list.loading}
        dataSource={newestFirst}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: '时间', dataIndex: 'at', width: 170, render: formatDateTime },
          { title: '类型', dataIndex: 'kind', width: 90, render: (k: string) => BACKUP_KIND_LABEL[k] ?? k },
          { title: '大小', dataIndex: 'size', width: 90, render: mb },
          { title: '组织', width: 70, render: (_, b) => b.counts?.orgs ?? '无法读取' },
          { title: '党员', width: 70, render: (_, b) => b.counts?.members ?? '—' },
          { title: '会议', width: 70, render: (_, b) => b.counts?.meetings ?? '—' },
          { title: '文件名', dataIndex: 'name', ellipsis: true, render: backupDisplayName },
          {
            title: '操作',
            width: 70,
            render: (_, b) => (
              <Popconfirm
                title={`用“${backupDisplayName(b.name)}”替换现在的全部数据？`}
                description="现在的数据会先自动备份，之后仍可恢复回来。"
                okText="恢复"
                cancelText="取消"
                okButtonProps={{ danger: true }}
                onConfirm={() => run(() => call('backups.restore', { name: b.name }), '已恢复，正在重新载入…').then(restored)}
              >
                <a>恢复</a>
              </Popconfirm>
            ),
          },
        ]}
      />
      <FormModal<{ password?: string; again?: string }>
        open={exporting}
        title="备份到文件"
        okText="生成备份文件"
        onClose={() => setExporting(false)}
        onSubmit={async ({ password }) => {
          const file = await call('backups.export', password ? { password } : {});
          await saveFile(file);
          return file;
        }}
      >
        <Form.Item name="password" label="备份密码（可不填）" rules={passwordRules} extra="填写后，没有密码的人打不开这个备份文件（scrypt 派生密钥，AES-256-GCM 加密）。密码丢失后无法恢复，请妥善保管。">
          <Input.Password maxLength={200} autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="again"
          label="再输入一次"
          dependencies={['password']}
          rules={[({ getFieldValue }) => ({ validator: (_, v: string | undefined) => ((v ?? '') === (getFieldValue('password') ?? '') ? Promise.resolve() : Promise.reject(new Error('两次输入的密码不一致'))) })]}
        >
          <Input.Password maxLength={200} autoComplete="new-password" />
        </Form.Item>
      </FormModal>
      <FormModal<{ password?: string }>
        open={upload !== null}
        title={`用备份文件“${upload?.name ?? ''}”替换现在的全部数据？`}
        okText="恢复"
        danger
        onClose={() => setUpload(null)}
        onSubmit={async ({ password }) => {
          const f = upload!;
          const r = await call('backups.restore', { fileName: f.name, base64: await fileToBase64(f), ...(password ? { password } : {}) });
          void message.success('已恢复，正在重新载入…');
          restored(r);
          return r;
        }}
      >
        <p>现在的组织、党员、会议、学时、党费、档案等全部数据和附件都会被这份备份替换。先检查备份文件的每一部分，全部通过后才替换；恢复前会先自动备份现在的数据，之后仍可在下面的列表中恢复回来。</p>
        <Form.Item name="password" label="备份密码（备份文件设置了密码时填写）">
          <Input.Password maxLength={200} autoComplete="off" />
        </Form.Item>
      </FormModal>
    </Card>
  );
}
