// Where each kind of organisation may stand in the tree: 党委 → 党总支 / 直属党支部 → 党支部 → 党小组.
import type { OrgKind } from './glossary';

const ALLOWED_PARENTS: Record<OrgKind, readonly (OrgKind | null)[]> = {
  committee: [null],
  general_branch: ['committee'],
  branch: ['committee', 'general_branch'],
  group: ['branch'],
};

export function canPlaceUnder(kind: OrgKind, parentKind: OrgKind | null): boolean {
  return ALLOWED_PARENTS[kind].includes(parentKind);
}

export function placementMessage(kind: OrgKind): string {
  switch (kind) {
    case 'committee':
      return '党委是最上级组织，不能放在其他组织之下';
    case 'general_branch':
      return '党总支只能设在党委之下';
    case 'branch':
      return '党支部只能设在党委（直属党支部）或党总支之下';
    case 'group':
      return '党小组只能设在党支部之下';
  }
}

/** A branch category guessed from its name, for branches created by an import. */
export function guessCategory(name: string): '教职工' | '学生' | '机关' | '后勤' | '离退休' | null {
  if (/离退休|退休/.test(name)) return '离退休';
  if (/学生|本科生|研究生|级|班/.test(name)) return '学生';
  if (/后勤|物业|膳食|基建/.test(name)) return '后勤';
  if (/机关|行政|办公室|处/.test(name)) return '机关';
  if (/教工|教师|教职工|教研/.test(name)) return '教职工';
  return null;
}
