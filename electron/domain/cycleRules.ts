// The numbers of the 创先争优 cycle, as data with their sources (settings 'cycleRules').
// Clerks edit them; a stored set missing newer fields takes their defaults.
import { z } from 'zod';
import { BRANCH_CATEGORIES } from './glossary';

// The 五个好 come from the national 创先争优 opinion; weights, bands and the 90% target are each
// college's own choice, so the default basis asks for the college's 文号.
const FIVE_GOOD = '中共中央办公厅《关于在党的基层组织和党员中深入开展创先争优活动的意见》（2010）：“五个好”';
const COLLEGE_SETTING = '评分权重、等次线和先进比例为本校规定（请填写本校文件名称和文号）';

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

const FIVE_COMPARE: Record<(typeof BRANCH_CATEGORIES)[number], string> = {
  教职工: '比教学看师德、比科研看成果',
  学生: '比理想看责任、比学习看成绩',
  机关: '比形象看素质、比效率看落实',
  后勤: '比服务看满意、比文明看管理',
  离退休: '比参与看认识、比帮扶看和谐',
};
const wordingFor = (text: string, withFiveCompare = false) =>
  Object.fromEntries(BRANCH_CATEGORIES.map((c) => [c, withFiveCompare ? `${text}（${FIVE_COMPARE[c]}）` : text]));

export const DEFAULT_GRADING: CycleRules['grading'] = {
  items: [
    { id: 'leadership', name: '领导班子好', weight: 20, wording: wordingFor('团结协作、求真务实、勤政廉洁，有较强的凝聚力和战斗力') },
    { id: 'members', name: '党员队伍好', weight: 20, wording: wordingFor('党员意识、大局意识、责任意识强，遵纪守法，完成各项工作任务', true) },
    { id: 'mechanism', name: '工作机制好', weight: 20, wording: wordingFor('制度健全，机制顺畅，三会一课等组织生活落实，工作运行有序高效') },
    { id: 'performance', name: '工作业绩好', weight: 20, wording: wordingFor('围绕中心、服务大局，工作成绩突出', true) },
    { id: 'feedback', name: '师生反映好', weight: 20, wording: wordingFor('服务师生能力明显提高，工作作风和实绩得到师生满意') },
  ],
  selfWeight: 40,
  superiorWeight: 60,
  bands: [
    { min: 90, grade: '先进' },
    { min: 75, grade: '一般' },
    { min: 0, grade: '后进' },
  ],
  advancedTarget: 0.9,
  source: `${FIVE_GOOD}；${COLLEGE_SETTING}`,
};

/** The four-level preset some colleges use instead of 先进/一般/后进. */
export const FOUR_LEVEL_BANDS: GradeBand[] = [
  { min: 90, grade: '好' },
  { min: 80, grade: '较好' },
  { min: 70, grade: '一般' },
  { min: 0, grade: '较差' },
];

export const DEFAULT_CYCLE_RULES: CycleRules = cycleRules.parse({});

/**
 * The bands in words, highest first: "90分以上为先进，75分以上为一般，75分以下为后进". The lowest
 * band starts at 0, so it is named by the line above it ("0分以上为后进" says nothing).
 */
export function describeBands(bands: readonly GradeBand[]): string {
  const sorted = [...bands].sort((a, b) => b.min - a.min);
  return sorted
    .map((b, i) => {
      const above = sorted[i - 1];
      return i === sorted.length - 1 && above && b.min === 0 ? `${above.min}分以下为${b.grade}` : `${b.min}分以上为${b.grade}`;
    })
    .join('，');
}
