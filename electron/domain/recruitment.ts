// 发展党员: the interval and vote rules of 中国共产党发展党员工作细则 as pure checks. Each finding
// has a stable rule id, the rule's source and a Chinese message naming the dates.
import { z } from 'zod';

const RULES_SOURCE = '《中国共产党发展党员工作细则》（2014）';
const STUDENT_TARGET_SOURCE = '本校规定（请在系统设置中填写本校文件名称和文号）：低年级有党员、高年级有党小组';

export const recruitmentRules = z
  .object({
    minAge: z.number().int().min(16).max(30),
    talkWithinMonths: z.number().int().min(1).max(12),
    reviewEveryMonths: z.number().int().min(1).max(12),
    activistMinYears: z.number().int().min(0).max(5),
    trainingMinDays: z.number().int().min(0).max(30),
    trainingMinHours: z.number().min(0).max(200),
    introducers: z.number().int().min(1).max(3),
    approvalWithinMonths: z.number().int().min(1).max(12),
    probationYears: z.number().int().min(1).max(3),
    extensionMonths: z.object({ min: z.number().int().min(0), max: z.number().int().max(24) }),
    source: z.string().max(200),
    /** 低年级有党员、高年级有党小组: a college's own target (no national rule); default a three-year 高职. */
    studentTarget: z
      .object({ programYears: z.number().int().min(2).max(8), seniorFromYear: z.number().int().min(1).max(8), source: z.string().max(200) })
      .refine((t) => t.seniorFromYear <= t.programYears, { message: '高年级的起始年级不能大于学制年数', path: ['seniorFromYear'] })
      .default({ programYears: 3, seniorFromYear: 2, source: STUDENT_TARGET_SOURCE }),
  })
  .default({
    minAge: 18,
    talkWithinMonths: 1,
    reviewEveryMonths: 6,
    activistMinYears: 1,
    trainingMinDays: 3,
    trainingMinHours: 24,
    introducers: 2,
    approvalWithinMonths: 3,
    probationYears: 1,
    extensionMonths: { min: 6, max: 12 },
    source: RULES_SOURCE,
    studentTarget: { programYears: 3, seniorFromYear: 2, source: STUDENT_TARGET_SOURCE },
  });
export type RecruitmentRules = z.infer<typeof recruitmentRules>;
export const DEFAULT_RECRUITMENT_RULES: RecruitmentRules = recruitmentRules.parse(undefined);

export const RULE_IDS = [
  'age-18', 'talk-1-month', 'review-6-months', 'activist-1-year', 'training-24h', 'introducers-2', 'vote-majority', 'approval-3-months', 'oath-after-approval',
  'probation-1-year', 'confirmation-application-order',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export type Introducer = { name: string; /** 党员类别 on the day of the 支部大会; null when not found on the roster. */ memberType: '正式党员' | '预备党员' | null };

export type Vote = { entitled: number | null; yes: number | null };

/** One person's path so far; a step not yet taken is null. */
export type RecruitPath = {
  birthDate: string | null;
  appliedOn: string | null;
  talkOn: string | null;
  activistOn: string | null;
  reviews: string[];
  candidateOn: string | null;
  trainingDays: number | null;
  trainingHours: number | null;
  introducers: Introducer[];
  admissionMeetingOn: string | null;
  admissionVote: Vote;
  approvedOn: string | null;
  oathOn: string | null;
  extensionMonths: number;
  confirmationAppliedOn: string | null;
  confirmationMeetingOn: string | null;
  confirmationVote: Vote;
};

export type Finding = { rule: RuleId; message: string; source: string };

// ---- dates -------------------------------------------------------------------------------

/** The same day `months` later; a day the month lacks becomes its last day (1月31日 + 1 月 = 2月28/29日). */
export function addMonths(iso: string, months: number): string {
  // Sliced, not split: this runs tens of thousands of times when every record is checked.
  const total = Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1 + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : DAYS_IN_MONTH[month]!;
  const day = Math.min(Number(iso.slice(8, 10)), last);
  return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const cn = (iso: string) => `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;

// ---- the order of the dates ----------------------------------------------------------------

export type OrderedDates = Pick<RecruitPath, 'admissionMeetingOn' | 'approvedOn' | 'oathOn' | 'confirmationAppliedOn' | 'confirmationMeetingOn'>;
export type DateOrderProblem = { rule: 'oath-after-approval' | 'confirmation-application-order'; field: 'oathOn' | 'confirmationAppliedOn'; message: string };

/**
 * Dates that cannot come in another order, whatever the intervals: the 预备党员 takes the 入党宣誓
 * once the 上级党委 has approved the admission (before an approval is on record, not before the
 * 支部大会 that admitted them); the written 转正申请 comes during the 预备期, so not before that
 * 支部大会, and before the 支部大会 that discusses it (细则 第三十二条: 本人申请 first). A save or an
 * import that breaks one is refused; a record stored before the rule is listed by the check.
 */
export function dateOrderProblems(p: OrderedDates): DateOrderProblem[] {
  const out: DateOrderProblem[] = [];
  const { oathOn: oath, confirmationAppliedOn: applied, approvedOn: approved, admissionMeetingOn: admitted, confirmationMeetingOn: meeting } = p;
  if (oath && approved && oath < approved)
    out.push({ rule: 'oath-after-approval', field: 'oathOn', message: `入党宣誓时间${cn(oath)}早于上级党委审批时间${cn(approved)}：入党宣誓应在上级党委批准接收为预备党员之后` });
  else if (oath && admitted && oath < admitted)
    out.push({ rule: 'oath-after-approval', field: 'oathOn', message: `入党宣誓时间${cn(oath)}早于支部大会讨论接收预备党员的时间${cn(admitted)}：入党宣誓应在接收为预备党员之后` });
  if (applied && admitted && applied < admitted)
    out.push({ rule: 'confirmation-application-order', field: 'confirmationAppliedOn', message: `递交转正申请书时间${cn(applied)}早于支部大会讨论接收预备党员的时间${cn(admitted)}：转正申请应在预备期内递交` });
  if (applied && meeting && applied >= meeting)
    out.push({ rule: 'confirmation-application-order', field: 'confirmationAppliedOn', message: `递交转正申请书时间${cn(applied)}不早于讨论转正的支部大会${cn(meeting)}：应先递交转正申请书，支部大会再讨论转正` });
  return out;
}

const orderOf = (rule: DateOrderProblem['rule']) => (p: RecruitPath) => dateOrderProblems(p).filter((x) => x.rule === rule).map((x) => x.message);

// ---- the checks --------------------------------------------------------------------------

type Check = (p: RecruitPath, r: RecruitmentRules, today: string) => string[];

const CHECKS: Record<RuleId, Check> = {
  'age-18': (p, r) => {
    if (!p.birthDate || !p.appliedOn) return [];
    const adult = addMonths(p.birthDate, r.minAge * 12);
    return p.appliedOn < adult ? [`${cn(p.appliedOn)}递交入党申请时未满${r.minAge}周岁（${cn(adult)}满${r.minAge}周岁）`] : [];
  },
  'talk-1-month': (p, r, today) => {
    if (!p.appliedOn) return [];
    const due = addMonths(p.appliedOn, r.talkWithinMonths);
    if (p.talkOn) return p.talkOn > due ? [`入党申请${cn(p.appliedOn)}递交，谈话在${cn(p.talkOn)}，超过${r.talkWithinMonths}个月（应在${cn(due)}前）`] : [];
    return today > due ? [`入党申请${cn(p.appliedOn)}递交，至今未谈话（应在${cn(due)}前）`] : [];
  },
  'review-6-months': (p, r, today) => {
    if (!p.activistOn) return [];
    const end = p.candidateOn ?? today;
    const out: string[] = [];
    let last = p.activistOn;
    const from = p.activistOn;
    for (const review of p.reviews.filter((d) => d > from && d <= end).sort()) {
      const due = addMonths(last, r.reviewEveryMonths);
      if (review > due) out.push(`${cn(last)}之后的考察在${cn(review)}，间隔超过${r.reviewEveryMonths}个月（应在${cn(due)}前）`);
      last = review;
    }
    const due = addMonths(last, r.reviewEveryMonths);
    if (end > due) out.push(`${cn(last)}之后${p.candidateOn ? `至${cn(p.candidateOn)}确定为发展对象` : '至今'}没有考察记录（应在${cn(due)}前考察）`);
    return out;
  },
  'activist-1-year': (p, r) => {
    if (!p.activistOn || !p.candidateOn) return [];
    const due = addMonths(p.activistOn, r.activistMinYears * 12);
    return p.candidateOn < due ? [`${cn(p.activistOn)}确定为入党积极分子，${cn(p.candidateOn)}确定为发展对象，培养不满${r.activistMinYears}年（${cn(due)}起方可）`] : [];
  },
  'training-24h': (p, r) => {
    if (!p.candidateOn || !p.admissionMeetingOn) return [];
    const ok = (p.trainingDays ?? 0) >= r.trainingMinDays || (p.trainingHours ?? 0) >= r.trainingMinHours;
    return ok ? [] : [`发展对象集中培训${p.trainingDays ?? 0}天、${p.trainingHours ?? 0}学时，不足${r.trainingMinDays}天或${r.trainingMinHours}学时`];
  },
  'introducers-2': (p, r) => {
    if (!p.admissionMeetingOn) return [];
    const out: string[] = [];
    if (p.introducers.length < r.introducers) out.push(`入党介绍人只有${p.introducers.length}名，应为${r.introducers}名正式党员`);
    for (const i of p.introducers) {
      if (i.memberType === null) out.push(`入党介绍人${i.name}不在党员花名册中，无法确认是正式党员`);
      else if (i.memberType !== '正式党员') out.push(`入党介绍人${i.name}在${cn(p.admissionMeetingOn)}是${i.memberType}，应为正式党员`);
    }
    return out;
  },
  'vote-majority': (p) => {
    const out: string[] = [];
    const check = (what: string, on: string | null, v: Vote) => {
      if (!on) return;
      if (v.entitled === null || v.yes === null) out.push(`${cn(on)}${what}支部大会未记录应到会有表决权的正式党员数和赞成票数`);
      else if (v.yes * 2 <= v.entitled) out.push(`${cn(on)}${what}支部大会赞成${v.yes}票，未超过应到会有表决权的正式党员${v.entitled}人的半数`);
    };
    check('接收预备党员', p.admissionMeetingOn, p.admissionVote);
    check('讨论转正', p.confirmationMeetingOn, p.confirmationVote);
    return out;
  },
  'approval-3-months': (p, r, today) => {
    if (!p.admissionMeetingOn) return [];
    const due = addMonths(p.admissionMeetingOn, r.approvalWithinMonths);
    if (p.approvedOn) return p.approvedOn > due ? [`${cn(p.admissionMeetingOn)}支部大会通过，上级党委${cn(p.approvedOn)}审批，超过${r.approvalWithinMonths}个月（应在${cn(due)}前）`] : [];
    return today > due ? [`${cn(p.admissionMeetingOn)}支部大会通过，至今未经上级党委审批（应在${cn(due)}前）`] : [];
  },
  'oath-after-approval': orderOf('oath-after-approval'),
  'confirmation-application-order': orderOf('confirmation-application-order'),
  'probation-1-year': (p, r, today) => {
    if (!p.admissionMeetingOn) return [];
    const out: string[] = [];
    const ext = p.extensionMonths;
    if (ext !== 0 && (ext < r.extensionMonths.min || ext > r.extensionMonths.max)) out.push(`预备期延长${ext}个月，应为${r.extensionMonths.min}个月至${r.extensionMonths.max}个月`);
    const ends = addMonths(p.admissionMeetingOn, r.probationYears * 12 + ext);
    if (p.confirmationMeetingOn && p.confirmationMeetingOn < ends) out.push(`预备期自${cn(p.admissionMeetingOn)}起${ext ? `（延长${ext}个月）` : ''}至${cn(ends)}期满，${cn(p.confirmationMeetingOn)}讨论转正早于期满`);
    if (!p.confirmationMeetingOn && today > ends) out.push(`预备期已于${cn(ends)}期满，尚未讨论转正`);
    return out;
  },
};

/** Every finding for one person, in the order of the steps. */
export function checkRecruit(p: RecruitPath, rules: RecruitmentRules, today: string): Finding[] {
  const out: Finding[] = [];
  for (const rule of RULE_IDS) for (const message of CHECKS[rule](p, rules, today)) out.push({ rule, message, source: rules.source });
  return out;
}

// ---- stages and due lists ----------------------------------------------------------------

export const STAGES = ['入党申请人', '入党积极分子', '发展对象', '预备党员', '正式党员'] as const;
export type Stage = (typeof STAGES)[number];

/** The furthest step taken: 转正 approved or discussed → 正式党员, admitted → 预备党员, and so on. */
export function stageOf(p: Pick<RecruitPath, 'activistOn' | 'candidateOn' | 'admissionMeetingOn' | 'approvedOn'> & { confirmationApprovedOn: string | null }): Stage {
  if (p.confirmationApprovedOn) return '正式党员';
  if (p.approvedOn || p.admissionMeetingOn) return '预备党员';
  if (p.candidateOn) return '发展对象';
  if (p.activistOn) return '入党积极分子';
  return '入党申请人';
}

export type DueKind = '考察' | '满一年' | '转正' | '审批';
export type DueItem = { kind: DueKind; due: string; text: string };

/** What falls due for one person within `days` of today (or is already past). */
export function dueFor(p: RecruitPath & { confirmationApprovedOn: string | null }, r: RecruitmentRules, today: string, days = 30): DueItem[] {
  const horizon = addDays(today, days);
  const out: DueItem[] = [];
  const stage = stageOf(p);
  if (stage === '入党积极分子' && p.activistOn) {
    const last = [p.activistOn, ...p.reviews].filter((d) => d <= today).sort().pop()!;
    const review = addMonths(last, r.reviewEveryMonths);
    if (review <= horizon) out.push({ kind: '考察', due: review, text: `${review < today ? '考察已逾期' : '应进行半年考察'}（上次${cn(last)}）` });
    const year = addMonths(p.activistOn, r.activistMinYears * 12);
    if (year <= horizon) out.push({ kind: '满一年', due: year, text: `${cn(year)}培养满${r.activistMinYears}年，可研究确定为发展对象` });
  }
  if (stage === '预备党员' && p.admissionMeetingOn) {
    if (!p.approvedOn) {
      const approval = addMonths(p.admissionMeetingOn, r.approvalWithinMonths);
      if (approval < today) out.push({ kind: '审批', due: approval, text: `支部大会${cn(p.admissionMeetingOn)}通过，上级党委审批已超过${r.approvalWithinMonths}个月` });
    }
    const ends = addMonths(p.admissionMeetingOn, r.probationYears * 12 + p.extensionMonths);
    if (!p.confirmationMeetingOn && ends <= horizon) out.push({ kind: '转正', due: ends, text: `预备期${ends < today ? '已于' : '将于'}${cn(ends)}期满，应讨论转正` });
  }
  return out;
}

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
