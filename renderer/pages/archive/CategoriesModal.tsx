// The clerk's list of 档案类别; its order is the order of the 归档文件目录 within a retention period.
import { Button, Input, List, Modal, Space, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { call } from '../../api';
import { focusFirstField } from '../../components/FormModal';
import { useRun } from '../../hooks';

export function CategoriesModal({ open, categories, onClose, onSaved }: { open: boolean; categories: string[]; onClose: () => void; onSaved: () => void }) {
  const body = useRef<HTMLDivElement>(null);
  const run = useRun();
  const [list, setList] = useState<string[]>([]);
  const [adding, setAdding] = useState('');
  useEffect(() => {
    if (open) setList(categories);
  }, [open, categories]);
  const move = (i: number, by: number) => setList((l) => {
    const n = [...l];
    const [x] = n.splice(i, 1);
    n.splice(i + by, 0, x!);
    return n;
  });
  const add = () => {
    const c = adding.trim();
    if (c && !list.includes(c)) setList((l) => [...l, c]);
    setAdding('');
  };
  return (
    <Modal
      open={open}
      title="档案类别"
      okText="保存"
      cancelText="取消"
      onCancel={onClose}
      onOk={() => void run(() => call('archive.saveCategories', { categories: list }), '档案类别已保存').then((r) => r && (onSaved(), onClose()))}
      afterOpenChange={(shown) => shown && focusFirstField(body.current)}
    >
      <div ref={body}>
        <Typography.Paragraph type="secondary">归档文件目录在同一保管期限内按这里的顺序排列。已有档案使用的类别不能删除。</Typography.Paragraph>
        <List
          size="small"
          bordered
          dataSource={list}
          renderItem={(c, i) => (
            <List.Item actions={[
              <a key="up" onClick={() => i > 0 && move(i, -1)}>上移</a>,
              <a key="down" onClick={() => i < list.length - 1 && move(i, 1)}>下移</a>,
              <a key="del" onClick={() => setList((l) => l.filter((x) => x !== c))}>删除</a>,
            ]}>{c}</List.Item>
          )}
        />
        <Space.Compact style={{ marginTop: 12, width: '100%' }}>
          <Input aria-label="新类别" placeholder="新类别，如 党费" maxLength={20} value={adding} onChange={(e) => setAdding(e.target.value)} onPressEnter={add} />
          <Button onClick={add}>添加</Button>
        </Space.Compact>
      </div>
    </Modal>
  );
}
