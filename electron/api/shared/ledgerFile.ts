// The file a ledger or report call returns: bytes and a suggested name; the host decides where it goes.
import type { FileOut } from '../contract';
import { committee, getOrg } from '../../db/orgs';
import type { Db } from '../../db/open';
import type { LedgerMeta } from '../../exports/ledgerKit';
import { type Ctx } from '../registry';
import { readSettings } from './settings';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function fileOut(fileName: string, mime: string, bytes: Buffer): FileOut {
  return { kind: 'file', fileName, mime, base64: bytes.toString('base64') };
}

/** An Excel ledger. */
export const xlsxFile = (fileName: string, bytes: Buffer): FileOut => fileOut(fileName, XLSX_MIME, bytes);

/** A Word document. */
export const docxFile = (fileName: string, bytes: Buffer): FileOut => fileOut(fileName, DOCX_MIME, bytes);

/** The name a ledger is issued under: the chosen org, or the committee. */
export function scopeName(db: Db, orgId?: number): string {
  return (orgId ? getOrg(db, orgId)?.name : committee(db)?.name) ?? '';
}

export function ledgerMeta(ctx: Ctx, scope: string): LedgerMeta {
  const s = readSettings(ctx.db);
  return { unitName: s.unitName || scope, date: ctx.today(), preparer: s.preparer, reviewer: s.reviewer, maskPersonal: s.maskPersonalInExports };
}
