// A modal holding one form: validates, calls onSubmit, shows the server's message on failure and
// marks the fields it names, closes on success and says so. The first field has the focus when it opens.
import { App as AntApp, Form, Modal, type FormInstance } from 'antd';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { ApiCallError } from '../api';
import { useRun } from '../hooks';
import { busyButton } from './busyButton';

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
  /** Said after a successful save; false where the caller reports the result itself. */
  savedMessage?: string | false;
  children: ReactNode | ((form: FormInstance<T>) => ReactNode);
};

const FIRST_FIELD = 'input:not([type=hidden]):not([type=file]):not([disabled]):not([readonly]), textarea:not([disabled])';

/** Focuses the first field of a dialog, unless a field already asked for the focus (autoFocus). */
export function focusFirstField(body: HTMLElement | null): void {
  if (!body || body.contains(document.activeElement)) return;
  body.querySelector<HTMLElement>(FIRST_FIELD)?.focus();
}

export function FormModal<T extends object>({ open, title, okText = '确定', danger, initialValues, width, zIndex, onClose, onSubmit, savedMessage = '已保存', children }: Props<T>) {
  const [form] = Form.useForm<T>();
  const { message } = AntApp.useApp();
  const body = useRef<HTMLDivElement>(null);
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
  // Drawn from its first opening on: a page keeps several of these closed, and drawing their forms
  // up front cost each page its first fraction of a second.
  const [opened, setOpened] = useState(open);
  if (open && !opened) setOpened(true);
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
    if (ok === undefined) return;
    if (savedMessage) void message.success(savedMessage);
    onClose();
  };
  if (!opened) return null;
  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      cancelText="取消"
      okButtonProps={{ danger, ...busyButton(busy) }}
      onOk={submit}
      onCancel={onClose}
      width={width}
      zIndex={zIndex}
      forceRender
      afterOpenChange={(shown) => shown && focusFirstField(body.current)}
    >
      <div ref={body}>
        <Form form={form} name={formName} layout="vertical" onFinish={submit}>
          {typeof children === 'function' ? children(form) : children}
          <button type="submit" hidden />
        </Form>
      </div>
    </Modal>
  );
}
