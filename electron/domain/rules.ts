// The rule set: every number the compliance checks use, with the document it comes from.
// Stored in the database (settings 'rules'); these are the defaults and their shape.
import { z } from 'zod';
import { MEETING_TYPES } from './glossary';

export const meetingRule = z.object({
  id: z.string().min(1).max(40),
  label: z.string().min(1).max(40),
  /** Meeting types that count towards this rule. */
  types: z.array(z.enum(MEETING_TYPES)).min(1),
  per: z.enum(['month', 'quarter', 'year']),
  min: z.number().int().min(0).max(100),
  max: z.number().int().min(1).max(100).nullable(),
  /** Only for branches that have 党小组. */
  onlyWithGroups: z.boolean(),
  source: z.string().max(200),
  enabled: z.boolean(),
});
export type MeetingRule = z.infer<typeof meetingRule>;

export const hoursProfile = z.object({
  per: z.enum(['quarter', 'year']),
  member: z.number().min(0).max(1000),
  /** Leadership-team members (quarterly profile) or secretaries and committee members (yearly). */
  senior: z.number().min(0).max(1000),
  seniorLabel: z.string().max(40),
  source: z.string().max(200),
});
export type HoursProfile = z.infer<typeof hoursProfile>;

export const ruleSet = z.object({
  meetings: z.array(meetingRule).max(40),
  /** Each 支部委员 gives at least this many 党课 a year. */
  lecturesPerCommitteeMember: z.object({ min: z.number().int().min(0).max(20), source: z.string().max(200), enabled: z.boolean() }),
  hours: z.object({ active: z.enum(['quarterly', 'yearly']), quarterly: hoursProfile, yearly: hoursProfile }),
  /** Branch secretaries take a concentrated training every half year (seed 003). */
  secretaryTrainingEveryHalfYear: z.object({ enabled: z.boolean(), source: z.string().max(200) }),
});
export type RuleSet = z.infer<typeof ruleSet>;

// Defaults cite the national regulations. Numbers that only some colleges set (each 支委's 党课,
// 班子 and branch study counts, half-yearly secretary training, 20/32 学时 a quarter) ship switched
// off with a placeholder basis: the clerk enables them with the college's own 文号 in 系统设置.
const BRANCH_RULES = '《中国共产党支部工作条例（试行）》（2018）';
const EDUCATION_RULES = '《中国共产党党员教育管理工作条例》（2019）';
/** The basis of a college's own rule until the clerk enters its 文号. */
export const COLLEGE_RULE = '本校规定（请在系统设置中填写本校文件名称和文号）';

export const DEFAULT_RULES: RuleSet = {
  meetings: [
    { id: 'committee-monthly', label: '支委会', types: ['支委会'], per: 'month', min: 1, max: null, onlyWithGroups: false, source: `${BRANCH_RULES}：党支部委员会会议一般每月召开1次`, enabled: true },
    { id: 'life-monthly', label: '组织生活', types: ['主题党日', '支部党员大会', '组织生活会', '党小组会'], per: 'month', min: 1, max: null, onlyWithGroups: false, source: `${BRANCH_RULES}：党支部每月相对固定1天开展主题党日，组织党员集中学习、过组织生活`, enabled: true },
    { id: 'assembly-quarterly', label: '支部党员大会', types: ['支部党员大会'], per: 'quarter', min: 1, max: null, onlyWithGroups: false, source: `${BRANCH_RULES}：党员大会一般每季度召开1次`, enabled: true },
    { id: 'group-monthly', label: '党小组会', types: ['党小组会'], per: 'month', min: 1, max: null, onlyWithGroups: true, source: `${BRANCH_RULES}：党小组会一般每月召开1次`, enabled: true },
    { id: 'lecture-quarterly', label: '党课', types: ['党课'], per: 'quarter', min: 1, max: null, onlyWithGroups: false, source: '三会一课制度：党课一般每季度1次（各地规定不一，可调整）', enabled: true },
    { id: 'leadership-study-yearly', label: '领导班子集体学习', types: ['领导班子集体学习'], per: 'year', min: 10, max: null, onlyWithGroups: false, source: `${COLLEGE_RULE}：领导班子集体学习每年不少于10次`, enabled: false },
    { id: 'branch-study-yearly', label: '集中学习', types: ['集中学习'], per: 'year', min: 8, max: null, onlyWithGroups: false, source: `${COLLEGE_RULE}：支部集中学习每年不少于8次`, enabled: false },
    { id: 'life-meeting-yearly', label: '组织生活会', types: ['组织生活会'], per: 'year', min: 1, max: null, onlyWithGroups: false, source: `${BRANCH_RULES}：组织生活会一般每年召开1次`, enabled: true },
    { id: 'appraisal-yearly', label: '民主评议党员', types: ['民主评议党员'], per: 'year', min: 1, max: null, onlyWithGroups: false, source: `${BRANCH_RULES}：每年开展1次民主评议党员`, enabled: true },
  ],
  lecturesPerCommitteeMember: { min: 1, source: `${COLLEGE_RULE}：支部委员每人每年至少讲1次党课（${BRANCH_RULES}要求党支部书记每年至少为党员讲1次党课）`, enabled: false },
  hours: {
    active: 'yearly',
    quarterly: { per: 'quarter', member: 20, senior: 32, seniorLabel: '领导班子成员', source: `${COLLEGE_RULE}：党员每季度不少于20学时，领导班子成员不少于32学时` },
    yearly: { per: 'year', member: 32, senior: 56, seniorLabel: '支部书记和支部委员', source: `${EDUCATION_RULES}：党员每年集中学习培训时间一般不少于32学时；基层党组织书记和班子成员不少于56学时` },
  },
  secretaryTrainingEveryHalfYear: { enabled: false, source: `${COLLEGE_RULE}：党支部书记每半年接受一次集中培训` },
};
