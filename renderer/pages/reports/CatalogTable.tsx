// Every catalog entry with what it contains, the choices it takes and its last export; 导出 makes
// it for the chosen year, quarter and organisation (entries for one record ask for it first).
import { App, Button, Card, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import type { CatalogItem, LastExport, OrgRow, PaperSize } from '../../../electron/api/contract';
import { call, saveFile } from '../../api';
import { formatDateTime } from '../../format';
import { useLoad, useRun } from '../../hooks';
import { ExtraChoiceModal, type ExtraChoice } from './ExtraChoiceModal';
import type { Scope } from './scope';

const lastText = (l: LastExport | null) => (l ? `${formatDateTime(l.at)} ${l.actor ?? ''}` : '未导出');

function choices(p: CatalogItem['params']): string {
  const parts = [p.year === 'required' ? '年度' : p.year === 'optional' ? '年度（可不选）' : null, p.quarter ? '季度（可不选）' : null, p.org ? '组织' : null];
  const extra = { meeting: '一次会议', round: '一项评选', notice: '党支部和公示日期' } as const;
  return [...parts.filter(Boolean), p.extra ? extra[p.extra] : null].filter(Boolean).join('、') || '—';
}

export function CatalogTable({ scope, orgs }: { scope: Scope; orgs: OrgRow[] }) {
  const run = useRun();
  const { message } = App.useApp();
  const [asking, setAsking] = useState<CatalogItem | null>(null);
  // The wide ledgers print on A4 unless the clerk picks A3 for them (where the office prints A3).
  const [paper, setPaper] = useState<Record<string, PaperSize>>({});
  const paperOf = (i: CatalogItem) => (i.params.paper ? (paper[i.key] ?? 'A4') : undefined);
  const list = useLoad(() => call('reports.catalog', { year: scope.year, orgId: scope.orgId }), [scope.year, scope.orgId]);
  const exportOne = async (item: CatalogItem, extra: ExtraChoice = {}) => {
    const done = await run(async () => {
      const p = item.params;
      const file = await call('reports.export', {
        key: item.key,
        year: p.year === 'none' ? undefined : scope.year,
        quarter: p.quarter ? scope.quarter : undefined,
        orgId: p.org ? scope.orgId : undefined,
        paper: paperOf(item),
        ...extra,
      });
      return saveFile(file);
    }, `${item.title}已导出`);
    if (done) list.reload();
    return done !== undefined;
  };
  // Filing makes the same export and keeps it in 档案; entries that need a further choice are filed from their own page.
  const fileOne = (item: CatalogItem) =>
    run(async () => {
      const p = item.params;
      const r = await call('reports.file', { key: item.key, year: p.year === 'none' ? undefined : scope.year, quarter: p.quarter ? scope.quarter : undefined, orgId: p.org ? scope.orgId : undefined, paper: paperOf(item) });
      list.reload();
      return r;
    }).then((r) => r && message.success(r.updated ? `档案中的《${r.title}》已更新为这次导出的内容` : `已归档：《${r.title}》，可在“档案管理”中查到`));
  return (
    <Card size="small" title="全部台账和报告">
      <Table<CatalogItem>
        rowKey="key"
        size="small"
        loading={list.loading}
        dataSource={list.data ?? []}
        pagination={false}
        columns={[
          { title: '名称', dataIndex: 'title', width: 170, render: (t: string, i) => <Space size={4}><span>{t}</span><Tag color={i.kind === 'ledger' ? 'blue' : 'gold'}>{i.kind === 'ledger' ? '台账' : '报告'}</Tag></Space> },
          { title: '内容', dataIndex: 'contains', render: (t: string) => <Typography.Text type="secondary">{t}</Typography.Text> },
          {
            title: '需选择',
            width: 150,
            render: (_, i) => (
              <Space direction="vertical" size={4}>
                <span>{choices(i.params)}</span>
                {i.params.paper && (
                  <Select<PaperSize>
                    size="small"
                    aria-label={`${i.title}纸张`}
                    value={paper[i.key] ?? 'A4'}
                    onChange={(v) => setPaper((m) => ({ ...m, [i.key]: v }))}
                    options={[
                      { value: 'A4', label: 'A4横向' },
                      { value: 'A3', label: 'A3横向（全年一张表）' },
                    ]}
                    style={{ width: 140 }}
                  />
                )}
              </Space>
            ),
          },
          {
            title: '最近导出',
            width: 170,
            render: (_, i) => (
              <Tooltip title={i.last ? `最近一次（任意范围）：${lastText(i.last)}，${i.last.fileName}` : undefined}>
                <span>{lastText(i.lastForScope)}</span>
              </Tooltip>
            ),
          },
          {
            title: '操作',
            width: 130,
            render: (_, i) => (
              <Space size={4}>
                <Button size="small" aria-label={`导出${i.title}`} onClick={() => (i.params.extra ? setAsking(i) : void exportOne(i))}>
                  导出
                </Button>
                {!i.params.extra && (
                  <Button size="small" aria-label={`归档${i.title}`} onClick={() => void fileOne(i)}>
                    归档
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <ExtraChoiceModal item={asking} scope={scope} orgs={orgs} onClose={() => setAsking(null)} onChosen={async (extra) => asking !== null && (await exportOne(asking, extra)) && setAsking(null)} />
    </Card>
  );
}
