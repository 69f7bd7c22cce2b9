// Adds or edits one document of 档案: its fields and files (copied into the data folder by content hash).
import { Col, Form, Input, InputNumber, Row, Select, Space, Tag, Typography, Upload } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import type { AttachmentRow, DocumentDetail, OrgRow } from '../../../electron/api/contract';
import { defaultRetention, RETENTIONS, type Retention } from '../../../electron/domain/archive';
import { normalizeWenhao, WENHAO_HINT } from '../../../electron/domain/wenhao';
import { call, fileToBase64 } from '../../api';
import { DateField, isDateValue } from '../../components/DateField';
import { FormModal } from '../../components/FormModal';
import { OrgPicker } from '../../components/pickers';
import { useRun } from '../../hooks';

type Values = { title: string; wenhao?: string; author?: string; date?: string; year: number; category: string; orgId?: number; retention: Retention; pages?: number; remarks?: string };

type Props = { open: boolean; doc?: DocumentDetail; orgs: OrgRow[]; categories: string[]; onClose: () => void; onSaved: (id: number) => void };

export function DocumentFormModal({ open, doc, orgs, categories, onClose, onSaved }: Props) {
  const run = useRun();
  const [files, setFiles] = useState<AttachmentRow[]>([]);
  useEffect(() => {
    if (open) setFiles(doc?.files ?? []);
  }, [open, doc]);
  const initialValues: Partial<Values> = doc
    ? { ...doc, wenhao: doc.wenhao ?? undefined, author: doc.author ?? undefined, date: doc.date ?? undefined, orgId: doc.orgId ?? undefined, pages: doc.pages ?? undefined, remarks: doc.remarks ?? undefined }
    : { year: dayjs().year(), date: dayjs().format('YYYY-MM-DD'), category: categories[0], retention: defaultRetention(categories[0] ?? '') };
  return (
    <FormModal<Values>
      open={open}
      width={760}
      zIndex={1100}
      title={doc ? '编辑档案' : '新增档案'}
      okText="保存"
      initialValues={initialValues}
      onClose={onClose}
      onSubmit={async (v) => {
        const r = await call('archive.save', {
          ...(doc ? { id: doc.id } : {}),
          title: v.title, wenhao: v.wenhao ?? null, author: v.author ?? null, date: v.date ?? null, year: v.year, category: v.category,
          orgId: v.orgId ?? null, retention: v.retention, pages: v.pages ?? null, remarks: v.remarks ?? null, attachmentIds: files.map((f) => f.id),
        });
        onSaved(r.id);
      }}
    >
      {(form) => (
        <Row gutter={16}>
          <Col span={24}>
            <Form.Item name="title" label="题名" rules={[{ required: true, whitespace: true, message: '请填写题名' }]}>
              <Input maxLength={200} placeholder="如 关于开展2026年度民主评议党员工作的通知" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="wenhao"
              label="文号"
              extra="年份括号可输入 [ ]、( )、（ ）或【 】，保存为〔 〕"
              rules={[{ validator: async (_, v?: string) => { if (v?.trim() && !normalizeWenhao(v).ok) throw new Error(WENHAO_HINT); } }]}
            >
              <Input maxLength={60} placeholder="如 党委〔2026〕5号" onBlur={(e) => {
                const r = normalizeWenhao(e.target.value);
                if (r.ok) form.setFieldValue('wenhao', r.value);
              }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="author" label="责任者" extra="制发文件的机关或个人">
              <Input maxLength={60} placeholder="如 中共示范学院委员会" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="date" label="日期">
              <DateField onChange={(d) => isDateValue(d) && form.setFieldValue('year', Number(d.slice(0, 4)))} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="year" label="年度" rules={[{ required: true, message: '请填写年度' }]}>
              <InputNumber min={1949} max={2100} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="category" label="类别" rules={[{ required: true, message: '请选择类别' }]}>
              <Select options={categories.map((c) => ({ value: c, label: c }))} onChange={(c: string) => !doc && form.setFieldValue('retention', defaultRetention(c))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="orgId" label="所属党组织">
              <OrgPicker orgs={orgs} style={{ width: '100%' }} placeholder="可不选（全委性文件）" />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="retention" label="保管期限" rules={[{ required: true, message: '请选择保管期限' }]}>
              <Select options={RETENTIONS.map((r) => ({ value: r, label: r }))} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="pages" label="页数" extra="不填则按文件自动计算">
              <InputNumber min={0} max={100000} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="remarks" label="备注">
              <Input maxLength={500} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Space wrap>
              <Upload
                accept=".jpg,.jpeg,.png,.gif,.webp,.pdf,.docx,.xlsx"
                multiple
                showUploadList={false}
                beforeUpload={(f) => {
                  void run(async () => call('attachments.add', { fileName: f.name, base64: await fileToBase64(f) })).then((a) => {
                    if (!a) return;
                    setFiles((old) => [...old, a]);
                    // The file's name is usually its title: offered when the clerk has not typed one.
                    if (!form.getFieldValue('title')?.trim()) form.setFieldValue('title', a.fileName.replace(/\.[^.]+$/, ''));
                  });
                  return false;
                }}
              >
                <a>添加文件</a>
              </Upload>
              {files.map((f) => (
                <Tag key={f.id} closable onClose={() => setFiles((old) => old.filter((x) => x.id !== f.id))}>{f.fileName}</Tag>
              ))}
              {files.length === 0 && <Typography.Text type="secondary">Word、Excel、PDF 或照片，可添加多个</Typography.Text>}
            </Space>
          </Col>
        </Row>
      )}
    </FormModal>
  );
}
