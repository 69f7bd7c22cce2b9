// A long list of names on 工作台 as its first few, the count, and 查看全部 (a paged dialog): at 600
// branches an inline list ran to hundreds of names per line.
import { List, Modal } from 'antd';
import { useState } from 'react';

export function NameDigest({ names, unit, title, shown = 5 }: { names: string[]; unit: string; title: string; shown?: number }) {
  const [open, setOpen] = useState(false);
  if (names.length <= shown) return <>{names.join('、')}</>;
  return (
    <>
      {`${names.slice(0, shown).join('、')} 等 ${names.length} ${unit} `}
      <a onClick={() => setOpen(true)}>查看全部</a>
      <Modal open={open} title={`${title}（${names.length} ${unit}）`} footer={null} onCancel={() => setOpen(false)} destroyOnHidden>
        <List size="small" dataSource={names} pagination={{ pageSize: 15, size: 'small', showSizeChanger: false }} renderItem={(n) => <List.Item>{n}</List.Item>} />
      </Modal>
    </>
  );
}
