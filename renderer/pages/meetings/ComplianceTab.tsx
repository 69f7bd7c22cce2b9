import { Card, Checkbox, Col, List, Row, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import type { OrgRow, YearSummary } from '../../../electron/api/contract';
import type { CellStatus, MatrixRow } from '../../../electron/domain/compliance';
import { call } from '../../api';
import { Mark, type MarkColor } from '../../components/Mark';
import { OrgPicker } from '../../components/pickers';
import { useLoad } from '../../hooks';
import { PeriodMeetingsModal, type PeriodPick } from './PeriodMeetingsModal';

const LOOK: Record<CellStatus, { text: string; color?: MarkColor }> = {
  done: { text: '✓', color: 'green' },
  missing: { text: '缺', color: 'red' },
  pending: { text: '待', color: 'orange' },
  notDue: { text: '' },
  na: { text: '—' },
};

// The matrix pages (20 branches drawn at a time, whatever the size of the 党委): a page of 600
// branches froze the window for seconds.
const PAGE_SIZE = 20;
const OWED_PAGE_SIZE = 10;
type CountsRow = YearSummary['branches']['rows'][number];

export function ComplianceTab({ year, orgs, version, onOpenMeeting }: { year: number; orgs: OrgRow[]; version: number; onOpenMeeting: (id: number) => void }) {
  const [orgId, setOrgId] = useState<number>();
  const [ruleId, setRuleId] = useState<string>('committee-monthly');
  const [onlyMissing, setOnlyMissing] = useState(false);
  const [page, setPage] = useState(1);
  const [pick, setPick] = useState<PeriodPick | null>(null);
  // One rule and one page at a time, cut on the server (只看有缺项 too): the screen draws 20 rows.
  const matrix = useLoad(() => call('compliance.matrix', { year, orgId, ruleId, onlyMissing, page, pageSize: PAGE_SIZE }), [year, orgId, ruleId, onlyMissing, page, version]);
  // The yearly table and the 党课 list page on the server too (20 and 10 at a time).
  const [countsPage, setCountsPage] = useState(1);
  const [owedPage, setOwedPage] = useState(1);
  const summary = useLoad(() => call('compliance.summary', { year, page: countsPage, pageSize: PAGE_SIZE, owedPage, owedPageSize: OWED_PAGE_SIZE }), [year, countsPage, owedPage, version]);
  const s = summary.data;
  const m = matrix.data;
  const rule = m?.rule ?? null;
  const choose = (f: () => void) => {
    setPage(1);
    f();
  };
  return (
    <>
      <Row gutter={12} style={{ marginBottom: 12 }}>
        <Col>
          <OrgPicker orgs={orgs} value={orgId} onChange={(v) => choose(() => setOrgId(v))} />
        </Col>
        <Col>
          <Select style={{ width: 200 }} value={rule?.id} onChange={(v) => choose(() => setRuleId(v))} options={(m?.rules ?? []).map((r) => ({ value: r.id, label: r.label }))} aria-label="检查项目" />
        </Col>
        <Col style={{ lineHeight: '32px' }}>
          <Checkbox checked={onlyMissing} onChange={(e) => choose(() => setOnlyMissing(e.target.checked))}>
            只看有缺项
          </Checkbox>
        </Col>
        <Col flex="auto" style={{ color: '#888', lineHeight: '32px' }}>
          {rule && `要求：${rule.per === 'month' ? '每月' : rule.per === 'quarter' ? '每季度' : '每年'}${rule.max ? `${rule.min}–${rule.max}` : `至少${rule.min}`}次（${rule.source}）`}
        </Col>
      </Row>
      {m && rule && (
        <Table<MatrixRow>
          rowKey="orgId"
          size="small"
          loading={matrix.loading}
          pagination={{ current: m.page, pageSize: PAGE_SIZE, total: m.total, onChange: setPage, showSizeChanger: false, hideOnSinglePage: true, showTotal: (t) => (onlyMissing ? `有缺项的支部 ${t} 个（共 ${m.branches} 个）` : `共 ${t} 个支部`) }}
          locale={{ emptyText: onlyMissing ? '没有缺项的支部' : undefined }}
          scroll={{ x: true }}
          dataSource={m.rows}
          columns={[
            { title: '党支部', dataIndex: 'name', fixed: 'left', width: 220 },
            ...m.periods.map((p, i) => ({
              title: p.label,
              key: p.key,
              align: 'center' as const,
              // Every cell opens its period, "—" too (it says why nothing is required there).
              onCell: (r: MatrixRow) => ({
                onClick: () => setPick({ orgId: r.orgId, orgName: r.name, period: p, types: rule.types, ruleLabel: rule.label, note: r.cells[i]!.note }),
                style: { cursor: 'pointer' },
              }),
              render: (_: unknown, r: MatrixRow) => {
                const c = r.cells[i]!;
                const look = LOOK[c.status];
                return (
                  <Mark color={look.color} status={c.status} title={c.note ?? `${p.label}：已开展 ${c.count} 次（点击查看）`}>
                    {look.text || '\u00a0'}
                    {look.color && c.count > 1 ? c.count : ''}
                  </Mark>
                );
              },
            })),
            { title: '缺项', dataIndex: 'missing', width: 60, render: (n: number) => (n ? <Tag color="red">{n}</Tag> : 0) },
          ]}
        />
      )}
      <Card size="small" title={`${year}年各支部开展次数（已开展/全年应达到）`} style={{ marginTop: 16 }}>
        <Table<CountsRow>
          rowKey="orgId"
          size="small"
          loading={summary.loading}
          scroll={{ x: true }}
          pagination={s ? { current: s.branches.page, pageSize: PAGE_SIZE, total: s.branches.total, onChange: setCountsPage, showSizeChanger: false, hideOnSinglePage: true, showTotal: (t) => `共 ${t} 个支部` } : false}
          dataSource={s?.branches.rows ?? []}
          columns={[
            { title: '党支部', dataIndex: 'name', fixed: 'left', width: 220 },
            ...(s?.columns ?? []).map((c) => ({
              title: c.label,
              key: c.ruleId,
              align: 'center' as const,
              render: (_: unknown, b: CountsRow) => {
                const x = b.counts.find((y) => y.ruleId === c.ruleId);
                // Red only where an ended period fell short; a rule not yet met in a running year is not short.
                return x ? <span style={{ color: x.missed ? '#cf1322' : undefined }}>{`${x.count}/${x.expected}`}</span> : '—';
              },
            })),
          ]}
        />
      </Card>
      <Card size="small" title="尚未讲党课的支部委员（每人每年至少一次）" style={{ marginTop: 16 }}>
        <List
          size="small"
          loading={summary.loading}
          pagination={s ? { current: s.lecturesOwed.page, pageSize: OWED_PAGE_SIZE, total: s.lecturesOwed.total, onChange: setOwedPage, hideOnSinglePage: true, showSizeChanger: false, showTotal: (t) => `共 ${t} 人` } : false}
          locale={{ emptyText: '支部委员均已讲过党课' }}
          dataSource={s?.lecturesOwed.rows ?? []}
          renderItem={(x) => (
            <List.Item>
              <span>{`${x.orgName}　${x.role}　${x.name}`}</span>
              <span>{`已讲 ${x.given} 次`}</span>
            </List.Item>
          )}
        />
      </Card>
      <PeriodMeetingsModal pick={pick} onClose={() => setPick(null)} onOpenMeeting={(id) => {
          setPick(null);
          onOpenMeeting(id);
        }}
      />
    </>
  );
}
