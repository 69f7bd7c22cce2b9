// 报表中心: every ledger and report the app can produce, for a chosen year, quarter and
// organisation, with its last export; 一键导出台账 for the year; the two summary reports.
import { Card, Select, Space } from 'antd';
import { useState } from 'react';
import { call } from '../../api';
import { OrgPicker } from '../../components/pickers';
import { useLoad } from '../../hooks';
import { CatalogTable } from './CatalogTable';
import { PackCard } from './PackCard';
import type { Scope } from './scope';
import { YearPicker } from '../../components/YearPicker';


export function ReportsPage() {
  const [scope, setScope] = useState<Scope>({ year: new Date().getFullYear() });
  const orgs = useLoad(() => call('orgs.tree', { includeDissolved: false }), []);
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card size="small">
        <Space wrap>
          <span>年度</span>
          <YearPicker value={scope.year} onChange={(v) => setScope((s) => ({ ...s, year: v }))} />
          <span>季度</span>
          <Select
            aria-label="季度"
            allowClear
            placeholder="全年"
            style={{ width: 110 }}
            value={scope.quarter}
            onChange={(q: number | undefined) => setScope((s) => ({ ...s, quarter: q }))}
            options={[1, 2, 3, 4].map((q) => ({ value: q, label: `第${'一二三四'[q - 1]}季度` }))}
          />
          <span>组织</span>
          <OrgPicker id="reports-org" orgs={orgs.data ?? []} value={scope.orgId} onChange={(orgId) => setScope((s) => ({ ...s, orgId }))} placeholder="全党委" />
        </Space>
      </Card>
      <PackCard scope={scope} />
      <CatalogTable scope={scope} orgs={orgs.data ?? []} />
    </Space>
  );
}
