// 发展党员: one person's record through the five stages, as db/recruits.ts stores it, the import
// plans it and the ledger and 公示 print it.
import type { DueItem, Finding, Stage } from '../domain/recruitment';

export type RecruitFields = {
  name: string;
  idNumber: string;
  gender: '男' | '女' | null;
  birthDate: string | null;
  orgId: number;
  appliedOn: string | null;
  talkOn: string | null;
  activistOn: string | null;
  mentor: string | null;
  reviews: string[];
  candidateOn: string | null;
  politicalCheckOn: string | null;
  trainingDays: number | null;
  trainingHours: number | null;
  introducers: { memberId: number | null; name: string }[];
  publicityFrom: string | null;
  publicityTo: string | null;
  admissionMeetingOn: string | null;
  admissionEntitled: number | null;
  admissionYes: number | null;
  approvedOn: string | null;
  /** 入党宣誓时间. */
  oathOn: string | null;
  extensionMonths: number;
  /** 递交转正申请书时间. */
  confirmationAppliedOn: string | null;
  confirmationMeetingOn: string | null;
  confirmationEntitled: number | null;
  confirmationYes: number | null;
  confirmationApprovedOn: string | null;
  notes: string | null;
};

export type RecruitDetail = RecruitFields & { id: number; orgName: string; stage: Stage; memberId: number | null; findings: Finding[]; due: DueItem[] };

/**
 * A record as checked by the API's recruitInput (which parses to exactly this plus an optional id):
 * the birth date comes from the ID number, an introducer may be named without a roster member.
 */
export type RecruitInput = Omit<RecruitFields, 'birthDate' | 'mentor' | 'notes' | 'introducers'> & {
  mentor?: string | null | undefined;
  notes?: string | null | undefined;
  introducers: { memberId: number | null; name?: string | null | undefined }[];
};
