// Pure reductions behind the year's figures: shares, tallies and the 学时 distribution.

/** a / b in percent with one decimal; null when there is nothing to divide by. */
export function percent(a: number, b: number): number | null {
  return b > 0 ? Math.round((a / b) * 1000) / 10 : null;
}

export const round1 = (n: number): number => Math.round(n * 10) / 10;

/** Counts of each value, in the order given by `order` first, then any others as met. */
export function tally(values: Iterable<string | null>, order: readonly string[] = []): { key: string; count: number }[] {
  const m = new Map<string, number>(order.map((k) => [k, 0]));
  for (const v of values) if (v !== null) m.set(v, (m.get(v) ?? 0) + 1);
  return [...m].map(([key, count]) => ({ key, count }));
}

/**
 * Members by yearly 学时 in five bands measured against the year's requirement for a member
 * (4 × 20 in the quarterly profile, 32 in the yearly one): under a quarter, …, at least all of it.
 */
export function hoursDistribution(totals: number[], required: number): { label: string; count: number }[] {
  const step = required / 4;
  const edges = [0, 1, 2, 3, 4].map((i) => round1(i * step));
  const counts = [0, 0, 0, 0, 0];
  for (const t of totals) counts[Math.min(4, Math.floor(t / step))]! += 1;
  return counts.map((count, i) => ({ label: i === 4 ? `${edges[4]}学时及以上` : `${edges[i]}—${edges[i + 1]}学时`, count }));
}
