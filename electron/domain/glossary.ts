// The one place where the app's English names meet the clerk's Chinese terms.

export const ORG_KINDS = ['committee', 'general_branch', 'branch', 'group'] as const;
export type OrgKind = (typeof ORG_KINDS)[number];
export const ORG_KIND_LABEL: Record<OrgKind, string> = {
  committee: '党委',
  general_branch: '党总支',
  branch: '党支部',
  group: '党小组',
};
/** A branch directly under the committee is a 直属党支部. */
export const DIRECT_BRANCH_LABEL = '直属党支部';

export const BRANCH_CATEGORIES = ['教职工', '学生', '机关', '后勤', '离退休'] as const;
export type BranchCategory = (typeof BRANCH_CATEGORIES)[number];

export const COMMITTEE_ROLES = ['书记', '副书记', '组织委员', '宣传委员', '纪检委员', '青年委员', '统战委员', '委员', '组长'] as const;
export type CommitteeRole = (typeof COMMITTEE_ROLES)[number];

export const GENDERS = ['男', '女'] as const;
export type Gender = (typeof GENDERS)[number];

export const PERSON_CATEGORIES = ['教职工', '学生', '离退休', '其他'] as const;
export type PersonCategory = (typeof PERSON_CATEGORIES)[number];

export const MEMBER_TYPES = ['正式党员', '预备党员'] as const;
export type MemberType = (typeof MEMBER_TYPES)[number];

export const MEMBER_STATUSES = ['在册', '转出', '停止党籍', '出党', '去世'] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

export const EDUCATION_LEVELS = ['研究生', '大学本科', '大学专科', '中专', '高中', '初中及以下'] as const;

/** Field labels as they appear on forms, messages and ledger headers. */
export const MEMBER_FIELD_LABEL = {
  name: '姓名',
  gender: '性别',
  ethnicity: '民族',
  birthDate: '出生日期',
  idNumber: '公民身份号码',
  nativePlace: '籍贯',
  education: '学历',
  degree: '学位',
  title: '职务/职称',
  personCategory: '人员类别',
  memberType: '党员类别',
  joinedOn: '入党时间',
  confirmedOn: '转正时间',
  orgId: '所在支部',
  phone: '联系电话',
  isLeadership: '领导班子成员',
  isSecretary: '支部书记',
  status: '状态',
  statusDate: '状态日期',
  statusReason: '原因',
  notes: '备注',
  grade: '年级',
} as const;

export const ORG_FIELD_LABEL = {
  name: '名称',
  kind: '类型',
  parentId: '上级组织',
  category: '支部类别',
  contactLeader: '联系领导',
  linkedClass: '联系班级',
  foundedOn: '成立日期',
  dissolvedOn: '撤销日期',
  reason: '原因',
  role: '职务',
  personName: '姓名',
  termStart: '任期开始',
  termEnd: '任期结束',
} as const;

export const MEETING_TYPES = ['支部党员大会', '支委会', '党小组会', '党课', '组织生活会', '民主评议党员', '主题党日', '集中学习', '领导班子集体学习', '中心组学习', '其他'] as const;
export type MeetingType = (typeof MEETING_TYPES)[number];

export const ATTENDANCE = ['出席', '请假', '缺席'] as const;
export type Attendance = (typeof ATTENDANCE)[number];

export const TRAINING_KINDS = ['党校培训', '专题培训', '网络学习', '实践活动', '集中学习'] as const;
export type TrainingKind = (typeof TRAINING_KINDS)[number];

export const HOUR_SOURCES = ['会议', '培训', '个人'] as const;
export type HourSource = (typeof HOUR_SOURCES)[number];

// ---- 创先争优 (seeds 000–004) ----------------------------------------------------------

export const MEMBER_GRADES = ['优秀', '合格', '基本合格', '不合格'] as const;
export type MemberGrade = (typeof MEMBER_GRADES)[number];

export const AWARD_TARGETS = { org: '党组织', member: '个人' } as const;
export type AwardTarget = keyof typeof AWARD_TARGETS;

/** Titles offered when a round is created (seed 004); local titles are typed freely. */
export const AWARD_TITLES = ['先进基层党组织', '教职工优秀共产党员', '学生优秀共产党员', '优秀党务工作者'] as const;

/** The steps of a 发展党员 record as the import names them back to the clerk. */
export const RECRUIT_FIELD_LABEL = {
  orgName: '所在支部', name: '姓名', idNumber: '身份证号', gender: '性别', appliedOn: '递交入党申请时间', talkOn: '谈话时间',
  activistOn: '确定为积极分子时间', mentor: '培养联系人', reviews: '考察时间', candidateOn: '确定为发展对象时间', politicalCheckOn: '政审时间',
  training: '集中培训', trainingDays: '培训天数', trainingHours: '培训学时', introducers: '入党介绍人', publicity: '公示期',
  publicityFrom: '公示开始时间', publicityTo: '公示结束时间', admissionMeetingOn: '支部大会时间', admissionEntitled: '应到会有表决权的正式党员数',
  admissionYes: '赞成票数', admissionVote: '赞成/应到', approvedOn: '上级党委审批时间', extensionMonths: '延长预备期（月）',
  confirmationMeetingOn: '讨论转正时间', confirmationEntitled: '转正应到会有表决权的正式党员数', confirmationYes: '转正赞成票数',
  confirmationVote: '转正赞成/应到', confirmationApprovedOn: '批准转正时间', notes: '备注',
} as const;

// ---- 党费 and 换届 -------------------------------------------------------------------------

/** Field names of the 党费 and 换届 forms as clerks know them, for validation messages. */
export const DUES_FIELD_LABEL = {
  memberId: '党员',
  memberIds: '党员',
  fromMonth: '起始月份',
  toMonth: '截止月份',
  baseFen: '月收入',
  overrideFen: '核定金额',
  overrideReason: '批准情况',
  amountFen: '金额',
  paidOn: '缴费日期',
  replacesId: '更正的缴费记录',
  electedOn: '换届日期',
  electionMeetingId: '选举大会',
  committee: '支部委员会',
  years: '任期',
  unpaidMonths: '未交党费月数',
  absentMonths: '未参加组织生活月数',
  termYears: '任期年数',
  termWarnMonths: '提前提醒月数',
} as const;
