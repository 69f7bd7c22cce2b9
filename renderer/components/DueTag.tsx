// A deadline at a glance: red "逾期N天", orange when due within a week, plain days left otherwise.
import { Tag } from 'antd';

type Props = { daysLeft: number | null; daysOverdue: number | null; done?: boolean };

export function DueTag({ daysLeft, daysOverdue, done }: Props) {
  if (done) return <Tag color="green">已完成</Tag>;
  if (daysOverdue !== null) return <Tag color="red" data-overdue={daysOverdue}>{`逾期${daysOverdue}天`}</Tag>;
  if (daysLeft === null) return null;
  if (daysLeft === 0) return <Tag color="orange">今天到期</Tag>;
  return <Tag color={daysLeft <= 7 ? 'orange' : undefined}>{`还剩${daysLeft}天`}</Tag>;
}
