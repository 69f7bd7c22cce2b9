import { Button, Descriptions, Drawer, Form, Input, Select, Space, Tag, Timeline, TreeSelect } from 'antd';
import { useMemo, useState } from 'react';
import type { OrgRow } from '../../../electron/api/contract';
import { MEMBER_STATUSES, type MemberStatus } from '../../../electron/domain/glossary';
import { call } from '../../api';
import { DateField, todayText } from '../../components/DateField';
import { FormModal } from '../../components/FormModal';
import { useLoad } from '../../hooks';
import { branchTree, MemberFormModal } from './MemberFormModal';

const EVENT_TEXT = { created: '登记', status: '状态变更', transfer: '支部转接', import: '导入更新', recruit: '发展党员记录修改' } as const;

export function MemberDrawer({ id, orgs, onClose, onChanged }: { id: number | null; orgs: OrgRow[]; onClose: () => void; onChanged: () => void }) {
  const detail = useLoad(() => (id ? call('members.get', { id }) : Promise.resolve(undefined)), [id]);
  const [dialog, setDialog] = useState<'edit' | 'status' | 'transfer' | null>(null);
  const tree = useMemo(() => branchTree(orgs), [orgs]);
  const d = id && detail.data?.member.id === id ? detail.data : undefined;
  const m = d?.member;
  const done = () => {
    setDialog(null);
    detail.reload();
    onChanged();
  };
  return (
    <Drawer open={id !== null} width={640} title={m ? `${m.name}　${m.orgName}` : '党员'} onClose={onClose}
      extra={m && (
        <Space>
          <Button onClick={() => setDialog('edit')}>编辑</Button>
          <Button onClick={() => setDialog('status')}>变更状态</Button>
          {m.status === '在册' && <Button onClick={() => setDialog('transfer')}>转接</Button>}
        </Space>
      )}
    >
      {m && (
        <>
          <Descriptions column={2} size="small" bordered>
            <Descriptions.Item label="姓名">{m.name}</Descriptions.Item>
            <Descriptions.Item label="状态">{m.status === '在册' ? <Tag color="green">在册</Tag> : <Tag>{m.status}</Tag>}</Descriptions.Item>
            <Descriptions.Item label="公民身份号码" span={2}>{m.idNumber}</Descriptions.Item>
            <Descriptions.Item label="性别">{m.gender ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="民族">{m.ethnicity ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="出生日期">{m.birthDate ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="籍贯">{m.nativePlace ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="学历">{m.education ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="学位">{m.degree ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="职务/职称" span={2}>{m.title ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="人员类别">{m.personCategory ?? '—'}{m.grade ? `（${m.grade}级）` : ''}</Descriptions.Item>
            {m.studentNo && <Descriptions.Item label="学号">{m.studentNo}</Descriptions.Item>}
            <Descriptions.Item label="党员类别">{m.memberType}</Descriptions.Item>
            <Descriptions.Item label="入党时间">{m.joinedOn ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="转正时间">{m.confirmedOn ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="联系电话">{m.phone ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="身份">
              {[m.isLeadership && '领导班子成员', m.isSecretary && '支部书记'].filter(Boolean).join('、') || '—'}
            </Descriptions.Item>
            {m.status !== '在册' && <Descriptions.Item label="状态说明" span={2}>{`${m.statusDate ?? ''} ${m.statusReason ?? ''}`}</Descriptions.Item>}
            <Descriptions.Item label="备注" span={2}>{m.notes ?? '—'}</Descriptions.Item>
          </Descriptions>
          <h4 style={{ marginTop: 24 }}>变动记录</h4>
          <Timeline
            items={d.events.map((e) => ({
              children: `${e.onDate}　${EVENT_TEXT[e.kind]}${e.kind === 'created' ? '' : `：${e.fromValue ?? ''} → ${e.toValue ?? ''}`}${e.reason ? `（${e.reason}）` : ''}`,
            }))}
          />
          <MemberFormModal open={dialog === 'edit'} member={m} orgs={orgs} onClose={() => setDialog(null)} onDone={done} />
          <FormModal<{ status: MemberStatus; onDate: string; reason: string }>
            open={dialog === 'status'}
            title={`变更 ${m.name} 的状态`}
            initialValues={{ onDate: todayText(), reason: '' }}
            onClose={() => setDialog(null)}
            onSubmit={(v) => call('members.changeStatus', { id: m.id, status: v.status, onDate: v.onDate, reason: v.reason ?? '' }).then(done)}
          >
            <p>党员不从花名册中删除：转出、停止党籍、出党、去世都记为状态变更，历史记录完整保留。</p>
            <Form.Item name="status" label="新状态" rules={[{ required: true, message: '请选择新状态' }]}>
              <Select options={MEMBER_STATUSES.filter((s) => s !== m.status).map((s) => ({ value: s, label: s }))} autoFocus />
            </Form.Item>
            <Form.Item name="onDate" label="日期" rules={[{ required: true, message: '请选择日期' }]}>
              <DateField />
            </Form.Item>
            <Form.Item name="reason" label="原因" rules={[{ required: true, whitespace: true, message: '请填写原因' }]}>
              <Input.TextArea maxLength={200} rows={2} placeholder="如 组织关系转往某某大学党委" />
            </Form.Item>
          </FormModal>
          <FormModal<{ orgId: number; onDate: string; reason: string }>
            open={dialog === 'transfer'}
            title={`${m.name} 转接到其他支部`}
            initialValues={{ onDate: todayText(), reason: '' }}
            onClose={() => setDialog(null)}
            onSubmit={(v) => call('members.transfer', { id: m.id, orgId: v.orgId, onDate: v.onDate, reason: v.reason ?? '' }).then(done)}
          >
            <Form.Item name="orgId" label="转入支部" rules={[{ required: true, message: '请选择党支部' }]}>
              <TreeSelect treeData={tree} treeDefaultExpandAll showSearch treeNodeFilterProp="title" />
            </Form.Item>
            <Form.Item name="onDate" label="转接日期" rules={[{ required: true, message: '请选择日期' }]}>
              <DateField />
            </Form.Item>
            <Form.Item name="reason" label="说明">
              <Input maxLength={200} />
            </Form.Item>
          </FormModal>
        </>
      )}
    </Drawer>
  );
}
