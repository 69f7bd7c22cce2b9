import { Card, Tabs } from 'antd';
import { AttentionTab } from './AttentionTab';
import { DuesBoardTab } from './DuesBoardTab';

/** 党费管理: members' bases and the year's payments, arrears, and who needs the branch's attention. */
export function DuesPage() {
  return (
    <Card>
      <Tabs
        destroyInactiveTabPane
        items={[
          { key: 'board', label: '收缴情况', children: <DuesBoardTab /> },
          { key: 'attention', label: '需要关注的党员（党章第九条）', children: <AttentionTab /> },
        ]}
      />
    </Card>
  );
}
