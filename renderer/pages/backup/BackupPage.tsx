import { Alert, App as AntApp, Button, Card, Popconfirm, Space, Table, Upload } from 'antd';
import { useMemo } from 'react';
import type { BackupListing } from '../../../electron/api/contract';
import { BACKUP_KIND_LABEL, backupDisplayName } from '../../../electron/domain/glossary';
import { call, fileToBase64, saveFile } from '../../api';
import { formatDateTime } from '../../format';
import { useLoad, useRun } from '../../hooks';

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

export function BackupPage() {
  const run = useRun();
  const { modal } = AntApp.useApp();
  const list = useLoad(() => call('backups.list', {}), []);
  const newestFirst = useMemo(() => [...(list.data ?? [])].sort((a, b) => b.at.localeCompare(a.at)), [list.data]);
  const restored = (r: { safetyCopy: string } | undefined) => {
    if (!r) return;
    // Everything on screen belongs to the old data: start over on the restored data.
    window.setTimeout(() => window.location.reload(), 1200);
  };
  return (
    <Card>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        message="每天第一次启动时自动备份（保留最近14天和12个月），批量导入前、恢复前、升级前也会自动备份。每份备份写完后都会做完整性检查。"
        description="“备份到文件”把数据库和全部附件打包成一个 .djbak 文件，可存到U盘或其他电脑。恢复前会先检查备份是否完整、是否来自本程序，并自动备份当前数据。"
      />
      <Space style={{ marginBottom: 16 }}>
        <Button type="primary" onClick={() => run(() => call('backups.create', {}), '已备份').then(list.reload)}>立即备份</Button>
        <Button onClick={() => run(async () => saveFile(await call('backups.export', {})), '备份文件已生成')}>备份到文件…</Button>
        <Upload
          accept=".djbak,.sqlite3"
          showUploadList={false}
          beforeUpload={(f) => {
            // Choosing a file only asks: the data is replaced after the clerk confirms.
            modal.confirm({
              title: `用备份文件“${f.name}”替换现在的全部数据？`,
              content: '现在的组织、党员、会议、学时、党费、档案等全部数据和附件都会被这份备份替换。恢复前会先自动备份现在的数据，之后仍可在下面的列表中恢复回来。',
              okText: '恢复',
              okButtonProps: { danger: true },
              cancelText: '取消',
              onOk: () => run(async () => call('backups.restore', { fileName: f.name, base64: await fileToBase64(f) }), '已恢复，正在重新载入…').then(restored),
            });
            return false;
          }}
        >
          <Button danger>从备份文件恢复…</Button>
        </Upload>
      </Space>
      <Table<BackupListing>
        rowKey="name"
        size="small"
        loading={list.loading}
        dataSource={newestFirst}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: '时间', dataIndex: 'at', width: 180, render: formatDateTime },
          { title: '类型', dataIndex: 'kind', width: 100, render: (k: string) => BACKUP_KIND_LABEL[k] ?? k },
          { title: '大小', dataIndex: 'size', width: 100, render: mb },
          { title: '组织', width: 80, render: (_, b) => b.counts?.orgs ?? '无法读取' },
          { title: '党员', width: 80, render: (_, b) => b.counts?.members ?? '—' },
          { title: '会议', width: 80, render: (_, b) => b.counts?.meetings ?? '—' },
          { title: '文件名', dataIndex: 'name', render: backupDisplayName },
          {
            title: '操作',
            width: 90,
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
    </Card>
  );
}
