// 档案管理: documents, their files and the 归档文件目录, as db/documents.ts reads them and the
// catalog ledger prints them.
import type { Retention } from '../domain/archive';
import type { AttachmentRow } from './attachments';

export const SOURCE_KINDS = ['meeting', 'task', 'awardRound', 'export'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];
export const SOURCE_KIND_LABEL: Record<SourceKind, string> = { meeting: '三会一课', task: '工作任务', awardRound: '评选表彰', export: '导出的台账或报告' };

export type DocumentSource = { kind: SourceKind; id: number | null; ref: string | null };

export type DocumentRow = {
  id: number;
  title: string;
  wenhao: string | null;
  author: string | null;
  date: string | null;
  year: number;
  category: string;
  orgId: number | null;
  orgName: string | null;
  retention: Retention;
  pages: number | null;
  remarks: string | null;
  fileCount: number;
  source: DocumentSource | null;
};
export type DocumentFile = AttachmentRow & { pages: number | null; /** The start of the text read from it, for a look without opening. */ textPreview: string };
export type DocumentDetail = DocumentRow & { files: DocumentFile[]; pieceNo: number };

export type CatalogRow = {
  pieceNo: number;
  id: number;
  author: string | null;
  wenhao: string | null;
  title: string;
  date: string | null;
  pages: number | null;
  remarks: string | null;
  retention: Retention;
  category: string;
  orgName: string | null;
};
/** sealed: the year's 件号 can no longer be renumbered; inRuleOrder: its numbers already follow 保管期限 → 类别 → 日期. */
export type CatalogView = { year: number; rows: CatalogRow[]; branchesWithoutRules: { orgId: number; name: string }[]; sealed: boolean; inRuleOrder: boolean };

/** Which documents a search covers (the API's documentFilter parses to exactly this). */
export type DocumentFilter = {
  q?: string | undefined;
  year?: number | undefined;
  category?: string | undefined;
  orgId?: number | undefined;
  retention?: Retention | undefined;
};
