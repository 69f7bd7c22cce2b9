// Completion rates (完成率, 达标率, 收缴率): rounded down to one decimal, so 100% is printed only
// when nothing is missing (99.96% must not read as 100%).
export const completion = (done: number, due: number): number | null => (due > 0 ? Math.floor((done * 1000) / due) / 10 : null);

/** 出席率 of a meeting in percent with one decimal, as the minutes and the ledger both print it. */
export const attendanceRate = (present: number, expected: number): number | null => (expected > 0 ? Math.round((present * 1000) / expected) / 10 : null);
