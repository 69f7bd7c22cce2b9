// The roster as db/members.ts reads it and the roster ledger prints it.
import type { BranchCategory, Gender, MemberStatus, MemberType, PersonCategory } from '../domain/glossary';

export type MemberRow = {
  id: number;
  name: string;
  gender: Gender | null;
  ethnicity: string | null;
  birthDate: string | null;
  idNumber: string;
  nativePlace: string | null;
  education: string | null;
  degree: string | null;
  title: string | null;
  personCategory: PersonCategory | null;
  memberType: MemberType;
  joinedOn: string | null;
  confirmedOn: string | null;
  orgId: number;
  orgName: string;
  phone: string | null;
  isLeadership: boolean;
  isSecretary: boolean;
  status: MemberStatus;
  statusDate: string | null;
  statusReason: string | null;
  notes: string | null;
  /** 年级 of a student as the year of entry (2023 = 2023级). */
  grade: number | null;
  /** 学号 of a student (staff 工号 is not kept). */
  studentNo: string | null;
};

export type MemberEvent = {
  id: number;
  kind: 'status' | 'transfer' | 'created' | 'import' | 'recruit';
  fromValue: string | null;
  toValue: string | null;
  onDate: string;
  reason: string | null;
};

export type MemberDetail = { member: MemberRow; events: MemberEvent[] };

/** Which members a list or an export covers (the API's memberFilter parses to exactly this). */
export type MemberFilter = {
  orgId?: number | undefined;
  includeSubOrgs: boolean;
  branchCategory?: BranchCategory | undefined;
  personCategory?: PersonCategory | undefined;
  memberType?: MemberType | undefined;
  status?: MemberStatus | undefined;
  q?: string | undefined;
};
