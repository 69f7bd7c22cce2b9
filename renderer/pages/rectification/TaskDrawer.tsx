import { Button, Descriptions, Drawer, Form, Input, Popconfirm, Space, Table, Tag, Typography, Upload } from 'antd';
import { useEffect, useState } from 'react';
import type { AttachmentRow, OrgRow, TaskTargetRow } from '../../../electron/api/contract';
import type { SubmissionState } from '../../../electron/domain/deadlines';
import { call, fileToBase64, saveFile } from '../../api';
import { DateField, todayText } from '../../components/DateField';
import { DueTag } from '../../components/DueTag';
import { FormModal } from '../../components/FormModal';
import { useLoad, useRun } from '../../hooks';
import { FileToArchiveButton } from '../../components/FileToArchiveButton';
import { TaskFormModal } from './TaskFormModal';

const STATE_COLOR: Record<SubmissionState, string | undefined> = { 已报送: 'green', 逾期报送: 'orange', '未报送（逾期）': 'red', 未报送: undefined };

type SubmitValues = { submittedOn: string; note?: string };

function SubmitModal({ taskId, target, onClose, onDone }: { taskId: number; target: TaskTargetRow | null; onClose: () => void; onDone: () => void }) {
  const run = useRun();
  const [file, setFile] = useState<AttachmentRow | null>(null);
  useEffect(() => setFile(null), [target]);
  return (
    <FormModal<SubmitValues>
      open={target !== null}
      title={target ? `登记报送：${target.orgName}` : '登记报送'}
      okText="保存"
      initialValues={{ submittedOn: todayText() }}
      onClose={onClose}
      onSubmit={async (v) => {
        await call('tasks.submit', { taskId, orgId: target!.orgId, submittedOn: v.submittedOn, note: v.note ?? null, attachmentId: file?.id ?? null });
        onDone();
      }}
    >
      <Form.Item name="submittedOn" label="报送日期" rules={[{ required: true, message: '请选择报送日期' }]}>
        <DateField />
      </Form.Item>
      <Form.Item name="note" label="备注">
        <Input maxLength={500} placeholder="如 纸质材料已交组织部" />
      </Form.Item>
      <Space>
        <Upload
          accept=".jpg,.jpeg,.png,.gif,.webp,.pdf,.docx,.xlsx"
          showUploadList={false}
          beforeUpload={(f) => {
            void run(async () => call('attachments.add', { fileName: f.name, base64: await fileToBase64(f) })).then((a) => a && setFile(a));
            return false;
          }}
        >
          <Button>上传报送材料</Button>
        </Upload>
        {file ? <Tag closable onClose={() => setFile(null)}>{file.fileName}</Tag> : <Typography.Text type="secondary">可选：PDF、Word、Excel 或照片</Typography.Text>}
      </Space>
    </FormModal>
  );
}

export function TaskDrawer({ id, orgs, onClose, onChanged }: { id: number | null; orgs: OrgRow[]; onClose: () => void; onChanged: () => void }) {
  const run = useRun();
  const detail = useLoad(() => (id ? call('tasks.get', { id }) : Promise.resolve(undefined)), [id]);
  const [submitting, setSubmitting] = useState<TaskTargetRow | null>(null);
  const [editing, setEditing] = useState(false);
  const t = id && detail.data?.id === id ? detail.data : undefined;
  const changed = () => {
    detail.reload();
    onChanged();
  };
  return (
    <Drawer
      open={id !== null}
      width={900}
      title={t ? t.title : '工作任务'}
      onClose={onClose}
      extra={
        t && (
          <Space>
            <Button onClick={() => setEditing(true)}>编辑</Button>
            {t.submittedCount > 0 && <FileToArchiveButton kind="task" id={t.id} label="归档报送材料" file={() => call('archive.fileTask', { taskId: t.id })} />}
            <Popconfirm
              title="删除这项工作任务？"
              description="删除后移入回收站，各支部的报送记录随它保留，可在回收站中恢复。"
              okText="删除"
              okButtonProps={{ danger: true }}
              cancelText="取消"
              onConfirm={() => run(() => call('tasks.delete', { id: t.id }), '已删除，可在回收站中恢复').then((r) => r && (onChanged(), onClose()))}
            >
              <Button danger>删除</Button>
            </Popconfirm>
          </Space>
        )
      }
    >
      {t && (
        <>
          <Descriptions size="small" column={3} style={{ marginBottom: 12 }}>
            <Descriptions.Item label="下达单位">{t.issuer ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="截止日期">
              <Space size={4}>{t.dueOn}<DueTag daysLeft={t.daysLeft} daysOverdue={t.daysOverdue} done={t.submittedCount === t.targetCount} /></Space>
            </Descriptions.Item>
            <Descriptions.Item label="报送情况">{`已报送 ${t.submittedCount}/${t.targetCount}`}</Descriptions.Item>
            {t.description && <Descriptions.Item label="任务要求" span={3}>{t.description}</Descriptions.Item>}
          </Descriptions>
          <Table<TaskTargetRow>
            rowKey="orgId"
            size="small"
            pagination={false}
            dataSource={t.targets}
            columns={[
              { title: '党支部', dataIndex: 'orgName' },
              {
                title: '状态',
                width: 170,
                render: (_, g) => (
                  <Tag color={STATE_COLOR[g.state]} data-state={g.state}>
                    {g.daysLate ? `${g.state}${g.state === '逾期报送' ? `（晚${g.daysLate}天）` : ` ${g.daysLate}天`}` : g.state}
                  </Tag>
                ),
              },
              { title: '报送日期', dataIndex: 'submittedOn', width: 110, render: (d: string | null) => d ?? '—' },
              {
                title: '材料',
                render: (_, g) =>
                  g.attachment ? (
                    <a onClick={() => run(async () => saveFile(await call('attachments.get', { id: g.attachment!.id })))}>{g.attachment.fileName}</a>
                  ) : (
                    g.note ?? ''
                  ),
              },
              {
                title: '操作',
                width: 140,
                render: (_, g) => (
                  <Space>
                    <a onClick={() => setSubmitting(g)}>{g.submittedOn ? '修改' : '登记报送'}</a>
                    {g.submittedOn && (
                      <Popconfirm
                        title={`撤销“${g.orgName}”的报送记录？`}
                        okText="撤销"
                        cancelText="取消"
                        onConfirm={() => run(() => call('tasks.unsubmit', { taskId: t.id, orgId: g.orgId }), '已撤销').then(changed)}
                      >
                        <a>撤销</a>
                      </Popconfirm>
                    )}
                  </Space>
                ),
              },
            ]}
          />
          <SubmitModal taskId={t.id} target={submitting} onClose={() => setSubmitting(null)} onDone={changed} />
          <TaskFormModal open={editing} task={t} year={t.year} orgs={orgs} onClose={() => setEditing(false)} onSaved={changed} />
        </>
      )}
    </Drawer>
  );
}
