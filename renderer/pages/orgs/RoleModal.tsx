import { Form, Input, Select } from 'antd';
import type { OrgRole, OrgRow } from '../../../electron/api/contract';
import { COMMITTEE_ROLES, type CommitteeRole } from '../../../electron/domain/glossary';
import { call } from '../../api';
import { DateField } from '../../components/DateField';
import { FormModal } from '../../components/FormModal';
import { useLoad } from '../../hooks';

type Values = { role: CommitteeRole; memberId?: number | null; personName: string; termStart?: string | null; termEnd?: string | null };

export function RoleModal({ open, org, role, onClose, onDone }: { open: boolean; org: OrgRow; role: OrgRole | null; onClose: () => void; onDone: () => void }) {
  const members = useLoad(
    () => (open ? call('members.list', { filter: { orgId: org.id, includeSubOrgs: true, status: '在册' }, page: 1, pageSize: 200 }) : Promise.resolve(undefined)),
    [open, org.id],
  ).data;
  const options = (members?.rows ?? []).map((m) => ({ value: m.id, label: `${m.name}（${m.idNumber.slice(-4)}）`, name: m.name }));
  return (
    <FormModal<Values>
      open={open}
      title={role ? `修改 ${role.personName} 的任职` : `为“${org.name}”添加委员会成员`}
      initialValues={role ? { role: role.role as CommitteeRole, memberId: role.memberId, personName: role.personName, termStart: role.termStart, termEnd: role.termEnd } : {}}
      onClose={onClose}
      onSubmit={async (v) => {
        await call('orgs.saveRole', { ...(role ? { id: role.id } : {}), orgId: org.id, role: v.role, memberId: v.memberId ?? null, personName: v.personName, termStart: v.termStart ?? null, termEnd: v.termEnd ?? null });
        onDone();
      }}
    >
      {(form) => (
        <>
          <Form.Item name="role" label="职务" rules={[{ required: true, message: '请选择职务' }]}>
            <Select options={COMMITTEE_ROLES.map((r) => ({ value: r, label: r }))} autoFocus />
          </Form.Item>
          <Form.Item name="memberId" label="本组织党员" extra="从本组织在册党员中选择；外单位人员可直接填写姓名">
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              options={options}
              onChange={(id: number | undefined) => {
                const m = options.find((o) => o.value === id);
                if (m) form.setFieldValue('personName', m.name);
              }}
            />
          </Form.Item>
          <Form.Item name="personName" label="姓名" rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}>
            <Input maxLength={40} />
          </Form.Item>
          <Form.Item name="termStart" label="任期开始">
            <DateField />
          </Form.Item>
          <Form.Item name="termEnd" label="任期结束" extra="支部委员会每届任期一般为3年">
            <DateField />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}
