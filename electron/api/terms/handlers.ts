// 换届 handlers: each branch committee's term against the rule set (3 years by default, warned
// three months ahead), the 换届 record that starts a new term, and the 换届情况 ledger.
import { getMeeting } from '../../db/meetings';
import { getMember } from '../../db/members';
import type { Db } from '../../db/open';
import { branchInfos, getOrg, insertRole } from '../../db/orgs';
import * as db from '../../db/terms';
import { formatChineseDate } from '../../domain/dates';
import { termEnd, termStatus, warnFrom } from '../../domain/terms';
import { termsLedger } from '../../exports/termsLedger';
import type { TermInfo, TermRow } from '../contract';
import { readDuesTermRules } from '../shared/ruleSets';
import { invalid, notFound } from '../errors';
import { defineHandlers } from '../registry';
import { ledgerMeta, scopeName } from '../shared/ledgerFile';
import { xlsxFile } from '../shared/ledgerFile';

const cn = formatChineseDate;

function describe(status: TermRow['status'], start: string | null, end: string | null, warn: string | null, today: string): string {
  if (status === '未登记' || !end) return '未登记本届支部委员会的任期';
  if (status === '已超期') return `本届任期已于${cn(end)}届满，超期${Math.round((Date.parse(today) - Date.parse(end)) / 86_400_000)}天未换届`;
  if (status === '即将到期') return `本届任期将于${cn(end)}届满（${cn(warn)}起提醒），请及时做好换届准备`;
  return `本届任期${start ? `自${cn(start)}起，` : ''}至${cn(end)}届满`;
}

/** Every active branch (or one) with its current term, status and history, newest term first. */
export function termRows(d: Db, today: string, orgId?: number): TermRow[] {
  const rules = readDuesTermRules(d);
  const terms = db.allTerms(d);
  const members = db.termMembers(d);
  const roles = db.roleTerms(d);
  const branches = orgId ? branchInfos(d).filter((b) => b.id === orgId) : branchInfos(d).filter((b) => !b.dissolvedOn);
  return branches.map((b) => {
    const history: TermInfo[] = (terms.get(b.id) ?? []).map((t) => ({
      id: t.id, startedOn: t.startedOn, years: t.years, endsOn: termEnd(t.startedOn, t.years), electionMeetingId: t.electionMeetingId, election: t.meetingLabel, notes: t.notes, committee: members.get(t.id) ?? [],
    }));
    const current = history[0];
    const r = roles.get(b.id);
    const startedOn = current?.startedOn ?? r?.start ?? null;
    const endsOn = current?.endsOn ?? r?.end ?? (r?.start ? termEnd(r.start, rules.termYears) : null);
    const status = termStatus(endsOn, today, rules.termWarnMonths);
    const warn = endsOn ? warnFrom(endsOn, rules.termWarnMonths) : null;
    return {
      orgId: b.id, orgName: b.name, status, startedOn, endsOn, warnFrom: warn, basis: current ? '换届记录' : endsOn ? '委员任期' : null,
      text: describe(status, startedOn, endsOn, warn, today), history,
    };
  });
}

export const termsHandlers = defineHandlers('terms', {
  'terms.list': (ctx, { orgId }) => termRows(ctx.db, ctx.today(), orgId),
  'terms.warnings': (ctx) => termRows(ctx.db, ctx.today()).filter((t) => t.status === '即将到期' || t.status === '已超期'),
  'terms.record': (ctx, input) =>
    ctx.write((tx) => {
      const today = ctx.today();
      const org = getOrg(tx.db, input.orgId);
      if (!org || org.kind !== 'branch') throw notFound('党支部');
      if (org.dissolvedOn) throw invalid(`“${org.name}”已于 ${org.dissolvedOn} 撤销，不能再换届`);
      if (input.electedOn > today) throw invalid('换届日期不能晚于今天', { electedOn: '晚于今天' });
      const previous = db.termsOf(tx.db, org.id)[0];
      if (previous && input.electedOn <= previous.startedOn) throw invalid(`换届日期应晚于上一届的开始日期（${previous.startedOn}）`, { electedOn: '早于上一届' });
      if (input.electionMeetingId) {
        const m = getMeeting(tx.db, input.electionMeetingId);
        if (!m || m.orgId !== org.id) throw invalid('所选的选举大会不是本支部的会议记录', { electionMeetingId: '不是本支部的会议' });
        if (m.heldOn > input.electedOn) throw invalid(`选举大会在${m.heldOn}召开，换届日期不能早于它`, { electedOn: '早于选举大会' });
      }
      const committee = input.committee.map((c) => {
        const m = getMember(tx.db, c.memberId);
        if (!m) throw notFound('党员');
        if (m.status !== '在册') throw invalid(`${m.name}已${m.status}，不能当选支部委员`);
        if (m.memberType !== '正式党员') throw invalid(`${m.name}是预备党员，没有被选举权，不能当选支部委员`);
        return { role: c.role, memberId: m.id, name: m.name };
      });
      const years = input.years ?? readDuesTermRules(tx.db).termYears;
      const end = termEnd(input.electedOn, years);
      const id = db.insertTerm(tx.db, { orgId: org.id, startedOn: input.electedOn, years, electionMeetingId: input.electionMeetingId, notes: input.notes ?? null }, committee, tx.now);
      // The outgoing committee hands over on the election day; its roles stay, ended, as history.
      const outgoing = db.endOpenRoles(tx.db, org.id, input.electedOn);
      for (const c of committee) insertRole(tx.db, { orgId: org.id, role: c.role, memberId: c.memberId, personName: c.name, termStart: input.electedOn, termEnd: end });
      db.syncSecretaryMarks(tx.db, [...outgoing, ...committee.map((c) => c.memberId)]);
      tx.audit({ table: 'org_terms', recordId: id, action: 'create', after: { ...input, years, committee, outgoing } });
      return termRows(tx.db, today, org.id)[0]!;
    }),
  'terms.exportLedger': async (ctx, { year }) => {
    const scope = scopeName(ctx.db);
    const title = `${scope}${year}年度党支部换届情况`;
    const bytes = await termsLedger(ledgerMeta(ctx, scope), title, year, termRows(ctx.db, ctx.today()));
    return xlsxFile(`${title}.xlsx`, bytes);
  },
});
