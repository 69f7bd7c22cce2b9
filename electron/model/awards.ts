// 评选表彰 (两推三评两个公开): rounds and nominees as db/awards.ts reads them and the ledger and 公示 print them.
import type { AwardTarget } from '../domain/glossary';

export type AwardRound = {
  id: number;
  year: number;
  title: string;
  target: AwardTarget;
  criteria: string;
  quota: number;
  criteriaPublishedOn: string | null;
  publicityFrom: string | null;
  publicityTo: string | null;
  contact: string | null;
  decidedOn: string | null;
  decisionRef: string | null;
  finalisedAt: string | null;
  nominees: number;
  shortlisted: number;
  awarded: number;
};

export type Nominee = {
  id: number;
  roundId: number;
  orgId: number;
  orgName: string;
  memberId: number | null;
  memberName: string | null;
  /** The person's or the organisation's name as the notice prints it. */
  name: string;
  byOrg: boolean;
  byMasses: boolean;
  orgAssessment: string | null;
  massRating: number | null;
  leaderComment: string | null;
  shortlisted: boolean;
  awarded: boolean;
};

export type AwardRoundDetail = { round: AwardRound; nominees: Nominee[]; /** What still stops the round from being finalised. */ problems: string[] };
