// 档案检索: one box over 题名、文号、责任者 and the text inside the filed files, with filters.
import { Alert, Button, Input, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import type { DocumentHit, OrgRow } from '../../../electron/api/contract';
import { RETENTIONS, type Retention } from '../../../electron/domain/archive';
import { call } from '../../api';
import { OrgPicker } from '../../components/pickers';
import { useLoad } from '../../hooks';
import { DocumentDrawer, SOURCE_LABEL } from './DocumentDrawer';
import { DocumentFormModal } from './DocumentFormModal';
import { Snippet } from './Snippet';

export function SearchTab({ orgs, categories }: { orgs: OrgRow[]; categories: string[] }) {
  const [q, setQ] = useState<string>();
  const [year, setYear] = useState<number>();
  const [category, setCategory] = useState<string>();
  const [orgId, setOrgId] = useState<number>();
  const [retention, setRetention] = useState<Retention>();
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState<number | null>(null);
  const [adding, setAdding] = useState(false);
  const years = useLoad(() => call('archive.years', {}), []);
  const list = useLoad(() => call('archive.list', { filter: { q, year, category, orgId, retention }, page, pageSize: 20 }), [q, year, category, orgId, retention, page]);
  const first = () => setPage(1);
  const reload = () => (list.reload(), years.reload());
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Button type="primary" onClick={() => setAdding(true)}>新增档案</Button>
        <Input.Search allowClear enterButton="搜索" placeholder="题名、文号、责任者或文件中的文字" style={{ width: 340 }} aria-label="搜索档案" onSearch={(v) => (setQ(v.trim() || undefined), first())} />
        <Select aria-label="年度" allowClear placeholder="全部年度" style={{ width: 110 }} value={year} onChange={(v?: number) => (setYear(v), first())} options={(years.data ?? []).map((y) => ({ value: y, label: `${y}年` }))} />
        <Select aria-label="类别" allowClear placeholder="全部类别" style={{ width: 120 }} value={category} onChange={(v?: string) => (setCategory(v), first())} options={categories.map((c) => ({ value: c, label: c }))} />
        <OrgPicker orgs={orgs} value={orgId} onChange={(v) => (setOrgId(v), first())} />
        <Select aria-label="保管期限" allowClear placeholder="全部期限" style={{ width: 110 }} value={retention} onChange={(v?: Retention) => (setRetention(v), first())} options={RETENTIONS.map((r) => ({ value: r, label: r }))} />
      </Space>
      {list.data?.shortQuery && <Alert type="info" showIcon style={{ marginBottom: 12 }} message="一两个字只在题名、文号和责任者中查找；输入三个字以上可查找文件中的文字。" />}
      <Table<DocumentHit>
        rowKey="id"
        size="small"
        loading={list.loading}
        dataSource={list.data?.rows ?? []}
        locale={{ emptyText: q ? `没有找到“${q}”` : '暂无档案' }}
        pagination={{ current: page, pageSize: 20, total: list.data?.total ?? 0, onChange: setPage, showSizeChanger: false, showTotal: (t) => `共 ${t} 件` }}
        columns={[
          {
            title: '题名',
            render: (_, d) => (
              <>
                <a onClick={() => setOpen(d.id)}>{d.title}</a>
                {d.source && <Tag style={{ marginLeft: 6 }}>{`来自${SOURCE_LABEL[d.source.kind]}`}</Tag>}
                <Snippet parts={d.snippet} />
              </>
            ),
          },
          { title: '文号', dataIndex: 'wenhao', width: 160 },
          { title: '责任者', dataIndex: 'author', width: 150, ellipsis: true },
          { title: '日期', dataIndex: 'date', width: 100 },
          { title: '类别', dataIndex: 'category', width: 80 },
          { title: '保管期限', dataIndex: 'retention', width: 80 },
          { title: '文件', dataIndex: 'fileCount', width: 60 },
        ]}
      />
      <DocumentDrawer id={open} orgs={orgs} categories={categories} onClose={() => setOpen(null)} onChanged={reload} />
      <DocumentFormModal open={adding} orgs={orgs} categories={categories} onClose={() => setAdding(false)} onSaved={(id) => (reload(), setOpen(id))} />
    </>
  );
}
