import type { ReactNode } from 'react';

// Colours of antd's preset Tags.
const PALETTE = {
  green: { color: '#389e0d', background: '#f6ffed', borderColor: '#b7eb8f' },
  red: { color: '#cf1322', background: '#fff1f0', borderColor: '#ffa39e' },
  orange: { color: '#d46b08', background: '#fff7e6', borderColor: '#ffd591' },
  purple: { color: '#531dab', background: '#f9f0ff', borderColor: '#d3adf7' },
} as const;
export type MarkColor = keyof typeof PALETTE;

/**
 * A Tag's look as a plain span with a native tooltip, for the cells of big grids: hundreds of
 * antd Tags and Tooltips on one page each run their own style and popup hooks, and drawing a
 * page of the 落实情况 matrix took over a second on a busy machine.
 */
export function Mark({ color, title, status, children }: { color?: MarkColor; title?: string; status?: string; children: ReactNode }) {
  const look = color ? { ...PALETTE[color], border: '1px solid', borderRadius: 4, padding: '0 7px', fontSize: 12, lineHeight: '20px', display: 'inline-block' } : undefined;
  return (
    <span style={look} title={title} data-status={status}>
      {children}
    </span>
  );
}
