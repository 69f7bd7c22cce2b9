// The people figures of a year, reconciled across the two records that hold a person's 入党 and 转正
// dates: the roster (党员花名册) and the 发展党员 record. Each person is counted once; where the two
// records disagree the disagreement is listed instead of silently reporting two numbers.

/** A roster row. `arrivedOn`: the day a member transferred in from another unit (转入), if so. */
export type RosterPerson = { memberId: number; name: string; orgName: string; joinedOn: string | null; confirmedOn: string | null; arrivedOn: string | null };

/** A 发展党员 record, with the roster member it belongs to (by link or by 身份证号), if any. */
export type RecruitPerson = {
  recruitId: number;
  memberId: number | null;
  name: string;
  orgName: string;
  admissionMeetingOn: string | null;
  approvedOn: string | null;
  confirmationMeetingOn: string | null;
  confirmationApprovedOn: string | null;
};

/** The day a recruit became 预备党员: the 支部大会 that admitted them, once the superior approved it. */
export const recruitAdmittedOn = (r: RecruitPerson): string | null => (r.approvedOn ? r.admissionMeetingOn : null);
/** The day of 转正 as the 发展党员 page writes it to the roster: the 支部大会, else the approval. */
export const recruitConfirmedOn = (r: RecruitPerson): string | null => (r.confirmationApprovedOn ? (r.confirmationMeetingOn ?? r.confirmationApprovedOn) : null);

export type Person = { key: string; name: string; admittedOn: string | null; confirmedOn: string | null; transferredIn: boolean };

/**
 * One entry per person. The 发展党员 record's dates stand where it holds them (it records the
 * 支部大会 itself), the roster's otherwise; a member who transferred in was admitted elsewhere.
 */
export function people(roster: readonly RosterPerson[], recruits: readonly RecruitPerson[]): Person[] {
  const byMember = new Map<number, RecruitPerson>();
  const out: Person[] = [];
  for (const r of recruits) {
    if (r.memberId !== null) byMember.set(r.memberId, r);
    else if (recruitAdmittedOn(r)) out.push({ key: `r${r.recruitId}`, name: r.name, admittedOn: recruitAdmittedOn(r), confirmedOn: recruitConfirmedOn(r), transferredIn: false });
  }
  for (const m of roster) {
    const r = byMember.get(m.memberId);
    out.push({
      key: `m${m.memberId}`,
      name: m.name,
      admittedOn: (r && recruitAdmittedOn(r)) ?? m.joinedOn,
      confirmedOn: (r && recruitConfirmedOn(r)) ?? m.confirmedOn,
      transferredIn: m.arrivedOn !== null,
    });
  }
  return out;
}

const within = (d: string | null, from: string, to: string) => d !== null && d >= from && d <= to;

/** Admitted as 预备党员 between two days (transfers in are not admissions). */
export const admittedBetween = (ps: readonly Person[], from: string, to: string) => ps.filter((p) => !p.transferredIn && within(p.admittedOn, from, to)).length;
/** 转正 between two days, whichever record holds the date. */
export const confirmedBetween = (ps: readonly Person[], from: string, to: string) => ps.filter((p) => within(p.confirmedOn, from, to)).length;
/** Transferred in between two days. */
export const arrivedBetween = (roster: readonly RosterPerson[], from: string, to: string) => roster.filter((m) => within(m.arrivedOn, from, to)).length;

export type DateDisagreement = { memberId: number | null; recruitId: number; name: string; orgName: string; field: '入党时间' | '转正时间'; roster: string | null; recruit: string | null };

/** Where the roster and the 发展党员 record give a person different 入党 or 转正 dates. */
export function dateDisagreements(roster: readonly RosterPerson[], recruits: readonly RecruitPerson[]): DateDisagreement[] {
  const members = new Map(roster.map((m) => [m.memberId, m]));
  const out: DateDisagreement[] = [];
  for (const r of recruits) {
    const admitted = recruitAdmittedOn(r);
    if (!admitted) continue;
    const m = r.memberId === null ? undefined : members.get(r.memberId);
    const who = { memberId: m?.memberId ?? null, recruitId: r.recruitId, name: r.name, orgName: m?.orgName ?? r.orgName };
    if (!m || m.joinedOn !== admitted) out.push({ ...who, field: '入党时间', roster: m?.joinedOn ?? null, recruit: admitted });
    const confirmed = recruitConfirmedOn(r);
    if (m && m.confirmedOn !== confirmed) out.push({ ...who, field: '转正时间', roster: m.confirmedOn, recruit: confirmed });
  }
  return out;
}

/** "张三（计算机党支部）的入党时间：花名册为2025-12-17，发展党员记录为2025-12-18". */
export function disagreementText(d: DateDisagreement): string {
  const roster = d.memberId === null ? '花名册中没有此人' : `花名册为${d.roster ?? '空白'}`;
  return `${d.name}（${d.orgName}）的${d.field}：${roster}，发展党员记录为${d.recruit ?? '空白'}`;
}
