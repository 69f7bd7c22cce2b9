import { Card, Space, Tabs } from 'antd';
import { useState } from 'react';
import { call } from '../../api';
import { OrgPicker } from '../../components/pickers';
import { useLoad } from '../../hooks';
import { AwardsTab } from './AwardsTab';
import { CommitmentsTab } from './CommitmentsTab';
import { EvaluationsTab } from './EvaluationsTab';
import { GradingTab } from './GradingTab';
import { SatisfactionTab } from './SatisfactionTab';
import { YearPicker } from '../../components/YearPicker';

/** 创先争优: the year's cycle from commitment to award, every figure entered once. */
export function CyclePage() {
  const [year, setYear] = useState(new Date().getFullYear());
  const [orgId, setOrgId] = useState<number>();
  const orgs = useLoad(() => call('orgs.tree', { includeDissolved: false }), []).data ?? [];
  const scope = { year, orgId, orgs };
  return (
    <Card>
      <Space wrap style={{ marginBottom: 12 }}>
        <span>年度</span>
        <YearPicker value={year} onChange={setYear} />
        <OrgPicker orgs={orgs} value={orgId} onChange={setOrgId} placeholder="全部组织" />
      </Space>
      <Tabs
        destroyInactiveTabPane
        items={[
          { key: 'commitments', label: '承诺践诺', children: <CommitmentsTab {...scope} /> },
          { key: 'evaluations', label: '民主评议', children: <EvaluationsTab {...scope} /> },
          { key: 'satisfaction', label: '满意度测评', children: <SatisfactionTab {...scope} /> },
          { key: 'grading', label: '分类定级', children: <GradingTab {...scope} /> },
          { key: 'awards', label: '评选表彰', children: <AwardsTab {...scope} /> },
        ]}
      />
    </Card>
  );
}
