import { Checkbox, Col, Form, Input, InputNumber, Row, Select, TreeSelect } from 'antd';
import { useMemo } from 'react';
import type { MemberRow, OrgRow } from '../../../electron/api/contract';
import { EDUCATION_LEVELS, GENDERS, MEMBER_TYPES, PERSON_CATEGORIES } from '../../../electron/domain/glossary';
import { checkIdNumber } from '../../../electron/domain/idNumber';
import { normalizeIdNumber } from '../../../electron/domain/normalize';
import { call } from '../../api';
import { DateField } from '../../components/DateField';
import { FormModal } from '../../components/FormModal';
import { buildOrgTree, type OrgTreeNode } from '../../components/orgTree';

type Values = Omit<MemberRow, 'id' | 'orgName' | 'status' | 'statusDate' | 'statusReason'>;

const opts = (xs: readonly string[]) => xs.map((x) => ({ value: x, label: x }));

/** Only 党支部 can hold members; other nodes stay visible for orientation. */
export function branchTree(orgs: OrgRow[]): OrgTreeNode[] {
  const mark = (ns: OrgTreeNode[]): OrgTreeNode[] => ns.map((n) => ({ ...n, selectable: n.org.kind === 'branch', children: mark(n.children) }));
  return mark(buildOrgTree(orgs.filter((o) => !o.dissolvedOn && o.kind !== 'group')));
}

export function MemberFormModal({ open, member, orgs, onClose, onDone }: { open: boolean; member: MemberRow | null; orgs: OrgRow[]; onClose: () => void; onDone: (id: number) => void }) {
  const tree = useMemo(() => branchTree(orgs), [orgs]);
  const initial: Partial<Values> = member ?? { memberType: '正式党员', isLeadership: false, isSecretary: false, ethnicity: '汉族' };
  return (
    <FormModal<Values>
      open={open}
      width={820}
      title={member ? `编辑党员：${member.name}` : '新增党员'}
      okText="保存"
      initialValues={initial}
      onClose={onClose}
      onSubmit={async (v) => {
        const r = await call('members.save', { ...v, ...(member ? { id: member.id } : {}) });
        onDone(r.id);
      }}
    >
      {(form) => (
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item name="name" label="姓名" rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}>
              <Input maxLength={20} autoFocus />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item
              name="idNumber"
              label="公民身份号码"
              normalize={(v: string) => normalizeIdNumber(v ?? '')}
              rules={[
                { required: true, message: '请填写身份证号' },
                {
                  validator: async (_, v: string) => {
                    const r = checkIdNumber(v ?? '');
                    if (!r.ok) throw new Error(r.message);
                  },
                },
              ]}
            >
              <Input
                maxLength={18}
                onBlur={() => {
                  const r = checkIdNumber(form.getFieldValue('idNumber') ?? '');
                  if (r.ok) {
                    if (!form.getFieldValue('gender')) form.setFieldValue('gender', r.gender);
                    if (!form.getFieldValue('birthDate')) form.setFieldValue('birthDate', r.birthDate);
                  }
                }}
              />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="gender" label="性别">
              <Select options={opts(GENDERS)} allowClear />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="birthDate" label="出生日期">
              <DateField />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="ethnicity" label="民族">
              <Input maxLength={20} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="nativePlace" label="籍贯">
              <Input maxLength={60} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="education" label="学历">
              <Select options={opts(EDUCATION_LEVELS)} allowClear />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="degree" label="学位">
              <Input maxLength={20} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="title" label="职务/职称">
              <Input maxLength={60} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="personCategory" label="人员类别">
              <Select options={opts(PERSON_CATEGORIES)} allowClear />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="grade" label="年级（学生）" tooltip="入学年份，如 2024 表示 2024级">
              <InputNumber min={1950} max={2100} precision={0} style={{ width: '100%' }} placeholder="如 2024" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="studentNo" label="学号（学生）" tooltip="学时签到表按学号登记时，用学号找到这名学生；教职工的工号不填在这里">
              <Input maxLength={30} placeholder="如 2024010203" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="memberType" label="党员类别" rules={[{ required: true, message: '请选择党员类别' }]}>
              <Select options={opts(MEMBER_TYPES)} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="phone" label="联系电话">
              <Input maxLength={30} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="joinedOn" label="入党时间">
              <DateField />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="confirmedOn" label="转正时间">
              <DateField />
            </Form.Item>
          </Col>
          {!member && (
            <Col span={8}>
              <Form.Item name="transferredInOn" label="转入时间" tooltip="从外单位转入的党员填写；转入不计为当年发展的党员">
                <DateField />
              </Form.Item>
            </Col>
          )}
          <Col span={8}>
            <Form.Item name="orgId" label="所在支部" rules={[{ required: true, message: '请选择党支部' }]} extra={member ? '更换支部请用“转接”' : undefined}>
              <TreeSelect treeData={tree} treeDefaultExpandAll disabled={!!member} placeholder="选择党支部" showSearch treeNodeFilterProp="title" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="isLeadership" valuePropName="checked">
              <Checkbox>领导班子成员</Checkbox>
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="isSecretary" valuePropName="checked">
              <Checkbox>支部书记</Checkbox>
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="notes" label="备注">
              <Input.TextArea maxLength={500} rows={2} />
            </Form.Item>
          </Col>
        </Row>
      )}
    </FormModal>
  );
}
