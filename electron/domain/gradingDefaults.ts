// The default 分类定级 rules and the bands in words: plain data and a function, without zod, so that
// the screens can import them (cycleRules.ts holds the schema and checks these defaults against it).
import { BRANCH_CATEGORIES } from './glossary';

/** A grade band as cycleRules' gradeBand schema reads it. */
type Band = { min: number; grade: string };

// The 五个好 come from the national 创先争优 opinion; weights, bands and the 90% target are each
// college's own choice, so the default basis asks for the college's 文号.
const FIVE_GOOD = '中共中央办公厅《关于在党的基层组织和党员中深入开展创先争优活动的意见》（2010）：“五个好”';
const COLLEGE_SETTING = '评分权重、等次线和先进比例为本校规定（请填写本校文件名称和文号）';

const FIVE_COMPARE: Record<(typeof BRANCH_CATEGORIES)[number], string> = {
  教职工: '比教学看师德、比科研看成果',
  学生: '比理想看责任、比学习看成绩',
  机关: '比形象看素质、比效率看落实',
  后勤: '比服务看满意、比文明看管理',
  离退休: '比参与看认识、比帮扶看和谐',
};
const wordingFor = (text: string, withFiveCompare = false) =>
  Object.fromEntries(BRANCH_CATEGORIES.map((c) => [c, withFiveCompare ? `${text}（${FIVE_COMPARE[c]}）` : text]));

export const DEFAULT_GRADING = {
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
export const FOUR_LEVEL_BANDS: Band[] = [
  { min: 90, grade: '好' },
  { min: 80, grade: '较好' },
  { min: 70, grade: '一般' },
  { min: 0, grade: '较差' },
];

/**
 * The bands in words, highest first: "90分以上为先进，75分以上为一般，75分以下为后进". The lowest
 * band starts at 0, so it is named by the line above it ("0分以上为后进" says nothing).
 */
export function describeBands(bands: readonly Band[]): string {
  const sorted = [...bands].sort((a, b) => b.min - a.min);
  return sorted
    .map((b, i) => {
      const above = sorted[i - 1];
      return i === sorted.length - 1 && above && b.min === 0 ? `${above.min}分以下为${b.grade}` : `${b.min}分以上为${b.grade}`;
    })
    .join('，');
}
