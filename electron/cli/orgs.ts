// 组织架构 from the command line: build the tree under the 党委 that `init` made, and list it.
import { BRANCH_CATEGORIES, ORG_KIND_LABEL, type OrgKind } from '../domain/glossary';
import { command, Refused } from './command';
import { json, oneOf, optional, org, required } from './options';

// 党委 is made by `init`; the three kinds below it by `org add`.
const KIND_BY_LABEL = { 党总支: 'general_branch', 党支部: 'branch', 党小组: 'group' } as const satisfies Record<string, Exclude<OrgKind, 'committee'>>;
const KIND_LABELS = ['党总支', '党支部', '党小组'] as const satisfies readonly (keyof typeof KIND_BY_LABEL)[];

export const ORG_COMMANDS = [
  command({
    path: ['org', 'add'],
    args: [{ key: 'name', name: '名称', about: '组织名称，如 信息工程系党总支' }],
    options: {
      kind: required('党总支|党支部|党小组', '组织类别', oneOf(KIND_LABELS)),
      parent: { ...org, about: '上级组织ID（可用 org list 查看；不写则为党委）' },
      category: optional(BRANCH_CATEGORIES.join('|'), '党支部的类别', oneOf(BRANCH_CATEGORIES)),
      json,
    },
    usage: '在上级组织下建立党总支、党支部或党小组（党支部可写类别）',
    async run({ open, args, opts, io }) {
      const tree = await open.api.call('orgs.tree', { includeDissolved: false });
      const parentId = opts.parent ?? tree.find((o) => o.kind === 'committee')?.id;
      if (parentId === undefined) throw new Refused('还没有党委，请先用 init --committee 名称 建立');
      const kind = KIND_BY_LABEL[opts.kind];
      const { id } = await open.api.call('orgs.create', { parentId, kind, name: args.name, category: kind === 'branch' ? opts.category : undefined });
      const parent = tree.find((o) => o.id === parentId)?.name ?? String(parentId);
      if (opts.json) io.out(JSON.stringify({ id, name: args.name, kind: opts.kind, parentId }));
      else io.out(`已在“${parent}”下建立${opts.kind}“${args.name}”（组织ID ${id}）。`);
      return 0;
    },
  }),
  command({
    path: ['org', 'list'],
    options: { json },
    usage: '列出组织架构（组织ID、类别、在册党员数），供其他命令的 --org 使用',
    async run({ open, opts, io }) {
      const tree = await open.api.call('orgs.tree', { includeDissolved: false });
      const rows = tree.map((o) => ({ id: o.id, parentId: o.parentId, kind: ORG_KIND_LABEL[o.kind], name: o.name, category: o.category, members: o.memberCount }));
      if (opts.json) io.out(JSON.stringify(rows));
      else if (rows.length === 0) io.out('还没有组织。请先用 init --committee 名称 建立党委。');
      else for (const [r, depth] of inTreeOrder(rows)) io.out(`${r.id}\t${'  '.repeat(depth)}${r.name}（${r.kind}${r.category ? `，${r.category}` : ''}）\t党员 ${r.members}`);
      return 0;
    },
  }),
];

/** Each organisation after its parent, with how deep it stands (the 党委 at 0). */
function inTreeOrder<R extends { id: number; parentId: number | null }>(rows: readonly R[]): [R, number][] {
  const ordered: [R, number][] = [];
  const visit = (parentId: number | null, depth: number) => {
    for (const r of rows.filter((x) => x.parentId === parentId)) {
      ordered.push([r, depth]);
      visit(r.id, depth + 1);
    }
  };
  visit(null, 0);
  return ordered;
}
