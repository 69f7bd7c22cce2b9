import { List, Tag, Typography } from 'antd';
import type { StudentGap } from '../../../electron/domain/studentGrades';

/** 低年级有党员、高年级有党小组: the grades that fall short, with the target's source. */
export function StudentGapsList({ gaps }: { gaps: StudentGap[] }) {
  return (
    <List
      size="small"
      header={
        <Typography.Text strong>
          学生党支部：低年级有党员、高年级有党小组（{gaps.length}）
          <Typography.Text type="secondary" style={{ marginLeft: 8, fontSize: 12, fontWeight: 'normal' }}>{gaps[0]?.source}</Typography.Text>
        </Typography.Text>
      }
      dataSource={gaps}
      pagination={gaps.length > 8 ? { pageSize: 8, size: 'small' } : false}
      renderItem={(g) => (
        <List.Item>
          <Tag color={g.kind === 'no-member' ? 'orange' : 'blue'}>{g.kind === 'no-member' ? '无党员' : '无党小组'}</Tag>
          {g.message}
        </List.Item>
      )}
    />
  );
}
