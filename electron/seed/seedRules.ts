// The demo college's own rule settings: its stricter numbers, each citing the demo college's own
// document (示范职业技术学院党委's 文号), as a clerk would enter them in 系统设置.
import type { Db } from '../db/open';
import { putSetting } from '../db/settings';
import { DEFAULT_CYCLE_RULES } from '../domain/cycleRules';
import { DEFAULT_RECRUITMENT_RULES } from '../domain/recruitment';
import { COLLEGE_RULE, DEFAULT_RULES, type RuleSet } from '../domain/rules';

/** The demo college's plan; the large benchmark college keeps the national defaults. */
export const DEMO_PLAN = '示范院党委发〔2012〕3号《关于深入开展基层组织建设年活动的实施方案》';

const ownBasis = (source: string) => source.replace(COLLEGE_RULE, DEMO_PLAN);

export function demoRules(): RuleSet {
  const college = new Set(['leadership-study-yearly', 'branch-study-yearly']);
  return {
    meetings: DEFAULT_RULES.meetings.map((r) => (college.has(r.id) ? { ...r, enabled: true, source: ownBasis(r.source) } : r)),
    lecturesPerCommitteeMember: { ...DEFAULT_RULES.lecturesPerCommitteeMember, enabled: true, source: `${DEMO_PLAN}：本年内支部委员每人上一次党课` },
    hours: { ...DEFAULT_RULES.hours, active: 'quarterly', quarterly: { ...DEFAULT_RULES.hours.quarterly, source: ownBasis(DEFAULT_RULES.hours.quarterly.source) } },
    secretaryTrainingEveryHalfYear: { enabled: true, source: ownBasis(DEFAULT_RULES.secretaryTrainingEveryHalfYear.source) },
  };
}

export function seedRules(db: Db): void {
  putSetting(db, 'rules', demoRules());
  const grading = DEFAULT_CYCLE_RULES.grading;
  putSetting(db, 'cycleRules', { ...DEFAULT_CYCLE_RULES, grading: { ...grading, source: grading.source.replace(/评分权重.*$/, `评分权重、等次线和先进党组织达到90%以上：${DEMO_PLAN}`) } });
  const target = DEFAULT_RECRUITMENT_RULES.studentTarget;
  putSetting(db, 'recruitmentRules', { ...DEFAULT_RECRUITMENT_RULES, studentTarget: { ...target, source: ownBasis(target.source) } });
}
