// 民主评议党员: one member's scores and grade, as db/evaluations.ts reads them and the ledger prints them.
import type { MemberGrade } from '../domain/glossary';

export type EvaluationRow = {
  memberId: number;
  name: string;
  memberType: string;
  massScore: number | null;
  peerScore: number | null;
  grade: MemberGrade | null;
  exceptionReason: string | null;
};
