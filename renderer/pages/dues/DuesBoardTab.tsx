import { Button, Input, Space, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { DuesMemberRow, DuesMonthCell } from '../../../electron/api/contract';
import { call, saveFile } from '../../api';
import { OrgPicker } from '../../components/pickers';
import { useLoad, useRun } from '../../hooks';
import { CollectModal } from './CollectModal';
import { BaseModal, PaymentModal } from './DuesModals';
import { ImportBasesModal } from './ImportBasesModal';
import { MemberDuesDrawer } from './MemberDuesDrawer';
import { yuan } from './money';
import { YearPicker } from '../../components/YearPicker';

// Plain spans in antd's text colours: 240 Typography.Text on a page each ran antd's style hooks.
function MonthCell({ c }: { c: DuesMonthCell | undefined }) {
  if (!c || (!c.owed && c.paid === 0)) return <span style={{ color: 'rgba(0, 0, 0, 0.45)' }}>—</span>;
  if (c.due === null) return <span style={{ color: '#faad14' }} title="未登记基数">{c.paid ? yuan(c.paid) : '?'}</span>;
  const color = c.arrears > 0 ? '#cf1322' : c.paid >= c.due ? '#389e0d' : undefined;
  return <span style={{ color }} title={`应交 ${yuan(c.due)}，实交 ${yuan(c.paid)}${c.arrears ? `，欠 ${yuan(c.arrears)}` : ''}`}>{yuan(c.paid)}</span>;
}

type Dialog = { kind: 'pay' | 'base'; row: DuesMemberRow } | null;

/** The year's dues per member and month: bases, payments, arrears; record, import, export. */
export function DuesBoardTab() {
  const run = useRun();
  const [year, setYear] = useState(new Date().getFullYear());
  const [orgId, setOrgId] = useState<number>();
  const [q, setQ] = useState('');
  const [onlyArrears, setOnlyArrears] = useState(false);
  const [page, setPage] = useState(1);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [detail, setDetail] = useState<number | null>(null);
  const [importing, setImporting] = useState(false);
  const [selected, setSelected] = useState<number[]>([]);
  const [collecting, setCollecting] = useState(false);
  const orgs = useLoad(() => call('orgs.tree', { includeDissolved: false }), []).data ?? [];
  const board = useLoad(() => call('dues.board', { year, orgId, q: q || undefined, onlyArrears, page, pageSize: 20 }), [year, orgId, q, onlyArrears, page]);
  const s = board.data?.summary;
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <YearPicker value={year} onChange={(v) => (setYear(v), setPage(1))} />
        <OrgPicker orgs={orgs} value={orgId} onChange={(v) => (setOrgId(v), setPage(1))} placeholder="全部组织" />
        <Input.Search allowClear placeholder="姓名或身份证号" onSearch={(v) => (setQ(v.trim()), setPage(1))} style={{ width: 200 }} />
        <Space size={4}><Switch size="small" checked={onlyArrears} onChange={(v) => (setOnlyArrears(v), setPage(1))} aria-label="只看欠交" />只看欠交</Space>
        <Button disabled={selected.length === 0} onClick={() => setCollecting(true)}>批量登记缴费{selected.length ? `（${selected.length}人）` : ''}</Button>
        <Button onClick={() => setImporting(true)}>导入基数</Button>
        <Button type="primary" onClick={() => run(async () => saveFile(await call('dues.exportLedger', { year, orgId })), '党费收缴台账已导出')}>导出党费收缴台账</Button>
      </Space>
      {s && (
        <div style={{ marginBottom: 8 }}>
          {`${s.members} 名党员，已到期月份应交 ${yuan(s.due)} 元，实交 ${yuan(s.paid)} 元，欠交 ${yuan(s.arrears)} 元（${s.inArrears} 人），收缴率 ${s.rate === null ? '—' : `${s.rate}%`}；本月（进行中）应交 ${yuan(s.currentDue)} 元，已交 ${yuan(s.currentPaid)} 元${s.advance ? `；预交 ${yuan(s.advance)} 元` : ''}`}
          {s.withoutBase > 0 && <Tag color="orange" style={{ marginLeft: 8 }}>{s.withoutBase} 人未登记基数</Tag>}
        </div>
      )}
      <Table<DuesMemberRow>
        rowKey="memberId"
        size="small"
        loading={board.loading}
        dataSource={board.data?.rows ?? []}
        // 1366 px wide: 姓名 stays at the left and the year's totals at the right while the months
        // scroll between them; the header and the horizontal scrollbar stay in view (sticky).
        scroll={{ x: 1500 }}
        sticky
        rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys as number[]), preserveSelectedRowKeys: true }}
        pagination={{ current: page, pageSize: 20, total: board.data?.total ?? 0, onChange: setPage, showSizeChanger: false, showTotal: (t) => `共 ${t} 人` }}
        columns={[
          { title: '姓名', dataIndex: 'name', width: 80, fixed: 'left', render: (n: string, r) => <a onClick={() => setDetail(r.memberId)}>{n}</a> },
          { title: '党支部', dataIndex: 'orgName', width: 170, ellipsis: true },
          { title: '基数', width: 120, render: (_, r) => (r.base ? `${r.base.kind}${r.base.kind === '学生' ? '' : ` ${yuan(r.base.baseFen)}`}` : <Tag color="orange">未登记</Tag>) },
          { title: '月应交', width: 70, render: (_, r) => (r.base ? yuan(r.base.monthlyFen) : '') },
          ...Array.from({ length: 12 }, (_, i) => ({ title: `${i + 1}月`, width: 62, render: (_: unknown, r: DuesMemberRow) => <MonthCell c={r.months[i]} /> })),
          { title: '应交（已到期）', width: 80, fixed: 'right', render: (_, r) => yuan(r.totals.due) },
          { title: '实交', width: 80, fixed: 'right', render: (_, r) => yuan(r.totals.paid) },
          { title: '欠交', width: 80, fixed: 'right', render: (_, r) => (r.totals.arrears ? <Typography.Text type="danger">{yuan(r.totals.arrears)}</Typography.Text> : '0.00') },
          {
            title: '操作', width: 140, fixed: 'right',
            render: (_, r) => (
              <Space size={8}>
                <a onClick={() => setDialog({ kind: 'pay', row: r })}>登记缴费</a>
                <a onClick={() => setDialog({ kind: 'base', row: r })}>设置基数</a>
              </Space>
            ),
          },
        ]}
      />
      <PaymentModal row={dialog?.kind === 'pay' ? dialog.row : null} year={year} onClose={() => setDialog(null)} onDone={board.reload} />
      <BaseModal row={dialog?.kind === 'base' ? dialog.row : null} year={year} onClose={() => setDialog(null)} onDone={board.reload} />
      <MemberDuesDrawer memberId={detail} year={year} onClose={() => setDetail(null)} onChanged={board.reload} />
      <CollectModal memberIds={collecting ? selected : null} onClose={() => setCollecting(false)} onDone={() => (setSelected([]), board.reload())} />
      <ImportBasesModal open={importing} onClose={() => setImporting(false)} onDone={board.reload} />
    </>
  );
}
