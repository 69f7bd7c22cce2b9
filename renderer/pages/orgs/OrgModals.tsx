import { Form, Input, Select, TreeSelect } from 'antd';
import type { OrgRow } from '../../../electron/api/contract';
import { BRANCH_CATEGORIES, ORG_KIND_LABEL, type OrgKind } from '../../../electron/domain/glossary';
import { call } from '../../api';
import { DateField, todayText } from '../../components/DateField';
import { FormModal } from '../../components/FormModal';
import { buildOrgTree } from '../../components/orgTree';

const CHILD_KINDS: Record<OrgKind, OrgKind[]> = {
  committee: ['general_branch', 'branch'],
  general_branch: ['branch'],
  branch: ['group'],
  group: [],
};

export function childKinds(kind: OrgKind): OrgKind[] {
  return CHILD_KINDS[kind];
}

const categoryOptions = BRANCH_CATEGORIES.map((c) => ({ value: c, label: c }));

type CreateValues = { kind: OrgKind; name: string; category?: string; contactLeader?: string; linkedClass?: string; foundedOn?: string | null };

export function CreateOrgModal({ open, parent, onClose, onDone }: { open: boolean; parent: OrgRow | null; onClose: () => void; onDone: (id: number) => void }) {
  const kinds: OrgKind[] = parent ? childKinds(parent.kind) : ['committee'];
  return (
    <FormModal<CreateValues>
      open={open}
      title={parent ? `在“${parent.name}”下新建组织` : '建立党委'}
      initialValues={{ kind: kinds[0], foundedOn: null }}
      onClose={onClose}
      onSubmit={async (v) => {
        const r = await call('orgs.create', {
          parentId: parent?.id ?? null,
          kind: v.kind,
          name: v.name,
          category: v.kind === 'branch' ? ((v.category ?? null) as never) : null,
          contactLeader: v.contactLeader ?? null,
          linkedClass: v.linkedClass ?? null,
          foundedOn: v.foundedOn ?? null,
        });
        onDone(r.id);
      }}
    >
      {(form) => (
        <>
          <Form.Item name="kind" label="类型" rules={[{ required: true }]}>
            <Select options={kinds.map((k) => ({ value: k, label: k === 'branch' && parent?.kind === 'committee' ? '直属党支部' : ORG_KIND_LABEL[k] }))} />
          </Form.Item>
          <Form.Item name="name" label="名称" rules={[{ required: true, whitespace: true, message: '请填写名称' }]}>
            <Input maxLength={60} autoFocus placeholder={parent ? '如 信息工程系教工党支部' : '如 某某职业技术学院党委'} />
          </Form.Item>
          <Form.Item noStyle shouldUpdate>
            {() =>
              form.getFieldValue('kind') === 'branch' && (
                <>
                  <Form.Item name="category" label="支部类别" rules={[{ required: true, message: '请选择支部类别' }]}>
                    <Select options={categoryOptions} placeholder="教职工 / 学生 / 机关 / 后勤 / 离退休" />
                  </Form.Item>
                  <Form.Item name="linkedClass" label="联系班级" extra="教工支部联系的学生班级（可不填）">
                    <Input maxLength={60} />
                  </Form.Item>
                </>
              )
            }
          </Form.Item>
          <Form.Item name="contactLeader" label="联系领导">
            <Input maxLength={40} />
          </Form.Item>
          <Form.Item name="foundedOn" label="成立日期">
            <DateField />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}

export function EditOrgModal({ open, org, onClose, onDone }: { open: boolean; org: OrgRow; onClose: () => void; onDone: () => void }) {
  return (
    <FormModal<{ category?: string | null; contactLeader?: string; linkedClass?: string }>
      open={open}
      title={`修改“${org.name}”的信息`}
      initialValues={{ category: org.category, contactLeader: org.contactLeader ?? '', linkedClass: org.linkedClass ?? '' }}
      onClose={onClose}
      onSubmit={async (v) => {
        await call('orgs.update', { id: org.id, category: (v.category ?? null) as never, contactLeader: v.contactLeader ?? null, linkedClass: v.linkedClass ?? null });
        onDone();
      }}
    >
      {org.kind === 'branch' && (
        <>
          <Form.Item name="category" label="支部类别">
            <Select options={categoryOptions} allowClear />
          </Form.Item>
          <Form.Item name="linkedClass" label="联系班级">
            <Input maxLength={60} />
          </Form.Item>
        </>
      )}
      <Form.Item name="contactLeader" label="联系领导">
        <Input maxLength={40} autoFocus />
      </Form.Item>
    </FormModal>
  );
}

export function RenameOrgModal({ open, org, onClose, onDone }: { open: boolean; org: OrgRow; onClose: () => void; onDone: () => void }) {
  return (
    <FormModal<{ name: string; onDate: string }>
      open={open}
      title={`更名：${org.name}`}
      initialValues={{ name: org.name, onDate: todayText() }}
      onClose={onClose}
      onSubmit={async (v) => {
        await call('orgs.rename', { id: org.id, name: v.name, onDate: v.onDate });
        onDone();
      }}
    >
      <Form.Item name="name" label="新名称" rules={[{ required: true, whitespace: true, message: '请填写新名称' }]}>
        <Input maxLength={60} autoFocus />
      </Form.Item>
      <Form.Item name="onDate" label="更名日期" rules={[{ required: true, message: '请选择日期' }]}>
        <DateField />
      </Form.Item>
    </FormModal>
  );
}

export function MoveOrgModal({ open, org, orgs, onClose, onDone }: { open: boolean; org: OrgRow; orgs: OrgRow[]; onClose: () => void; onDone: () => void }) {
  const parents = orgs.filter((o) => !o.dissolvedOn && childKinds(o.kind).includes(org.kind) && o.id !== org.parentId && o.id !== org.id);
  const tree = buildOrgTree(orgs.filter((o) => !o.dissolvedOn && o.kind !== 'group'));
  const allowed = new Set(parents.map((p) => p.id));
  const mark = (nodes: ReturnType<typeof buildOrgTree>): ReturnType<typeof buildOrgTree> =>
    nodes.map((n) => ({ ...n, disabled: !allowed.has(n.org.id), children: mark(n.children) }));
  return (
    <FormModal<{ parentId: number; onDate: string }>
      open={open}
      title={`调整“${org.name}”的上级组织`}
      initialValues={{ onDate: todayText() }}
      onClose={onClose}
      onSubmit={async (v) => {
        await call('orgs.move', { id: org.id, parentId: v.parentId, onDate: v.onDate });
        onDone();
      }}
    >
      <Form.Item name="parentId" label="新的上级组织" rules={[{ required: true, message: '请选择上级组织' }]}>
        <TreeSelect treeData={mark(tree)} treeDefaultExpandAll placeholder="选择上级组织" />
      </Form.Item>
      <Form.Item name="onDate" label="调整日期" rules={[{ required: true, message: '请选择日期' }]}>
        <DateField />
      </Form.Item>
    </FormModal>
  );
}

export function DissolveOrgModal({ open, org, onClose, onDone }: { open: boolean; org: OrgRow; onClose: () => void; onDone: () => void }) {
  return (
    <FormModal<{ onDate: string; reason: string }>
      open={open}
      title={`撤销“${org.name}”`}
      okText="撤销"
      danger
      initialValues={{ onDate: todayText() }}
      onClose={onClose}
      onSubmit={async (v) => {
        await call('orgs.dissolve', { id: org.id, onDate: v.onDate, reason: v.reason });
        onDone();
      }}
    >
      <p>撤销后该组织保留在历史记录中，可在组织树中打开“显示已撤销”查看。撤销前需先转出其中的党员并处理下级组织。</p>
      <Form.Item name="onDate" label="撤销日期" rules={[{ required: true, message: '请选择日期' }]}>
        <DateField />
      </Form.Item>
      <Form.Item name="reason" label="撤销原因" rules={[{ required: true, whitespace: true, message: '请填写撤销原因' }]}>
        <Input.TextArea maxLength={200} rows={2} autoFocus placeholder="如 院系调整，并入某某党支部" />
      </Form.Item>
    </FormModal>
  );
}
