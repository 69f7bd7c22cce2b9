// The file a ledger or report call returns: bytes and a suggested name; the host decides where it goes.
import type { FileOut } from './contract';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function fileOut(fileName: string, mime: string, bytes: Buffer): FileOut {
  return { kind: 'file', fileName, mime, base64: bytes.toString('base64') };
}

/** An Excel ledger. */
export const xlsxFile = (fileName: string, bytes: Buffer): FileOut => fileOut(fileName, XLSX_MIME, bytes);

/** A Word document. */
export const docxFile = (fileName: string, bytes: Buffer): FileOut => fileOut(fileName, DOCX_MIME, bytes);
