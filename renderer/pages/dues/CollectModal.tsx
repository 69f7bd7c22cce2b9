import { Col, Form, Input, Modal, Row, Typography } from 'antd';
import dayjs from 'dayjs';
import type { CollectResult } from '../../../electron/api/contract';
import { call } from '../../api';
import { DateField, todayText } from '../../components/DateField';
import { FormModal } from '../../components/FormModal';
import { yuan } from './money';

type CollectForm = { fromMonth: string; toMonth: string; paidOn: string; notes?: string };

/** A branch collecting for many at once: each selected member is recorded as paying what the months still lack. */
export function CollectModal({ memberIds, onClose, onDone }: { memberIds: number[] | null; onClose: () => void; onDone: () => void }) {
  const month = dayjs().format('YYYY-MM');
  return (
    <FormModal<CollectForm>
      open={memberIds !== null}
      title={`批量登记缴费（${memberIds?.length ?? 0} 人）`}
      initialValues={{ fromMonth: month, toMonth: month, paidOn: todayText() }}
      onClose={onClose}
      savedMessage={false}
      onSubmit={async (v) => {
        const r: CollectResult = await call('dues.collect', { memberIds: memberIds!, fromMonth: v.fromMonth, toMonth: v.toMonth, paidOn: v.paidOn, notes: v.notes ?? null });
        Modal.success({ title: '已登记', content: `${r.recorded} 人，共 ${yuan(r.amountFen)} 元。${r.skipped.length ? `未登记：${r.skipped.map((s) => `${s.name}（${s.reason}）`).join('、')}` : ''}` });
        onDone();
      }}
    >
      <Typography.Paragraph type="secondary">每人按所选月份尚欠的金额登记（按已登记的基数计算），已交清的不再登记。</Typography.Paragraph>
      <Row gutter={12}>
        <Col span={12}><Form.Item name="fromMonth" label="起始月份" rules={[{ required: true, message: '请选择月份' }]}><DateField picker="month" /></Form.Item></Col>
        <Col span={12}><Form.Item name="toMonth" label="截止月份" rules={[{ required: true, message: '请选择月份' }]}><DateField picker="month" /></Form.Item></Col>
      </Row>
      <Form.Item name="paidOn" label="缴费日期" rules={[{ required: true, message: '请选择日期' }]}><DateField /></Form.Item>
      <Form.Item name="notes" label="备注"><Input maxLength={200} placeholder="如：支部统一收缴" /></Form.Item>
    </FormModal>
  );
}
