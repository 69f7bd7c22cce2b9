import { Alert, Modal, Table } from 'antd';
import type { MeetingRow } from '../../../electron/api/contract';
import type { Period } from '../../../electron/domain/periods';
import type { MeetingType } from '../../../electron/domain/glossary';
import { call } from '../../api';
import { useLoad } from '../../hooks';

/** `note`: why the cell asks nothing of the branch (a "—" cell), shown above whatever was held. */
export type PeriodPick = { orgId: number; orgName: string; period: Period; types: readonly MeetingType[]; ruleLabel: string; note?: string };

/** The meetings behind one cell of the 落实情况 matrix: one branch, one period, the rule's meeting types. */
export function PeriodMeetingsModal({ pick, onClose, onOpenMeeting }: { pick: PeriodPick | null; onClose: () => void; onOpenMeeting: (id: number) => void }) {
  const list = useLoad(
    async () => (pick ? call('meetings.list', { filter: { orgId: pick.orgId, includeSubOrgs: true, from: pick.period.from, to: pick.period.to }, page: 1, pageSize: 200 }) : null),
    [pick],
  );
  const rows = (list.data?.rows ?? []).filter((m) => pick?.types.includes(m.type));
  return (
    <Modal open={pick !== null} title={pick ? `${pick.orgName}　${pick.period.label}　${pick.ruleLabel}` : ''} footer={null} onCancel={onClose} width={720} destroyOnHidden>
      {pick?.note && <Alert style={{ marginBottom: 12 }} type="info" showIcon message={pick.note} />}
      <Table<MeetingRow>
        rowKey="id"
        size="small"
        loading={list.loading}
        dataSource={rows}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{ emptyText: '这一期间没有记录这类会议' }}
        onRow={(m) => ({ onClick: () => onOpenMeeting(m.id), style: { cursor: 'pointer' } })}
        columns={[
          { title: '日期', dataIndex: 'heldOn', width: 110 },
          { title: '类型', dataIndex: 'type', width: 120 },
          { title: '主题', dataIndex: 'topic' },
          { title: '应到/实到', width: 90, render: (_, m) => `${m.expected}/${m.present}` },
        ]}
      />
    </Modal>
  );
}
