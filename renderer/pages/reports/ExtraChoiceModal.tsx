// The one record an entry is about: a meeting (会议记录), an award round (公示) or a branch and its
// 公示 dates (发展对象 / 拟转正公示). Meetings and rounds are those of the chosen year and organisation.
import { Form, Input, Modal, Select } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useRef } from 'react';
import type { CatalogItem, OrgRow } from '../../../electron/api/contract';
import { call } from '../../api';
import { DateField } from '../../components/DateField';
import { focusFirstField } from '../../components/FormModal';
import { OrgPicker } from '../../components/pickers';
import { useLoad } from '../../hooks';
import type { Scope } from './scope';

export type ExtraChoice = { meetingId?: number; roundId?: number; orgId?: number; notice?: { kind: 'candidate' | 'confirmation'; from: string; to: string; contact?: string } };

type Props = { item: CatalogItem | null; scope: Scope; orgs: OrgRow[]; onClose: () => void; onChosen: (c: ExtraChoice) => void };
type Values = { meetingId?: number; roundId?: number; orgId?: number; from?: string; to?: string; contact?: string };

export function ExtraChoiceModal({ item, scope, orgs, onClose, onChosen }: Props) {
  const [form] = Form.useForm<Values>();
  const body = useRef<HTMLDivElement>(null);
  const extra = item?.params.extra ?? null;
  useEffect(() => form.resetFields(), [item, form]);
  const meetings = useLoad(
    async () => (extra === 'meeting' ? (await call('meetings.list', { filter: { from: `${scope.year}-01-01`, to: `${scope.year}-12-31`, orgId: scope.orgId, includeSubOrgs: true }, page: 1, pageSize: 200 })).rows : []),
    [extra, scope.year, scope.orgId],
  );
  const rounds = useLoad(async () => (extra === 'round' ? call('awards.list', { year: scope.year }) : []), [extra, scope.year]);
  const submit = (v: Values) => {
    if (extra === 'meeting') onChosen({ meetingId: v.meetingId });
    else if (extra === 'round') onChosen({ roundId: v.roundId });
    else if (item) onChosen({ orgId: v.orgId, notice: { kind: item.key === 'candidate-notice' ? 'candidate' : 'confirmation', from: v.from ?? '', to: v.to ?? '', contact: v.contact } });
  };
  return (
    <Modal open={item !== null} title={`导出${item?.title ?? ''}`} okText="导出" cancelText="取消" onCancel={onClose} onOk={() => form.submit()} destroyOnHidden afterOpenChange={(shown) => shown && focusFirstField(body.current)}>
      <div ref={body}>
        <Form form={form} layout="vertical" onFinish={submit} initialValues={{ orgId: scope.orgId, from: dayjs().format('YYYY-MM-DD'), to: dayjs().add(5, 'day').format('YYYY-MM-DD') }}>
          {extra === 'meeting' && (
            <Form.Item name="meetingId" label="会议" rules={[{ required: true, message: '请选择会议' }]} extra={`${scope.year}年所选组织最近的200次会议`}>
              <Select showSearch optionFilterProp="label" options={(meetings.data ?? []).map((m) => ({ value: m.id, label: `${m.heldOn} ${m.orgName} ${m.type} ${m.topic}` }))} />
            </Form.Item>
          )}
          {extra === 'round' && (
            <Form.Item name="roundId" label="评选活动" rules={[{ required: true, message: '请选择评选活动' }]}>
              <Select options={(rounds.data ?? []).map((r) => ({ value: r.id, label: r.title }))} notFoundContent={`${scope.year}年没有评选活动`} />
            </Form.Item>
          )}
          {extra === 'notice' && (
            <>
              <Form.Item name="orgId" label="党支部" rules={[{ required: true, message: '请选择党支部' }]}>
                <OrgPicker orgs={orgs} onlyBranches style={{ width: '100%' }} />
              </Form.Item>
              <Form.Item name="from" label="公示开始日期" rules={[{ required: true, message: '请填写公示开始日期' }]}>
                <DateField />
              </Form.Item>
              <Form.Item name="to" label="公示结束日期" rules={[{ required: true, message: '请填写公示结束日期' }]}>
                <DateField />
              </Form.Item>
              <Form.Item name="contact" label="联系方式">
                <Input maxLength={100} />
              </Form.Item>
            </>
          )}
        </Form>
      </div>
    </Modal>
  );
}
