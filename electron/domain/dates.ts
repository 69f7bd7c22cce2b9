// Dates as clerks type them in China, to ISO text. Month-only dates keep month precision.
import { isRealDate } from './idNumber';
import { toHalfWidth } from './normalize';

export type ParsedDate = { ok: true; value: string } | { ok: false; message: string };

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Accepts 2012-03-01, 2012/3/1, 2012.3.1, 2012年3月1日, 20120301, and month-only
 * 2012.03, 2012-3, 2012年3月, 201203 (kept as YYYY-MM).
 */
export function parseChineseDate(input: string): ParsedDate {
  // Sign-in sheets and system exports carry the time of day (2026-10-28 14:30, 2026-10-28T14:30:00): the day is what counts.
  const s = toHalfWidth(input).trim().replace(/(?:[ \t]{1,3}|T)\d{1,2}[:：]\d{2}(?:[:：]\d{2}(?:\.\d+)?)?$/, '').replace(/\s+/g, '');
  if (s === '') return { ok: false, message: '日期为空' };
  let m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m) {
    const iso = `${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}`;
    return isRealDate(iso) && inRange(iso) ? { ok: true, value: iso } : { ok: false, message: `日期“${input.trim()}”不存在` };
  }
  m = /^(\d{4})[-/.年](\d{1,2})月?$/.exec(s) ?? /^(\d{4})(\d{2})$/.exec(s);
  if (m) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return { ok: false, message: `日期“${input.trim()}”的月份不存在` };
    const ym = `${m[1]}-${pad(month)}`;
    return inRange(ym) ? { ok: true, value: ym } : { ok: false, message: `日期“${input.trim()}”不合理` };
  }
  return { ok: false, message: `无法识别日期“${input.trim()}”，请写成 2012-03-01、2012.3.1 或 2012年3月1日` };
}

function inRange(iso: string): boolean {
  return iso >= '1900' && iso <= '2100';
}

/** An Excel serial day number (1900 system) to ISO date. */
export function excelSerialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 73051) return null;
  const ms = Math.round((serial - 25569) * 86400000);
  return new Date(ms).toISOString().slice(0, 10);
}

/** exceljs gives date cells as JS Dates at UTC midnight. */
export function jsDateToIso(d: Date): string | null {
  if (Number.isNaN(d.getTime())) return null;
  // Excel stores local wall-clock days; exceljs maps them to UTC. Round to the nearest day
  // so a time part from floating-point serials does not shift the date.
  const rounded = new Date(Math.round(d.getTime() / 86400000) * 86400000);
  return rounded.toISOString().slice(0, 10);
}

export function todayIso(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "2012-03-01" → "2012年3月1日"; "2012-03" → "2012年3月". */
export function formatChineseDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  if (!y || !m) return iso;
  return d ? `${y}年${Number(m)}月${Number(d)}日` : `${y}年${Number(m)}月`;
}

export function isIsoDateOrMonth(s: string): boolean {
  return isRealDate(s) || /^\d{4}-(0[1-9]|1[0-2])$/.test(s);
}
