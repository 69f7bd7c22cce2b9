import { Alert, AutoComplete, Button, Checkbox, Col, Descriptions, Drawer, Form, Input, InputNumber, Popconfirm, Radio, Row, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import type { AwardRound, AwardRoundDetail, Nominee } from '../../../electron/api/contract';
import { AWARD_TARGETS, AWARD_TITLES, type AwardTarget } from '../../../electron/domain/glossary';
import { call, saveFile } from '../../api';
import { DateField } from '../../components/DateField';
import { FileToArchiveButton } from '../../components/FileToArchiveButton';
import { FormModal } from '../../components/FormModal';
import { MemberPicker, OrgPicker } from '../../components/pickers';
import { useLoad, useRun } from '../../hooks';
import type { CycleScope } from './types';
import { rowOpener } from '../../components/rowOpener';

type RoundValues = Omit<AwardRound, 'id' | 'year' | 'finalisedAt' | 'nominees' | 'shortlisted' | 'awarded'>;

/** 评选表彰 rounds: 两推 (nominations), 三评 (ratings), 两个公开 (criteria and shortlist published). */
export function AwardsTab({ year, orgs }: CycleScope) {
  const run = useRun();
  const list = useLoad(() => call('awards.list', { year }), [year]);
  const [editing, setEditing] = useState<AwardRound | 'new' | null>(null);
  const [open, setOpen] = useState<number | null>(null);
  // Bumped after the round is edited, so an open drawer reads it again.
  const [version, setVersion] = useState(0);
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <Button type="primary" onClick={() => setEditing('new')}>新建评选</Button>
        <Button onClick={() => run(async () => saveFile(await call('cycleExports.awards', { year })), '评选表彰台账已导出')}>导出评选表彰台账</Button>
      </Space>
      <Table<AwardRound>
        rowKey="id"
        size="small"
        dataSource={list.data ?? []}
        locale={{ emptyText: '本年度还没有评选活动' }}
        onRow={(r) => rowOpener(() => setOpen(r.id))}
        columns={[
          { title: '表彰项目', dataIndex: 'title' },
          { title: '对象', dataIndex: 'target', width: 80, render: (t: AwardTarget) => AWARD_TARGETS[t] },
          { title: '名额', dataIndex: 'quota', width: 60 },
          { title: '推荐', dataIndex: 'nominees', width: 60 },
          { title: '拟表彰', dataIndex: 'shortlisted', width: 70 },
          { title: '公示期', width: 200, render: (_, r) => (r.publicityFrom ? `${r.publicityFrom} 至 ${r.publicityTo ?? ''}` : '—') },
          { title: '状态', width: 100, render: (_, r) => (r.finalisedAt ? <Tag color="green">已确定</Tag> : <Tag>评选中</Tag>) },
        ]}
      />
      <RoundModal year={year} editing={editing} onClose={() => setEditing(null)} onDone={(id) => (list.reload(), setVersion((v) => v + 1), id && setOpen(id))} />
      <RoundDrawer id={open} version={version} orgs={orgs} onClose={() => setOpen(null)} onEdit={(r) => setEditing(r)} onChanged={list.reload} />
    </>
  );
}

function RoundModal({ year, editing, onClose, onDone }: { year: number; editing: AwardRound | 'new' | null; onClose: () => void; onDone: (id?: number) => void }) {
  const r = editing && editing !== 'new' ? editing : null;
  return (
    <FormModal<RoundValues>
      open={editing !== null}
      width={720}
      zIndex={1100}
      title={r ? `编辑评选：${r.title}` : '新建评选'}
      initialValues={r ?? { target: 'member', quota: 1 }}
      onClose={onClose}
      onSubmit={async (v) => {
        const saved = await call('awards.save', {
          ...(r ? { id: r.id } : {}), year, title: v.title, target: v.target, criteria: v.criteria, quota: v.quota,
          criteriaPublishedOn: v.criteriaPublishedOn ?? null, publicityFrom: v.publicityFrom ?? null, publicityTo: v.publicityTo ?? null,
          contact: v.contact ?? null, decidedOn: v.decidedOn ?? null, decisionRef: v.decisionRef ?? null,
        });
        onDone(r ? undefined : saved.id);
      }}
    >
      <Row gutter={12}>
        <Col span={12}><Form.Item name="title" label="表彰项目" rules={[{ required: true, whitespace: true, message: '请填写表彰项目' }]}><AutoComplete options={AWARD_TITLES.map((t) => ({ value: t }))} /></Form.Item></Col>
        <Col span={6}><Form.Item name="target" label="对象"><Radio.Group options={Object.entries(AWARD_TARGETS).map(([value, label]) => ({ value, label }))} optionType="button" /></Form.Item></Col>
        <Col span={6}><Form.Item name="quota" label="名额" rules={[{ required: true, message: '请填写名额' }]}><InputNumber min={1} precision={0} style={{ width: '100%' }} /></Form.Item></Col>
      </Row>
      <Form.Item name="criteria" label="评选条件" rules={[{ required: true, whitespace: true, message: '请填写评选条件' }]}><Input.TextArea rows={3} maxLength={2000} /></Form.Item>
      <Row gutter={12}>
        <Col span={8}><Form.Item name="criteriaPublishedOn" label="条件和名额公开日期"><DateField /></Form.Item></Col>
        <Col span={8}><Form.Item name="publicityFrom" label="表彰前公示开始"><DateField /></Form.Item></Col>
        <Col span={8}><Form.Item name="publicityTo" label="公示结束"><DateField /></Form.Item></Col>
        <Col span={12}><Form.Item name="contact" label="意见反映联系方式"><Input maxLength={100} placeholder="如：院党委组织部，电话 0738-8312345" /></Form.Item></Col>
        <Col span={6}><Form.Item name="decidedOn" label="表彰决定日期"><DateField /></Form.Item></Col>
        <Col span={6}><Form.Item name="decisionRef" label="表彰文号"><Input maxLength={60} /></Form.Item></Col>
      </Row>
    </FormModal>
  );
}

type NomineeValues = { orgId?: number; memberId?: number; byOrg: boolean; byMasses: boolean; orgAssessment?: string; massRating?: number | null; leaderComment?: string; shortlisted: boolean };

function RoundDrawer({ id, version, orgs, onClose, onEdit, onChanged }: { id: number | null; version: number; orgs: CycleScope['orgs']; onClose: () => void; onEdit: (r: AwardRound) => void; onChanged: () => void }) {
  const run = useRun();
  const detail = useLoad(() => (id ? call('awards.get', { id }) : Promise.resolve(undefined)), [id, version]);
  const [nominee, setNominee] = useState<Nominee | 'new' | null>(null);
  const d: AwardRoundDetail | undefined = detail.data;
  const changed = () => (detail.reload(), onChanged());
  const r = d?.round;
  const locked = !!r?.finalisedAt;
  const n = nominee && nominee !== 'new' ? nominee : null;
  return (
    <Drawer
      open={id !== null}
      width={980}
      title={r ? `${r.year}年度${r.title}` : ''}
      onClose={onClose}
      extra={
        r && (
          <Space>
            {!locked && <Button onClick={() => onEdit(r)}>编辑评选信息</Button>}
            <Button onClick={() => run(async () => saveFile(await call('cycleExports.awardNotice', { roundId: r.id })), '公示已导出')}>导出拟表彰对象公示</Button>
            <FileToArchiveButton kind="awardRound" id={r.id} label="公示归档" file={() => call('archive.fileAwardRound', { roundId: r.id })} />
            {locked ? (
              <Popconfirm title="撤销已确定的表彰结果？" description="撤销原因将记入操作记录。" okText="撤销" cancelText="取消" onConfirm={() => run(() => call('awards.reopen', { id: r.id, reason: '在评选页面撤销确定' }), '已撤销').then(changed)}>
                <Button danger>撤销确定</Button>
              </Popconfirm>
            ) : (
              <Button type="primary" onClick={() => run(() => call('awards.finalise', { id: r.id }), '表彰结果已确定').then(changed)}>确定表彰结果</Button>
            )}
          </Space>
        )
      }
    >
      {r && d && (
        <>
          <Descriptions size="small" column={3} bordered style={{ marginBottom: 12 }}>
            <Descriptions.Item label="对象">{AWARD_TARGETS[r.target]}</Descriptions.Item>
            <Descriptions.Item label="名额">{r.quota}</Descriptions.Item>
            <Descriptions.Item label="状态">{locked ? `已于 ${r.decidedOn ?? ''} 确定` : '评选中'}</Descriptions.Item>
            <Descriptions.Item label="评选条件" span={3}>{r.criteria}</Descriptions.Item>
            <Descriptions.Item label="条件公开">{r.criteriaPublishedOn ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="表彰前公示">{r.publicityFrom ? `${r.publicityFrom} 至 ${r.publicityTo ?? ''}` : '—'}</Descriptions.Item>
            <Descriptions.Item label="联系方式">{r.contact ?? '—'}</Descriptions.Item>
          </Descriptions>
          {!locked && d.problems.length > 0 && (
            <Alert type="warning" showIcon style={{ marginBottom: 12 }} message="确定表彰结果前还需要：" description={<ul style={{ margin: 0, paddingLeft: 20 }}>{d.problems.map((p) => <li key={p}>{p}</li>)}</ul>} />
          )}
          {!locked && d.problems.length === 0 && <Alert type="success" showIcon style={{ marginBottom: 12 }} message="各环节已齐全，可以确定表彰结果" />}
          {!locked && <Button style={{ marginBottom: 8 }} onClick={() => setNominee('new')}>添加推荐对象</Button>}
          <Table<Nominee>
            rowKey="id"
            size="small"
            dataSource={d.nominees}
            pagination={false}
            locale={{ emptyText: '还没有推荐对象' }}
            columns={[
              { title: '推荐对象', dataIndex: 'name', width: 160, render: (name: string, x) => (x.memberId ? `${name}（${x.orgName}）` : name) },
              { title: '两推', width: 120, render: (_, x) => [x.byOrg && '组织推荐', x.byMasses && '群众推荐'].filter(Boolean).join('、') || <Tag color="red">未推荐</Tag> },
              { title: '组织考核', dataIndex: 'orgAssessment', render: (v: string | null) => v ?? '—' },
              { title: '群众评议', dataIndex: 'massRating', width: 80, render: (v: number | null) => v ?? '—' },
              { title: '领导点评', dataIndex: 'leaderComment', render: (v: string | null) => v ?? '—' },
              { title: '拟表彰', width: 80, render: (_, x) => (x.awarded ? <Tag color="red">表彰</Tag> : x.shortlisted ? <Tag color="gold">拟表彰</Tag> : '') },
              {
                title: '',
                width: 100,
                render: (_, x) =>
                  !locked && (
                    <Space>
                      <a onClick={() => setNominee(x)}>编辑</a>
                      <Popconfirm title="移出推荐名单？" okText="移出" cancelText="取消" onConfirm={() => run(() => call('awards.deleteNominee', { id: x.id }), '已移出').then(changed)}><a>移出</a></Popconfirm>
                    </Space>
                  ),
              },
            ]}
          />
          <FormModal<NomineeValues>
            open={nominee !== null}
            width={640}
            title={n ? `编辑：${n.name}` : '添加推荐对象'}
            initialValues={
              n
                ? { orgId: n.orgId, memberId: n.memberId ?? undefined, byOrg: n.byOrg, byMasses: n.byMasses, orgAssessment: n.orgAssessment ?? undefined, massRating: n.massRating, leaderComment: n.leaderComment ?? undefined, shortlisted: n.shortlisted }
                : { byOrg: true, byMasses: false, shortlisted: false }
            }
            onClose={() => setNominee(null)}
            onSubmit={async (v) => {
              await call('awards.saveNominee', {
                ...(n ? { id: n.id } : {}), roundId: r.id, orgId: v.orgId ?? n?.orgId ?? 0, memberId: r.target === 'member' ? (v.memberId ?? null) : null,
                byOrg: v.byOrg, byMasses: v.byMasses, orgAssessment: v.orgAssessment ?? null, massRating: v.massRating ?? null, leaderComment: v.leaderComment ?? null, shortlisted: v.shortlisted,
              });
              changed();
            }}
          >
            {r.target === 'member' ? (
              <Form.Item name="memberId" label="党员" rules={[{ required: true, message: '请选择党员' }]}><MemberPicker /></Form.Item>
            ) : (
              <Form.Item name="orgId" label="党组织" rules={[{ required: true, message: '请选择党组织' }]}><OrgPicker orgs={orgs} style={{ width: '100%' }} /></Form.Item>
            )}
            <Space style={{ marginBottom: 12 }}>
              <Form.Item name="byOrg" valuePropName="checked" noStyle><Checkbox>组织推荐</Checkbox></Form.Item>
              <Form.Item name="byMasses" valuePropName="checked" noStyle><Checkbox>群众推荐</Checkbox></Form.Item>
            </Space>
            <Form.Item name="orgAssessment" label="组织考核"><Input maxLength={500} /></Form.Item>
            <Form.Item name="massRating" label="群众评议得分"><InputNumber min={0} max={100} style={{ width: 160 }} /></Form.Item>
            <Form.Item name="leaderComment" label="领导点评"><Input.TextArea rows={2} maxLength={500} /></Form.Item>
            <Form.Item name="shortlisted" valuePropName="checked"><Checkbox>列为拟表彰对象</Checkbox></Form.Item>
          </FormModal>
        </>
      )}
    </Drawer>
  );
}
