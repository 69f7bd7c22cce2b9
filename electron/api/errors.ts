import type { z } from 'zod';
import type { ApiErrorBody, ApiErrorCode } from './contract';
import { DUES_FIELD_LABEL, MEETING_FIELD_LABEL, MEMBER_FIELD_LABEL, ORG_FIELD_LABEL } from '../domain/glossary';
import { DEADLINE_FIELD_LABEL } from '../domain/deadlines';
import { ARCHIVE_FIELD_LABEL } from '../domain/archive';

/** An error the clerk may see: a code for programs and a Chinese sentence for people. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
  }
  toBody(): ApiErrorBody {
    return { code: this.code, message: this.message, ...(this.fields ? { fields: this.fields } : {}) };
  }
}

export const notFound = (what: string) => new ApiError('not_found', `找不到该${what}，可能已被修改，请刷新后重试`);
export const conflict = (message: string) => new ApiError('conflict', message);
export const invalid = (message: string, fields?: Record<string, string>) => new ApiError('invalid', message, fields);

const LABELS: Record<string, string> = { ...MEETING_FIELD_LABEL, ...ARCHIVE_FIELD_LABEL, ...DUES_FIELD_LABEL, ...DEADLINE_FIELD_LABEL, ...ORG_FIELD_LABEL, ...MEMBER_FIELD_LABEL, filter: '筛选条件', page: '页码', pageSize: '每页条数' };

/** A path step as the clerk knows it: a field's Chinese name, "第N项" for a list position; an unknown key says nothing rather than English. */
const pathLabel = (p: PropertyKey): string => (typeof p === 'number' ? `第${p + 1}项` : (LABELS[String(p)] ?? ''));

/** Turns a schema failure into one readable sentence plus per-field messages for forms. */
export function fromZodError(err: z.ZodError): ApiError {
  const fields: Record<string, string> = {};
  const parts: string[] = [];
  for (const issue of err.issues.slice(0, 8)) {
    const key = issue.path.map(String).join('.');
    const label = issue.path.map(pathLabel).filter(Boolean).join(' / ');
    const msg = issue.code === 'unrecognized_keys' ? `不认识的字段：${issue.keys.join('、')}` : issue.message;
    if (key && !(key in fields)) fields[key] = msg;
    parts.push(label ? `${label}：${msg}` : msg);
  }
  return new ApiError('invalid', `输入有误。${parts.join('；')}`, fields);
}
