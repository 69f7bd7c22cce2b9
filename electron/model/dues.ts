// 党费: one member's base and months for a year, as the board shows them and the ledger prints them.
import type { DuesKind } from '../domain/dues';
import type { DuesTotals } from '../domain/measures';

export type DuesBaseOut = { fromMonth: string; kind: DuesKind; baseFen: number; overrideFen: number | null; overrideReason: string | null; monthlyFen: number };
export type DuesMonthCell = { month: string; owed: boolean; due: number | null; paid: number; arrears: number };
export type DuesMemberRow = {
  memberId: number;
  name: string;
  idNumber: string;
  orgId: number;
  orgName: string;
  base: DuesBaseOut | null;
  months: DuesMonthCell[];
  totals: DuesTotals;
};
