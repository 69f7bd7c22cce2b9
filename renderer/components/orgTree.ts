// Flat organisation rows to the nested shape antd's Tree and TreeSelect want.
import type { OrgRow } from '../../electron/api/contract';
import { DIRECT_BRANCH_LABEL, ORG_KIND_LABEL } from '../../electron/domain/glossary';

export type OrgTreeNode = {
  key: number;
  value: number;
  title: string;
  org: OrgRow;
  selectable?: boolean;
  disabled?: boolean;
  children: OrgTreeNode[];
};

export function kindLabel(org: OrgRow, parent: OrgRow | undefined): string {
  return org.kind === 'branch' && parent?.kind === 'committee' ? DIRECT_BRANCH_LABEL : ORG_KIND_LABEL[org.kind];
}

export function buildOrgTree(rows: OrgRow[], opts: { onlyBranchesSelectable?: boolean } = {}): OrgTreeNode[] {
  const nodes = new Map<number, OrgTreeNode>();
  for (const o of rows) {
    nodes.set(o.id, {
      key: o.id,
      value: o.id,
      title: o.dissolvedOn ? `${o.name}（已撤销）` : o.name,
      org: o,
      ...(opts.onlyBranchesSelectable ? { selectable: o.kind === 'branch', disabled: o.kind !== 'branch' && false } : {}),
      children: [],
    });
  }
  const roots: OrgTreeNode[] = [];
  for (const o of rows) {
    const n = nodes.get(o.id)!;
    const parent = o.parentId === null ? undefined : nodes.get(o.parentId);
    if (parent) parent.children.push(n);
    else roots.push(n);
  }
  return roots;
}
