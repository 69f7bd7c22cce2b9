// One document of 档案: its catalogue fields, where it came from, and its files — photos and PDFs
// shown in place, Word and Excel files with the text read from them and a button to open them.
import { Button, Card, Descriptions, Drawer, Image, Popconfirm, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { DocumentFile, OrgRow } from '../../../electron/api/contract';
import { call, saveFile } from '../../api';
import { useLoad, useRun } from '../../hooks';
import { DocumentFormModal } from './DocumentFormModal';

/** Where a filed document came from, as its tag reads. */
export const SOURCE_LABEL = { meeting: '三会一课', task: '工作任务', awardRound: '评选表彰', export: '导出' } as const;

function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}

/** A file's bytes as an object URL (revoked when the view goes), for <img> and the PDF frame. */
function usePreviewUrl(f: DocumentFile): string | undefined {
  const run = useRun();
  const [url, setUrl] = useState<string>();
  const previewable = f.mime.startsWith('image/') || f.mime === 'application/pdf';
  useEffect(() => {
    if (!previewable) return;
    let made: string | undefined;
    void run(() => call('attachments.get', { id: f.id })).then((file) => {
      if (!file) return;
      made = URL.createObjectURL(new Blob([bytesOf(file.base64)], { type: file.mime }));
      setUrl(made);
    });
    return () => {
      if (made) URL.revokeObjectURL(made);
    };
  }, [f.id, previewable, run]);
  return url;
}

function FileView({ f }: { f: DocumentFile }) {
  const run = useRun();
  const url = usePreviewUrl(f);
  const open = () => run(async () => saveFile(await call('attachments.get', { id: f.id })));
  return (
    <Card size="small" title={f.fileName} extra={<Button size="small" onClick={() => void open()}>打开/另存</Button>} style={{ marginBottom: 12 }}>
      {f.mime.startsWith('image/') && url && <Image src={url} alt={f.fileName} style={{ maxHeight: 360 }} />}
      {f.mime === 'application/pdf' && url && <iframe title={`预览：${f.fileName}`} src={url} style={{ width: '100%', height: 480, border: '1px solid #f0f0f0' }} />}
      {!f.mime.startsWith('image/') && !(f.mime === 'application/pdf' && url) && f.textPreview && (
        <Typography.Paragraph type="secondary" style={{ whiteSpace: 'pre-wrap', maxHeight: 160, overflow: 'auto', marginBottom: 0 }}>
          {f.textPreview}
          {f.textPreview.length >= 600 ? '……' : ''}
        </Typography.Paragraph>
      )}
      {!f.mime.startsWith('image/') && !f.textPreview && <Typography.Text type="secondary">没有读到文字（扫描件或空文件），检索时只按题名、文号、责任者查找。</Typography.Text>}
    </Card>
  );
}

type Props = { id: number | null; orgs: OrgRow[]; categories: string[]; onClose: () => void; onChanged: () => void };

export function DocumentDrawer({ id, orgs, categories, onClose, onChanged }: Props) {
  const run = useRun();
  const detail = useLoad(() => (id ? call('archive.get', { id }) : Promise.resolve(undefined)), [id]);
  const [editing, setEditing] = useState(false);
  const d = id && detail.data?.id === id ? detail.data : undefined;
  return (
    <Drawer
      open={id !== null}
      width={760}
      title={d ? d.title : '档案'}
      onClose={onClose}
      extra={
        d && (
          <Space>
            <Button onClick={() => setEditing(true)}>编辑</Button>
            <Popconfirm title="删除这件档案？" description="删除后移入回收站，可在回收站中恢复。" okText="删除" cancelText="取消" okButtonProps={{ danger: true }}
              onConfirm={() => run(() => call('archive.delete', { id: d.id }), '已删除，可在回收站中恢复').then((r) => r && (onChanged(), onClose()))}>
              <Button danger>删除</Button>
            </Popconfirm>
          </Space>
        )
      }
    >
      {d && (
        <>
          <Descriptions column={2} size="small" bordered style={{ marginBottom: 16 }}>
            <Descriptions.Item label="件号">{d.pieceNo ? `${d.year}年 第${d.pieceNo}件` : '—'}</Descriptions.Item>
            <Descriptions.Item label="文号">{d.wenhao ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="责任者">{d.author ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="日期">{d.date ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="类别">{d.category}</Descriptions.Item>
            <Descriptions.Item label="保管期限">{d.retention}</Descriptions.Item>
            <Descriptions.Item label="所属党组织">{d.orgName ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="页数">{d.pages ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="来源" span={2}>{d.source ? `由“${SOURCE_LABEL[d.source.kind]}”归档` : '手工录入'}</Descriptions.Item>
            <Descriptions.Item label="备注" span={2}>{d.remarks ?? '—'}</Descriptions.Item>
          </Descriptions>
          {d.files.map((f) => <FileView key={f.id} f={f} />)}
          {d.files.length === 0 && <Typography.Text type="secondary">这件档案还没有文件。</Typography.Text>}
          <DocumentFormModal open={editing} doc={d} orgs={orgs} categories={categories} onClose={() => setEditing(false)} onSaved={() => (detail.reload(), onChanged())} />
        </>
      )}
    </Drawer>
  );
}
