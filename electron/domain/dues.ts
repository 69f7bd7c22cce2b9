// 党费: the monthly dues of one member by the 2008 rules (中组发〔2008〕3号), in fen.
export const DUES_KINDS = ['在职', '离退休', '学生'] as const;
export type DuesKind = (typeof DUES_KINDS)[number];

export const DUES_SOURCE = '中组发〔2008〕3号《关于中国共产党党费收缴、使用和管理的规定》';

/** Upper bounds (in fen, inclusive) and rates in per-mille; the last band has no bound. */
const BRACKETS: Record<Exclude<DuesKind, '学生'>, { upTo: number | null; permille: number }[]> = {
  在职: [
    { upTo: 300_000, permille: 5 },
    { upTo: 500_000, permille: 10 },
    { upTo: 1_000_000, permille: 15 },
    { upTo: null, permille: 20 },
  ],
  离退休: [
    { upTo: 500_000, permille: 5 },
    { upTo: null, permille: 10 },
  ],
};

/** Students pay a fixed 0.2 元 a month. */
export const STUDENT_MONTHLY_FEN = 20;

export type Dues = { monthlyFen: number; rate: number | null };

/**
 * Monthly dues for a monthly base (after-tax salary or pension) in fen. The whole base is charged
 * at its bracket's rate, rounded to the fen (half up), as the 2008 rules state.
 */
export function monthlyDues(kind: DuesKind, baseFen: number): Dues {
  if (!Number.isInteger(baseFen) || baseFen < 0) throw new RangeError('月收入应为不小于0的整数（分）');
  if (kind === '学生') return { monthlyFen: STUDENT_MONTHLY_FEN, rate: null };
  const band = BRACKETS[kind].find((b) => b.upTo === null || baseFen <= b.upTo)!;
  return { monthlyFen: Math.floor((baseFen * band.permille + 500) / 1000), rate: band.permille / 1000 };
}

/** 元 as typed (e.g. "4,500.50") to fen; null when it is not an amount. */
export function yuanToFen(text: string): number | null {
  const t = text.replace(/[,，\s]/g, '');
  if (!/^\d+(\.\d{1,2})?$/.test(t)) return null;
  const [yuan, frac = ''] = t.split('.');
  return Number(yuan) * 100 + Number(frac.padEnd(2, '0'));
}
