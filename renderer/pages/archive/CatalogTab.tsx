// 归档文件目录 of a year: 件号 as given (renumbered by the archivist's order only on request, not once sealed), branches without a filed 制度 flagged.
import { Alert, Button, Popconfirm, Space, Table, Tag, Typography } from 'antd';
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
  const count = view.data?.rows.length ?? 0;
  const sealed = view.data?.sealed ?? false;
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <YearPicker aria-label="目录年度" min={1949} value={year} onChange={setYear} />
        <OrgPicker orgs={orgs} value={orgId} onChange={setOrgId} />
        <Button type="primary" onClick={() => run(async () => saveFile(await call('archive.exportCatalog', { year, orgId })), '归档文件目录已导出')}>导出归档文件目录</Button>
        {/* 件号 stay as given (they are on the 归档章); renumbering is the clerk's explicit act, before the year is sealed. */}
        <Popconfirm
          title={`重新编排${year}年度的件号？`}
          description={`${year}年度全部档案将按保管期限、类别和日期重新编号，已经写在归档章上的件号会随之改变。`}
          okText="重新编排"
          okButtonProps={{ danger: true }}
          cancelText="取消"
          disabled={sealed || count === 0 || view.data?.inRuleOrder}
          onConfirm={() => run(() => call('archive.renumber', { year }), '件号已重新编排').then(view.reload)}
        >
          <Button disabled={sealed || count === 0 || view.data?.inRuleOrder}>按规则重新编排件号</Button>
        </Popconfirm>
        <Popconfirm
          title={sealed ? `解除${year}年度的封存？` : `封存${year}年度的档案？`}
          description={sealed ? '解除后可以重新编排这一年的件号。' : '封存后这一年的件号不能再重新编排；新归档的文件仍接在最后。'}
          okText={sealed ? '解除封存' : '封存'}
          cancelText="取消"
          onConfirm={() => run(() => call('archive.seal', { year, sealed: !sealed }), sealed ? '已解除封存' : '已封存').then(view.reload)}
        >
          <Button>{sealed ? '解除封存' : '封存本年度'}</Button>
        </Popconfirm>
        {sealed && <Tag color="blue">已封存</Tag>}
      </Space>
      {view.data && !view.data.inRuleOrder && !sealed && (
        <Typography.Paragraph type="secondary">件号一经编定不再变动，新归档的文件排在最后；整理完一年的档案后，可按规则重新编排一次再封存。</Typography.Paragraph>
      )}
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
