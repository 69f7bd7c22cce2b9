// A long list of names on 工作台 as its first few, the count, and 查看全部 (a paged dialog): at 600
// branches an inline list ran to hundreds of names per line.
import { List, Modal } from 'antd';
import { useState } from 'react';
import { useLoad } from '../../hooks';

type Props = {
  names: string[];
  unit: string;
  title: string;
  shown?: number;
  /** When the server sent only the first few: how many there are, and how to read them all (on 查看全部). */
  total?: number;
  loadAll?: () => Promise<string[]>;
};

export function NameDigest({ names, unit, title, shown = 5, total = names.length, loadAll }: Props) {
  const [open, setOpen] = useState(false);
  if (total <= shown) return <>{names.slice(0, shown).join('、')}</>;
  return (
    <>
      {`${names.slice(0, shown).join('、')} 等 ${total} ${unit} `}
      <a onClick={() => setOpen(true)}>查看全部</a>
      <Modal open={open} title={`${title}（${total} ${unit}）`} footer={null} onCancel={() => setOpen(false)} destroyOnHidden>
        {open && <AllNames names={names} loadAll={loadAll} />}
      </Modal>
    </>
  );
}

function AllNames({ names, loadAll }: { names: string[]; loadAll?: () => Promise<string[]> }) {
  const all = useLoad(() => (loadAll ? loadAll() : Promise.resolve(names)), []);
  return <List size="small" loading={all.loading} dataSource={all.data ?? []} pagination={{ pageSize: 15, size: 'small', showSizeChanger: false }} renderItem={(n) => <List.Item>{n}</List.Item>} />;
}
