import { z } from 'zod';
import { defineArea, read, write, type FileOut } from './define';
import { fileBytes, fileName } from './common';
import { memberFilter } from './members';
import type { ImportPreview } from '../../model/imports';

export type { ImportPreview, ImportReport, RowChange, RowIssue } from '../../model/imports';

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
