import { Button, Card, Descriptions, Popconfirm, Space, Table, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import type { OrgRole, OrgRow } from '../../../electron/api/contract';
import { call } from '../../api';
import { todayText } from '../../components/DateField';
import { kindLabel } from '../../components/orgTree';
import { useLoad, useRun } from '../../hooks';
import { childKinds, CreateOrgModal, DissolveOrgModal, EditOrgModal, MoveOrgModal, RenameOrgModal } from './OrgModals';
import { RoleModal } from './RoleModal';
import { GroupMembersCard } from './GroupMembersCard';
import { TermsCard } from './TermsCard';

type Dialog = 'create' | 'edit' | 'rename' | 'move' | 'dissolve' | 'role' | null;

export function OrgDetailPanel({ id, orgs, onChanged }: { id: number; orgs: OrgRow[]; onChanged: (focus?: number) => void }) {
  const detail = useLoad(() => call('orgs.get', { id }), [id, orgs]);
  const run = useRun();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [role, setRole] = useState<OrgRole | null>(null);
  const d = detail.data;
  if (!d || d.org.id !== id) return null;
  const org = d.org;
  const parent = orgs.find((o) => o.id === org.parentId);
  const active = !org.dissolvedOn;
  const done = (focus?: number) => {
    setDialog(null);
    onChanged(focus);
    detail.reload();
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }} size={16}>
      <Card
        title={
          <Space>
            {org.name}
            <Tag color="red">{kindLabel(org, parent)}</Tag>
            {org.dissolvedOn && <Tag>已撤销</Tag>}
          </Space>
        }
      >
        {/* In the body rather than the header: at 1366 px a long name and its tag would sit under them. */}
        {active && (
          <Space wrap style={{ marginBottom: 12 }}>
            {childKinds(org.kind).length > 0 && (
              <Button type="primary" onClick={() => setDialog('create')}>
                新建下级组织
              </Button>
            )}
            <Button onClick={() => setDialog('edit')}>修改信息</Button>
            <Button onClick={() => setDialog('rename')}>更名</Button>
            {org.kind !== 'committee' && <Button onClick={() => setDialog('move')}>调整上级</Button>}
            {org.kind !== 'committee' && (
              <Button danger onClick={() => setDialog('dissolve')}>
                撤销
              </Button>
            )}
          </Space>
        )}
        <Descriptions column={2} size="small">
          <Descriptions.Item label="隶属">{d.path.slice(0, -1).join(' / ') || '—'}</Descriptions.Item>
          <Descriptions.Item label="在册党员">{org.memberCount} 人</Descriptions.Item>
          {org.kind === 'branch' && <Descriptions.Item label="支部类别">{org.category ?? <Tag color="orange">未设置</Tag>}</Descriptions.Item>}
          {org.kind === 'branch' && <Descriptions.Item label="联系班级">{org.linkedClass ?? '—'}</Descriptions.Item>}
          <Descriptions.Item label="联系领导">{org.contactLeader ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="成立日期">{org.foundedOn ?? '—'}</Descriptions.Item>
          {org.dissolvedOn && <Descriptions.Item label="撤销">{`${org.dissolvedOn}：${org.dissolveReason ?? ''}`}</Descriptions.Item>}
        </Descriptions>
      </Card>

      {org.kind === 'branch' && <TermsCard org={org} onChanged={() => detail.reload()} />}
      {org.kind === 'group' && <GroupMembersCard group={org} active={active} />}

      <Card
        title="委员会成员与任期"
        size="small"
        extra={
          active && (
            <Button
              size="small"
              onClick={() => {
                setRole(null);
                setDialog('role');
              }}
            >
              添加成员
            </Button>
          )
        }
      >
        <Table<OrgRole>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={d.roles}
          locale={{ emptyText: '尚未登记委员会成员' }}
          columns={[
            { title: '职务', dataIndex: 'role' },
            { title: '姓名', dataIndex: 'personName' },
            { title: '任期', render: (_, r) => `${r.termStart ?? '?'} 至 ${r.termEnd ?? '?'}` },
            { title: '状态', render: (_, r) => (r.endedOn ? <Tag>已于 {r.endedOn} 离任</Tag> : <Tag color="green">在任</Tag>) },
            {
              title: '操作',
              render: (_, r) =>
                !r.endedOn &&
                active && (
                  <Space>
                    <a
                      onClick={() => {
                        setRole(r);
                        setDialog('role');
                      }}
                    >
                      修改
                    </a>
                    <Popconfirm title={`确认 ${r.personName} 今天离任？`} okText="离任" cancelText="取消" onConfirm={() => run(() => call('orgs.endRole', { id: r.id, endedOn: todayText() }), '已记录离任').then(() => detail.reload())}>
                      <a>离任</a>
                    </Popconfirm>
                  </Space>
                ),
            },
          ]}
        />
      </Card>

      <Card title="沿革" size="small">
        {d.events.length > 0 ? (
          <Timeline items={d.events.map((e) => ({ children: `${e.onDate}　${e.detail}` }))} />
        ) : (
          <Typography.Text type="secondary">{org.foundedOn ? '暂无记录' : '建立时未填写成立日期'}；更名、调整隶属和撤销会记在这里。</Typography.Text>
        )}
      </Card>

      <CreateOrgModal open={dialog === 'create'} parent={org} onClose={() => setDialog(null)} onDone={(nid) => done(nid)} />
      <EditOrgModal open={dialog === 'edit'} org={org} onClose={() => setDialog(null)} onDone={() => done()} />
      <RenameOrgModal open={dialog === 'rename'} org={org} onClose={() => setDialog(null)} onDone={() => done()} />
      <MoveOrgModal open={dialog === 'move'} org={org} orgs={orgs} onClose={() => setDialog(null)} onDone={() => done()} />
      <DissolveOrgModal open={dialog === 'dissolve'} org={org} onClose={() => setDialog(null)} onDone={() => done()} />
      <RoleModal open={dialog === 'role'} org={org} role={role} onClose={() => setDialog(null)} onDone={() => done()} />
    </Space>
  );
}
