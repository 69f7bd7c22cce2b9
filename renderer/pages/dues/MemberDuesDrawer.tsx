import { Button, Descriptions, Drawer, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { DuesPaymentOut } from '../../../electron/api/contract';
import { call } from '../../api';
import { useLoad, useRun } from '../../hooks';
import { PaymentModal } from './DuesModals';
import { monthText, yuan } from './money';

/** One member's bases over time and every payment, voided ones kept and marked. */
export function MemberDuesDrawer({ memberId, year, onClose, onChanged }: { memberId: number | null; year: number; onClose: () => void; onChanged: () => void }) {
  const run = useRun();
  const [reload, setReload] = useState(0);
  const d = useLoad(() => (memberId ? call('dues.member', { memberId, year }) : Promise.resolve(undefined)), [memberId, year, reload]).data;
  const [correcting, setCorrecting] = useState<DuesPaymentOut | null>(null);
  const changed = () => (onChanged(), setReload(reload + 1));
  const voidPayment = (p: DuesPaymentOut) => {
    let reason = '';
    Modal.confirm({
      title: `作废 ${p.paidOn} 的缴费 ${yuan(p.amountFen)} 元？`,
      content: <Input aria-label="作废原因" placeholder="请写明原因（记录保留，标为作废）" onChange={(e) => (reason = e.target.value)} />,
      okText: '作废',
      cancelText: '取消',
      onOk: () => run(() => call('dues.voidPayment', { id: p.id, reason }), '已作废').then((r) => r && changed()),
    });
  };
  return (
    <Drawer open={memberId !== null} width={760} title={d ? `${d.name}（${d.orgName}）党费` : '党费'} onClose={onClose}>
      {d && (
        <Space direction="vertical" style={{ width: '100%' }} size={16}>
          <Descriptions size="small" column={3} bordered>
            <Descriptions.Item label={`${year}年应交（已到期月份）`}>{yuan(d.totals.due)}</Descriptions.Item>
            <Descriptions.Item label="实交">{yuan(d.totals.paid)}</Descriptions.Item>
            <Descriptions.Item label="欠交（至上月）">{d.totals.arrears ? <Typography.Text type="danger">{yuan(d.totals.arrears)}</Typography.Text> : '0.00'}</Descriptions.Item>
          </Descriptions>
          <Table
            size="small"
            rowKey="fromMonth"
            title={() => '基数变动'}
            pagination={false}
            dataSource={d.bases}
            locale={{ emptyText: '未登记基数' }}
            columns={[
              { title: '起始月份', dataIndex: 'fromMonth', render: monthText },
              { title: '类别', dataIndex: 'kind' },
              { title: '月收入（元）', render: (_, b) => (b.kind === '学生' ? '—' : yuan(b.baseFen)) },
              { title: '每月应交（元）', render: (_, b) => yuan(b.monthlyFen) },
              { title: '核定', render: (_, b) => (b.overrideFen === null ? '' : `${yuan(b.overrideFen)}：${b.overrideReason ?? ''}`) },
            ]}
          />
          <Table<DuesPaymentOut>
            size="small"
            rowKey="id"
            title={() => '缴费记录'}
            pagination={false}
            dataSource={d.payments}
            locale={{ emptyText: '没有缴费记录' }}
            columns={[
              { title: '缴费日期', dataIndex: 'paidOn' },
              { title: '所属月份', render: (_, p) => (p.fromMonth === p.toMonth ? monthText(p.fromMonth) : `${monthText(p.fromMonth)}至${monthText(p.toMonth)}`) },
              { title: '金额（元）', render: (_, p) => yuan(p.amountFen) },
              { title: '备注', dataIndex: 'notes' },
              { title: '状态', render: (_, p) => (p.voidedAt ? <Tag title={p.voidReason ?? ''}>已作废：{p.voidReason}</Tag> : <Tag color="green">有效</Tag>) },
              { title: '操作', render: (_, p) => !p.voidedAt && <Space><Button size="small" onClick={() => setCorrecting(p)}>更正</Button><Button size="small" danger onClick={() => voidPayment(p)}>作废</Button></Space> },
            ]}
          />
        </Space>
      )}
      <PaymentModal row={correcting && d ? d : null} year={year} replaces={correcting ?? undefined} onClose={() => setCorrecting(null)} onDone={changed} />
    </Drawer>
  );
}
