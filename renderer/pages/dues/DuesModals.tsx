import { Col, Form, Input, InputNumber, Radio, Row, Switch, Typography, type FormInstance } from 'antd';
import dayjs from 'dayjs';
import type { DuesMemberRow, DuesPaymentOut } from '../../../electron/api/contract';
import { DUES_KINDS, monthlyDues, type DuesKind } from '../../../electron/domain/dues';
import { call } from '../../api';
import { DateField, todayText } from '../../components/DateField';
import { FormModal } from '../../components/FormModal';
import { toFen, yuan } from './money';

type PayForm = { fromMonth: string; toMonth: string; amount: number; paidOn: string; notes?: string; reason?: string };

/** What the months from..to still lack, from the row's months (the year shown). */
function owedBetween(row: DuesMemberRow, from?: string, to?: string): number {
  if (!from || !to) return 0;
  return row.months.filter((m) => m.month >= from && m.month <= to && m.due !== null).reduce((s, m) => s + Math.max(0, (m.due ?? 0) - m.paid), 0);
}

function OwedHint({ form, row }: { form: FormInstance<PayForm>; row: DuesMemberRow }) {
  const from = Form.useWatch('fromMonth', form);
  const to = Form.useWatch('toMonth', form);
  const owed = owedBetween(row, from, to);
  return <Typography.Text type="secondary">{from && to ? `所选月份尚欠 ${yuan(owed)} 元（按已登记的基数计算）` : '请选择缴费所属的月份'}</Typography.Text>;
}

/** Records a payment for one or more months (补交 included); with `replaces`, corrects an earlier one. */
export function PaymentModal({ row, year, replaces, onClose, onDone }: { row: DuesMemberRow | null; year: number; replaces?: DuesPaymentOut; onClose: () => void; onDone: () => void }) {
  const owing = row?.months.filter((m) => m.arrears > 0 || (m.owed && m.due !== null && m.paid < m.due)) ?? [];
  const current = dayjs().format('YYYY-MM');
  const from = replaces?.fromMonth ?? owing[0]?.month ?? (String(year) === current.slice(0, 4) ? current : `${year}-01`);
  const to = replaces?.toMonth ?? owing.filter((m) => m.month <= current).pop()?.month ?? from;
  const initial: Partial<PayForm> = { fromMonth: from, toMonth: to, paidOn: replaces?.paidOn ?? todayText(), amount: replaces ? replaces.amountFen / 100 : row ? owedBetween(row, from, to) / 100 : undefined, notes: replaces?.notes ?? undefined };
  return (
    <FormModal<PayForm>
      open={!!row}
      zIndex={1100}
      title={`${replaces ? '更正缴费' : '登记缴费'}：${row?.name ?? ''}`}
      initialValues={initial}
      onClose={onClose}
      onSubmit={async (v) => {
        await call('dues.recordPayment', { memberId: row!.memberId, fromMonth: v.fromMonth, toMonth: v.toMonth, paidOn: v.paidOn, amountFen: toFen(v.amount), notes: v.notes ?? null, replacesId: replaces?.id, reason: v.reason ?? null });
        onDone();
      }}
    >
      {(form) => (
        <>
          <Row gutter={12}>
            <Col span={12}><Form.Item name="fromMonth" label="起始月份" rules={[{ required: true, message: '请选择月份' }]}><DateField picker="month" /></Form.Item></Col>
            <Col span={12}><Form.Item name="toMonth" label="截止月份" rules={[{ required: true, message: '请选择月份' }]}><DateField picker="month" /></Form.Item></Col>
          </Row>
          {row && <div style={{ marginTop: -12, marginBottom: 12 }}><OwedHint form={form} row={row} /></div>}
          <Row gutter={12}>
            <Col span={12}><Form.Item name="amount" label="金额（元）" rules={[{ required: true, message: '请填写金额' }]}><InputNumber min={0.01} max={1_000_000} precision={2} style={{ width: '100%' }} /></Form.Item></Col>
            <Col span={12}><Form.Item name="paidOn" label="缴费日期" rules={[{ required: true, message: '请选择日期' }]}><DateField /></Form.Item></Col>
          </Row>
          <Form.Item name="notes" label="备注"><Input maxLength={200} placeholder="如：补交、预交、支部代收" /></Form.Item>
          {replaces && <Form.Item name="reason" label="更正原因" rules={[{ required: true, message: '请写明更正原因' }]}><Input maxLength={200} /></Form.Item>}
        </>
      )}
    </FormModal>
  );
}

type BaseForm = { fromMonth: string; kind: DuesKind; base?: number; override: boolean; overrideAmount?: number; overrideReason?: string };

function DuesHint({ form }: { form: FormInstance<BaseForm> }) {
  const kind = Form.useWatch('kind', form);
  const base = Form.useWatch('base', form);
  if (!kind) return null;
  const d = monthlyDues(kind, kind === '学生' ? 0 : toFen(base ?? 0));
  return <Typography.Text type="secondary">{`按2008年规定每月应交 ${yuan(d.monthlyFen)} 元${d.rate === null ? '（学生党员）' : `（${(d.rate * 100).toFixed(1)}%）`}`}</Typography.Text>;
}

/** Sets a member's base from a month on; the earlier bases stay in the history. */
export function BaseModal({ row, year, onClose, onDone }: { row: DuesMemberRow | null; year: number; onClose: () => void; onDone: () => void }) {
  const b = row?.base;
  const initial: Partial<BaseForm> = { fromMonth: String(year) === dayjs().format('YYYY') ? dayjs().format('YYYY-MM') : `${year}-01`, kind: b?.kind ?? '在职', base: b ? b.baseFen / 100 : undefined, override: false };
  return (
    <FormModal<BaseForm>
      open={!!row}
      zIndex={1100}
      title={`设置党费基数：${row?.name ?? ''}`}
      initialValues={initial}
      onClose={onClose}
      onSubmit={async (v) => {
        await call('dues.saveBase', { memberId: row!.memberId, fromMonth: v.fromMonth, kind: v.kind, baseFen: v.kind === '学生' ? 0 : toFen(v.base ?? 0), overrideFen: v.override ? toFen(v.overrideAmount ?? 0) : null, overrideReason: v.override ? (v.overrideReason ?? null) : null, year });
        onDone();
      }}
    >
      {(form) => (
        <>
          <Form.Item name="kind" label="类别"><Radio.Group options={DUES_KINDS.map((k) => ({ value: k, label: k === '在职' ? '在职（税后工资）' : k === '离退休' ? '离退休（养老金）' : '学生' }))} optionType="button" /></Form.Item>
          <Row gutter={12}>
            <Col span={12}><Form.Item name="base" label="月收入（元）" rules={[{ validator: (_, v) => (form.getFieldValue('kind') === '学生' || typeof v === 'number' ? Promise.resolve() : Promise.reject(new Error('请填写月收入'))) }]}><InputNumber min={0} max={1_000_000} precision={2} style={{ width: '100%' }} /></Form.Item></Col>
            <Col span={12}><Form.Item name="fromMonth" label="起始月份" rules={[{ required: true, message: '请选择月份' }]}><DateField picker="month" /></Form.Item></Col>
          </Row>
          <div style={{ marginTop: -12, marginBottom: 12 }}><DuesHint form={form} /></div>
          <Form.Item name="override" label="支部核定金额（与规定不同）" valuePropName="checked"><Switch /></Form.Item>
          <Form.Item noStyle shouldUpdate={(a, b2) => a.override !== b2.override}>
            {() =>
              form.getFieldValue('override') && (
                <Row gutter={12}>
                  <Col span={8}><Form.Item name="overrideAmount" label="每月（元）" rules={[{ required: true, message: '请填写金额' }]}><InputNumber min={0} max={100_000} precision={2} style={{ width: '100%' }} /></Form.Item></Col>
                  <Col span={16}><Form.Item name="overrideReason" label="批准情况" rules={[{ required: true, message: '请写明支部批准的理由' }]}><Input maxLength={200} placeholder="如：生活困难，经支部委员会研究同意" /></Form.Item></Col>
                </Row>
              )
            }
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}
