// Clean-up of text as clerks type it: full-width characters, padded names, stray spaces.

/** Full-width ASCII (ＡＢＣ１２３) to half-width; the ideographic space to a plain space. */
export function toHalfWidth(s: string): string {
  return s
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
}

/** Trims and folds inner runs of white space; null for blank. */
export function cleanText(s: string | null | undefined): string | null {
  if (s == null) return null;
  const t = s.replace(/[\s\u3000\u00A0]+/g, ' ').trim();
  return t === '' ? null : t;
}

/** Chinese names are padded with spaces to line up ("王　芳"): all white space goes. */
export function normalizeName(s: string | null | undefined): string | null {
  if (s == null) return null;
  const t = s.replace(/[\s\u3000\u00A0]+/g, '');
  return t === '' ? null : t;
}

/** ID numbers: half-width, no spaces or separators, upper-case X. */
export function normalizeIdNumber(s: string): string {
  return toHalfWidth(s).replace(/[\s\u00A0'’`-]+/g, '').toUpperCase();
}

export function normalizePhone(s: string | null | undefined): string | null {
  if (s == null) return null;
  const t = toHalfWidth(s).replace(/[\s\u00A0]+/g, '').trim();
  return t === '' ? null : t;
}

export function isPlausiblePhone(p: string): boolean {
  return /^1\d{10}$/.test(p) || /^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/.test(p) || /^\d{7,8}$/.test(p);
}

/** 学号 as typed (２０２３０１２３, " 2023 0123", 'b2023…): half-width, no spaces, upper-case letters; null for blank. */
export function normalizeStudentNo(s: string | null | undefined): string | null {
  if (s == null) return null;
  const t = toHalfWidth(s).replace(/[\s\u00A0'’`]+/g, '').toUpperCase();
  return t === '' ? null : t;
}

/** Why a 学号 cannot be one (letters, digits and - only, at most 30), or null. */
export function studentNoProblem(s: string): string | null {
  return /^[0-9A-Z][0-9A-Z-]{0,29}$/.test(s) ? null : `学号“${s}”只能由数字、字母和“-”组成，最多30位`;
}
