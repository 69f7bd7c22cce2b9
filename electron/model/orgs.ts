// The organisation tree as db/orgs.ts reads it: 党委, 党总支, 党支部 and 党小组, their committees and history.
import type { BranchCategory, OrgKind } from '../domain/glossary';

export type OrgRow = {
  id: number;
  parentId: number | null;
  kind: OrgKind;
  name: string;
  category: BranchCategory | null;
  contactLeader: string | null;
  linkedClass: string | null;
  foundedOn: string | null;
  dissolvedOn: string | null;
  dissolveReason: string | null;
  /** Members 在册 in this organisation and everything below it. */
  memberCount: number;
};

export type OrgRole = {
  id: number;
  orgId: number;
  role: string;
  memberId: number | null;
  personName: string;
  termStart: string | null;
  termEnd: string | null;
  endedOn: string | null;
};

export type OrgEvent = { id: number; orgId: number; kind: string; onDate: string; detail: string };

export type OrgDetail = { org: OrgRow; roles: OrgRole[]; events: OrgEvent[]; path: string[] };
