// The numbers of the 创先争优 cycle, as data with their sources (settings 'cycleRules').
// Clerks edit them; a stored set missing newer fields takes their defaults.
import { z } from 'zod';
import { BRANCH_CATEGORIES } from './glossary';
import { DEFAULT_GRADING } from './gradingDefaults';

// The defaults and describeBands live in gradingDefaults.ts, without zod, so that the screens
// read them without bundling zod; `.default(() => DEFAULT_GRADING)` checks them against the schema.
export { DEFAULT_GRADING, describeBands, FOUR_LEVEL_BANDS } from './gradingDefaults';

export const gradingItem = z.object({
  id: z.string().min(1).max(30),
  name: z.string().min(1).max(20),
  /** Points this item carries out of 100. */
  weight: z.number().min(0).max(100),
  /** What the item means for each branch category (seed 004's 五比五看). */
  wording: z.partialRecord(z.enum(BRANCH_CATEGORIES), z.string().max(200)),
});
export type GradingItem = z.infer<typeof gradingItem>;

export const gradeBand = z.object({ min: z.number().min(0).max(100), grade: z.string().min(1).max(10) });
export type GradeBand = z.infer<typeof gradeBand>;

export const cycleRules = z.object({
  ratingScale: z.array(z.string().min(1).max(10)).min(2).max(8).default(['好', '较好', '一般', '差']),
  /** 优秀 may be at most this share of a branch's members. */
  excellentShareMax: z.object({ share: z.number().min(0).max(1), source: z.string().max(200) }).default({ share: 1 / 3, source: '民主评议党员：评为优秀的一般不超过本支部党员人数的三分之一' }),
  grading: z
    .object({
      items: z.array(gradingItem).min(1).max(12),
      selfWeight: z.number().min(0).max(100),
      superiorWeight: z.number().min(0).max(100),
      /** Highest first; the first band whose min the total reaches gives the grade. */
      bands: z.array(gradeBand).min(2).max(6),
      /** The share of branches graded in the top band the committee aims for. */
      advancedTarget: z.number().min(0).max(1),
      source: z.string().max(200),
    })
    .refine((g) => Math.abs(g.items.reduce((s, i) => s + i.weight, 0) - 100) < 0.001, { message: '各评分项的分值合计应为100分' })
    .refine((g) => Math.abs(g.selfWeight + g.superiorWeight - 100) < 0.001, { message: '自评与上级评分的权重合计应为100%' })
    .default(() => DEFAULT_GRADING),
});
export type CycleRules = z.infer<typeof cycleRules>;

export const DEFAULT_CYCLE_RULES: CycleRules = cycleRules.parse({});
