import type { OrgRow } from '../../../electron/api/contract';

/** What every tab of 创先争优 works within: the year and (optionally) one organisation's subtree. */
export type CycleScope = { year: number; orgId?: number; orgs: OrgRow[] };
