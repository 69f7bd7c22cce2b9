// 文号 (发文字号): 机关代字 + 〔年份〕 + 序号 + 号, e.g. 娄职院委函〔2012〕3号. Clerks type the year
// bracket as [2012]、(2012)、（2012）、【2012】 or ［2012］; GB/T 9704-2012 §7.2.4 wants 六角括号
// 〔〕, 序号 without leading zeros and without 第. Everything is stored and shown normalised.

export type WenhaoResult = { ok: true; value: string; year: number } | { ok: false; message: string };

// Opening and closing brackets a clerk may type around the year, including full-width and
// small-form variants an input method produces.
const OPEN = '\\[\\(（【［〔﹝〖';
const CLOSE = '\\]\\)）】］〕﹞〗';
const YEAR_IN_BRACKETS = new RegExp(`[${OPEN}]\\s*((?:19|20)\\d{2})\\s*[${CLOSE}]`);
const SHAPE = /^(.+?)〔((?:19|20)\d{2})〕第?0*(\d+)号$/;

export const WENHAO_HINT = '文号应写成“机关代字〔年份〕序号号”，如 党委〔2026〕5号';

/** Full-width digits (２０２６) to ASCII, so they match like the ones on the keyboard. */
function asciiDigits(s: string): string {
  return s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/** A search for 院党委[2026]12号 finds the stored 院党委〔2026〕12号: the year's brackets as stored. */
export function wenhaoBrackets(q: string): string {
  return asciiDigits(q).replace(new RegExp(YEAR_IN_BRACKETS.source, 'g'), '〔$1〕');
}

export function normalizeWenhao(raw: string): WenhaoResult {
  const compact = asciiDigits(raw).replace(/[\s\u3000]+/g, '');
  if (compact === '') return { ok: false, message: '文号为空' };
  const bracketed = compact.replace(YEAR_IN_BRACKETS, '〔$1〕');
  const m = SHAPE.exec(bracketed);
  if (!m) return { ok: false, message: `“${raw.trim().slice(0, 40)}”不是有效的文号。${WENHAO_HINT}` };
  const [, prefix, year, serial] = m as unknown as [string, string, string, string];
  if (/[〔〕]/.test(prefix)) return { ok: false, message: `“${raw.trim().slice(0, 40)}”中年份括号重复。${WENHAO_HINT}` };
  return { ok: true, value: `${prefix}〔${year}〕${serial}号`, year: Number(year) };
}
