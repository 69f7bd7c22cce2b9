import { Alert, Button, Card, Checkbox, Input, Select, Space, Table, Tabs } from 'antd';
import { useState } from 'react';
import type { MemberHoursRow } from '../../../electron/api/contract';
import type { PeriodStatus } from '../../../electron/domain/hours';
import { call, saveFile } from '../../api';
import { Mark, type MarkColor } from '../../components/Mark';
import { OrgPicker } from '../../components/pickers';
import { useLoad, useRun } from '../../hooks';
import { ImportHoursModal } from './ImportHoursModal';
import { EntryModal, MemberHoursDrawer } from './MemberHoursDrawer';
import { TrainingsTab } from './TrainingsTab';
import { rowOpener } from '../../components/rowOpener';
import { YearPicker } from '../../components/YearPicker';

const STATUS: Record<PeriodStatus, { color?: MarkColor; tip: string }> = {
  ok: { color: 'green', tip: '达标' },
  short: { color: 'red', tip: '未达标' },
  pending: { color: 'orange', tip: '进行中' },
  partial: { tip: '不足整期，不考核' },
  off: { tip: '不在册' },
};

export function HoursPage() {
  const run = useRun();
  const [year, setYear] = useState(new Date().getFullYear());
  const [orgId, setOrgId] = useState<number>();
  const [onlyShort, setOnlyShort] = useState(false);
  const [q, setQ] = useState<string>();
  const [page, setPage] = useState(1);
  const [quarter, setQuarter] = useState<number | undefined>();
  const [openMember, setOpenMember] = useState<MemberHoursRow | null>(null);
  const [adding, setAdding] = useState(false);
  const [importing, setImporting] = useState(false);
  const orgs = useLoad(() => call('orgs.tree', { includeDissolved: false }), []);
  const s = useLoad(() => call('hours.summary', { filter: { year, orgId, onlyShort, q }, page, pageSize: 20 }), [year, orgId, onlyShort, q, page]);
  const d = s.data;
  const reload = () => s.reload();

  return (
    <Card>
      <Space wrap style={{ marginBottom: 12 }}>
        <span>年度</span>
        <YearPicker value={year} onChange={(v) => (setYear(v), setPage(1))} />
        <Button type="primary" onClick={() => setAdding(true)}>登记个人学时</Button>
        <Button onClick={() => setImporting(true)}>导入学时</Button>
        <Button onClick={() => run(async () => saveFile(await call('exports.hoursLedger', { year, orgId })), '学时统计台账已导出')}>导出学时统计台账</Button>
        <Select style={{ width: 120 }} value={quarter ?? 0} onChange={(v: number) => setQuarter(v || undefined)} options={[{ value: 0, label: '全年' }, ...[1, 2, 3, 4].map((x) => ({ value: x, label: `第${'一二三四'[x - 1]}季度` }))]} aria-label="报告期间" />
        <Button onClick={() => run(async () => saveFile(await call('exports.hoursReport', { year, quarter })), '学时情况报告已导出')}>导出学时情况报告</Button>
      </Space>
      {d && (
        <Alert
          style={{ marginBottom: 12 }}
          type="info"
          message={`现行标准：${d.profile.per === 'quarter' ? '每季度' : '每年'}党员不少于 ${d.profile.member} 学时，${d.profile.seniorLabel}不少于 ${d.profile.senior} 学时（可在“系统设置”中调整）`}
          description={d.secretariesUntrained.length > 0 ? `本年度以下支部书记尚无集中培训记录：${d.secretariesUntrained.map((x) => `${x.orgName} ${x.name}（${x.half}）`).join('、')}` : undefined}
        />
      )}
      <Tabs
        items={[
          {
            key: 'members',
            label: '党员学时',
            children: (
              <>
                <Space wrap style={{ marginBottom: 12 }}>
                  <OrgPicker orgs={orgs.data ?? []} value={orgId} onChange={(v) => (setOrgId(v), setPage(1))} />
                  <Checkbox checked={onlyShort} onChange={(e) => (setOnlyShort(e.target.checked), setPage(1))}>只看未达标</Checkbox>
                  <Input.Search allowClear placeholder="姓名" style={{ width: 160 }} onSearch={(v) => (setQ(v.trim() || undefined), setPage(1))} aria-label="搜索姓名" />
                </Space>
                <Table<MemberHoursRow>
                  rowKey="memberId"
                  size="small"
                  loading={s.loading}
                  dataSource={d?.rows.rows ?? []}
                  onRow={(r) => rowOpener(() => setOpenMember(r))}
                  pagination={{ current: page, pageSize: 20, total: d?.rows.total ?? 0, showTotal: (t) => `共 ${t} 人`, onChange: setPage, showSizeChanger: false }}
                  columns={[
                    { title: '姓名', dataIndex: 'name', width: 90 },
                    { title: '所在支部', dataIndex: 'orgName' },
                    { title: '要求', width: 120, render: (_, r) => (r.senior ? <Mark color="purple">{`${d?.profile.seniorLabel} ${r.required}`}</Mark> : r.required) },
                    ...(d?.periodLabels ?? []).map((label, i) => ({
                      title: label,
                      key: label,
                      width: 100,
                      render: (_: unknown, r: MemberHoursRow) => {
                        const p = r.periods[i]!;
                        const look = STATUS[p.status];
                        return <Mark color={look.color} title={look.tip} status={p.status}>{p.hours}</Mark>;
                      },
                    })),
                    { title: '全年', dataIndex: 'total', width: 80 },
                  ]}
                />
                <h4>支部平均学时</h4>
                <Table
                  rowKey="orgId"
                  size="small"
                  pagination={{ pageSize: 10, hideOnSinglePage: true }}
                  dataSource={d?.branchAverages ?? []}
                  columns={[
                    { title: '党支部', dataIndex: 'orgName' },
                    ...(d?.periodLabels ?? []).map((label, i) => ({
                      title: label,
                      key: label,
                      render: (_: unknown, b: NonNullable<typeof d>['branchAverages'][number]) =>
                        b.periods[i]!.assessed ? `人均 ${b.periods[i]!.average}，未达标 ${b.periods[i]!.short}/${b.periods[i]!.assessed}` : '—',
                    })),
                  ]}
                />
              </>
            ),
          },
          { key: 'trainings', label: '培训', children: <TrainingsTab year={year} orgs={orgs.data ?? []} onChanged={reload} /> },
        ]}
      />
      <EntryModal open={adding} member={null} onClose={() => setAdding(false)} onDone={reload} />
      <ImportHoursModal open={importing} onClose={() => setImporting(false)} onDone={reload} />
      <MemberHoursDrawer row={openMember} year={year} onClose={() => setOpenMember(null)} onChanged={reload} />
    </Card>
  );
}
