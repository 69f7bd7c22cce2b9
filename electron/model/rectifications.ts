// 整改台账: items as db/rectifications.ts reads them and the ledger prints them.
import type { RectificationSource, RectificationStatus } from '../domain/deadlines';
import type { AttachmentRow } from './attachments';

export type RectificationRow = {
  id: number;
  orgId: number;
  orgName: string;
  year: number;
  source: RectificationSource;
  problem: string;
  measures: string | null;
  responsible: string | null;
  responsibleMemberId: number | null;
  deadline: string;
  status: RectificationStatus;
  completedOn: string | null;
  evidence: string | null;
  attachmentCount: number;
  overdue: boolean;
  daysLeft: number | null;
  daysOverdue: number | null;
};
export type RectificationDetail = RectificationRow & { attachments: AttachmentRow[] };

/** Which items a list covers (the API's rectificationFilter parses to exactly this). */
export type RectificationFilter = {
  year?: number | undefined;
  orgId?: number | undefined;
  status?: RectificationStatus | undefined;
  source?: RectificationSource | undefined;
  overdueOnly: boolean;
  q?: string | undefined;
};
