import { InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, Space, Table, Tabs, Upload } from 'antd';
import { useState } from 'react';
import type { ImportPreview, RowIssue } from '../../electron/api/contract';
import { fileToBase64 } from '../api';
import { useRun } from '../hooks';

type Upload = { fileName: string; base64: string };

/** What differs between imports: the calls, the title and what the file should hold. */
export type ImportKind = {
  title: string;
  hint: string;
  preview: (f: Upload) => Promise<ImportPreview>;
  commit: (f: Upload, validOnly: boolean) => Promise<ImportPreview>;
  /** The success sentence, from the written report. */
  done: (r: ImportPreview, validOnly: boolean) => string;
};

const issueColumns = [
  { title: '行号', dataIndex: 'row', width: 70 },
  { title: '列', dataIndex: 'column', width: 130 },
  { title: '问题', dataIndex: 'message' },
];

/** Choose a file, see every row error before anything is written, then import all or only the valid rows. */
export function ImportModal({ kind, open, onClose, onDone }: { kind: ImportKind; open: boolean; onClose: () => void; onDone: () => void }) {
  const run = useRun();
  const [file, setFile] = useState<Upload | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [busy, setBusy] = useState(false);
  const reset = () => {
    setFile(null);
    setPreview(null);
  };
  const choose = async (f: File) => {
    setBusy(true);
    const input = { fileName: f.name, base64: await fileToBase64(f) };
    const p = await run(() => kind.preview(input));
    setBusy(false);
    if (p) {
      setFile(input);
      setPreview(p);
    }
  };
  const commit = async (validOnly: boolean) => {
    if (!file) return;
    setBusy(true);
    const r = await run(() => kind.commit(file, validOnly));
    setBusy(false);
    if (r?.written) {
      Modal.success({
        title: '导入完成',
        content: kind.done(r, validOnly),
      });
      reset();
      onDone();
      onClose();
    } else if (r) {
      setPreview(r);
    }
  };
  const errorRows = new Set(preview?.errors.map((e) => e.row) ?? []).size;
  const validRows = preview ? preview.imported + preview.updated : 0;
  return (
    <Modal
      open={open}
      width={900}
      title={kind.title}
      onCancel={() => {
        reset();
        onClose();
      }}
      footer={
        preview ? (
          <Space>
            <Button onClick={reset}>重新选择文件</Button>
            {preview.errors.length > 0 && validRows > 0 && (
              <Button loading={busy} onClick={() => commit(true)}>
                仅导入无误的 {validRows} 行
              </Button>
            )}
            <Button type="primary" loading={busy} disabled={preview.errors.length > 0 || validRows === 0} onClick={() => commit(false)}>
              导入
            </Button>
          </Space>
        ) : null
      }
    >
      {!preview ? (
        <Upload.Dragger
          accept=".xlsx"
          showUploadList={false}
          disabled={busy}
          beforeUpload={(f) => {
            void choose(f);
            return false;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p>点击选择或拖入 Excel 文件</p>
          <p style={{ color: '#888' }}>{kind.hint}</p>
        </Upload.Dragger>
      ) : (
        <ImportReportView preview={preview} errorRows={errorRows} kind={kind} />
      )}
    </Modal>
  );
}

function ImportReportView({ preview, errorRows, kind }: { preview: ImportPreview; errorRows: number; kind: ImportKind }) {
  const table = (rows: RowIssue[]) => (
    <Table<RowIssue> rowKey={(r) => `${r.row}-${r.column}-${r.message}`} size="small" columns={issueColumns} dataSource={rows} pagination={{ pageSize: 8, hideOnSinglePage: true }} />
  );
  return (
    <>
      <Alert
        type={preview.errors.length ? 'warning' : 'success'}
        showIcon
        message={`工作表“${preview.sheetName}”，表头在第 ${preview.headerRow} 行，共 ${preview.rowCount} 行数据：可新增 ${preview.imported} ${kind.title.includes('学时') ? '条' : '人'}${kind.title.includes('学时') ? '' : `，更新 ${preview.updated} 人`}${preview.errors.length ? `；${errorRows} 行有错误（${preview.errors.length} 处）` : '，没有发现错误'}。`}
        description={
          <>
            {preview.createdOrgs.length > 0 && <div>将新建组织：{preview.createdOrgs.join('、')}</div>}
            {preview.ignoredColumns.length > 0 && <div>未识别、不导入的列：{preview.ignoredColumns.join('、')}</div>}
            {preview.errors.length > 0 && <div>有错误时默认不写入任何数据。请在 Excel 中改正后重新选择文件，或只导入无误的行。</div>}
          </>
        }
      />
      <Tabs
        style={{ marginTop: 12 }}
        items={[
          { key: 'e', label: `错误（${preview.errors.length}）`, children: table(preview.errors) },
          { key: 'w', label: `提醒（${preview.warnings.length}）`, children: table(preview.warnings) },
        ]}
      />
    </>
  );
}
