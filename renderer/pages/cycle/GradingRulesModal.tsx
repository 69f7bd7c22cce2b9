import { Button, Col, Divider, Form, Input, InputNumber, Popconfirm, Row, Select, Space, Typography } from 'antd';
import type { CycleRules } from '../../../electron/domain/cycleRules';
import { DEFAULT_GRADING, FOUR_LEVEL_BANDS } from '../../../electron/domain/gradingDefaults';
import { call } from '../../api';
import { FormModal } from '../../components/FormModal';
import { useLoad, useRun } from '../../hooks';

type Values = {
  selfWeight: number;
  superiorWeight: number;
  targetPercent: number;
  items: { id: string; name: string; weight: number }[];
  bands: { min: number; grade: string }[];
  ratingScale: string[];
  excellentPercent: number;
};

/** The grading standard as data: items and points, the self/superior weights, the bands and the target. */
export function GradingRulesModal({ open, onClose, onSaved }: { open: boolean; onClose: () => void; onSaved: () => void }) {
  const run = useRun();
  const rules = useLoad(() => (open ? call('cycleRules.get', {}) : Promise.resolve(undefined)), [open]);
  const r = rules.data;
  if (open && !r) return null;
  const initial: Values | undefined = r && {
    selfWeight: r.grading.selfWeight,
    superiorWeight: r.grading.superiorWeight,
    targetPercent: Math.round(r.grading.advancedTarget * 100),
    items: r.grading.items.map(({ id, name, weight }) => ({ id, name, weight })),
    bands: r.grading.bands,
    ratingScale: r.ratingScale,
    excellentPercent: Math.round(r.excellentShareMax.share * 1000) / 10,
  };
  const toRules = (v: Values, base: CycleRules): CycleRules => ({
    ...base,
    ratingScale: v.ratingScale,
    excellentShareMax: { ...base.excellentShareMax, share: Math.abs(v.excellentPercent - 33.3) < 0.05 ? 1 / 3 : v.excellentPercent / 100 },
    grading: {
      ...base.grading,
      selfWeight: v.selfWeight,
      superiorWeight: v.superiorWeight,
      advancedTarget: v.targetPercent / 100,
      bands: v.bands,
      items: v.items.map((i) => ({ ...(base.grading.items.find((b) => b.id === i.id) ?? { wording: {} }), id: i.id, name: i.name, weight: i.weight })),
    },
  });
  return (
    <FormModal<Values>
      open={open}
      width={760}
      title="分类定级评分标准"
      initialValues={initial}
      onClose={onClose}
      onSubmit={async (v) => {
        await call('cycleRules.save', toRules(v, r!));
        onSaved();
      }}
    >
      {(form) => (
        <>
          <Typography.Paragraph type="secondary">{r?.grading.source}</Typography.Paragraph>
          <Row gutter={12}>
            <Col span={8}><Form.Item name="selfWeight" label="自评权重（%）" rules={[{ required: true }]}><InputNumber min={0} max={100} style={{ width: '100%' }} onChange={(v) => form.setFieldValue('superiorWeight', 100 - (v ?? 0))} /></Form.Item></Col>
            <Col span={8}><Form.Item name="superiorWeight" label="上级评分权重（%）" rules={[{ required: true }]}><InputNumber min={0} max={100} style={{ width: '100%' }} onChange={(v) => form.setFieldValue('selfWeight', 100 - (v ?? 0))} /></Form.Item></Col>
            <Col span={8}><Form.Item name="targetPercent" label="最高等次目标比例（%）" rules={[{ required: true }]}><InputNumber min={0} max={100} style={{ width: '100%' }} /></Form.Item></Col>
          </Row>
          <Divider orientation="left" plain>评分项目（分值合计100分）</Divider>
          <Form.List name="items">
            {(fields) =>
              fields.map((f) => (
                <Space key={f.key} style={{ display: 'flex', marginBottom: 4 }}>
                  <Form.Item name={[f.name, 'name']} rules={[{ required: true, message: '名称' }]} noStyle><Input style={{ width: 200 }} maxLength={20} /></Form.Item>
                  <Form.Item name={[f.name, 'weight']} rules={[{ required: true, message: '分值' }]} noStyle><InputNumber min={0} max={100} addonAfter="分" style={{ width: 130 }} /></Form.Item>
                </Space>
              ))
            }
          </Form.List>
          <Divider orientation="left" plain>等次（从高到低，达到分数线即为该等次）</Divider>
          <Space style={{ marginBottom: 8 }}>
            <Button size="small" onClick={() => form.setFieldValue('bands', DEFAULT_GRADING.bands)}>先进 / 一般 / 后进</Button>
            <Button size="small" onClick={() => form.setFieldValue('bands', FOUR_LEVEL_BANDS)}>好 / 较好 / 一般 / 较差</Button>
          </Space>
          <Form.List name="bands">
            {(fields) =>
              fields.map((f) => (
                <Space key={f.key} style={{ display: 'flex', marginBottom: 4 }}>
                  <Form.Item name={[f.name, 'grade']} rules={[{ required: true, message: '等次' }]} noStyle><Input style={{ width: 120 }} maxLength={10} /></Form.Item>
                  <Form.Item name={[f.name, 'min']} rules={[{ required: true, message: '分数线' }]} noStyle><InputNumber min={0} max={100} addonBefore="≥" addonAfter="分" style={{ width: 160 }} /></Form.Item>
                </Space>
              ))
            }
          </Form.List>
          <Divider orientation="left" plain>评议</Divider>
          <Row gutter={12}>
            <Col span={14}><Form.Item name="ratingScale" label="评诺等次" rules={[{ required: true }]}><Select mode="tags" /></Form.Item></Col>
            <Col span={10}><Form.Item name="excellentPercent" label="优秀党员比例上限（%）" extra="33.3 即三分之一"><InputNumber min={0} max={100} step={0.1} style={{ width: '100%' }} /></Form.Item></Col>
          </Row>
          <Popconfirm title="恢复默认评分标准？" okText="恢复" cancelText="取消" onConfirm={() => run(() => call('cycleRules.reset', {}), '已恢复默认标准').then((x) => x && (onSaved(), onClose()))}>
            <Button danger size="small">恢复默认</Button>
          </Popconfirm>
        </>
      )}
    </FormModal>
  );
}
