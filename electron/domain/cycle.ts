// The rules of the 创先争优 cycle as pure functions: scores and bands, the 优秀 limit, the
// satisfaction rate, the 先进 share and what an award round still lacks.
import type { CycleRules, GradeBand, GradingItem } from './cycleRules';

const round1 = (n: number) => Math.round(n * 10) / 10;

/** A score sheet's total: the sum of item scores, each capped at the item's weight; null while any item is blank. */
export function sheetTotal(items: GradingItem[], scores: Record<string, number | null | undefined>): number | null {
  let total = 0;
  for (const i of items) {
    const s = scores[i.id];
    if (s === null || s === undefined) return null;
    total += Math.min(Math.max(s, 0), i.weight);
  }
  return round1(total);
}

/** Item scores outside 0…weight, as Chinese messages naming the item. */
export function sheetProblems(items: GradingItem[], scores: Record<string, number | null | undefined>): string[] {
  const known = new Set(items.map((i) => i.id));
  const out = items.flatMap((i) => {
    const s = scores[i.id];
    return s !== null && s !== undefined && (s < 0 || s > i.weight) ? [`“${i.name}”的得分应在 0 到 ${i.weight} 分之间（填的是 ${s}）`] : [];
  });
  for (const k of Object.keys(scores)) if (!known.has(k)) out.push(`评分表中没有“${k}”这一项`);
  return out;
}

/** Self and superior totals combined by the configured weights (default 40 / 60). */
export function combinedTotal(self: number | null, superior: number | null, g: Pick<CycleRules['grading'], 'selfWeight' | 'superiorWeight'>): number | null {
  if (self === null || superior === null) return null;
  return round1((self * g.selfWeight + superior * g.superiorWeight) / 100);
}

/** The grade of the first band (highest first) whose minimum the total reaches. */
export function bandFor(total: number | null, bands: GradeBand[]): string | null {
  if (total === null) return null;
  const sorted = [...bands].sort((a, b) => b.min - a.min);
  return sorted.find((b) => total >= b.min)?.grade ?? sorted[sorted.length - 1]?.grade ?? null;
}

/** How many of a branch's members may be graded 优秀: one third of 9 is 3, of 10 is 3. */
export function excellentLimit(members: number, share: number): number {
  return Math.floor(members * share + 1e-9);
}

/** A refusal naming the branch and the numbers, or null when the count stays within the limit. */
export function excellentLimitProblem(branch: string, members: number, excellent: number, share: number): string | null {
  const limit = excellentLimit(members, share);
  if (excellent <= limit) return null;
  return `${branch}共有党员 ${members} 名，评为优秀的不能超过${shareText(share)}（最多 ${limit} 名），现在是 ${excellent} 名。如经批准超出，请填写批准情况`;
}

const shareText = (share: number) => (Math.abs(share - 1 / 3) < 1e-6 ? '三分之一' : `${Math.round(share * 100)}%`);

/** 满意度: (满意 + 基本满意) / all, as a percentage with one decimal; null when nobody answered. */
export function satisfactionRate(c: { satisfied: number; basic: number; dissatisfied: number }): number | null {
  const all = c.satisfied + c.basic + c.dissatisfied;
  return all === 0 ? null : round1(((c.satisfied + c.basic) * 100) / all);
}

/** The share of graded branches in the top band, against the target (seed 003: 90%). */
export function topBandShare(grades: (string | null)[], bands: GradeBand[]): { top: string; count: number; graded: number; percent: number | null } {
  const top = [...bands].sort((a, b) => b.min - a.min)[0]?.grade ?? '';
  const graded = grades.filter((g): g is string => g !== null);
  const count = graded.filter((g) => g === top).length;
  return { top, count, graded: graded.length, percent: graded.length ? round1((count * 100) / graded.length) : null };
}

export type AwardRoundFacts = {
  quota: number;
  criteriaPublishedOn: string | null;
  publicityFrom: string | null;
  publicityTo: string | null;
  decidedOn: string | null;
  nominees: { name: string; byOrg: boolean; byMasses: boolean; orgAssessment: string | null; massRating: number | null; leaderComment: string | null; shortlisted: boolean }[];
};

/** Minimum days a 表彰前公示 runs (five working days is the usual rule; counted as calendar days here). */
export const MIN_PUBLICITY_DAYS = 5;

/** What stops a round from being finalised (两推三评两个公开, seed 004), each as a Chinese sentence. */
export function awardRoundProblems(r: AwardRoundFacts): string[] {
  const out: string[] = [];
  const shortlisted = r.nominees.filter((n) => n.shortlisted);
  if (!r.criteriaPublishedOn) out.push('评选条件和名额尚未公开（评选前公开）');
  if (r.nominees.length === 0) out.push('还没有推荐对象（组织推荐或群众推荐）');
  for (const n of r.nominees) {
    if (!n.byOrg && !n.byMasses) out.push(`${n.name}：没有组织推荐或群众推荐（两推）`);
  }
  for (const n of shortlisted) {
    const missing = [!n.orgAssessment && '组织考核', n.massRating === null && '群众评议', !n.leaderComment && '领导点评'].filter(Boolean);
    if (missing.length) out.push(`${n.name}：缺少${missing.join('、')}（三评）`);
  }
  if (shortlisted.length === 0) out.push('还没有确定拟表彰对象');
  if (shortlisted.length > r.quota) out.push(`拟表彰对象 ${shortlisted.length} 名，超过名额 ${r.quota} 名`);
  if (!r.publicityFrom || !r.publicityTo) out.push('尚未进行表彰前公示（两个公开）');
  else if (daysBetween(r.publicityFrom, r.publicityTo) + 1 < MIN_PUBLICITY_DAYS) out.push(`公示期只有 ${daysBetween(r.publicityFrom, r.publicityTo) + 1} 天，不少于 ${MIN_PUBLICITY_DAYS} 天`);
  if (!r.decidedOn) out.push('尚未填写表彰决定日期');
  else if (r.publicityTo && r.decidedOn <= r.publicityTo) out.push('表彰决定应在公示期结束之后');
  return out;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
