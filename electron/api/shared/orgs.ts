// Checks that an input names an org that exists, or one of the right kind.
import { getOrg } from '../../db/orgs';
import { invalid, notFound } from '../errors';
import type { Db } from '../../db/open';

export function branchOrThrow(d: Db, orgId: number) {
  const org = getOrg(d, orgId);
  if (!org || org.kind !== 'branch') throw invalid('请选择一个党支部');
  return org;
}

/** The org with this id, or a refusal naming what was sought (组织, 党组织, 支部 …). */
export function mustOrg(d: Db, orgId: number, what = '党组织') {
  const org = getOrg(d, orgId);
  if (!org) throw notFound(what);
  return org;
}

/** An optional org filter: refused when given and no such org exists. */
export function checkOrgFilter(d: Db, orgId: number | null | undefined, what = '党组织'): void {
  if (orgId !== undefined && orgId !== null && orgId !== 0) mustOrg(d, orgId, what);
}
