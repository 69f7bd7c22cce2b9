// The column names each import understands, one table per import: the wordings of our own
// ledgers, of the 全国党员管理信息系统's 采集表, and of the templates and exports of open-source
// 党建 systems (WisdomTown's easypoi 党员 export, owip's 党员 exports, a 中山大学 党员发展 system's
// Django fields, a RuoYi 党建 user template, a Symfony 党员 admin, yice's easypoi 党员 template).
// Names are compared after headerKey(): half-width, no spaces, brackets kept as ( ).
// A qualifier in brackets is read, not dropped: see matchHeader in headers.ts.
import { RECRUIT_FIELD_LABEL } from '../domain/glossary';

export type FieldSpec = {
  /** How the preview names the field. */
  label: string;
  names: readonly string[];
  required?: boolean;
  /** Coded drop-down values (223_正式党员) are read by their label. */
  coded?: boolean;
  /** Several columns may fill it (入党介绍人1, 入党介绍人2): their texts are joined with 、. */
  multi?: boolean;
};

export type FieldTable<F extends string> = Record<F, FieldSpec>;

/** 申请入党时间 also as 申请入党日期, and the other way round. */
function dated(names: string[]): string[] {
  return names.flatMap((n) => (n.endsWith('时间') ? [n, `${n.slice(0, -2)}日期`] : n.endsWith('日期') ? [n, `${n.slice(0, -2)}时间`] : [n]));
}

const NAME = ['姓名', '党员姓名', '名字', '学生姓名', '真实姓名'];
const ID_NUMBER = ['身份证号', '公民身份号码', '身份证号码', '身份证', '公民身份证号码', '身份证件号码', '公民身份证号', '党员身份证', '证件号码'];
/** The branch column in the templates seen: ours, the national system's, WisdomTown, owip, RuoYi, yice. */
const BRANCH = ['所在支部', '所在党支部', '党支部', '支部', '支部名称', '所在党组织', '所属党支部', '所属支部', '党支部名称', '所在组织', '所属组织', '编入党支部', '编入党支部名称', '所在党支部名称', '支部信息', '组织名称', '党组织名称'];
/**
 * 学号. 学工号 and 学号/工号 are campus systems' one column for both students' 学号 and staff's
 * 工号: read as 学号 on a student's row only. 工号 alone is a staff number, which the app does
 * not keep (a member's 学号 is a student's), so it stays 未使用.
 */
const STUDENT_NO = ['学号', '学生学号', '学生证号', '学籍学号', '学工号', '学号/工号', '学号(工号)', '学号或工号'];
/** The wordings of STUDENT_NO that may hold a staff 工号 as well. */
export const STUDENT_OR_STAFF_NO = ['学工号', '学号/工号', '学号(工号)', '学号或工号'];

export type RosterField =
  | 'name' | 'gender' | 'ethnicity' | 'birthDate' | 'idNumber' | 'nativePlace' | 'education' | 'degree'
  | 'title' | 'personCategory' | 'memberType' | 'joinedOn' | 'confirmedOn' | 'branch' | 'generalBranch'
  | 'phone' | 'isLeadership' | 'isSecretary' | 'notes' | 'grade' | 'studentNo';

export const ROSTER_FIELDS: FieldTable<RosterField> = {
  name: { label: '姓名', names: NAME, required: true },
  gender: { label: '性别', names: ['性别'], coded: true },
  ethnicity: { label: '民族', names: ['民族'], coded: true },
  birthDate: { label: '出生日期', names: dated(['出生年月', '出生日期', '出生时间', '出生年月日']) },
  idNumber: { label: '身份证号', names: ID_NUMBER, required: true },
  nativePlace: { label: '籍贯', names: ['籍贯'] },
  education: { label: '学历', names: ['学历', '文化程度', '最高学历', '全日制学历'], coded: true },
  degree: { label: '学位', names: ['学位', '最高学位'], coded: true },
  title: { label: '职务/职称', names: ['职务/职称', '职务', '职称', '职务职称', '现任职务', '职务或职称', '单位及职务', '工作岗位'] },
  personCategory: { label: '人员类别', names: ['人员类别', '人员类型', '人员身份', '身份类别', '学生类别'], coded: true },
  memberType: { label: '党员类别', names: ['党员类别', '党员类型', '党员身份', '正式/预备', '党籍状态', '预/正', '党员类别名称', '政治面貌'], coded: true },
  joinedOn: { label: '入党时间', names: dated(['入党时间', '入党年月', '加入党组织时间', '加入中国共产党时间', '加入组织时间', '入党日期']) },
  confirmedOn: { label: '转正时间', names: dated(['转正时间', '转为正式党员时间', '转正年月', '成为正式党员时间']) },
  branch: { label: '所在支部', names: BRANCH, required: true },
  generalBranch: { label: '所在党总支', names: ['所在党总支', '党总支', '总支', '所属党总支', '所属分党委', '分党委', '所在分党委', '党支部委员会名称', '上级党组织'] },
  phone: { label: '联系电话', names: ['联系电话', '手机', '手机号', '手机号码', '电话', '联系方式', '电话号码'] },
  isLeadership: { label: '领导班子成员', names: ['领导班子成员', '是否领导班子成员'] },
  isSecretary: { label: '支部书记', names: ['支部书记', '是否支部书记'] },
  notes: { label: '备注', names: ['备注', '说明'] },
  grade: { label: '年级', names: ['年级', '入学年级', '所在年级', '入学年份'] },
  studentNo: { label: '学号', names: STUDENT_NO },
};

export type HoursField = 'name' | 'idNumber' | 'studentNo' | 'branch' | 'date' | 'hours' | 'title' | 'kind';

/** 学时 sheets come from activity sign-in lists as often as from ledgers: 活动名称, 活动时间, 学号. */
export const HOURS_FIELDS: FieldTable<HoursField> = {
  name: { label: '姓名', names: NAME },
  idNumber: { label: '身份证号', names: ID_NUMBER },
  studentNo: { label: '学号', names: STUDENT_NO },
  branch: { label: '所在支部', names: BRANCH },
  date: { label: '日期', names: ['日期', '学习日期', '培训日期', '时间', '学习时间', '活动时间', '活动日期', '培训时间', '参加时间', '上课时间', '签到时间', '签到日期'], required: true },
  hours: { label: '学时', names: ['学时', '学时数', '时长', '课时', '学习时长', '获得学时', '计入学时', '培训学时', '认定学时'], required: true },
  title: { label: '学习内容', names: ['内容', '学习内容', '培训名称', '课程名称', '名称', '项目', '标题', '活动名称', '活动内容', '活动主题', '主题', '培训内容', '课程', '课程名'] },
  kind: { label: '学习形式', names: ['学习形式', '活动类型', '类型', '培训类型', '学习类型', '形式', '类别'], coded: true },
};

export type BaseField = 'name' | 'idNumber' | 'kind' | 'base' | 'fromMonth';

export const BASE_FIELDS: FieldTable<BaseField> = {
  name: { label: '姓名', names: NAME },
  idNumber: { label: '身份证号', names: ID_NUMBER, required: true },
  kind: { label: '类别', names: ['类别', '缴纳类别', '交纳类别', '人员类别', '党费类别', '收入类别', '党员类别'], required: true, coded: true },
  base: {
    label: '月收入',
    names: ['月收入', '缴费基数', '交纳基数', '缴纳基数', '党费基数', '基数', '月工资', '税后工资', '月工资收入', '养老金', '离退休费', '月收入元', '缴费基数元', '交纳基数元', '党费计算基数', '计算基数'],
    required: true,
  },
  fromMonth: { label: '起始月份', names: ['起始月份', '起缴月份', '执行月份', '起始时间', '自何月起', '开始月份', '月份', '生效月份'] },
};

export type RecruitField = keyof typeof RECRUIT_FIELD_LABEL;

/**
 * 发展党员台账 wordings. 转正时间 alone is the 支部大会's date in the 中山大学 system (its help
 * text says so) and the roster's 转正 date elsewhere: neither says the 党委 approved it, so it
 * is read as 讨论转正时间, and only a column naming the 审批/批准 is the approval.
 */
export const RECRUIT_FIELDS: FieldTable<RecruitField> = {
  orgName: { label: RECRUIT_FIELD_LABEL.orgName, names: BRANCH, required: true },
  name: { label: RECRUIT_FIELD_LABEL.name, names: NAME, required: true },
  idNumber: { label: RECRUIT_FIELD_LABEL.idNumber, names: ID_NUMBER, required: true },
  gender: { label: RECRUIT_FIELD_LABEL.gender, names: ['性别'], coded: true },
  appliedOn: { label: RECRUIT_FIELD_LABEL.appliedOn, names: dated(['递交申请', '递交申请时间', '申请入党时间', '入党申请时间', '递交入党申请书时间', '提交入党申请书时间', '递交入党申请时间', '申请时间', '首次申请入党时间']) },
  talkOn: { label: RECRUIT_FIELD_LABEL.talkOn, names: dated(['谈话', '谈话时间', '谈心谈话时间', '派人谈话时间', '党组织派人谈话时间', '首次组织谈话时间', '首次谈话时间', '组织谈话时间']) },
  activistOn: { label: RECRUIT_FIELD_LABEL.activistOn, names: dated(['确定积极分子', '确定积极分子时间', '确定为积极分子时间', '确定为入党积极分子时间', '列为入党积极分子时间', '列为积极分子时间', '列积极分子时间', '确定入党积极分子时间']) },
  mentor: { label: RECRUIT_FIELD_LABEL.mentor, names: ['培养联系人', '培养人', '联系人'], multi: true },
  reviews: { label: RECRUIT_FIELD_LABEL.reviews, names: dated(['考察', '考察时间', '培养考察时间', '考察记录']) },
  candidateOn: { label: RECRUIT_FIELD_LABEL.candidateOn, names: dated(['确定发展对象', '确定发展对象时间', '确定为发展对象时间', '列为发展对象时间', '列发展对象时间', '支部大会讨论确定发展对象时间', '确定为重点发展对象时间']) },
  politicalCheckOn: { label: RECRUIT_FIELD_LABEL.politicalCheckOn, names: dated(['政审', '政审时间', '政治审查时间']) },
  training: { label: RECRUIT_FIELD_LABEL.training, names: ['培训', '集中培训'] },
  trainingDays: { label: RECRUIT_FIELD_LABEL.trainingDays, names: ['培训天数', '集中培训天数'] },
  trainingHours: { label: RECRUIT_FIELD_LABEL.trainingHours, names: ['培训学时', '集中培训学时'] },
  introducers: { label: RECRUIT_FIELD_LABEL.introducers, names: ['入党介绍人', '介绍人', '入党介绍人1', '入党介绍人2', '第一介绍人', '第二介绍人'], multi: true },
  publicity: { label: RECRUIT_FIELD_LABEL.publicity, names: dated(['公示', '公示时间', '公示期', '发展对象公示时间']) },
  publicityFrom: { label: RECRUIT_FIELD_LABEL.publicityFrom, names: dated(['公示开始时间', '公示起始时间']) },
  publicityTo: { label: RECRUIT_FIELD_LABEL.publicityTo, names: dated(['公示结束时间', '公示截止时间']) },
  admissionMeetingOn: {
    label: RECRUIT_FIELD_LABEL.admissionMeetingOn,
    names: dated(['支部大会', '支部大会时间', '支部大会讨论时间', '支部大会讨论接收时间', '接收预备党员支部大会时间', '入党时间', '确定为预备党员时间', '列预备党员时间', '列为预备党员时间', '发展支部大会时间', '加入组织时间', '支部大会通过时间', '支部党员大会']),
  },
  admissionEntitled: { label: RECRUIT_FIELD_LABEL.admissionEntitled, names: ['应到会有表决权的正式党员数', '应到会有表决权正式党员数', '有表决权的正式党员数', '应到会有表决权的党员数'] },
  admissionYes: { label: RECRUIT_FIELD_LABEL.admissionYes, names: ['赞成票数', '赞成票', '赞成人数'] },
  admissionVote: { label: RECRUIT_FIELD_LABEL.admissionVote, names: ['赞成/应到'] },
  approvedOn: { label: RECRUIT_FIELD_LABEL.approvedOn, names: dated(['上级审批', '上级党委审批时间', '党委审批时间', '审批时间', '上级党组织审批时间', '党委审批接收时间']) },
  oathOn: { label: RECRUIT_FIELD_LABEL.oathOn, names: dated(['入党宣誓时间', '入党宣誓', '宣誓时间', '入党宣誓日期']) },
  confirmationAppliedOn: { label: RECRUIT_FIELD_LABEL.confirmationAppliedOn, names: dated(['递交转正申请书时间', '递交转正申请时间', '转正申请时间', '提交转正申请书时间', '转正申请书递交时间', '申请转正时间', '递交转正申请']) },
  extensionMonths: { label: RECRUIT_FIELD_LABEL.extensionMonths, names: ['延长预备期', '延长预备期月数', '延长预备期个月'] },
  confirmationMeetingOn: {
    label: RECRUIT_FIELD_LABEL.confirmationMeetingOn,
    names: dated(['讨论转正', '讨论转正时间', '转正支部大会时间', '支部大会讨论转正时间', '转正时间', '支部大会讨论转正', '转正支部大会']),
  },
  confirmationEntitled: { label: RECRUIT_FIELD_LABEL.confirmationEntitled, names: ['转正应到会有表决权的正式党员数', '转正有表决权的正式党员数'] },
  confirmationYes: { label: RECRUIT_FIELD_LABEL.confirmationYes, names: ['转正赞成票数', '转正赞成票'] },
  confirmationVote: { label: RECRUIT_FIELD_LABEL.confirmationVote, names: ['转正赞成/应到'] },
  confirmationApprovedOn: { label: RECRUIT_FIELD_LABEL.confirmationApprovedOn, names: dated(['批准转正', '批准转正时间', '转正审批时间', '党委审批转正时间', '上级党委审批转正时间', '党委审批时间2', '转正批准时间']) },
  notes: { label: RECRUIT_FIELD_LABEL.notes, names: ['备注'] },
};

/** Wordings that read as another wording's field when they are the more specific one. */
export const RECRUIT_REPEATS: Partial<Record<RecruitField, RecruitField>> = {
  admissionEntitled: 'confirmationEntitled',
  admissionYes: 'confirmationYes',
  admissionVote: 'confirmationVote',
  approvedOn: 'confirmationApprovedOn',
};

/**
 * A coded drop-down value read by its label: 223_正式党员, 95_男, 868_汉族 (code first, as the
 * national system's templates write them) and 正式党员_1 (label first, as easypoi writes them).
 */
export function codedLabel(text: string): string {
  const t = text.trim();
  const first = /^\d{1,6}[_＿](\D.*)$/.exec(t);
  if (first) return first[1]!.trim();
  const last = /^(\D.*?)[_＿]\d{1,6}$/.exec(t);
  return last ? last[1]!.trim() : t;
}
