import { InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Modal, Select, Space, Table, Tabs, Upload } from 'antd';
import { useState } from 'react';
import type { FileOut, ImportPreview, RowChange, RowIssue } from '../../electron/api/contract';
import { fileToBase64, saveFile } from '../api';
import { useRun } from '../hooks';
import { busyButton } from './busyButton';

/** The file with the clerk's column mapping and the rows she confirmed. */
export type ImportUpload = { fileName: string; base64: string; mapping?: Record<string, string>; confirmRows?: number[] };

/** What differs between imports: the calls, the title and what the file should hold. */
export type ImportKind = {
  title: string;
  hint: string;
  preview: (f: ImportUpload) => Promise<ImportPreview>;
  commit: (f: ImportUpload, validOnly: boolean) => Promise<ImportPreview>;
  /** The .xlsx template with the app's headers and an example row. */
  template: () => Promise<FileOut>;
  /** The errors and warnings as an .xlsx list (row, column, value as typed, message). */
  issues: (f: ImportUpload) => Promise<FileOut>;
  /** The success sentence, from the written report. */
  done: (r: ImportPreview, validOnly: boolean) => string;
};

const issueColumns = [
  { title: '行号', dataIndex: 'row', width: 70 },
  { title: '列', dataIndex: 'column', width: 130 },
  { title: '问题', dataIndex: 'message' },
];

const UNUSED = '';

/** Choose a file, map its columns, see every row error before anything is written, then import all or only the valid rows. */
export function ImportModal({ kind, open, onClose, onDone }: { kind: ImportKind; open: boolean; onClose: () => void; onDone: () => void }) {
  const run = useRun();
  const [file, setFile] = useState<ImportUpload | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [busy, setBusy] = useState(false);
  const reset = () => {
    setFile(null);
    setPreview(null);
  };
  const check = async (input: ImportUpload) => {
    setBusy(true);
    const p = await run(() => kind.preview(input));
    setBusy(false);
    if (p) {
      setFile(input);
      setPreview(p);
    }
  };
  const choose = async (f: File) => check({ fileName: f.name, base64: await fileToBase64(f) });
  const remap = (header: string, field: string) => file && check({ ...file, mapping: { ...file.mapping, [header]: field } });
  const confirm = (row: number, yes: boolean) => {
    if (!file) return;
    const rows = new Set(file.confirmRows);
    if (yes) rows.add(row);
    else rows.delete(row);
    void check({ ...file, confirmRows: [...rows] });
  };
  const commit = async (validOnly: boolean) => {
    if (!file) return;
    setBusy(true);
    const r = await run(() => kind.commit(file, validOnly));
    setBusy(false);
    if (r?.written) {
      Modal.success({ title: '导入完成', content: kind.done(r, validOnly) });
      reset();
      onDone();
      onClose();
    } else if (r) {
      setPreview(r);
    }
  };
  const errorRows = new Set(preview?.errors.map((e) => e.row) ?? []).size;
  const validRows = preview ? preview.imported + preview.updated : 0;
  const download = async (get: () => Promise<FileOut>) => {
    const f = await run(get);
    if (f) await saveFile(f);
  };
  return (
    <Modal
      open={open}
      width={960}
      title={kind.title}
      onCancel={() => {
        reset();
        onClose();
      }}
      footer={
        preview ? (
          <Space>
            <Button onClick={reset}>重新选择文件</Button>
            {(preview.errors.length > 0 || preview.warnings.length > 0) && file && <Button onClick={() => void download(() => kind.issues(file))}>下载问题清单</Button>}
            {preview.errors.length > 0 && validRows > 0 && !preview.needsMapping && (
              <Button {...busyButton(busy)} onClick={() => commit(true)}>
                仅导入无误的 {validRows} 行
              </Button>
            )}
            <Button type="primary" {...busyButton(busy, preview.needsMapping || preview.errors.length > 0 || validRows === 0)} onClick={() => commit(false)}>
              导入
            </Button>
          </Space>
        ) : (
          <Button onClick={() => void download(kind.template)}>下载导入模板</Button>
        )
      }
    >
      {!preview ? (
        <Upload.Dragger
          accept=".xlsx,.xls"
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
        <ImportReportView preview={preview} errorRows={errorRows} kind={kind} busy={busy} confirmed={new Set(file?.confirmRows)} onRemap={remap} onConfirm={confirm} />
      )}
    </Modal>
  );
}

type ViewProps = {
  preview: ImportPreview;
  errorRows: number;
  kind: ImportKind;
  busy: boolean;
  confirmed: Set<number>;
  onRemap: (header: string, field: string) => void;
  onConfirm: (row: number, yes: boolean) => void;
};

function ImportReportView({ preview, errorRows, kind, busy, confirmed, onRemap, onConfirm }: ViewProps) {
  const hours = kind.title.includes('学时');
  const table = (rows: RowIssue[]) => (
    <Table<RowIssue> rowKey={(r) => `${r.row}-${r.column}-${r.message}`} size="small" columns={issueColumns} dataSource={rows} pagination={{ pageSize: 6, hideOnSinglePage: true }} />
  );
  const summary = preview.needsMapping
    ? `工作表“${preview.sheetName}”，表头在第 ${preview.headerRow} 行：没有认出${preview.missingRequired.map((m) => `“${m}”`).join('、')}列，请在下面的“列”中指定`
    : `工作表“${preview.sheetName}”，表头在第 ${preview.headerRow} 行，共 ${preview.rowCount} 行数据：可新增 ${preview.imported} ${hours ? '条' : '人'}${hours ? '' : `，更新 ${preview.updated} 人`}${preview.errors.length ? `；${errorRows} 行有错误（${preview.errors.length} 处）` : '，没有发现错误'}。`;
  const confirmable = preview.confirmable.length > 0 || confirmed.size > 0;
  return (
    <>
      <Alert
        type={preview.errors.length || preview.needsMapping ? 'warning' : 'success'}
        showIcon
        message={summary}
        description={
          <>
            {preview.layoutRemembered && <div>按上次为这种表格指定的列导入。</div>}
            {preview.createdOrgs.length > 0 && <div>将新建组织：{preview.createdOrgs.join('、')}</div>}
            {preview.ignoredColumns.length > 0 && <div>未使用的列：{preview.ignoredColumns.join('、')}</div>}
            {preview.errors.length > 0 && !preview.needsMapping && <div>有错误时默认不写入任何数据。请在 Excel 中改正后重新选择文件，或只导入无误的行。</div>}
          </>
        }
      />
      <Tabs
        key={preview.needsMapping ? 'map' : 'check'}
        style={{ marginTop: 8 }}
        defaultActiveKey={preview.needsMapping ? 'c' : 'e'}
        items={[
          { key: 'e', label: `错误（${preview.errors.length}）`, children: table(preview.errors) },
          { key: 'w', label: `提醒（${preview.warnings.length}）`, children: table(preview.warnings) },
          ...(preview.changes.length || confirmable
            ? [{ key: 'u', label: preview.changes.length || !confirmable ? `更新（${preview.changes.length}）` : `待确认（${preview.confirmable.length}）`, children: <ChangesView preview={preview} busy={busy} confirmed={confirmed} onConfirm={onConfirm} /> }]
            : []),
          { key: 'c', label: `列（${preview.sheetColumns.length}）`, children: <ColumnsView preview={preview} busy={busy} onRemap={onRemap} /> },
        ]}
      />
    </>
  );
}

/** Each column of the sheet with the field it feeds; the clerk can change any of them. */
function ColumnsView({ preview, busy, onRemap }: { preview: ImportPreview; busy: boolean; onRemap: (header: string, field: string) => void }) {
  const options = [{ value: UNUSED, label: '未使用' }, ...preview.fieldOptions.map((f) => ({ value: f.field, label: f.required ? `${f.label}（必需）` : f.label }))];
  return (
    <Table
      rowKey="col"
      size="small"
      pagination={false}
      scroll={{ y: 260 }}
      dataSource={preview.sheetColumns}
      columns={[
        { title: '列', dataIndex: 'letter', width: 50 },
        { title: '表头', dataIndex: 'header', width: 220 },
        {
          title: '导入为',
          width: 240,
          render: (_: unknown, c: ImportPreview['sheetColumns'][number]) => (
            <Select
              aria-label={`“${c.header}”导入为`}
              style={{ width: 220 }}
              disabled={busy}
              value={c.field ?? UNUSED}
              options={options}
              showSearch
              optionFilterProp="label"
              onChange={(v: string) => onRemap(c.header, v)}
            />
          ),
        },
        { title: '说明', dataIndex: 'note', render: (n: string | null) => n ?? '' },
      ]}
    />
  );
}

/** Who an update changes, before → after; rows whose ID number names someone else wait for a confirmation. */
function ChangesView({ preview, busy, confirmed, onConfirm }: { preview: ImportPreview; busy: boolean; confirmed: Set<number>; onConfirm: (row: number, yes: boolean) => void }) {
  const pending = [...new Set([...preview.confirmable, ...confirmed])].sort((a, b) => a - b);
  return (
    <>
      {pending.length > 0 && (
        <Alert
          type="error"
          style={{ marginBottom: 8 }}
          message="以下行的身份证号（或学号）已登记在另一个姓名下：确认是同一人（例如改了名）才会导入这些行"
          description={pending.map((row) => (
            <Checkbox key={row} disabled={busy} checked={confirmed.has(row)} onChange={(e) => onConfirm(row, e.target.checked)}>
              确认第 {row} 行
            </Checkbox>
          ))}
        />
      )}
      <Table<RowChange>
        rowKey="row"
        size="small"
        pagination={{ pageSize: 6, hideOnSinglePage: true }}
        dataSource={preview.changes}
        columns={[
          { title: '行号', dataIndex: 'row', width: 70 },
          { title: '姓名', dataIndex: 'name', width: 130 },
          { title: '修改前 → 修改后', render: (_: unknown, c: RowChange) => c.fields.map((f) => `${f.label}：${f.before} → ${f.after}`).join('；') },
        ]}
      />
    </>
  );
}
