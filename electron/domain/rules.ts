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

const SEED3 = '娄职院委函〔2012〕3号 基层组织建设年实施方案';
const BRANCH_RULES = '中国共产党支部工作条例（试行）（2018）';

export const DEFAULT_RULES: RuleSet = {
  meetings: [
    { id: 'committee-monthly', label: '支委会', types: ['支委会'], per: 'month', min: 1, max: null, onlyWithGroups: false, source: `${SEED3}：坚持每月召开一次支委会`, enabled: true },
    { id: 'life-monthly', label: '组织生活', types: ['主题党日', '支部党员大会', '组织生活会', '党小组会'], per: 'month', min: 1, max: 2, onlyWithGroups: false, source: `${SEED3}：每月一至二次组织生活`, enabled: true },
    { id: 'assembly-quarterly', label: '支部党员大会', types: ['支部党员大会'], per: 'quarter', min: 1, max: null, onlyWithGroups: false, source: `${BRANCH_RULES}：支部党员大会一般每季度召开1次`, enabled: true },
    { id: 'group-monthly', label: '党小组会', types: ['党小组会'], per: 'month', min: 1, max: null, onlyWithGroups: true, source: `${BRANCH_RULES}：党小组会一般每月召开1次`, enabled: true },
    { id: 'lecture-quarterly', label: '党课', types: ['党课'], per: 'quarter', min: 1, max: null, onlyWithGroups: false, source: '三会一课制度：党课一般每季度1次（各地规定不一，可调整）', enabled: true },
    { id: 'leadership-study-yearly', label: '领导班子集体学习', types: ['领导班子集体学习'], per: 'year', min: 10, max: null, onlyWithGroups: false, source: `${SEED3}：支部领导班子开展集体学习活动不少于10次`, enabled: true },
    { id: 'branch-study-yearly', label: '集中学习', types: ['集中学习'], per: 'year', min: 8, max: null, onlyWithGroups: false, source: `${SEED3}：支部集中学习活动不少于8次`, enabled: true },
    { id: 'life-meeting-yearly', label: '组织生活会', types: ['组织生活会'], per: 'year', min: 1, max: null, onlyWithGroups: false, source: `${BRANCH_RULES}：组织生活会一般每年召开1次`, enabled: true },
    { id: 'appraisal-yearly', label: '民主评议党员', types: ['民主评议党员'], per: 'year', min: 1, max: null, onlyWithGroups: false, source: `${BRANCH_RULES}：每年开展1次民主评议党员`, enabled: true },
  ],
  lecturesPerCommitteeMember: { min: 1, source: `${SEED3}：本年内支部委员每人上一次党课`, enabled: true },
  hours: {
    active: 'quarterly',
    quarterly: { per: 'quarter', member: 20, senior: 32, seniorLabel: '领导班子成员', source: `${SEED3}：党员平均每季度参加教育培训时间不少于20学时，其中领导班子成员不少于32学时` },
    yearly: { per: 'year', member: 32, senior: 56, seniorLabel: '支部书记和支部委员', source: '2019—2023年全国党员教育培训工作规划：党员每年不少于32学时，支部书记和委员不少于56学时' },
  },
  secretaryTrainingEveryHalfYear: { enabled: true, source: `${SEED3}：确保党支部书记每半年接受一次集中培训` },
};
