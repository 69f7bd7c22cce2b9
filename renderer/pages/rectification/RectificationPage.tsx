// 整改与报送: the 整改台账 and the tasks superiors set, with who has handed in what.
import { Card, Space, Tabs } from 'antd';
import { useState } from 'react';
import { call } from '../../api';
import { useLoad } from '../../hooks';
import { RectificationsTab } from './RectificationsTab';
import { TasksTab } from './TasksTab';
import { YearPicker } from '../../components/YearPicker';

export function RectificationPage() {
  const [year, setYear] = useState(new Date().getFullYear());
  const orgs = useLoad(() => call('orgs.tree', { includeDissolved: false }), []);
  return (
    <Card>
      <Space style={{ marginBottom: 8 }}>
        <span>年度</span>
        <YearPicker value={year} onChange={setYear} />
      </Space>
      <Tabs
        items={[
          { key: 'items', label: '整改台账', children: <RectificationsTab year={year} orgs={orgs.data ?? []} /> },
          { key: 'tasks', label: '工作任务', children: <TasksTab year={year} orgs={orgs.data ?? []} /> },
        ]}
      />
    </Card>
  );
}
