import { Col, Form, Input, InputNumber, Radio, Row, Select, Space, Table, Tag, Upload } from 'antd';
import { useEffect, useState } from 'react';
import type { AttachmentRow, MeetingDetail, OrgRow, RosterPick } from '../../../electron/api/contract';
import { BODY_LABEL, BODY_OF, hasVote, typesHeldBy } from '../../../electron/domain/attendance';
import { MEETING_TYPES, type Attendance, type MeetingType } from '../../../electron/domain/glossary';
import { call, fileToBase64 } from '../../api';
import { DateField, isDateValue, todayText } from '../../components/DateField';
import { FormModal } from '../../components/FormModal';
import { MemberPicker, OrgPicker } from '../../components/pickers';
import { useRun } from '../../hooks';

type Values = {
  orgId: number; type: MeetingType; heldOn: string; startTime?: string; endTime?: string; place?: string; host?: string; recorder?: string;
  lecturer?: string; topic: string; minutes?: string; resolutions?: string; hours: number;
};
type Mark = { status: Attendance; reason: string };

const EMPTY = { committee: '这一天没有在任的委员：请先在“组织架构”中登记支委（班子成员）及任期', group: '该党小组还没有成员：请先在“组织架构”中为党小组编入党员', members: '该组织在这一天没有在册党员' } as const;

/** Default 学时 a meeting credits, by type; the clerk can change it. */
const DEFAULT_HOURS: Partial<Record<MeetingType, number>> = { 党课: 2, 集中学习: 2, 主题党日: 2, 组织生活会: 2, 支部党员大会: 1, 党小组会: 1 };

export function MeetingFormModal({ open, meeting, orgs, defaultOrgId, onClose, onDone }: { open: boolean; meeting: MeetingDetail | null; orgs: OrgRow[]; defaultOrgId?: number; onClose: () => void; onDone: (id: number) => void }) {
  const run = useRun();
  const [orgId, setOrgId] = useState<number | undefined>();
  const [heldOn, setHeldOn] = useState<string>(todayText());
  const [type, setType] = useState<MeetingType>('支委会');
  // 应到: the body that meets (domain/attendance); 列席: anyone else recorded at the meeting.
  const [roster, setRoster] = useState<RosterPick[]>([]);
  const [sitting, setSitting] = useState<RosterPick[]>([]);
  const [marks, setMarks] = useState<Map<number, Mark>>(new Map());
  const [files, setFiles] = useState<AttachmentRow[]>([]);
  // After a save was tried, an empty 请假原因 box is outlined (the message names the people).
  const [tried, setTried] = useState(false);

  useEffect(() => {
    if (!open) return;
    setOrgId(meeting?.orgId ?? defaultOrgId);
    setHeldOn(meeting?.heldOn ?? todayText());
    setType(meeting?.type ?? '支委会');
    setMarks(new Map((meeting?.attendance ?? []).map((a) => [a.memberId, { status: a.status, reason: a.reason ?? '' }])));
    setFiles(meeting?.attachments ?? []);
    setSitting([]);
    setTried(false);
  }, [open, meeting, defaultOrgId]);

  useEffect(() => {
    if (!open || !orgId || !heldOn) return setRoster([]);
    // The body that meets decides who is expected; anyone already recorded on this meeting stays listed.
    const recorded = meeting?.attendance ?? [];
    void run(() => call('meetings.roster', { orgId, onDate: heldOn, type })).then((r) => {
      if (!r) return;
      const listed = new Set(r.map((p) => p.memberId));
      setRoster(r);
      setSitting((old) => {
        const keep = [...recorded.filter((a) => !listed.has(a.memberId)).map((a) => ({ memberId: a.memberId, name: a.name, memberType: a.memberType })), ...old.filter((p) => !listed.has(p.memberId))];
        return keep.filter((p, i) => keep.findIndex((q) => q.memberId === p.memberId) === i);
      });
    });
  }, [open, orgId, heldOn, type, meeting, run]);

  const mark = (id: number): Mark => marks.get(id) ?? { status: '出席', reason: '' };
  const setMark = (id: number, m: Partial<Mark>) => setMarks((old) => new Map(old).set(id, { ...mark(id), ...m }));
  const present = roster.filter((r) => mark(r.memberId).status === '出席').length;

  return (
    <FormModal<Values>
      open={open}
      width={960}
      title={meeting ? `编辑会议记录：${meeting.topic}` : '记录会议'}
      okText="保存"
      initialValues={meeting ? { ...meeting, startTime: meeting.startTime ?? undefined, endTime: meeting.endTime ?? undefined } as never : { orgId: defaultOrgId, heldOn: todayText(), type: '支委会', hours: 0 }}
      onClose={onClose}
      onSubmit={async (v) => {
        setTried(true);
        const r = await call('meetings.save', {
          ...(meeting ? { id: meeting.id } : {}),
          orgId: v.orgId, type: v.type, heldOn: v.heldOn, startTime: v.startTime || null, endTime: v.endTime || null, place: v.place ?? null, host: v.host ?? null,
          recorder: v.recorder ?? null, lecturer: v.lecturer ?? null, topic: v.topic, minutes: v.minutes ?? null, resolutions: v.resolutions ?? null, hours: v.hours ?? 0,
          attendance: [...roster.map((p) => ({ p, sitsIn: false })), ...sitting.map((p) => ({ p, sitsIn: true }))].map(({ p, sitsIn }) => ({
            memberId: p.memberId, status: mark(p.memberId).status, sitsIn, ...(mark(p.memberId).status === '请假' ? { reason: mark(p.memberId).reason } : {}),
          })),
          attachmentIds: files.map((f) => f.id),
        });
        onDone(r.id);
      }}
    >
      {(form) => (
        <>
          <Row gutter={16}>
            <Col span={9}>
              <Form.Item name="orgId" label="党组织" rules={[{ required: true, message: '请选择党组织' }]}>
                <OrgPicker
                  orgs={orgs}
                  withGroups
                  style={{ width: '100%' }}
                  allowClear={false}
                  placeholder="选择党支部或党小组"
                  onChange={(v) => {
                    setOrgId(v);
                    // A 党小组 holds 党小组会 only.
                    if (orgs.find((o) => o.id === v)?.kind === 'group') { form.setFieldValue('type', '党小组会'); form.setFieldValue('hours', DEFAULT_HOURS.党小组会); setType('党小组会'); }
                  }}
                />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="type" label="会议类型" rules={[{ required: true, message: '请选择会议类型' }]}>
                <Select options={(orgs.find((o) => o.id === orgId)?.kind === 'group' ? typesHeldBy('group') : MEETING_TYPES).map((t) => ({ value: t, label: t }))} onChange={(t: MeetingType) => { form.setFieldValue('hours', DEFAULT_HOURS[t] ?? 0); setType(t); }} />
              </Form.Item>
            </Col>
            <Col span={5}>
              <Form.Item name="heldOn" label="日期" rules={[{ required: true, message: '请选择日期' }]}>
                <DateField onChange={(d) => isDateValue(d) && setHeldOn(d)} />
              </Form.Item>
            </Col>
            <Col span={4}>
              <Form.Item name="hours" label="学时" extra="计入出席党员">
                <InputNumber min={0} max={24} step={0.5} precision={1} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="topic" label="会议主题" rules={[{ required: true, whitespace: true, message: '请填写会议主题' }]}>
                <Input maxLength={100} autoFocus />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="startTime" label="开始时间" rules={[{ pattern: /^([01]\d|2[0-3]):[0-5]\d$/, message: '如 14:30' }]}>
                <Input placeholder="14:30" maxLength={5} />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="endTime" label="结束时间" rules={[{ pattern: /^([01]\d|2[0-3]):[0-5]\d$/, message: '如 16:30' }]}>
                <Input placeholder="16:30" maxLength={5} />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="place" label="地点">
                <Input maxLength={60} />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="host" label="主持人">
                <Input maxLength={20} />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="recorder" label="记录人">
                <Input maxLength={20} />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item noStyle shouldUpdate={(a, b) => a.type !== b.type}>
                {() => (
                  <Form.Item name="lecturer" label="授课人" rules={form.getFieldValue('type') === '党课' ? [{ required: true, whitespace: true, message: '党课请填写授课人' }] : []}>
                    <Input maxLength={20} disabled={form.getFieldValue('type') !== '党课'} />
                  </Form.Item>
                )}
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item name="minutes" label="记录正文">
                <Input.TextArea rows={4} maxLength={20000} />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item name="resolutions" label="决议">
                <Input.TextArea rows={2} maxLength={5000} />
              </Form.Item>
            </Col>
          </Row>
          <Space style={{ marginBottom: 8 }}>
            <strong>出席情况</strong>
            <Tag>应到 {roster.length}（{BODY_LABEL[BODY_OF[type]]}）</Tag>
            <Tag color="green">实到 {present}</Tag>
            <Tag>出席率 {roster.length ? Math.round((present / roster.length) * 100) : 0}%</Tag>
          </Space>
          <Table<RosterPick>
            rowKey="memberId"
            size="small"
            pagination={false}
            scroll={{ y: 260 }}
            dataSource={[...roster, ...sitting]}
            locale={{ emptyText: orgId ? EMPTY[BODY_OF[type]] : '请先选择党组织和日期' }}
            columns={[
              { title: '姓名', dataIndex: 'name', width: 120, render: (n: string, p) => (sitting.some((s) => s.memberId === p.memberId) ? <Space size={4}>{n}<Tag>列席</Tag></Space> : n) },
              {
                title: '类别',
                width: 150,
                render: (_, p) => (
                  <Space size={4}>
                    {p.memberType}
                    {!hasVote(type, p.memberType) && <Tag color="orange">无表决权</Tag>}
                  </Space>
                ),
              },
              {
                title: '出席情况',
                width: 240,
                render: (_, p) => (
                  <Radio.Group size="small" value={mark(p.memberId).status} onChange={(e) => setMark(p.memberId, { status: e.target.value as Attendance })} aria-label={`${p.name}的出席情况`}>
                    <Radio.Button value="出席">出席</Radio.Button>
                    <Radio.Button value="请假">请假</Radio.Button>
                    <Radio.Button value="缺席">缺席</Radio.Button>
                  </Radio.Group>
                ),
              },
              {
                title: '请假原因',
                render: (_, p) => mark(p.memberId).status === '请假' && <Input size="small" maxLength={100} status={tried && !mark(p.memberId).reason.trim() ? 'error' : undefined} value={mark(p.memberId).reason} onChange={(e) => setMark(p.memberId, { reason: e.target.value })} placeholder="必填" aria-label={`${p.name}的请假原因`} />,
              },
            ]}
          />
          <Space style={{ marginTop: 8 }}>
            <span>添加列席人员：</span>
            <MemberPicker
              id="sitting-in"
              placeholder="输入姓名或拼音首字母"
              value={undefined}
              onChange={((v: number) => {
                if (!v || roster.some((p) => p.memberId === v) || sitting.some((p) => p.memberId === v)) return;
                void run(() => call('members.get', { id: v })).then((r) => r && setSitting((old) => [...old, { memberId: v, name: r.member.name, memberType: r.member.memberType }]));
              }) as never}
            />
            {sitting.length > 0 && <a onClick={() => setSitting([])}>清除列席人员</a>}
          </Space>
          <div style={{ marginTop: 12 }}>
            <Upload
              accept=".jpg,.jpeg,.png,.gif,.webp,.pdf,.docx,.xlsx"
              multiple
              showUploadList={false}
              beforeUpload={(f) => {
                void run(async () => call('attachments.add', { fileName: f.name, base64: await fileToBase64(f) })).then((a) => a && setFiles((old) => [...old, a]));
                return false;
              }}
            >
              <a>添加照片或扫描件</a>
            </Upload>
            <Space wrap style={{ marginLeft: 12 }}>
              {files.map((f) => (
                <Tag key={f.id} closable onClose={() => setFiles((old) => old.filter((x) => x.id !== f.id))}>
                  {f.fileName}
                </Tag>
              ))}
            </Space>
          </div>
        </>
      )}
    </FormModal>
  );
}
