import { Button, Card, Form, Input, InputNumber, Popconfirm, Space, Typography } from 'antd';
import { call, LOCK_CHANGED_EVENT } from '../../api';
import { useLoad, useRun } from '../../hooks';

type Fields = { current?: string; next: string; confirm: string; idleMinutes: number };

/** 应用密码: whoever sits at the office PC must know it; the app locks itself after idle minutes. */
export function PasswordCard() {
  const run = useRun();
  const [form] = Form.useForm<Fields>();
  const status = useLoad(() => call('lock.status', {}), []);
  const set = status.data?.passwordSet ?? false;
  const changed = (r: unknown) => {
    if (r === undefined) return;
    form.resetFields();
    status.reload();
    window.dispatchEvent(new Event(LOCK_CHANGED_EVENT));
  };
  const save = (v: Fields) => run(() => call('lock.setPassword', { current: v.current, next: v.next, idleMinutes: v.idleMinutes }), set ? '密码已修改' : '已设置密码').then(changed);
  const remove = () => run(() => call('lock.setPassword', { current: form.getFieldValue('current') as string | undefined, next: null }), '已取消密码').then(changed);
  return (
    <Card title="应用密码" style={{ maxWidth: 640, marginTop: 16 }}>
      <Typography.Paragraph type="secondary">
        {set ? `已设置密码：每次启动和无操作 ${status.data?.idleMinutes ?? 10} 分钟后需要输入密码。` : '未设置密码。设置后，启动时和无人操作一段时间后需要输入密码才能查看数据。'}
        密码只以加盐的慢哈希保存，无法找回；忘记时可请技术人员用命令 reset-password 清除（数据不受影响）。
      </Typography.Paragraph>
      <Form form={form} layout="horizontal" labelCol={{ span: 5 }} initialValues={{ idleMinutes: status.data?.idleMinutes ?? 10 }} onFinish={save} key={String(set)}>
        {set && (
          <Form.Item name="current" label="当前密码" rules={[{ required: true, message: '请输入当前密码' }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
        )}
        <Form.Item name="next" label={set ? '新密码' : '密码'} rules={[{ required: true, message: '请输入密码' }, { min: 6, message: '密码至少6位' }]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label="再输一次"
          dependencies={['next']}
          rules={[{ required: true, message: '请再输入一次' }, ({ getFieldValue }) => ({ validator: (_, v) => (v === getFieldValue('next') ? Promise.resolve() : Promise.reject(new Error('两次输入的密码不一致'))) })]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="idleMinutes" label="自动锁定" extra="无人操作多少分钟后锁定">
          <InputNumber min={1} max={240} addonAfter="分钟" />
        </Form.Item>
        <Form.Item wrapperCol={{ offset: 5 }}>
          <Space>
            <Button type="primary" htmlType="submit">{set ? '修改密码' : '设置密码'}</Button>
            {set && (
              <>
                <Popconfirm title="取消应用密码？" description="取消后打开程序不再需要密码。需要先填写当前密码。" okText="取消密码" cancelText="不取消" onConfirm={remove}>
                  <Button danger>取消密码</Button>
                </Popconfirm>
                <Button onClick={() => void call('lock.lock', {}).then(() => window.dispatchEvent(new Event(LOCK_CHANGED_EVENT)))}>立即锁定</Button>
              </>
            )}
          </Space>
        </Form.Item>
      </Form>
    </Card>
  );
}
