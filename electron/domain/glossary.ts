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
/** The roles a 换届 elects (a 党小组 组长 is not elected with the committee). */
export const ELECTED_ROLES = COMMITTEE_ROLES.filter((r) => r !== '组长');

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
  studentNo: '学号',
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
/** Field names of the meeting form, for validation messages. */
export const MEETING_FIELD_LABEL = {
  type: '会议类型', heldOn: '日期', startTime: '开始时间', endTime: '结束时间', place: '地点', host: '主持人', recorder: '记录人', lecturer: '授课人',
  topic: '会议主题', minutes: '记录正文', resolutions: '决议', hours: '学时', attendance: '出席情况', attachmentIds: '附件',
} as const;

export const RECRUIT_FIELD_LABEL = {
  orgName: '所在支部', name: '姓名', idNumber: '身份证号', gender: '性别', appliedOn: '递交入党申请时间', talkOn: '谈话时间',
  activistOn: '确定为积极分子时间', mentor: '培养联系人', reviews: '考察时间', candidateOn: '确定为发展对象时间', politicalCheckOn: '政审时间',
  training: '集中培训', trainingDays: '培训天数', trainingHours: '培训学时', introducers: '入党介绍人', publicity: '公示期',
  publicityFrom: '公示开始时间', publicityTo: '公示结束时间', admissionMeetingOn: '支部大会时间', admissionEntitled: '应到会有表决权的正式党员数',
  admissionYes: '赞成票数', admissionVote: '赞成/应到', approvedOn: '上级党委审批时间', oathOn: '入党宣誓时间', extensionMonths: '延长预备期（月）', confirmationAppliedOn: '递交转正申请书时间',
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

// ---- 备份 -------------------------------------------------------------------------------------

/** Backup kinds as file-name prefixes (daily-, monthly-, 手动- …) and as the clerk reads them. */
export const BACKUP_KIND_LABEL: Record<string, string> = {
  每日: '每日自动', 每周: '每周自动', 每月: '每月自动', daily: '每日自动', monthly: '每月', 手动: '手动', 导入前: '导入前', 恢复前: '恢复前', 升级前: '升级前',
};

/** A backup file's name with an older version's English prefix in Chinese ("daily-20261127…" → "每日自动-20261127…"); new names are Chinese already. */
export function backupDisplayName(name: string): string {
  const dash = name.indexOf('-');
  const prefix = dash > 0 ? name.slice(0, dash) : '';
  const label = /^[a-z]+$/.test(prefix) ? BACKUP_KIND_LABEL[prefix] : undefined;
  return label ? `${label}${name.slice(dash)}` : name;
}

// ---- 操作记录 ------------------------------------------------------------------------------------

/** What an audit row is about (its table), as the 操作记录 viewer names it. */
export const AUDIT_TABLE_LABEL: Record<string, string> = {
  orgs: '组织', members: '党员', org_roles: '委员任职', org_terms: '换届', meetings: '会议', attachments: '附件', trainings: '培训', hour_entries: '学时', settings: '设置与规则',
  campaigns: '承诺活动', commitments: '承诺', leader_comments: '领导点评', member_evaluations: '民主评议', satisfaction_surveys: '满意度测评', gradings: '分类定级',
  award_rounds: '评选表彰', award_nominees: '推荐对象', rectifications: '整改事项', tasks: '工作任务', task_targets: '材料报送', recruits: '发展党员',
  dues_bases: '党费基数', dues_payments: '党费缴纳', documents: '档案', exports: '导出的台账和报告',
};

/** What was done to it. */
export const AUDIT_ACTION_LABEL: Record<string, string> = {
  create: '新建', update: '修改', save: '保存', delete: '删除', restore: '恢复', purge: '彻底删除', import: '导入', 'import-update': '导入时更新', export: '导出',
  seed: '生成示例数据', status: '变更状态', transfer: '转接', move: '调整隶属', rename: '更名', dissolve: '撤销', end: '离任', collect: '批量登记缴费',
  correct: '更正', void: '作废', finalise: '确定结果', reopen: '撤销确定', progress: '践诺记录', 'delete-progress': '删除践诺记录', rate: '评诺', deny: '不予通过',
  unsubmit: '撤销报送', rules: '修改检查规则', 'rules-reset': '恢复默认检查规则', recruitmentRules: '修改发展党员规则', 'recruitmentRules-reset': '恢复默认发展党员规则',
  duesTermRules: '修改党费与换届规则', 'duesTermRules-reset': '恢复默认党费与换届规则', cycleRules: '修改评分标准', 'cycleRules-reset': '恢复默认评分标准',
  'archive-categories': '调整档案类别', 'archive-category-added': '增加档案类别', 'password-removed': '清除应用密码',
  renumber: '重新编排件号', 'archive-seal': '封存档案年度', 'archive-unseal': '解除档案年度封存', relocate: '移动数据文件夹',
};

/** The area a method belongs to (its prefix), for methods without a name of their own below. */
const AUDIT_AREA_LABEL: Record<string, string> = {
  archive: '档案管理', attachments: '附件', awards: '评选表彰', backups: '备份与恢复', campaigns: '公开承诺', comments: '领导点评', commitments: '公开承诺', cycleRules: '评分标准',
  dues: '党费管理', duesRules: '党费与换届规则', evaluations: '民主评议', exports: '导出', grading: '分类定级', hours: '学时管理', lock: '应用密码', meetings: '三会一课',
  members: '党员花名册', orgs: '组织架构', recruitmentRules: '发展党员规则', recruits: '发展党员', rectifications: '整改事项', recycle: '回收站', reports: '报表中心',
  roster: '党员花名册', rules: '检查规则', satisfaction: '满意度测评', settings: '系统设置', tasks: '材料报送', terms: '换届', trainings: '培训', cli: '命令行',
};

/** Methods whose verb alone would not say what happened. */
const AUDIT_METHOD_LABEL: Record<string, string> = {
  seed: '生成示例数据', 'backups.restore': '从备份恢复', 'reports.pack': '一键导出台账', 'reports.file': '归档导出的报表', 'archive.fileMeeting': '会议记录归档',
  'archive.fileTask': '报送材料归档', 'archive.fileAwardRound': '表彰公示归档', 'cli.reset-password': '命令行清除应用密码', 'lock.setPassword': '设置应用密码',
  'members.changeStatus': '变更党员状态', 'members.transfer': '组织关系转接', 'orgs.saveRole': '登记委员', 'orgs.endRole': '委员离任', 'terms.record': '登记换届',
  'hours.addEntry': '登记个人学时', 'hours.deleteEntry': '删除个人学时', 'dues.saveBase': '登记党费基数', 'dues.recordPayment': '登记缴费', 'dues.voidPayment': '作废缴费',
  'dues.collect': '批量登记缴费', 'tasks.submit': '登记报送', 'tasks.unsubmit': '撤销报送', 'commitments.addProgress': '登记践诺', 'commitments.deleteProgress': '删除践诺记录',
  'commitments.rate': '评诺', 'awards.saveNominee': '推荐对象', 'awards.deleteNominee': '移出推荐名单', 'archive.saveCategories': '调整档案类别', 'archive.renumber': '重新编排件号', 'archive.seal': '档案年度封存', 'attachments.add': '添加附件',
  'system.moveData': '移动数据文件夹',
};

/** An audited method as the clerk reads it: "三会一课：保存", "从备份恢复"; never the English name. */
export function auditMethodLabel(method: string, action: string): string {
  const own = AUDIT_METHOD_LABEL[method];
  if (own) return own;
  const area = AUDIT_AREA_LABEL[method.split('.')[0] ?? ''];
  const verb = AUDIT_ACTION_LABEL[action] ?? '修改';
  return area ? `${area}：${verb}` : verb;
}

/** The five stages of 发展党员, in order. */
export const STAGES = ['入党申请人', '入党积极分子', '发展对象', '预备党员', '正式党员'] as const;
export type Stage = (typeof STAGES)[number];

/** The tables whose changes the audit log keeps (系统设置 → 操作记录 filters by them). */
export const AUDIT_TABLES = [
  'orgs', 'members', 'org_roles', 'meetings', 'attachments', 'trainings', 'hour_entries', 'settings',
  'campaigns', 'commitments', 'leader_comments', 'member_evaluations', 'satisfaction_surveys', 'gradings', 'award_rounds', 'award_nominees',
  'rectifications', 'tasks', 'task_targets', 'recruits',
] as const;

/** 回收站: the kinds of deleted records it lists. */
export const RECYCLE_KINDS = ['meeting', 'training', 'hourEntry', 'rectification', 'task', 'document'] as const;
export type RecycleKind = (typeof RECYCLE_KINDS)[number];
/** What the clerk calls each kind, in messages and on the 回收站 page. */
export const RECYCLE_KIND_LABEL: Record<RecycleKind, string> = {
  meeting: '会议',
  training: '培训',
  hourEntry: '个人学时',
  rectification: '整改事项',
  task: '工作任务',
  document: '档案',
};
