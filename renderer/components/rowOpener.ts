// Table rows that open a record: by a click, and from the keyboard (Tab to the row, Enter or Space),
// so a clerk who works without the mouse reaches every record too.
import type { HTMLAttributes, KeyboardEvent } from 'react';

export function rowOpener(open: () => void): HTMLAttributes<HTMLElement> {
  return {
    onClick: open,
    tabIndex: 0,
    style: { cursor: 'pointer' },
    onKeyDown: (e: KeyboardEvent<HTMLElement>) => {
      // Keys typed into a control inside the row (a checkbox, a link) are that control's.
      if (e.target !== e.currentTarget || (e.key !== 'Enter' && e.key !== ' ')) return;
      e.preventDefault();
      open();
    },
  };
}
