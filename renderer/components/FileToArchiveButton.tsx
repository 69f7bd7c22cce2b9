// The 归档 button where the clerk already is (meeting drawer, task drawer, award round): files
// the record's document into 档案 in one click, and says so when it is already there (filing
// again updates that document rather than adding a second).
import { App as AntApp, Button, Popconfirm } from 'antd';
import type { FiledResult, SourceKind } from '../../electron/api/contract';
import { call } from '../api';
import { useLoad, useRun } from '../hooks';

type Props = { kind: SourceKind; id: number; file: () => Promise<FiledResult | FiledResult[]>; label?: string; size?: 'small' | 'middle' };

const said = (r: FiledResult | FiledResult[]) => {
  const all = Array.isArray(r) ? r : [r];
  const updated = all.filter((x) => x.updated).length;
  if (all.length === 1) return all[0]!.updated ? `已更新档案“${all[0]!.title}”` : `已归档：${all[0]!.title}`;
  return `已归档 ${all.length} 件${updated ? `（其中 ${updated} 件为更新）` : ''}`;
};

export function FileToArchiveButton({ kind, id, file, label = '归档', size }: Props) {
  const run = useRun();
  const { message } = AntApp.useApp();
  const filed = useLoad(() => call('archive.bySource', { kind, id }), [kind, id]);
  const act = async () => {
    const r = await run(file);
    if (!r) return;
    filed.reload();
    void message.success(said(r));
  };
  const docs = filed.data ?? [];
  if (docs.length === 0) return <Button size={size} onClick={() => void act()}>{label}</Button>;
  return (
    <Popconfirm
      title="已在档案中"
      description={`${docs.map((d) => `“${d.title}”`).join('、').slice(0, 120)}。再次归档将用最新内容更新，不会重复添加。`}
      okText="更新档案"
      cancelText="取消"
      onConfirm={() => void act()}
    >
      <Button size={size}>{`${label}（已归档）`}</Button>
    </Popconfirm>
  );
}
