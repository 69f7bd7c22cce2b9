// Checks that an input names an org of the right kind.
import { getOrg } from '../../db/orgs';
import { invalid } from '../errors';
import type { Db } from '../../db/open';

export function branchOrThrow(d: Db, orgId: number) {
  const org = getOrg(d, orgId);
  if (!org || org.kind !== 'branch') throw invalid('请选择一个党支部');
  return org;
}
