// Pickers shared by pages: an organisation tree and a member search that scales to 30,000.
import { Select, TreeSelect } from 'antd';
import { useMemo, useState } from 'react';
import type { OrgRow } from '../../electron/api/contract';
import { call } from '../api';
import { useRun } from '../hooks';
import { buildOrgTree, type OrgTreeNode } from './orgTree';

type OrgPickerProps = { orgs: OrgRow[]; value?: number; onChange?: (v: number | undefined) => void; onlyBranches?: boolean; withGroups?: boolean; placeholder?: string; allowClear?: boolean; style?: React.CSSProperties; id?: string };

export function OrgPicker({ orgs, value, onChange, onlyBranches, withGroups, placeholder, allowClear = true, style, id }: OrgPickerProps) {
  const tree = useMemo(() => {
    const mark = (ns: OrgTreeNode[]): OrgTreeNode[] => ns.map((n) => ({ ...n, selectable: !onlyBranches || n.org.kind === 'branch', children: mark(n.children) }));
    // 党小组 only where they hold something (a 党小组会); elsewhere a branch stands for them.
    return mark(buildOrgTree(orgs.filter((o) => !o.dissolvedOn && (withGroups || o.kind !== 'group'))));
  }, [orgs, onlyBranches, withGroups]);
  return (
    <TreeSelect
      id={id}
      style={style ?? { width: 260 }}
      treeData={tree}
      treeDefaultExpandAll
      allowClear={allowClear}
      showSearch
      treeNodeFilterProp="title"
      placeholder={placeholder ?? (onlyBranches ? '选择党支部' : '全部组织')}
      value={value}
      onChange={(v: number | undefined) => onChange?.(v)}
    />
  );
}

type MemberOption = { value: number; label: string };

/** Members found by name, pinyin initials or ID as the clerk types. */
export function MemberPicker({ value, onChange, mode, id, placeholder }: { value?: number | number[]; onChange?: (v: never) => void; mode?: 'multiple'; id?: string; placeholder?: string }) {
  const run = useRun();
  const [options, setOptions] = useState<MemberOption[]>([]);
  const [known, setKnown] = useState<Map<number, string>>(new Map());
  const search = async (q: string) => {
    if (!q.trim()) return;
    const r = await run(() => call('members.list', { filter: { q: q.trim(), status: '在册' }, pageSize: 30 }));
    if (!r) return;
    const opts = r.rows.map((m) => ({ value: m.id, label: `${m.name}（${m.orgName}）` }));
    setKnown((k) => new Map([...k, ...opts.map((o) => [o.value, o.label] as const)]));
    setOptions(opts);
  };
  const selected = (Array.isArray(value) ? value : value ? [value] : []).filter((v) => !options.some((o) => o.value === v)).map((v) => ({ value: v, label: known.get(v) ?? `#${v}` }));
  return (
    <Select
      id={id}
      mode={mode}
      showSearch
      filterOption={false}
      onSearch={(q) => void search(q)}
      options={[...selected, ...options]}
      value={value as never}
      onChange={(v) => onChange?.(v as never)}
      placeholder={placeholder ?? '输入姓名、拼音首字母或身份证号查找'}
      notFoundContent="输入后查找"
      style={{ width: '100%' }}
    />
  );
}
