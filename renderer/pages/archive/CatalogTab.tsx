// 归档文件目录 of a year: 件号 in the archivist's order, branches without a filed 制度 flagged.
import { Alert, Button, Space, Table } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { CatalogRow, OrgRow } from '../../../electron/api/contract';
import { call, saveFile } from '../../api';
import { OrgPicker } from '../../components/pickers';
import { useLoad, useRun } from '../../hooks';
import { DocumentDrawer } from './DocumentDrawer';
import { rowOpener } from '../../components/rowOpener';
import { YearPicker } from '../../components/YearPicker';

export function CatalogTab({ orgs, categories }: { orgs: OrgRow[]; categories: string[] }) {
  const run = useRun();
  const [year, setYear] = useState(dayjs().year());
  const [orgId, setOrgId] = useState<number>();
  const [open, setOpen] = useState<number | null>(null);
  const view = useLoad(() => call('archive.catalog', { year, orgId }), [year, orgId]);
  const missing = view.data?.branchesWithoutRules ?? [];
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <YearPicker aria-label="目录年度" min={1949} value={year} onChange={setYear} />
        <OrgPicker orgs={orgs} value={orgId} onChange={setOrgId} />
        <Button type="primary" onClick={() => run(async () => saveFile(await call('archive.exportCatalog', { year, orgId })), '归档文件目录已导出')}>导出归档文件目录</Button>
      </Space>
      {missing.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="rules-missing"
          message={`${missing.length} 个党支部${year}年度档案中没有“制度”类文件`}
          description={`每个支部应有一至两项行之有效的工作制度：${missing.map((b) => b.name).join('、')}`}
        />
      )}
      <Table<CatalogRow>
        rowKey="id"
        size="small"
        loading={view.loading}
        dataSource={view.data?.rows ?? []}
        locale={{ emptyText: `${year}年度还没有档案` }}
        onRow={(r) => rowOpener(() => setOpen(r.id))}
        pagination={{ pageSize: 50, showSizeChanger: false, showTotal: (t) => `共 ${t} 件` }}
        columns={[
          { title: '件号', dataIndex: 'pieceNo', width: 60 },
          { title: '责任者', dataIndex: 'author', width: 160, ellipsis: true },
          { title: '文号', dataIndex: 'wenhao', width: 150 },
          { title: '题名', dataIndex: 'title' },
          { title: '日期', dataIndex: 'date', width: 100 },
          { title: '页数', dataIndex: 'pages', width: 60 },
          { title: '保管期限', dataIndex: 'retention', width: 80 },
          { title: '类别', dataIndex: 'category', width: 80 },
          { title: '备注', dataIndex: 'remarks', width: 160, ellipsis: true },
        ]}
      />
      <DocumentDrawer id={open} orgs={orgs} categories={categories} onClose={() => setOpen(null)} onChanged={view.reload} />
    </>
  );
}
