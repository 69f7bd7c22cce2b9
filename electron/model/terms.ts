// 换届: each branch's current committee term and its history, as the list shows it and the ledger prints it.
import type { TermStatus } from '../domain/terms';

export type TermMemberOut = { role: string; memberId: number | null; name: string };
export type TermInfo = {
  id: number;
  startedOn: string;
  years: number;
  endsOn: string;
  electionMeetingId: number | null;
  election: string | null;
  notes: string | null;
  committee: TermMemberOut[];
};
export type TermRow = {
  orgId: number;
  orgName: string;
  status: TermStatus;
  /** The current term: the latest 换届 recorded, else what the committee roles in office say. */
  startedOn: string | null;
  endsOn: string | null;
  warnFrom: string | null;
  /** Where the dates come from: a 换届 record, or the 任期 of the committee roles. */
  basis: '换届记录' | '委员任期' | null;
  text: string;
  history: TermInfo[];
};
