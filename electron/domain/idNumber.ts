// 公民身份号码 (GB 11643-1999): 17 digits, then a check character from ISO 7064 MOD 11-2.

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

export function idCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS[sum % 11] ?? '';
}

export type IdProblem = { ok: false; message: string };
export type IdFacts = { ok: true; idNumber: string; birthDate: string; gender: '男' | '女' };

/** Validates an already-normalised ID number and reads the birth date and gender it encodes. */
export function checkIdNumber(id: string): IdFacts | IdProblem {
  if (id.length === 15 && /^\d{15}$/.test(id)) {
    return { ok: false, message: '这是15位旧身份证号，请改填18位公民身份号码' };
  }
  if (id.length !== 18) return { ok: false, message: `身份证号应为18位，这里是${id.length}位` };
  if (!/^\d{17}[\dX]$/.test(id)) return { ok: false, message: '身份证号只能由数字和末位的X组成' };
  const birth = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (!isRealDate(birth) || birth < '1900-01-01') {
    return { ok: false, message: `身份证号中的出生日期 ${birth} 不存在` };
  }
  const expected = idCheckChar(id.slice(0, 17));
  if (id[17] !== expected) {
    return { ok: false, message: `身份证号校验位不符（末位应为${expected}），请核对号码是否抄错` };
  }
  return { ok: true, idNumber: id, birthDate: birth, gender: Number(id[16]) % 2 === 1 ? '男' : '女' };
}

export function isRealDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
