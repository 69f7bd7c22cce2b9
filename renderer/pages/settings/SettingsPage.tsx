import { Button, Card, Descriptions, Form, Input, Switch } from 'antd';
import { useEffect } from 'react';
import type { Settings } from '../../../electron/api/contract';
import { call } from '../../api';
import { useLoad, useRun } from '../../hooks';
import { AuditCard } from './AuditCard';
import { DataFolderCard } from './DataFolderCard';
import { DuesTermRulesCard } from './DuesTermRulesCard';
import { PasswordCard } from './PasswordCard';
import { RecruitmentRulesCard } from './RecruitmentRulesCard';
import { RulesCard } from './RulesCard';

export function SettingsPage() {
  const run = useRun();
  const [form] = Form.useForm<Settings>();
  const { data } = useLoad(() => call('settings.get', {}), []);
  const system = useLoad(() => call('system.info', {}), []);
  const info = system.data;
  useEffect(() => {
    if (data) form.setFieldsValue(data);
  }, [data, form]);
  return (
    <>
      <Card title="台账落款" style={{ maxWidth: 640 }}>
        <Form
          form={form}
          layout="horizontal"
          labelCol={{ span: 5 }}
          onFinish={(v) => run(() => call('settings.save', v), '已保存')}
        >
          <Form.Item name="unitName" label="填报单位" extra="显示在每份台账标题下方，如“某某学院党委组织部”">
            <Input maxLength={60} autoFocus />
          </Form.Item>
          <Form.Item name="preparer" label="填表人">
            <Input maxLength={20} />
          </Form.Item>
          <Form.Item name="reviewer" label="审核人">
            <Input maxLength={20} />
          </Form.Item>
          <Form.Item name="maskPersonalInExports" label="个人信息" valuePropName="checked" extra="默认开启：台账常要发给上级、打印或存到U盘，离开办公室后不应带着完整的身份证号。开启时，导出的花名册和发展党员台账中身份证号只显示前6位和后4位，手机号隐藏中间4位；需要把导出的台账修改后再导入时，请先关闭（导入要按完整身份证号匹配）。程序内和备份中始终保存完整号码。">
            <Switch checkedChildren="导出时隐藏身份证号中间位" unCheckedChildren="导出完整身份证号" />
          </Form.Item>
          <Form.Item wrapperCol={{ offset: 5 }}>
            <Button type="primary" htmlType="submit">
              保存
            </Button>
          </Form.Item>
        </Form>
      </Card>
      <PasswordCard />
      <RulesCard />
      <RecruitmentRulesCard />
      <DuesTermRulesCard />
      <AuditCard />
      {info && <DataFolderCard info={info} onMoved={system.reload} />}
      {info && (
        <Card title="关于" style={{ maxWidth: 640, marginTop: 16 }}>
          <Descriptions column={1} size="small">
            <Descriptions.Item label="数据版本">{info.schemaVersion}</Descriptions.Item>
            <Descriptions.Item label="程序版本">{info.appVersion}</Descriptions.Item>
          </Descriptions>
        </Card>
      )}
    </>
  );
}
