// 党员花名册 handlers: list, edit, status changes and transfers (never deletion).
import * as membersDb from '../../db/members';
import { getOrg } from '../../db/orgs';
import type { Db } from '../../db/open';
import { checkIdNumber } from '../../domain/idNumber';
import { nameInitials } from '../../domain/pinyin';
import type { MemberInput } from '../contract';
import { defineHandlers } from '../registry';
import { conflict, invalid, notFound } from '../errors';
import { mustOrg } from '../shared/orgs';
import { TRANSFER_IN_REASON } from '../../db/stats';
import { assertConfirmationEligible, assertMemberDatesKeepRecords } from '../shared/eligibility';

/** Members are kept in a 党支部; the org must exist and not be dissolved. */
export function assertBranch(db: Db, orgId: number): void {
  const org = mustOrg(db, orgId, '支部');
  if (org.kind !== 'branch') throw invalid(`党员应编入党支部，“${org.name}”不是党支部`, { orgId: '请选择党支部' });
  if (org.dissolvedOn) throw conflict(`“${org.name}”已撤销，不能再编入党员`);
}

/** One 学号 names one student: a second member with it is refused, naming the first. */
function assertStudentNoFree(db: Db, studentNo: string | null, id: number | undefined): void {
  if (!studentNo) return;
  const holder = membersDb.findMemberIdByStudentNo(db, studentNo);
  if (holder === undefined || holder === id) return;
  const other = membersDb.getMember(db, holder);
  throw invalid(`学号 ${studentNo} 已登记为 ${other?.name ?? ''}（${other?.orgName ?? ''}）`, { studentNo: '学号已被另一名党员使用' });
}

export function toFields(m: MemberInput): membersDb.MemberFields {
  const facts = checkIdNumber(m.idNumber);
  return {
    name: m.name,
    nameInitials: nameInitials(m.name),
    gender: m.gender ?? (facts.ok ? facts.gender : null),
    ethnicity: m.ethnicity ?? null,
    birthDate: m.birthDate ?? (facts.ok ? facts.birthDate : null),
    idNumber: m.idNumber,
    nativePlace: m.nativePlace ?? null,
    education: m.education ?? null,
    degree: m.degree ?? null,
    title: m.title ?? null,
    personCategory: m.personCategory ?? null,
    memberType: m.memberType,
    joinedOn: m.joinedOn ?? null,
    confirmedOn: m.confirmedOn ?? null,
    orgId: m.orgId,
    phone: m.phone ?? null,
    isLeadership: m.isLeadership,
    isSecretary: m.isSecretary,
    notes: m.notes ?? null,
    grade: m.grade ?? null,
    studentNo: m.studentNo ?? null,
  };
}

export const membersHandlers = defineHandlers('members', {
  'members.list': (ctx, { filter, page, pageSize }) => ({ ...membersDb.listMembers(ctx.db, filter, page, pageSize), page, pageSize }),

  'members.get': (ctx, { id }) => {
    const member = membersDb.getMember(ctx.db, id);
    if (!member) throw notFound('党员');
    return { member, events: membersDb.listMemberEvents(ctx.db, id) };
  },

  'members.save': (ctx, input) =>
    ctx.write((tx) => {
      const fields = toFields(input);
      assertConfirmationEligible(tx.db, fields, input.id);
      const holder = membersDb.findMemberIdByIdNumber(tx.db, input.idNumber);
      assertStudentNoFree(tx.db, fields.studentNo, input.id);
      if (input.id === undefined) {
        if (holder !== undefined) {
          const other = membersDb.getMember(tx.db, holder);
          throw conflict(`身份证号 ${input.idNumber} 已登记为 ${other?.name ?? ''}（${other?.orgName ?? ''}），请直接编辑该党员`);
        }
        assertBranch(tx.db, input.orgId);
        const id = membersDb.insertMember(tx.db, fields, tx.now);
        const orgName = getOrg(tx.db, input.orgId)!.name;
        // A member from another unit arrives on their 转入 date and is not counted as admitted.
        const arrived = input.transferredInOn ?? null;
        membersDb.insertMemberEvent(tx.db, { memberId: id, kind: 'created', fromValue: null, toValue: orgName, onDate: arrived ?? ctx.today(), reason: arrived ? TRANSFER_IN_REASON : '新增登记' }, tx.now);
        tx.audit({ table: 'members', recordId: id, action: 'create', after: fields });
        return { id, created: true };
      }
      const before = membersDb.getMember(tx.db, input.id);
      if (!before) throw notFound('党员');
      if (holder !== undefined && holder !== input.id) throw conflict(`身份证号 ${input.idNumber} 已属于另一名党员`);
      if (before.orgId !== input.orgId) {
        throw invalid('更换支部请使用“转接”，以便记下转接日期', { orgId: '请用“转接”更换支部' });
      }
      assertMemberDatesKeepRecords(tx.db, input.id, before, fields);
      membersDb.updateMember(tx.db, input.id, fields, tx.now);
      tx.audit({ table: 'members', recordId: input.id, action: 'update', before, after: fields });
      return { id: input.id, created: false };
    }),

  'members.changeStatus': (ctx, { id, status, onDate, reason }) =>
    ctx.write((tx) => {
      const before = membersDb.getMember(tx.db, id);
      if (!before) throw notFound('党员');
      if (before.status === status) throw invalid(`该党员的状态已经是“${status}”`);
      if (status === '在册') assertBranch(tx.db, before.orgId);
      membersDb.setMemberStatus(tx.db, id, status, onDate, reason || null, tx.now);
      membersDb.insertMemberEvent(tx.db, { memberId: id, kind: 'status', fromValue: before.status, toValue: status, onDate, reason: reason || null }, tx.now);
      tx.audit({ table: 'members', recordId: id, action: 'status', before: { status: before.status }, after: { status, onDate, reason } });
      return { id };
    }),

  'members.transfer': (ctx, { id, orgId, onDate, reason }) =>
    ctx.write((tx) => {
      const before = membersDb.getMember(tx.db, id);
      if (!before) throw notFound('党员');
      if (before.status !== '在册') throw conflict(`该党员状态为“${before.status}”，不能转接`);
      if (before.orgId === orgId) throw invalid('该党员已在所选支部');
      assertBranch(tx.db, orgId);
      const target = getOrg(tx.db, orgId)!;
      membersDb.setMemberOrg(tx.db, id, orgId, tx.now);
      membersDb.insertMemberEvent(
        tx.db,
        { memberId: id, kind: 'transfer', fromValue: before.orgName, toValue: target.name, onDate, reason: reason || null },
        tx.now,
      );
      tx.audit({ table: 'members', recordId: id, action: 'transfer', before: { orgId: before.orgId }, after: { orgId, onDate, reason } });
      return { id };
    }),
});
