// Who may hold a committee role or an honour, and when a 预备党员 may be 转正: pure checks, each
// with its source and a Chinese message naming the person and the dates. The API refuses a save
// that breaks one; `check` and 工作台 list stored records that do.
import { addMonths } from './recruitment';

const CHARTER = '《中国共产党章程》';
const BRANCH_RULES = '《中国共产党支部工作条例（试行）》（2018）';
const RECRUIT_RULES = '《中国共产党发展党员工作细则》（2014）';

export type EligibilityRule = 'role-not-member' | 'role-probationary' | 'honour-probationary' | 'honour-org-span' | 'confirm-early';
export type EligibilityFinding = { rule: EligibilityRule; message: string; source: string };

/** What the checks need of a person: 入党时间 (admitted as 预备党员) and 转正时间, either may be month-only. */
export type PartyDates = { name: string; memberType: string; joinedOn: string | null; confirmedOn: string | null };

/** A month-only date counts from its first day. */
const day = (d: string) => (d.length === 7 ? `${d}-01` : d);
const cn = (d: string) => (d.length === 7 ? `${Number(d.slice(0, 4))}年${Number(d.slice(5, 7))}月` : `${Number(d.slice(0, 4))}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`);

/** A 党员 (正式 or 预备) on `on`; unknown 入党时间 cannot be held against anyone. */
export function isMemberOn(p: PartyDates, on: string): boolean {
  return p.joinedOn === null || day(p.joinedOn) <= day(on);
}

/** A 正式党员 on `on`: 转正 recorded on or before it, or (with no 转正 date) a 正式党员 whose year of 预备期 had ended. */
export function isFullMemberOn(p: PartyDates, on: string): boolean {
  if (p.confirmedOn) return day(p.confirmedOn) <= day(on);
  if (p.memberType === '预备党员') return false;
  return p.joinedOn === null || addMonths(day(p.joinedOn), 12) <= day(on);
}

/** Roles that need a 正式党员: 书记 and every 委员 (党小组长 and 副书记 need a 党员). */
const needsFullMember = (role: string) => role === '书记' || role.endsWith('委员');

/** A committee role from `start`: a 党员 that day; 书记 and 委员 a 正式党员. */
export function checkRole(p: PartyDates, role: string, start: string): EligibilityFinding | null {
  if (!isMemberOn(p, start)) {
    return { rule: 'role-not-member', source: CHARTER, message: `${p.name}自${cn(start)}任${role}，但入党时间为${cn(p.joinedOn ?? start)}，任职时还不是党员` };
  }
  if (needsFullMember(role) && !isFullMemberOn(p, start)) {
    const when = p.confirmedOn ? `${cn(p.confirmedOn)}才转正` : '尚未转正';
    return { rule: 'role-probationary', source: `${BRANCH_RULES}；${CHARTER}：预备党员没有表决权、选举权和被选举权`, message: `${p.name}自${cn(start)}任${role}，但${when}，任职时是预备党员；书记和委员应由正式党员担任` };
  }
  return null;
}

/** An 优秀共产党员 nominee is a 正式党员 on the round's date. */
export function checkHonourMember(p: PartyDates, title: string, on: string): EligibilityFinding | null {
  if (isFullMemberOn(p, on)) return null;
  const when = p.confirmedOn ? `${cn(p.confirmedOn)}才转正` : '尚未转正';
  return { rule: 'honour-probationary', source: '优秀共产党员评选条件：正式党员', message: `${p.name}在${cn(on)}（评选日期）是预备党员（${when}），不能推荐为“${title}”` };
}

/** A title given to organisations goes to one that existed through the whole year assessed. */
export function checkHonourOrg(org: { name: string; foundedOn: string | null; dissolvedOn: string | null }, title: string, year: number): EligibilityFinding | null {
  const late = org.foundedOn !== null && day(org.foundedOn) > `${year}-01-01`;
  const gone = org.dissolvedOn !== null && day(org.dissolvedOn) < `${year}-12-31`;
  if (!late && !gone) return null;
  const span = [late ? `${cn(org.foundedOn!)}成立` : '', gone ? `${cn(org.dissolvedOn!)}撤销` : ''].filter(Boolean).join('、');
  return { rule: 'honour-org-span', source: '先进基层党组织评选条件：考核年度内全年存在并开展工作', message: `“${org.name}”${span}，没有完整经历${year}年全年，不能推荐为“${title}”` };
}

/** 转正 no earlier than the end of 预备期: one year from 接收 plus any extension. */
export function checkConfirmation(p: PartyDates, extensionMonths = 0): EligibilityFinding | null {
  if (!p.confirmedOn || !p.joinedOn) return null;
  const ends = addMonths(day(p.joinedOn), 12 + extensionMonths);
  if (day(p.confirmedOn) >= ends) return null;
  const ext = extensionMonths > 0 ? `，延长预备期${extensionMonths}个月` : '';
  return { rule: 'confirm-early', source: `${RECRUIT_RULES}：预备期为一年，从支部大会通过其为预备党员之日算起`, message: `${p.name}${cn(p.joinedOn)}接收为预备党员${ext}，预备期到${cn(ends)}期满，转正时间${cn(p.confirmedOn)}早于预备期满` };
}

/** The date an honour round's eligibility is judged on: its decision, else its publicity, else its criteria, else the year's end. */
export function roundDate(r: { year: number; decidedOn: string | null; publicityFrom: string | null; criteriaPublishedOn: string | null }): string {
  return r.decidedOn ?? r.publicityFrom ?? r.criteriaPublishedOn ?? `${r.year}-12-31`;
}

/** Titles the checks apply to: 优秀共产党员 (individuals), 先进基层党组织 (organisations). */
export const isExcellentMemberTitle = (title: string) => title.includes('优秀共产党员');
export const isAdvancedOrgTitle = (title: string) => title.includes('先进基层党组织');
