import { Alert, Button, Col, Descriptions, Drawer, Form, Input, InputNumber, Row, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import type { GradingRow, GradingSummary } from '../../../electron/api/contract';
import { bandFor, combinedTotal, sheetTotal } from '../../../electron/domain/cycle';
import { describeBands } from '../../../electron/domain/gradingDefaults';
import type { BranchCategory } from '../../../electron/domain/glossary';
import { call, saveFile } from '../../api';
import { DateField, todayText } from '../../components/DateField';
import { RectificationFormModal } from '../../components/RectificationFormModal';
import { useLoad, useRun } from '../../hooks';
import { GradingRulesModal } from './GradingRulesModal';
import type { CycleScope } from './types';
import { rowOpener } from '../../components/rowOpener';

const GRADE_COLOR = (s: GradingSummary, grade: string | null) => {
  const sorted = [...s.rules.bands].sort((a, b) => b.min - a.min);
  return grade === sorted[0]?.grade ? 'green' : grade === sorted[sorted.length - 1]?.grade ? 'red' : grade ? 'gold' : undefined;
};

/** 分类定级: every branch's score, grade and the facts beside it; the sheet opens per branch. */
export function GradingTab({ year, orgId }: CycleScope) {
  const run = useRun();
  const summary = useLoad(() => call('grading.summary', { year, orgId }), [year, orgId]);
  const [open, setOpen] = useState<number | null>(null);
  const [rulesOpen, setRulesOpen] = useState(false);
  const s = summary.data;
  if (!s) return null;
  const share = s.share;
  const row = s.rows.find((r) => r.orgId === open) ?? null;
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Button onClick={() => run(async () => saveFile(await call('cycleExports.grading', { year, orgId })), '分类定级汇总已导出')}>导出分类定级汇总</Button>
        <Button onClick={() => run(async () => saveFile(await call('cycleExports.gradingNotice', { year })), '分类定级结果通报已导出')}>导出结果通报</Button>
        <Button onClick={() => setRulesOpen(true)}>评分标准</Button>
      </Space>
      <Alert
        style={{ marginBottom: 12 }}
        type={share.percent !== null && share.percent >= share.target * 100 ? 'success' : 'warning'}
        message={`已定级 ${share.graded} 个党支部，${share.top} ${share.count} 个，占 ${share.percent ?? 0}%；目标：${Math.round(share.target * 100)}% 以上的党支部达到“${share.top}”`}
        description={`自评占 ${s.rules.selfWeight}%，上级评分占 ${s.rules.superiorWeight}%；${describeBands(s.rules.bands)}。`}
      />
      <Table<GradingRow>
        rowKey="orgId"
        size="small"
        dataSource={s.rows}
        pagination={{ pageSize: 20, showTotal: (t) => `共 ${t} 个党支部` }}
        onRow={(r) => rowOpener(() => setOpen(r.orgId))}
        columns={[
          { title: '党支部', dataIndex: 'orgName' },
          { title: '自评', dataIndex: 'selfScore', width: 70, render: (n: number | null) => n ?? '—' },
          { title: '上级评分', dataIndex: 'superiorScore', width: 80, render: (n: number | null) => n ?? '—' },
          { title: '综合得分', dataIndex: 'total', width: 80, render: (n: number | null) => n ?? '—' },
          { title: '等次', dataIndex: 'grade', width: 80, render: (g: string | null) => (g ? <Tag color={GRADE_COLOR(s, g)}>{g}</Tag> : <Typography.Text type="secondary">未定级</Typography.Text>) },
          { title: '三会一课', width: 90, render: (_, r) => (r.evidence.meetingsDue ? `${r.evidence.meetingsDone}/${r.evidence.meetingsDue}` : '—') },
          { title: '人均学时', width: 80, render: (_, r) => r.evidence.averageHours ?? '—' },
          { title: '满意率', width: 80, render: (_, r) => (r.evidence.satisfactionRate === null ? '—' : `${r.evidence.satisfactionRate}%`) },
          { title: '未完成整改', width: 90, render: (_, r) => (r.evidence.overdueRectifications ? <Tag color="red">{r.evidence.openRectifications}（逾期{r.evidence.overdueRectifications}）</Tag> : r.evidence.openRectifications) },
        ]}
      />
      <GradingDrawer year={year} summary={s} row={row} onClose={() => setOpen(null)} onSaved={summary.reload} />
      <GradingRulesModal open={rulesOpen} onClose={() => setRulesOpen(false)} onSaved={summary.reload} />
    </>
  );
}

type Scores = Record<string, number | null>;

function GradingDrawer({ year, summary, row, onClose, onSaved }: { year: number; summary: GradingSummary; row: GradingRow | null; onClose: () => void; onSaved: () => void }) {
  const run = useRun();
  const rules = summary.rules;
  const [self, setSelf] = useState<Scores>({});
  const [superior, setSuperior] = useState<Scores>({});
  const [gradedOn, setGradedOn] = useState<string | null>(todayText());
  const [notes, setNotes] = useState('');
  const [rectify, setRectify] = useState(false);
  useEffect(() => {
    setSelf(row?.selfScores ?? {});
    setSuperior(row?.superiorScores ?? {});
    setGradedOn(row?.gradedOn ?? todayText());
    setNotes(row?.notes ?? '');
  }, [row]);
  const preview = useMemo(() => {
    const st = sheetTotal(rules.items, self);
    const su = sheetTotal(rules.items, superior);
    const total = combinedTotal(st, su, rules);
    return { st, su, total, grade: bandFor(total, rules.bands) };
  }, [rules, self, superior]);
  if (!row) return <Drawer open={false} />;
  const bottom = [...rules.bands].sort((a, b) => a.min - b.min)[0]?.grade;
  const e = row.evidence;
  const category = row.category as BranchCategory | null;
  const save = () =>
    run(() => call('grading.save', { year, orgId: row.orgId, selfScores: self, superiorScores: superior, gradedOn, notes: notes || null }), '定级结果已保存').then((r) => {
      if (!r) return;
      onSaved();
      if (r.grade === bottom) setRectify(true);
    });
  return (
    <Drawer open width={920} title={`${year}年度分类定级：${row.orgName}`} onClose={onClose} extra={<Button type="primary" onClick={() => void save()}>保存</Button>}>
      <Row gutter={24}>
        <Col span={15}>
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={rules.items}
            columns={[
              { title: '项目', width: 200, render: (_, i) => (<><Typography.Text strong>{i.name}</Typography.Text>（{i.weight}分）<br /><Typography.Text type="secondary" style={{ fontSize: 12 }}>{(category && i.wording[category]) || Object.values(i.wording)[0]}</Typography.Text></>) },
              { title: '自评', width: 90, render: (_, i) => <InputNumber aria-label={`自评${i.name}`} min={0} max={i.weight} value={self[i.id] ?? null} onChange={(v) => setSelf((x) => ({ ...x, [i.id]: v ?? null }))} /> },
              { title: '上级评分', width: 90, render: (_, i) => <InputNumber aria-label={`上级评分${i.name}`} min={0} max={i.weight} value={superior[i.id] ?? null} onChange={(v) => setSuperior((x) => ({ ...x, [i.id]: v ?? null }))} /> },
            ]}
            summary={() => (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0}>合计</Table.Summary.Cell>
                <Table.Summary.Cell index={1}>{preview.st ?? '—'}</Table.Summary.Cell>
                <Table.Summary.Cell index={2}>{preview.su ?? '—'}</Table.Summary.Cell>
              </Table.Summary.Row>
            )}
          />
          <Alert
            style={{ marginTop: 12 }}
            type={preview.grade === bottom ? 'error' : preview.grade ? 'success' : 'info'}
            message={preview.total === null ? '各项自评和上级评分填齐后计算综合得分' : `综合得分 ${preview.total}（自评×${rules.selfWeight}% + 上级评分×${rules.superiorWeight}%），等次：${preview.grade}`}
          />
          <Form layout="vertical" style={{ marginTop: 12 }}>
            <Row gutter={12}>
              <Col span={8}><Form.Item label="定级日期"><DateField value={gradedOn} onChange={setGradedOn} /></Form.Item></Col>
              <Col span={16}><Form.Item label="备注"><Input value={notes} onChange={(ev) => setNotes(ev.target.value)} maxLength={500} /></Form.Item></Col>
            </Row>
          </Form>
          {row.grade === bottom && <Button danger onClick={() => setRectify(true)}>为该支部登记整改事项</Button>}
        </Col>
        <Col span={9}>
          <Typography.Title level={5}>本年度记录中的情况</Typography.Title>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label="三会一课">{e.meetingsDue ? `按规定应开展 ${e.meetingsDue} 项次，已完成 ${e.meetingsDone} 项次` : '—'}</Descriptions.Item>
            <Descriptions.Item label="学时">{e.averageHours === null ? '—' : `人均 ${e.averageHours} 学时`}{e.hoursShort ? `，${e.hoursShort} 人未达标` : ''}</Descriptions.Item>
            <Descriptions.Item label="公开承诺">{e.commitments} 项{Object.keys(e.commitmentRatings).length ? `，评诺：${Object.entries(e.commitmentRatings).map(([k, v]) => `${k}${v}`).join('、')}` : ''}</Descriptions.Item>
            <Descriptions.Item label="民主评议">{Object.keys(e.grades).length ? Object.entries(e.grades).map(([k, v]) => `${k}${v}名`).join('、') : '尚未评议'}</Descriptions.Item>
            <Descriptions.Item label="满意度">{e.satisfactionRate === null ? '尚未测评' : `${e.satisfactionRate}%`}</Descriptions.Item>
            <Descriptions.Item label="整改">{e.openRectifications ? `未完成 ${e.openRectifications} 项${e.overdueRectifications ? `，其中逾期 ${e.overdueRectifications} 项` : ''}` : '无未完成事项'}</Descriptions.Item>
          </Descriptions>
        </Col>
      </Row>
      <RectificationFormModal open={rectify} initial={{ orgId: row.orgId, source: '分类定级', year }} onClose={() => setRectify(false)} onSaved={onSaved} />
    </Drawer>
  );
}
