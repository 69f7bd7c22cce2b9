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
  /** Columns recognised: the header text and the field (key) it feeds. */
  columns: { header: string; field: string; label: string }[];
  ignoredColumns: string[];
  /** Every titled column of the header row with the field it feeds, or null for 未使用. */
  sheetColumns: { col: number; letter: string; header: string; field: string | null; note: string | null }[];
  /** The fields a column can be mapped to. */
  fieldOptions: { field: string; label: string; required: boolean }[];
  /** Required fields no column feeds (labels): the clerk maps a column before anything is checked. */
  missingRequired: string[];
  needsMapping: boolean;
  /** The mapping came from an earlier import of the same layout. */
  layoutRemembered: boolean;
  /** Each row that would update someone already recorded: what changes, before → after. */
  changes: RowChange[];
  /** Rows refused until the clerk confirms them (an ID number that names someone else). */
  confirmable: number[];
  written: boolean;
};

export type RowChange = { row: number; name: string; fields: { label: string; before: string; after: string }[] };

/** 表头 → field key ('' for 未使用), as the clerk chose in the preview or with --map. */
export const columnMapping = z.record(z.string().max(200), z.string().max(50)).refine((m) => Object.keys(m).length <= 200, { message: '列太多' });

/** The sheet, the clerk's column mapping and the rows she confirmed (an ID number that names someone else). */
export const importFile = z
  .object({ fileName, base64: fileBytes, mapping: columnMapping.optional(), confirmRows: z.array(z.number().int().positive()).max(100_000).optional() })
  .strict();
export const importRun = importFile.extend({ validOnly: z.boolean().default(false) }).strict();

export const rosterContract = defineArea('roster', {
  'roster.previewImport': read<ImportPreview>()(importFile),
  'roster.import': write<ImportPreview>()(importRun),
  'roster.importTemplate': read<FileOut>()(z.object({}).strict()),
  'roster.importIssues': read<FileOut>()(importFile),
  // maskPersonal left out follows the setting 导出时隐藏身份证号中间位.
  'roster.export': read<FileOut>()(z.object({ filter: memberFilter, maskPersonal: z.boolean().optional() }).strict()),
});
