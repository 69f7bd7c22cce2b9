import { Col, Form, Input, InputNumber, Row, TreeSelect } from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import type { OrgRow, TaskDetail } from '../../../electron/api/contract';
import { call } from '../../api';
import { DateField } from '../../components/DateField';
import { FormModal } from '../../components/FormModal';
import { buildOrgTree } from '../../components/orgTree';

type Values = { year: number; title: string; issuer?: string; description?: string; dueOn: string; orgIds: number[] };

/** Branches to choose; ticking a 党总支 ticks every branch under it. */
function BranchesPicker({ orgs, value, onChange, id }: { orgs: OrgRow[]; value?: number[]; onChange?: (v: number[]) => void; id?: string }) {
  const tree = useMemo(() => buildOrgTree(orgs.filter((o) => !o.dissolvedOn && o.kind !== 'group')), [orgs]);
  return (
    <TreeSelect
      id={id}
      treeData={tree}
      treeCheckable
      showCheckedStrategy={TreeSelect.SHOW_CHILD}
      treeDefaultExpandAll
      showSearch
      treeNodeFilterProp="title"
      maxTagCount={8}
      placeholder="勾选应报送的党支部（勾选党委或党总支即选中其下全部支部）"
      value={value}
      onChange={(v: number[]) => onChange?.(v)}
      style={{ width: '100%' }}
    />
  );
}

export function TaskFormModal({ open, task, year, orgs, onClose, onSaved }: { open: boolean; task: TaskDetail | null; year: number; orgs: OrgRow[]; onClose: () => void; onSaved: (id: number) => void }) {
  const kind = new Map(orgs.map((o) => [o.id, o.kind]));
  return (
    <FormModal<Values>
      open={open}
      width={720}
      title={task ? `编辑工作任务：${task.title}` : '新建工作任务'}
      okText="保存"
      initialValues={
        task
          ? { ...task, issuer: task.issuer ?? undefined, description: task.description ?? undefined, orgIds: task.targets.map((t) => t.orgId) }
          : { year, issuer: '院党委组织部', dueOn: dayjs().add(1, 'month').format('YYYY-MM-DD'), orgIds: orgs.filter((o) => o.kind === 'branch' && !o.dissolvedOn).map((o) => o.id) }
      }
      onClose={onClose}
      onSubmit={async (v) => {
        // A ticked 党委 or 党总支 without branches is not a target; ids not in the tree are existing targets.
        const orgIds = v.orgIds.filter((o) => (kind.get(o) ?? 'branch') === 'branch');
        const r = await call('tasks.save', { ...(task ? { id: task.id } : {}), year: v.year, title: v.title, issuer: v.issuer ?? null, description: v.description ?? null, dueOn: v.dueOn, orgIds });
        onSaved(r.id);
      }}
    >
      <Row gutter={16}>
        <Col span={16}>
          <Form.Item name="title" label="任务名称" rules={[{ required: true, whitespace: true, message: '请填写任务名称' }]}>
            <Input maxLength={100} placeholder="如 支部年度工作计划" autoFocus />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="year" label="年度" rules={[{ required: true, message: '请填写年度' }]}>
            <InputNumber min={2000} max={2100} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={16}>
          <Form.Item name="issuer" label="下达单位">
            <Input maxLength={60} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="dueOn" label="截止日期" rules={[{ required: true, message: '请选择截止日期' }]}>
            <DateField />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="description" label="任务要求">
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="orgIds" label="应报送支部" rules={[{ required: true, type: 'array', min: 1, message: '请选择应报送的党支部' }]}>
            <BranchesPicker orgs={orgs} />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}
