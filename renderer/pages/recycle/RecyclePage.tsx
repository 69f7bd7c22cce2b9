import { Alert, Button, Card, Popconfirm, Segmented, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import type { RecycleKind, RecycleRow } from '../../../electron/api/contract';
import { RECYCLE_KINDS, RECYCLE_KIND_LABEL as KIND_LABEL } from '../../../electron/domain/glossary';
import { call } from '../../api';
import { formatDateTime } from '../../format';
import { useLoad, useRun } from '../../hooks';

const key = (r: Pick<RecycleRow, 'kind' | 'id'>) => `${r.kind}:${r.id}`;

/** Deleted meetings, trainings, hour entries, 整改 items and tasks wait here until restored or purged by hand. */
export function RecyclePage() {
  const run = useRun();
  const [kind, setKind] = useState<RecycleKind | 'all'>('all');
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<RecycleRow[]>([]);
  const list = useLoad(() => call('recycle.list', { kind: kind === 'all' ? undefined : kind, page, pageSize: 20 }), [kind, page]);
  const items = selected.map(({ kind: k, id }) => ({ kind: k, id }));
  const after = (r: unknown) => {
    if (r === undefined) return;
    setSelected([]);
    list.reload();
  };
  return (
    <Card>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        message="删除的会议、培训、个人学时、整改事项和工作任务先放在回收站，可以随时恢复；会议或培训带来的学时随它一起删除、一起恢复。彻底删除后不能再恢复（备份中仍有）。党员和组织不会被删除，只做状态变更。"
      />
      <Space wrap style={{ marginBottom: 12 }}>
        <Segmented
          value={kind}
          onChange={(v) => (setKind(v as RecycleKind | 'all'), setPage(1), setSelected([]))}
          options={[{ value: 'all', label: '全部' }, ...RECYCLE_KINDS.map((k) => ({ value: k, label: KIND_LABEL[k] }))]}
        />
        <Button type="primary" disabled={items.length === 0} onClick={() => run(() => call('recycle.restore', { items }), `已恢复 ${items.length} 条`).then(after)}>
          恢复所选
        </Button>
        <Popconfirm
          title={`彻底删除所选 ${items.length} 条？`}
          description="彻底删除后不能从回收站恢复。"
          okText="彻底删除"
          okButtonProps={{ danger: true }}
          cancelText="取消"
          disabled={items.length === 0}
          onConfirm={() => run(() => call('recycle.purge', { items }), `已彻底删除 ${items.length} 条`).then(after)}
        >
          <Button danger disabled={items.length === 0}>彻底删除所选</Button>
        </Popconfirm>
      </Space>
      <Table<RecycleRow>
        rowKey={key}
        size="small"
        loading={list.loading}
        dataSource={list.data?.rows ?? []}
        rowSelection={{ selectedRowKeys: selected.map(key), onChange: (_, rows) => setSelected(rows) }}
        locale={{ emptyText: '回收站是空的' }}
        pagination={{ current: page, pageSize: 20, total: list.data?.total ?? 0, onChange: (p) => (setPage(p), setSelected([])), showSizeChanger: false, showTotal: (t) => `共 ${t} 条` }}
        columns={[
          { title: '类别', dataIndex: 'kind', width: 90, render: (k: RecycleKind) => <Tag>{KIND_LABEL[k]}</Tag> },
          { title: '内容', dataIndex: 'title' },
          { title: '说明', dataIndex: 'detail' },
          { title: '日期', dataIndex: 'onDate', width: 110 },
          { title: '删除时间', dataIndex: 'deletedAt', width: 170, render: formatDateTime },
          { title: '删除人', dataIndex: 'deletedBy', width: 100, render: (b: string | null) => b ?? '—' },
        ]}
      />
    </Card>
  );
}
