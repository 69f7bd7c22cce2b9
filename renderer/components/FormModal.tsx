// A modal holding one form: validates, calls onSubmit, shows the server's message on failure and
// marks the fields it names, closes on success.
import { Form, Modal, type FormInstance } from 'antd';
import { useEffect, useId, useState, type ReactNode } from 'react';
import { ApiCallError } from '../api';
import { useRun } from '../hooks';

type Props<T> = {
  open: boolean;
  title: string;
  okText?: string;
  danger?: boolean;
  initialValues?: Partial<T>;
  width?: number;
  /** Above an open drawer the modal was launched from (both default to 1000). */
  zIndex?: number;
  onClose: () => void;
  onSubmit: (values: T) => Promise<unknown>;
  children: ReactNode | ((form: FormInstance<T>) => ReactNode);
};

export function FormModal<T extends object>({ open, title, okText = '确定', danger, initialValues, width, zIndex, onClose, onSubmit, children }: Props<T>) {
  const [form] = Form.useForm<T>();
  const [busy, setBusy] = useState(false);
  // Several modals stay mounted at once: a form name keeps their field ids (and labels) apart.
  const formName = `f${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const run = useRun();
  useEffect(() => {
    if (open) {
      form.resetFields();
      if (initialValues) form.setFieldsValue(initialValues as never);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);
  const submit = async () => {
    const values = await form.validateFields().catch(() => undefined);
    if (!values) return;
    setBusy(true);
    const ok = await run(async () => {
      try {
        return (await onSubmit(values)) ?? true;
      } catch (e) {
        if (e instanceof ApiCallError && e.body.fields) {
          form.setFields(Object.entries(e.body.fields).map(([name, msg]) => ({ name: name.split('.') as never, errors: [msg] })));
        }
        throw e;
      }
    });
    setBusy(false);
    if (ok !== undefined) onClose();
  };
  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      cancelText="取消"
      okButtonProps={{ danger, loading: busy }}
      onOk={submit}
      onCancel={onClose}
      width={width}
      zIndex={zIndex}
      forceRender
    >
      <Form form={form} name={formName} layout="vertical" onFinish={submit}>
        {typeof children === 'function' ? children(form) : children}
        <button type="submit" hidden />
      </Form>
    </Modal>
  );
}
