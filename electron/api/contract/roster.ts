import { z } from 'zod';
import { defineArea, read, write, type FileOut } from './define';
import { fileBytes, fileName } from './common';
import { memberFilter } from './members';

export type RowIssue = { row: number; column: string; message: string };

/** What an import did, or (for a preview) would do. The CLI prints this shape with --json. */
export type ImportReport = {
  imported: number;
  updated: number;
  createdOrgs: string[];
  errors: RowIssue[];
  warnings: RowIssue[];
};

export type ImportPreview = ImportReport & {
  /** Data rows found in the sheet. */
  rowCount: number;
  sheetName: string;
  headerRow: number;
  /** Columns recognised, as "header text → field label". */
  columns: { header: string; field: string }[];
  ignoredColumns: string[];
  written: boolean;
};

const importFile = z.object({ fileName, base64: fileBytes }).strict();

export const rosterContract = defineArea('roster', {
  'roster.previewImport': read<ImportPreview>()(importFile),
  'roster.import': write<ImportPreview>()(
    importFile.extend({ validOnly: z.boolean().default(false) }).strict(),
  ),
  // maskPersonal left out follows the setting 导出时隐藏身份证号中间位.
  'roster.export': read<FileOut>()(z.object({ filter: memberFilter, maskPersonal: z.boolean().optional() }).strict()),
});
