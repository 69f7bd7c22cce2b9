import { Button, Descriptions, Drawer, Image, Popconfirm, Space, Tag } from 'antd';
import { useEffect, useState } from 'react';
import type { AttachmentRow, OrgRow } from '../../../electron/api/contract';
import { BODY_LABEL, BODY_OF } from '../../../electron/domain/attendance';
import { call, saveFile } from '../../api';
import { useLoad, useRun } from '../../hooks';
import { FileToArchiveButton } from '../../components/FileToArchiveButton';
import { MeetingFormModal } from './MeetingFormModal';

function AttachmentView({ a }: { a: AttachmentRow }) {
  const run = useRun();
  const [src, setSrc] = useState<string>();
  useEffect(() => {
    if (a.mime.startsWith('image/')) void run(() => call('attachments.get', { id: a.id })).then((f) => f && setSrc(`data:${f.mime};base64,${f.base64}`));
  }, [a, run]);
  return src ? (
    <Image src={src} width={120} alt={a.fileName} />
  ) : (
    <Button size="small" onClick={() => run(async () => saveFile(await call('attachments.get', { id: a.id })))}>
      {a.fileName}
    </Button>
  );
}

export function MeetingDrawer({ id, orgs, onClose, onChanged }: { id: number | null; orgs: OrgRow[]; onClose: () => void; onChanged: () => void }) {
  const run = useRun();
  const detail = useLoad(() => (id ? call('meetings.get', { id }) : Promise.resolve(undefined)), [id]);
  const [editing, setEditing] = useState(false);
  const m = id && detail.data?.id === id ? detail.data : undefined;
  // The body that meets by status; people sitting in (列席) apart, as the minutes list them.
  const names = (s: '出席' | '请假' | '缺席') => m?.attendance.filter((a) => !a.sitsIn && a.status === s).map((a) => (a.reason ? `${a.name}（${a.reason}）` : a.name)).join('、') || '无';
  const sittingIn = m?.attendance.filter((a) => a.sitsIn && a.status === '出席').map((a) => a.name).join('、');
  return (
    <Drawer
      open={id !== null}
      width={720}
      title={m ? `${m.heldOn} ${m.orgName} ${m.type}` : '会议'}
      onClose={onClose}
      extra={
        m && (
          <Space>
            <Button onClick={() => setEditing(true)}>编辑</Button>
            <Button onClick={() => run(async () => saveFile(await call('exports.minutes', { meetingId: m.id })), '会议记录已导出')}>导出会议记录</Button>
            <FileToArchiveButton kind="meeting" id={m.id} label="归档会议记录" file={() => call('archive.fileMeeting', { meetingId: m.id })} />
            <Popconfirm title="删除这条会议记录？" description="删除后不再计入台账和统计，相应学时一并撤回。" okText="删除" cancelText="取消" okButtonProps={{ danger: true }}
              onConfirm={() => run(() => call('meetings.delete', { id: m.id }), '已删除').then((r) => r && (onChanged(), onClose()))}>
              <Button danger>删除</Button>
            </Popconfirm>
          </Space>
        )
      }
    >
      {m && (
        <>
          <Descriptions column={2} size="small" bordered>
            <Descriptions.Item label="会议主题" span={2}>{m.topic}</Descriptions.Item>
            <Descriptions.Item label="时间">{`${m.heldOn} ${m.startTime ?? ''}${m.endTime ? `—${m.endTime}` : ''}`}</Descriptions.Item>
            <Descriptions.Item label="地点">{m.place ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="主持人">{m.host ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="记录人">{m.recorder ?? '—'}</Descriptions.Item>
            {m.type === '党课' && <Descriptions.Item label="授课人">{m.lecturer ?? '—'}</Descriptions.Item>}
            <Descriptions.Item label="学时">{m.hours}</Descriptions.Item>
            <Descriptions.Item label="应到/实到" span={m.type === '党课' ? 1 : 2}>
              <Tag>{`应到 ${m.expected}（${BODY_LABEL[BODY_OF[m.type]]}）`}</Tag>
              <Tag color="green">{`实到 ${m.present}`}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label="出席" span={2}>{names('出席')}</Descriptions.Item>
            <Descriptions.Item label="请假" span={2}>{names('请假')}</Descriptions.Item>
            <Descriptions.Item label="缺席" span={2}>{names('缺席')}</Descriptions.Item>
            {sittingIn && <Descriptions.Item label="列席" span={2}>{sittingIn}</Descriptions.Item>}
            <Descriptions.Item label="记录正文" span={2}><div style={{ whiteSpace: 'pre-wrap' }}>{m.minutes ?? '—'}</div></Descriptions.Item>
            <Descriptions.Item label="决议" span={2}><div style={{ whiteSpace: 'pre-wrap' }}>{m.resolutions ?? '—'}</div></Descriptions.Item>
          </Descriptions>
          {m.attachments.length > 0 && (
            <Space wrap style={{ marginTop: 16 }}>
              {m.attachments.map((a) => <AttachmentView key={a.id} a={a} />)}
            </Space>
          )}
          <MeetingFormModal open={editing} meeting={m} orgs={orgs} onClose={() => setEditing(false)} onDone={() => { detail.reload(); onChanged(); }} />
        </>
      )}
    </Drawer>
  );
}
