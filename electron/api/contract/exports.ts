// Ledgers and Word reports of 三会一课 and 学时, each one call returning the file.
import { z } from 'zod';
import { defineArea, read, type FileOut } from './define';
import { id } from './common';

export const exportsContract = defineArea('exports', {
  'exports.meetingsLedger': read<FileOut>()(z.object({ year: z.number().int().min(2000).max(2100), orgId: id.optional() }).strict()),
  'exports.hoursLedger': read<FileOut>()(z.object({ year: z.number().int().min(2000).max(2100), orgId: id.optional() }).strict()),
  'exports.minutes': read<FileOut>()(z.object({ meetingId: id }).strict()),
  'exports.hoursReport': read<FileOut>()(z.object({ year: z.number().int().min(2000).max(2100), quarter: z.number().int().min(1).max(4).optional() }).strict()),
});
