import { Button, Card, DatePicker, Input, Select, Space, Table, Tabs } from 'antd';
import { useState } from 'react';
import type { MeetingFilter, MeetingRow } from '../../../electron/api/contract';
import { MEETING_TYPES } from '../../../electron/domain/glossary';
import { call, saveFile } from '../../api';
import { OrgPicker } from '../../components/pickers';
import { useLoad, useRun } from '../../hooks';
import { ComplianceTab } from './ComplianceTab';
import { MeetingDrawer } from './MeetingDrawer';
import { MeetingFormModal } from './MeetingFormModal';
import { rowOpener } from '../../components/rowOpener';
import { YearPicker } from '../../components/YearPicker';
import { DATE_INPUT_FORMATS } from '../../components/DateField';

export function MeetingsPage() {
  const run = useRun();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const [filter, setFilter] = useState<MeetingFilter>({ includeSubOrgs: true });
  const [page, setPage] = useState(1);
  const [adding, setAdding] = useState(false);
  const [openId, setOpenId] = useState<number | null>(null);
  // Bumped on every change so the compliance views recount.
  const [version, setVersion] = useState(0);
  const changed = () => {
    list.reload();
    setVersion((v) => v + 1);
  };
  const orgs = useLoad(() => call('orgs.tree', { includeDissolved: false }), []);
  const list = useLoad(() => call('meetings.list', { filter, page, pageSize: 20 }), [filter, page]);
  const set = (patch: Partial<MeetingFilter>) => {
    setPage(1);
    setFilter((f) => ({ ...f, ...patch }));
  };
  const exportLedger = () => run(async () => saveFile(await call('exports.meetingsLedger', { year, orgId: filter.orgId })), '三会一课台账已导出');

  return (
    <Card>
      <Space wrap style={{ marginBottom: 16 }}>
        <Button type="primary" onClick={() => setAdding(true)}>
          记录会议
        </Button>
        <span>年度</span>
        <YearPicker value={year} onChange={setYear} />
        <Button onClick={exportLedger}>导出三会一课台账</Button>
      </Space>
      <Tabs
        items={[
          {
            key: 'list',
            label: '会议记录',
            children: (
              <>
                <Space wrap style={{ marginBottom: 12 }}>
                  <OrgPicker orgs={orgs.data ?? []} value={filter.orgId} onChange={(v) => set({ orgId: v })} />
                  <Select style={{ width: 150 }} allowClear placeholder="会议类型" options={MEETING_TYPES.map((t) => ({ value: t, label: t }))} value={filter.type} onChange={(v) => set({ type: v })} />
                  <DatePicker.RangePicker
                    format={DATE_INPUT_FORMATS}
                    onChange={(r) => set({ from: r?.[0]?.format('YYYY-MM-DD'), to: r?.[1]?.format('YYYY-MM-DD') })}
                    placeholder={['开始日期', '结束日期']}
                  />
                  <Input.Search allowClear placeholder="搜索主题和记录正文" style={{ width: 240 }} onSearch={(v) => set({ q: v.trim() || undefined })} aria-label="搜索会议" />
                </Space>
                <Table<MeetingRow>
                  rowKey="id"
                  size="small"
                  loading={list.loading}
                  dataSource={list.data?.rows ?? []}
                  onRow={(m) => rowOpener(() => setOpenId(m.id))}
                  pagination={{ current: page, pageSize: 20, total: list.data?.total ?? 0, showTotal: (t) => `共 ${t} 次`, onChange: setPage, showSizeChanger: false }}
                  columns={[
                    { title: '日期', dataIndex: 'heldOn', width: 110 },
                    { title: '党组织', dataIndex: 'orgName', width: 220 },
                    { title: '类型', dataIndex: 'type', width: 140 },
                    { title: '主题', dataIndex: 'topic' },
                    { title: '应到/实到', width: 100, render: (_, m) => `${m.expected}/${m.present}` },
                    { title: '学时', dataIndex: 'hours', width: 70 },
                  ]}
                />
              </>
            ),
          },
          { key: 'matrix', label: '落实情况', children: <ComplianceTab year={year} orgs={orgs.data ?? []} version={version} onOpenMeeting={setOpenId} /> },
        ]}
      />
      <MeetingFormModal open={adding} meeting={null} orgs={orgs.data ?? []} defaultOrgId={filter.orgId} onClose={() => setAdding(false)} onDone={(id) => { changed(); setOpenId(id); }} />
      <MeetingDrawer id={openId} orgs={orgs.data ?? []} onClose={() => setOpenId(null)} onChanged={changed} />
    </Card>
  );
}
