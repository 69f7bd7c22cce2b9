import { LoadingOutlined } from '@ant-design/icons';
import type { ButtonProps } from 'antd';

/**
 * A button's props while an action runs: a spinner as its icon, and not clickable. Not antd's
 * `loading`: that spinner leaves through a CSS transition (rc-motion, no deadline) and, when the
 * transition's end never comes (an answer within a frame or two, as a quick re-check gives), stays in
 * the button, invisible but still read as "loading", so the button is named "loading 导入" for screen
 * readers and tests until the next action. An icon goes with the state, on the same render.
 */
export function busyButton(busy: boolean, disabled = false): Pick<ButtonProps, 'icon' | 'disabled'> {
  return busy ? { icon: <LoadingOutlined />, disabled: true } : { disabled };
}
