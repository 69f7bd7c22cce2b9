import { Alert, Button, Col, Collapse, Drawer, Form, Input, List, Popconfirm, Radio, Row, Select, Space, Table, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import type { AttachmentRow, Campaign, CommitmentRow } from '../../../electron/api/contract';
import { call, fileToBase64, saveFile } from '../../api';
import { DateField, todayText } from '../../components/DateField';
import { FormModal } from '../../components/FormModal';
import { MemberPicker, OrgPicker } from '../../components/pickers';
import { useLoad, useRun } from '../../hooks';
import type { CycleScope } from './types';

type CommitmentValues = { orgId: number; who: 'branch' | 'member'; memberId?: number; content: string; measures?: string; committedOn: string; publishedOn?: string | null };

export function CommitmentsTab({ year, orgId, orgs }: CycleScope) {
  const run = useRun();
  // 20 commitments a page, cut on the server: a 党委 of 30,000 members has as many.
  const [page, setPage] = useState(1);
  const board = useLoad(() => call('commitments.board', { year, orgId, page, pageSize: 20 }), [year, orgId, page]);
  const [editing, setEditing] = useState<CommitmentRow | 'new' | null>(null);
  const [rating, setRating] = useState<CommitmentRow | null>(null);
  const [progressOf, setProgressOf] = useState<CommitmentRow | null>(null);
  const [campaignOpen, setCampaignOpen] = useState(false);
  const b = board.data;
  if (!b) return null;
  const c = b.campaign;
  return (
    <>
      <CampaignModal open={campaignOpen} year={year} campaign={c} onClose={() => setCampaignOpen(false)} onDone={board.reload} />
      {!c ? (
        <Alert
          type="warning"
          showIcon
          message={`${year}年度还没有建立承诺评议活动`}
          description="先填写活动名称和时间要求（如 3月15日前完成承诺、七一前完成评诺），再登记各支部和党员的承诺。"
          action={<Button type="primary" onClick={() => setCampaignOpen(true)}>建立年度活动</Button>}
        />
      ) : (
        <>
          <Space wrap style={{ marginBottom: 12 }}>
            <Typography.Text strong>{c.title}</Typography.Text>
            <Typography.Text type="secondary">承诺截止：{c.commitDue ?? '未定'}　评诺截止：{c.rateDue ?? '未定'}</Typography.Text>
            <Button size="small" onClick={() => setCampaignOpen(true)}>修改</Button>
            <Button type="primary" onClick={() => setEditing('new')}>登记承诺</Button>
            <Button onClick={() => run(async () => saveFile(await call('cycleExports.commitments', { year, orgId })), '公开承诺台账已导出')}>导出公开承诺台账</Button>
          </Space>
          <Space wrap style={{ marginBottom: 12 }}>
            <Tag>已承诺 {b.total} 项</Tag>
            {b.late > 0 && <Tag color="orange">逾期承诺 {b.late} 项</Tag>}
            <Tag color={b.rateOverdue && b.unrated ? 'red' : undefined}>未评诺 {b.unrated} 项{b.rateOverdue && b.unrated ? '（已过评诺截止日期）' : ''}</Tag>
          </Space>
          {b.missing.length > 0 && (
            <Collapse
              size="small"
              style={{ marginBottom: 12 }}
              items={[
                {
                  key: 'missing',
                  label: `尚未承诺：${b.missingBranches} 个支部，${b.missingMembers} 名党员`,
                  children: (
                    <>
                      {b.missing.map((m) => (
                        <div key={m.orgId} style={{ marginBottom: 6 }}>
                          <Typography.Text strong>{m.orgName}</Typography.Text>
                          {!m.branchCommitted && <Tag color="red" style={{ marginLeft: 8 }}>支部未承诺</Tag>}
                          {m.members.length > 0 && <Typography.Text type="secondary">　{m.members.map((x) => x.name).join('、')}{m.memberCount > m.members.length ? ` 等 ${m.memberCount} 人` : ''}</Typography.Text>}
                        </div>
                      ))}
                      {b.missing.length < b.missingTotal && <Typography.Text type="secondary">另有 {b.missingTotal - b.missing.length} 个支部未列出，可选择党支部查看</Typography.Text>}
                    </>
                  ),
                },
              ]}
            />
          )}
          <Table<CommitmentRow>
            rowKey="id"
            size="small"
            dataSource={b.rows}
            loading={board.loading}
            pagination={{ current: b.page, pageSize: b.pageSize, total: b.total, onChange: setPage, showSizeChanger: false, showTotal: (t) => `共 ${t} 项` }}
            columns={[
              { title: '党支部', dataIndex: 'orgName', width: 180 },
              { title: '承诺主体', width: 90, render: (_, r) => r.memberName ?? <Tag color="red">支部</Tag> },
              { title: '承诺内容', dataIndex: 'content' },
              { title: '承诺日期', dataIndex: 'committedOn', width: 110, render: (d: string) => (c.commitDue && d > c.commitDue ? <Typography.Text type="warning">{d}（逾期）</Typography.Text> : d) },
              { title: '公示', dataIndex: 'publishedOn', width: 110, render: (d: string | null) => d ?? '—' },
              { title: '践诺', dataIndex: 'progressCount', width: 70, render: (n: number, r) => <a onClick={() => setProgressOf(r)}>{n} 条</a> },
              { title: '评诺', dataIndex: 'rating', width: 90, render: (x: string | null, r) => <a onClick={() => setRating(r)}>{x ? <Tag color="green">{x}</Tag> : '评诺'}</a> },
              {
                title: '操作',
                width: 110,
                render: (_, r) => (
                  <Space>
                    <a onClick={() => setEditing(r)}>编辑</a>
                    <Popconfirm title="删除这项承诺？" description="践诺记录一并删除，操作记录中保留删除前的内容。" okText="删除" cancelText="取消" onConfirm={() => run(() => call('commitments.delete', { id: r.id }), '已删除').then(board.reload)}>
                      <a>删除</a>
                    </Popconfirm>
                  </Space>
                ),
              },
            ]}
          />
        </>
      )}
      <CommitmentModal editing={editing} year={year} orgs={orgs} defaultOrg={orgId} onClose={() => setEditing(null)} onDone={board.reload} />
      <RateModal row={rating} scale={b.ratingScale} onClose={() => setRating(null)} onDone={board.reload} />
      <ProgressDrawer row={progressOf} onClose={() => setProgressOf(null)} onChanged={board.reload} />
    </>
  );
}

function CampaignModal({ open, year, campaign, onClose, onDone }: { open: boolean; year: number; campaign: Campaign | null; onClose: () => void; onDone: () => void }) {
  return (
    <FormModal<{ title: string; commitDue?: string | null; rateDue?: string | null }>
      open={open}
      title={`${year}年度承诺评议活动`}
      initialValues={campaign ?? { title: `${year}年党员公开承诺活动`, commitDue: `${year}-03-15`, rateDue: `${year}-07-01` }}
      onClose={onClose}
      onSubmit={async (v) => {
        await call('campaigns.save', { year, title: v.title, commitDue: v.commitDue ?? null, rateDue: v.rateDue ?? null });
        onDone();
      }}
    >
      <Form.Item name="title" label="活动名称" rules={[{ required: true, whitespace: true, message: '请填写活动名称' }]}><Input maxLength={60} autoFocus /></Form.Item>
      <Row gutter={12}>
        <Col span={12}><Form.Item name="commitDue" label="承诺截止日期"><DateField /></Form.Item></Col>
        <Col span={12}><Form.Item name="rateDue" label="评诺截止日期（如七一）"><DateField /></Form.Item></Col>
      </Row>
    </FormModal>
  );
}

function CommitmentModal({ editing, year, orgs, defaultOrg, onClose, onDone }: { editing: CommitmentRow | 'new' | null; year: number; orgs: CycleScope['orgs']; defaultOrg?: number; onClose: () => void; onDone: () => void }) {
  const row = editing && editing !== 'new' ? editing : null;
  return (
    <FormModal<CommitmentValues>
      open={editing !== null}
      width={640}
      title={row ? `编辑承诺：${row.memberName ?? row.orgName}` : '登记承诺'}
      initialValues={
        row
          ? { orgId: row.orgId, who: row.memberId ? 'member' : 'branch', memberId: row.memberId ?? undefined, content: row.content, measures: row.measures ?? undefined, committedOn: row.committedOn, publishedOn: row.publishedOn }
          : { orgId: defaultOrg, who: 'member', committedOn: todayText() }
      }
      onClose={onClose}
      onSubmit={async (v) => {
        await call('commitments.save', {
          ...(row ? { id: row.id } : {}), year, orgId: v.orgId, memberId: v.who === 'member' ? (v.memberId ?? null) : null,
          content: v.content, measures: v.measures ?? null, committedOn: v.committedOn, publishedOn: v.publishedOn ?? null,
        });
        onDone();
      }}
    >
      <Row gutter={12}>
        <Col span={14}><Form.Item name="orgId" label="党支部" rules={[{ required: true, message: '请选择党支部' }]}><OrgPicker orgs={orgs} onlyBranches style={{ width: '100%' }} /></Form.Item></Col>
        <Col span={10}>
          <Form.Item name="who" label="承诺主体">
            <Radio.Group disabled={!!row} options={[{ value: 'member', label: '党员' }, { value: 'branch', label: '支部' }]} optionType="button" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item noStyle dependencies={['who']}>
        {({ getFieldValue }) =>
          getFieldValue('who') === 'member' && (
            <Form.Item name="memberId" label="党员" rules={[{ required: true, message: '请选择党员' }]}><MemberPicker /></Form.Item>
          )
        }
      </Form.Item>
      <Form.Item name="content" label="承诺内容" rules={[{ required: true, whitespace: true, message: '请填写承诺内容' }]}><Input.TextArea rows={2} maxLength={500} showCount /></Form.Item>
      <Form.Item name="measures" label="践诺措施"><Input.TextArea rows={2} maxLength={1000} /></Form.Item>
      <Row gutter={12}>
        <Col span={12}><Form.Item name="committedOn" label="承诺日期" rules={[{ required: true, message: '请选择日期' }]}><DateField /></Form.Item></Col>
        <Col span={12}><Form.Item name="publishedOn" label="公示日期"><DateField /></Form.Item></Col>
      </Row>
    </FormModal>
  );
}

function RateModal({ row, scale, onClose, onDone }: { row: CommitmentRow | null; scale: string[]; onClose: () => void; onDone: () => void }) {
  return (
    <FormModal<{ rating: string | null; ratedOn?: string | null; ratedBy?: string }>
      open={row !== null}
      title={row ? `评诺：${row.memberName ?? row.orgName}` : '评诺'}
      initialValues={row ? { rating: row.rating, ratedOn: row.ratedOn ?? todayText(), ratedBy: row.ratedBy ?? undefined } : {}}
      onClose={onClose}
      onSubmit={async (v) => {
        await call('commitments.rate', { id: row!.id, rating: v.rating ?? null, ratedOn: v.ratedOn ?? null, ratedBy: v.ratedBy ?? null });
        onDone();
      }}
    >
      {row && <Typography.Paragraph type="secondary">{row.content}</Typography.Paragraph>}
      <Form.Item name="rating" label="评诺结果"><Select allowClear placeholder="未评" options={scale.map((s) => ({ value: s, label: s }))} /></Form.Item>
      <Row gutter={12}>
        <Col span={12}><Form.Item name="ratedOn" label="评诺日期"><DateField /></Form.Item></Col>
        <Col span={12}><Form.Item name="ratedBy" label="评议单位或人"><Input maxLength={20} /></Form.Item></Col>
      </Row>
    </FormModal>
  );
}

function ProgressDrawer({ row, onClose, onChanged }: { row: CommitmentRow | null; onClose: () => void; onChanged: () => void }) {
  const run = useRun();
  const notes = useLoad(() => (row ? call('commitments.progress', { id: row.id }) : Promise.resolve([])), [row?.id]);
  const [form] = Form.useForm<{ onDate: string; note: string }>();
  const [file, setFile] = useState<AttachmentRow | null>(null);
  const changed = () => (notes.reload(), onChanged());
  return (
    <Drawer open={row !== null} width={560} title={row ? `践诺记录：${row.memberName ?? row.orgName}` : ''} onClose={onClose}>
      {row && <Typography.Paragraph>承诺：{row.content}</Typography.Paragraph>}
      <List
        size="small"
        locale={{ emptyText: '还没有践诺记录' }}
        dataSource={notes.data ?? []}
        renderItem={(p) => (
          <List.Item
            actions={[
              ...(p.attachmentId ? [<a key="f" onClick={() => run(async () => saveFile(await call('attachments.get', { id: p.attachmentId! })))}>{p.fileName}</a>] : []),
              <Popconfirm key="d" title="删除这条记录？" okText="删除" cancelText="取消" onConfirm={() => run(() => call('commitments.deleteProgress', { id: p.id }), '已删除').then(changed)}><a>删除</a></Popconfirm>,
            ]}
          >
            {p.onDate}　{p.note}
          </List.Item>
        )}
      />
      <Form
        form={form}
        layout="inline"
        style={{ marginTop: 16 }}
        initialValues={{ onDate: todayText() }}
        onFinish={(v) =>
          row &&
          run(() => call('commitments.addProgress', { commitmentId: row.id, onDate: v.onDate, note: v.note, attachmentId: file?.id ?? null }), '已记录').then((r) => r && (form.resetFields(), setFile(null), changed()))
        }
      >
        <Form.Item name="onDate" rules={[{ required: true, message: '日期' }]}><DateField /></Form.Item>
        <Form.Item name="note" rules={[{ required: true, whitespace: true, message: '请填写践诺情况' }]} style={{ flex: 1 }}><Input placeholder="践诺情况" maxLength={1000} /></Form.Item>
        <Upload
          showUploadList={false}
          beforeUpload={(f) => {
            void run(async () => call('attachments.add', { fileName: f.name, base64: await fileToBase64(f) })).then((a) => a && setFile(a));
            return false;
          }}
        >
          <Button>{file ? `佐证：${file.fileName}` : '附佐证材料'}</Button>
        </Upload>
        <Button htmlType="submit" type="primary">添加</Button>
      </Form>
    </Drawer>
  );
}
