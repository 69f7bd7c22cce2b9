import { Button, Card, Checkbox, Input, Select, Space, Table, Tag, TreeSelect } from 'antd';
import { useMemo, useState } from 'react';
import type { MemberFilter, MemberRow } from '../../../electron/api/contract';
import { BRANCH_CATEGORIES, MEMBER_STATUSES, MEMBER_TYPES, PERSON_CATEGORIES } from '../../../electron/domain/glossary';
import { call, saveFile } from '../../api';
import { buildOrgTree } from '../../components/orgTree';
import { useLoad, useRun } from '../../hooks';
import { ImportModal, type ImportKind } from '../../components/ImportModal';
import { MemberDrawer } from './MemberDrawer';
import { MemberFormModal } from './MemberFormModal';
import { rowOpener } from '../../components/rowOpener';
import { busyButton } from '../../components/busyButton';

const opts = (xs: readonly string[]) => xs.map((x) => ({ value: x, label: x }));

const ROSTER_IMPORT: ImportKind = {
  title: '导入花名册（Excel .xlsx）',
  hint: '可直接使用现有的 Excel 花名册：表头上方的标题、填报单位等行会自动跳过；需要有“姓名”“身份证号”“所在支部”三列，其余列按表头名称识别。导入前会先检查，不会直接写入。',
  preview: (f) => call('roster.previewImport', f),
  commit: (f, validOnly) => call('roster.import', { ...f, validOnly }),
  template: () => call('roster.importTemplate', {}),
  issues: (f) => call('roster.importIssues', f),
  done: (r, validOnly) =>
    `新增 ${r.imported} 人，更新 ${r.updated} 人${r.createdOrgs.length ? `；新建组织：${r.createdOrgs.join('、')}` : ''}${validOnly && r.errors.length ? `；有错误的 ${new Set(r.errors.map((e) => e.row)).size} 行未导入` : ''}。`,
};

export function RosterPage() {
  const run = useRun();
  const [filter, setFilter] = useState<MemberFilter>({ includeSubOrgs: true, status: '在册' });
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [openId, setOpenId] = useState<number | null>(null);
  const [adding, setAdding] = useState(false);
  const [importing, setImporting] = useState(false);
  const [exporting, setExporting] = useState(false);
  const orgs = useLoad(() => call('orgs.tree', { includeDissolved: false }), []);
  const tree = useMemo(() => buildOrgTree(orgs.data ?? []), [orgs.data]);
  const list = useLoad(() => call('members.list', { filter, page, pageSize }), [filter, page, pageSize]);
  const set = (patch: Partial<MemberFilter>) => {
    setPage(1);
    setFilter((f) => ({ ...f, ...patch }));
  };
  const exportRoster = async () => {
    setExporting(true);
    await run(async () => {
      const file = await call('roster.export', { filter });
      await saveFile(file);
    }, '花名册已导出');
    setExporting(false);
  };

  return (
    <Card>
      <Space wrap style={{ marginBottom: 16 }}>
        <TreeSelect
          style={{ width: 260 }}
          treeData={tree}
          treeDefaultExpandAll
          allowClear
          placeholder="全部组织"
          value={filter.orgId}
          onChange={(v: number | undefined) => set({ orgId: v })}
          aria-label="所在组织"
        />
        <Checkbox checked={filter.includeSubOrgs} onChange={(e) => set({ includeSubOrgs: e.target.checked })}>
          含下级
        </Checkbox>
        <Select style={{ width: 120 }} allowClear placeholder="支部类别" options={opts(BRANCH_CATEGORIES)} value={filter.branchCategory} onChange={(v) => set({ branchCategory: v })} />
        <Select style={{ width: 110 }} allowClear placeholder="人员类别" options={opts(PERSON_CATEGORIES)} value={filter.personCategory} onChange={(v) => set({ personCategory: v })} />
        <Select style={{ width: 120 }} allowClear placeholder="党员类别" options={opts(MEMBER_TYPES)} value={filter.memberType} onChange={(v) => set({ memberType: v })} />
        <Select style={{ width: 110 }} allowClear placeholder="全部状态" options={opts(MEMBER_STATUSES)} value={filter.status} onChange={(v) => set({ status: v })} aria-label="状态" />
        <Input.Search
          style={{ width: 260 }}
          allowClear
          placeholder="姓名、拼音首字母或身份证号"
          value={q}
          onChange={(e) => {
            setQ(e.target.value);
            if (e.target.value === '') set({ q: undefined });
          }}
          onSearch={(v) => set({ q: v.trim() || undefined })}
          aria-label="搜索党员"
        />
      </Space>
      <Space style={{ marginBottom: 16, display: 'flex' }}>
        <Button type="primary" onClick={() => setAdding(true)}>
          新增党员
        </Button>
        <Button onClick={() => setImporting(true)}>导入花名册</Button>
        <Button {...busyButton(exporting)} onClick={exportRoster}>
          导出花名册
        </Button>
      </Space>
      <Table<MemberRow>
        rowKey="id"
        size="small"
        loading={list.loading}
        dataSource={list.data?.rows ?? []}
        onRow={(m) => rowOpener(() => setOpenId(m.id))}
        pagination={{
          current: page,
          pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          showTotal: (t) => `共 ${t} 人`,
          onChange: (p, s) => {
            setPage(s === pageSize ? p : 1);
            setPageSize(s);
          },
        }}
        columns={[
          { title: '姓名', dataIndex: 'name', width: 90 },
          { title: '性别', dataIndex: 'gender', width: 60 },
          { title: '出生日期', dataIndex: 'birthDate', width: 110 },
          { title: '公民身份号码', dataIndex: 'idNumber', width: 190 },
          { title: '所在支部', dataIndex: 'orgName' },
          { title: '人员类别', dataIndex: 'personCategory', width: 90 },
          { title: '党员类别', dataIndex: 'memberType', width: 90 },
          { title: '入党时间', dataIndex: 'joinedOn', width: 110 },
          { title: '联系电话', dataIndex: 'phone', width: 130 },
          {
            title: '状态',
            dataIndex: 'status',
            width: 110,
            render: (s: string, m) => (s === '在册' ? <Tag color="green">在册</Tag> : <Tag>{`${s}${m.statusDate ? ` ${m.statusDate}` : ''}`}</Tag>),
          },
        ]}
      />
      <MemberFormModal open={adding} member={null} orgs={orgs.data ?? []} onClose={() => setAdding(false)} onDone={(id) => { list.reload(); setOpenId(id); }} />
      <ImportModal kind={ROSTER_IMPORT} open={importing} onClose={() => setImporting(false)} onDone={() => { list.reload(); orgs.reload(); }} />
      <MemberDrawer id={openId} orgs={orgs.data ?? []} onClose={() => setOpenId(null)} onChanged={() => list.reload()} />
    </Card>
  );
}
