import { Alert, Button, Col, Divider, Drawer, Form, Input, InputNumber, Row, Space, Tag } from 'antd';
import { useEffect } from 'react';
import type { OrgRow, RecruitDetail } from '../../../electron/api/contract';
import { ApiCallError, call } from '../../api';
import { DateField } from '../../components/DateField';
import { MemberPicker, OrgPicker } from '../../components/pickers';
import { useLoad, useRun } from '../../hooks';

type Values = Omit<RecruitDetail, 'id' | 'orgName' | 'stage' | 'memberId' | 'findings' | 'due' | 'introducers' | 'birthDate' | 'gender'> & { introducerIds: (number | undefined)[] };

const d = (name: keyof Values, label: string, span = 6) => (
  <Col span={span} key={name}>
    <Form.Item name={name} label={label}>
      <DateField />
    </Form.Item>
  </Col>
);
const n = (name: keyof Values, label: string, span = 6, extra?: string) => (
  <Col span={span} key={name}>
    <Form.Item name={name} label={label} extra={extra}>
      <InputNumber min={0} style={{ width: '100%' }} />
    </Form.Item>
  </Col>
);

/** One person's whole path, step by step, with the findings and what falls due beside it. */
export function RecruitDrawer({ open, orgs, onClose, onSaved }: { open: number | 'new' | null; orgs: OrgRow[]; onClose: () => void; onSaved: (id: number) => void }) {
  const run = useRun();
  const [form] = Form.useForm<Values>();
  const id = typeof open === 'number' ? open : null;
  const detail = useLoad(() => (id ? call('recruits.get', { id }) : Promise.resolve(undefined)), [id]);
  const r = id ? detail.data : undefined;
  useEffect(() => {
    if (open === null) return;
    form.resetFields();
    if (r) form.setFieldsValue({ ...r, introducerIds: r.introducers.map((i) => i.memberId ?? undefined) } as never);
  }, [open, r, form]);
  const save = async () => {
    const v = await form.validateFields().catch(() => undefined);
    if (!v) return;
    const { introducerIds, ...rest } = v;
    const saved = await run(async () => {
      try {
        return await call('recruits.save', { ...(id ? { id } : {}), ...rest, reviews: (rest.reviews ?? []).filter(Boolean), introducers: (introducerIds ?? []).filter((x): x is number => !!x).map((memberId) => ({ memberId })) });
      } catch (e) {
        if (e instanceof ApiCallError && e.body.fields) form.setFields(Object.entries(e.body.fields).map(([name, errors]) => ({ name: name as never, errors: [errors] })));
        throw e;
      }
    }, '已保存');
    if (!saved) return;
    if (id === saved.id) detail.reload();
    onSaved(saved.id);
  };
  return (
    <Drawer
      open={open !== null}
      width={980}
      title={r ? `${r.name}　${r.orgName}` : '登记入党申请人'}
      onClose={onClose}
      extra={
        <Space>
          {r && <Tag color="red">{r.stage}</Tag>}
          <Button type="primary" onClick={() => void save()}>保存</Button>
        </Space>
      }
    >
      {r && r.findings.length > 0 && (
        <Alert type="error" showIcon style={{ marginBottom: 12 }} message="不符合规定的地方" description={<ul style={{ margin: 0, paddingLeft: 20 }}>{r.findings.map((f) => <li key={f.message}>{f.message}<span style={{ color: '#999' }}>（{f.rule}，{f.source}）</span></li>)}</ul>} />
      )}
      {r && r.findings.length === 0 && <Alert type="success" showIcon style={{ marginBottom: 12 }} message="各环节符合规定" />}
      {r && r.due.length > 0 && <Alert type="warning" showIcon style={{ marginBottom: 12 }} message={r.due.map((x) => x.text).join('；')} />}
      <Form form={form} layout="vertical" initialValues={{ reviews: [], introducerIds: [undefined, undefined], extensionMonths: 0 }}>
        <Row gutter={12}>
          <Col span={6}><Form.Item name="name" label="姓名" rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}><Input maxLength={20} autoFocus /></Form.Item></Col>
          <Col span={8}><Form.Item name="idNumber" label="身份证号" rules={[{ required: true, message: '请填写身份证号' }, { len: 18, message: '身份证号应为18位' }]}><Input maxLength={18} /></Form.Item></Col>
          <Col span={10}><Form.Item name="orgId" label="所在党支部" rules={[{ required: true, message: '请选择党支部' }]}><OrgPicker orgs={orgs} onlyBranches style={{ width: '100%' }} /></Form.Item></Col>
        </Row>
        <Divider orientation="left" plain>入党申请</Divider>
        <Row gutter={12}>{[d('appliedOn', '递交申请书'), d('talkOn', '谈话')]}</Row>
        <Divider orientation="left" plain>入党积极分子</Divider>
        <Row gutter={12}>
          {d('activistOn', '确定为积极分子')}
          <Col span={6}><Form.Item name="mentor" label="培养联系人"><Input maxLength={40} /></Form.Item></Col>
        </Row>
        <Form.List name="reviews">
          {(fields, { add, remove }) => (
            <Space wrap style={{ marginBottom: 12 }}>
              <span>半年考察：</span>
              {fields.map((f) => (
                <Space.Compact key={f.key}>
                  <Form.Item name={f.name} noStyle><DateField /></Form.Item>
                  <Button onClick={() => remove(f.name)}>删</Button>
                </Space.Compact>
              ))}
              <Button size="small" onClick={() => add()}>添加考察日期</Button>
            </Space>
          )}
        </Form.List>
        <Divider orientation="left" plain>发展对象</Divider>
        <Row gutter={12}>{[d('candidateOn', '确定为发展对象'), d('politicalCheckOn', '政治审查'), n('trainingDays', '集中培训天数'), n('trainingHours', '集中培训学时')]}</Row>
        <Row gutter={12}>
          {[0, 1].map((k) => (
            <Col span={8} key={k}><Form.Item name={['introducerIds', k]} label={`入党介绍人${k + 1}`}><MemberPicker /></Form.Item></Col>
          ))}
        </Row>
        <Row gutter={12}>{[d('publicityFrom', '公示开始'), d('publicityTo', '公示结束')]}</Row>
        <Divider orientation="left" plain>接收预备党员</Divider>
        <Row gutter={12}>{[d('admissionMeetingOn', '支部大会'), n('admissionEntitled', '应到会有表决权的正式党员'), n('admissionYes', '赞成票'), d('approvedOn', '上级党委审批')]}</Row>
        <Row gutter={12}>{[d('oathOn', '入党宣誓')]}</Row>
        <Divider orientation="left" plain>转正</Divider>
        <Row gutter={12}>
          {[d('confirmationAppliedOn', '递交转正申请书'), d('confirmationMeetingOn', '讨论转正支部大会'), n('confirmationEntitled', '应到会有表决权的正式党员'), n('confirmationYes', '赞成票'), d('confirmationApprovedOn', '上级党委批准转正')]}
          {n('extensionMonths', '预备期延长（月）', 6, '不延长填0；延长为6至12个月')}
        </Row>
        <Form.Item name="notes" label="备注"><Input.TextArea rows={2} maxLength={1000} /></Form.Item>
      </Form>
    </Drawer>
  );
}
