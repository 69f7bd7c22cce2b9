// Adds or edits one 整改 item. Shared: 整改与报送 uses it, and 分类定级 opens it prefilled
// (source 分类定级, the branch graded 后进) so the clerk records the item in one step.
import { Col, Form, Input, InputNumber, Row, Select, Space, Tag, Typography, Upload } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import type { AttachmentRow, OrgRow, RectificationDetail } from '../../electron/api/contract';
import { RECTIFICATION_SOURCES, RECTIFICATION_STATUSES, type RectificationSource, type RectificationStatus } from '../../electron/domain/deadlines';
import { call, fileToBase64 } from '../api';
import { useRun } from '../hooks';
import { DateField, todayText } from './DateField';
import { FormModal } from './FormModal';
import { MemberPicker, OrgPicker } from './pickers';

type Values = {
  orgId: number; year: number; source: RectificationSource; problem: string; measures?: string; responsible?: string;
  deadline: string; status: RectificationStatus; completedOn?: string; evidence?: string;
};

/** What a caller may fill in before the clerk sees the form (e.g. from 分类定级: orgId, source, year). */
export type RectificationInitial = Partial<Values>;

export type RectificationFormModalProps = {
  open: boolean;
  /** Edit this item; leave out to add a new one. */
  id?: number | null;
  initial?: RectificationInitial;
  onClose: () => void;
  onSaved?: (id: number) => void;
};

export function RectificationFormModal({ open, id, initial, onClose, onSaved }: RectificationFormModalProps) {
  const run = useRun();
  const [orgs, setOrgs] = useState<OrgRow[]>([]);
  const [item, setItem] = useState<RectificationDetail | null>(null);
  const [files, setFiles] = useState<AttachmentRow[]>([]);
  const [memberId, setMemberId] = useState<number | null>(null);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    if (!open) return setReady(false);
    void (async () => {
      const [tree, detail] = await Promise.all([run(() => call('orgs.tree', { includeDissolved: false })), id ? run(() => call('rectifications.get', { id })) : Promise.resolve(null)]);
      setOrgs(tree ?? []);
      setItem(detail ?? null);
      setFiles(detail?.attachments ?? []);
      setMemberId(detail?.responsibleMemberId ?? null);
      setReady(true);
    })();
  }, [open, id, run]);

  const year = dayjs().year();
  const initialValues: Partial<Values> = item
    ? { ...item, measures: item.measures ?? undefined, responsible: item.responsible ?? undefined, completedOn: item.completedOn ?? undefined, evidence: item.evidence ?? undefined }
    : { year, status: '未开始', source: '自查', deadline: dayjs().add(1, 'month').format('YYYY-MM-DD'), ...initial };

  return (
    <FormModal<Values>
      open={open && ready}
      width={760}
      title={item ? '编辑整改事项' : '新增整改事项'}
      okText="保存"
      initialValues={initialValues}
      onClose={onClose}
      onSubmit={async (v) => {
        const done = v.status === '已完成';
        const r = await call('rectifications.save', {
          ...(item ? { id: item.id } : {}),
          orgId: v.orgId, year: v.year, source: v.source, problem: v.problem, measures: v.measures ?? null, responsible: v.responsible ?? null,
          responsibleMemberId: memberId, deadline: v.deadline, status: v.status, completedOn: done ? (v.completedOn ?? null) : null,
          evidence: v.evidence ?? null, attachmentIds: files.map((f) => f.id),
        });
        onSaved?.(r.id);
      }}
    >
      {(form) => (
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="orgId" label="党支部" rules={[{ required: true, message: '请选择党支部' }]}>
              <OrgPicker orgs={orgs} onlyBranches allowClear={false} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="source" label="问题来源" rules={[{ required: true, message: '请选择问题来源' }]}>
              <Select options={RECTIFICATION_SOURCES.map((s) => ({ value: s, label: s }))} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="year" label="年度" rules={[{ required: true, message: '请填写年度' }]}>
              <InputNumber min={2000} max={2100} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="problem" label="存在问题" rules={[{ required: true, whitespace: true, message: '请填写存在的问题' }]}>
              <Input.TextArea rows={2} maxLength={500} autoFocus />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="measures" label="整改措施">
              <Input.TextArea rows={2} maxLength={2000} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="responsible"
              label="责任人"
              required
              extra={memberId ? <span>已关联花名册 <Tag closable onClose={() => setMemberId(null)}>{form.getFieldValue('responsible') ?? ''}</Tag></span> : '可直接填写姓名，或在右侧从花名册中查找'}
              rules={[{ validator: async (_, v?: string) => { if (!memberId && !v?.trim()) throw new Error('请填写责任人'); } }]}
            >
              {/* Typing a different name unlinks the roster member: the name no longer names them. */}
              <Input maxLength={40} onChange={() => setMemberId(null)} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label="从花名册查找">
              <MemberPicker
                id="rect-member-search"
                placeholder="输入姓名或拼音首字母"
                onChange={(m: number) =>
                  void run(() => call('members.get', { id: m })).then((p) => {
                    if (!p) return;
                    form.setFieldValue('responsible', p.member.name);
                    setMemberId(p.member.id);
                    void form.validateFields(['responsible']);
                  })
                }
              />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="deadline" label="完成时限" rules={[{ required: true, message: '请选择完成时限' }]}>
              <DateField />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="status" label="整改状态" rules={[{ required: true, message: '请选择整改状态' }]}>
              <Select options={RECTIFICATION_STATUSES.map((s) => ({ value: s, label: s }))} onChange={(s: RectificationStatus) => s === '已完成' && !form.getFieldValue('completedOn') && form.setFieldValue('completedOn', todayText())} />
            </Form.Item>
          </Col>
          <Form.Item noStyle shouldUpdate={(a: Values, b: Values) => a.status !== b.status}>
            {() =>
              form.getFieldValue('status') === '已完成' && (
                <>
                  <Col span={8}>
                    <Form.Item name="completedOn" label="完成日期" rules={[{ required: true, message: '已完成的整改事项请填写完成日期' }]}>
                      <DateField />
                    </Form.Item>
                  </Col>
                  <Col span={24}>
                    <Form.Item
                      name="evidence"
                      label="完成情况"
                      extra="填写完成情况，或上传佐证材料（至少一项）"
                      rules={[{ validator: async (_, v?: string) => { if (!v?.trim() && files.length === 0) throw new Error('已完成的整改事项请填写完成情况或上传佐证材料'); } }]}
                    >
                      <Input.TextArea rows={3} maxLength={2000} />
                    </Form.Item>
                  </Col>
                </>
              )
            }
          </Form.Item>
          <Col span={24}>
            <Space wrap>
              <Upload
                accept=".jpg,.jpeg,.png,.gif,.webp,.pdf,.docx,.xlsx"
                multiple
                showUploadList={false}
                beforeUpload={(f) => {
                  void run(async () => call('attachments.add', { fileName: f.name, base64: await fileToBase64(f) })).then((a) => a && setFiles((old) => [...old, a]));
                  return false;
                }}
              >
                <a>上传佐证材料</a>
              </Upload>
              {files.map((f) => (
                <Tag key={f.id} closable onClose={() => setFiles((old) => old.filter((x) => x.id !== f.id))}>
                  {f.fileName}
                </Tag>
              ))}
              {files.length === 0 && <Typography.Text type="secondary">照片、PDF、Word 或 Excel 文件</Typography.Text>}
            </Space>
          </Col>
        </Row>
      )}
    </FormModal>
  );
}
