import { z } from 'zod';
import { isIsoDateOrMonth } from '../../domain/dates';
import { isRealDate } from '../../domain/idNumber';

export const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
export const isoDate = z.string().refine(isRealDate, { message: '日期应为真实的日期（如 2024-03-01）' });
export const isoDateOrMonth = z
  .string()
  .refine(isIsoDateOrMonth, { message: '日期应写成 2024-03-01 或 2024-03' });
/** Short text from a form field: trimmed, bounded, empty becomes null. */
export const text = (max = 200) =>
  z
    .string()
    .max(max, { message: `不能超过${max}个字` })
    .transform((s) => (s.trim() === '' ? null : s.trim()))
    .nullable()
    .optional();
export const requiredText = (max = 100) =>
  z.string().trim().min(1, { message: '不能为空' }).max(max, { message: `不能超过${max}个字` });
/** Base64 file bytes, bounded at 60 MB of data. */
export const fileBytes = z.string().max(80_000_000, { message: '文件太大（超过 60 MB）' });
// eslint-disable-next-line no-control-regex -- control characters are exactly what a file name may not hold
export const fileName = z.string().max(255).regex(/^[^\\/:*?"<>|\u0000-\u001f]+$/, { message: '文件名含有不允许的字符' });
/** The sheet a wide ledger is printed on: A4 by default, A3 where the office prints A3 (the clerk chooses). */
export const paperSize = z.enum(['A4', 'A3']);
export type PaperSize = z.output<typeof paperSize>;
/** A calendar year a record belongs to (评议, 承诺, 评星定级 …). */
export const year = z.number().int().min(2000, { message: '年度不正确' }).max(2100, { message: '年度不正确' });
