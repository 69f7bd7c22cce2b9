import { Button, Card, Select, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { OrgRow } from '../../../electron/api/contract';
import { call } from '../../api';
import { todayText } from '../../components/DateField';
import { useLoad, useRun } from '../../hooks';

/** A 党小组's members, chosen from its branch's roll: a 党小组会 expects them (应到). */
export function GroupMembersCard({ group, active }: { group: OrgRow; active: boolean }) {
  const run = useRun();
  const members = useLoad(() => call('orgs.groupMembers', { groupId: group.id }), [group.id]);
  const roll = useLoad(() => call('meetings.roster', { orgId: group.parentId!, onDate: todayText(), type: '支部党员大会' }), [group.parentId]);
  const [chosen, setChosen] = useState<number[]>([]);
  useEffect(() => setChosen((members.data ?? []).map((m) => m.memberId)), [members.data]);
  return (
    <Card title="党小组成员" size="small" extra={<Typography.Text type="secondary">党小组会的应到人员</Typography.Text>}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Select
          id="group-members"
          mode="multiple"
          style={{ width: '100%' }}
          disabled={!active}
          placeholder="从所在党支部的在册党员中选择"
          optionFilterProp="label"
          value={chosen}
          onChange={(v: number[]) => setChosen(v)}
          options={(roll.data ?? []).map((m) => ({ value: m.memberId, label: `${m.name}（${m.memberType}）` }))}
        />
        {active && (
          <Button size="small" type="primary" onClick={() => void run(() => call('orgs.setGroupMembers', { groupId: group.id, memberIds: chosen }), '已保存党小组成员').then(() => members.reload())}>
            保存成员（{chosen.length} 人）
          </Button>
        )}
      </Space>
    </Card>
  );
}
