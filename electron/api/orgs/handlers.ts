// 组织架构 handlers.
import * as orgsDb from '../../db/orgs';
import { getMember } from '../../db/members';
import { ORG_KIND_LABEL } from '../../domain/glossary';
import { canPlaceUnder, placementMessage } from '../../domain/orgTree';
import { defineHandlers } from '../registry';
import { conflict, invalid, notFound } from '../errors';
import { assertRoleEligible } from '../shared/eligibility';
import { mustOrg } from '../shared/orgs';

function mustGet(db: Parameters<typeof orgsDb.getOrg>[0], id: number) {
  const org = mustOrg(db, id, '组织');
  return org;
}

function activeOrg(db: Parameters<typeof orgsDb.getOrg>[0], id: number) {
  const org = mustGet(db, id);
  if (org.dissolvedOn) throw conflict(`“${org.name}”已于 ${org.dissolvedOn} 撤销，不能再修改`);
  return org;
}

export const orgsHandlers = defineHandlers('orgs', {
  'orgs.tree': (ctx, { includeDissolved }) => orgsDb.listOrgs(ctx.db, includeDissolved),

  'orgs.get': (ctx, { id }) => {
    const org = mustGet(ctx.db, id);
    const row = orgsDb.listOrgs(ctx.db, true).find((o) => o.id === id);
    return {
      org: row ?? { ...org, memberCount: 0 },
      roles: orgsDb.listRoles(ctx.db, id),
      events: orgsDb.listOrgEvents(ctx.db, id),
      path: orgsDb.orgPathNames(ctx.db, org.path),
    };
  },

  'orgs.create': (ctx, input) =>
    ctx.write((tx) => {
      const parent = input.parentId === null ? null : activeOrg(tx.db, input.parentId);
      if (!canPlaceUnder(input.kind, parent?.kind ?? null)) throw invalid(placementMessage(input.kind));
      if (input.kind === 'committee' && orgsDb.committee(tx.db)) throw conflict('已经有一个党委，一个数据文件只管理一个党委');
      const dup = orgsDb.findActiveOrgsByName(tx.db, input.name).find((o) => o.parentId === input.parentId);
      if (dup) throw conflict(`“${parent?.name ?? ''}”下已有名为“${input.name}”的组织`);
      const isBranch = input.kind === 'branch';
      const id = orgsDb.insertOrg(
        tx.db,
        {
          parentId: input.parentId,
          parentPath: parent ? orgsDb.getOrg(tx.db, parent.id)!.path : '/',
          kind: input.kind,
          name: input.name,
          category: isBranch ? (input.category ?? null) : null,
          contactLeader: input.contactLeader ?? null,
          linkedClass: input.linkedClass ?? null,
          foundedOn: input.foundedOn ?? null,
        },
        tx.now,
      );
      // 沿革 is dated history: without a 成立日期 there is no founding to record (today would be
      // a false date); the audit log still says when the organisation was entered.
      if (input.foundedOn) orgsDb.insertOrgEvent(tx.db, id, 'created', input.foundedOn, `成立${ORG_KIND_LABEL[input.kind]}“${input.name}”`, tx.now);
      tx.audit({ table: 'orgs', recordId: id, action: 'create', after: input });
      return { id };
    }),

  'orgs.update': (ctx, input) =>
    ctx.write((tx) => {
      const org = activeOrg(tx.db, input.id);
      const next = {
        category: org.kind === 'branch' ? (input.category ?? null) : null,
        contactLeader: input.contactLeader ?? null,
        linkedClass: input.linkedClass ?? null,
      };
      orgsDb.updateOrgDetails(tx.db, org.id, next, tx.now);
      tx.audit({ table: 'orgs', recordId: org.id, action: 'update', before: org, after: next });
      return { id: org.id };
    }),

  'orgs.rename': (ctx, { id, name, onDate }) =>
    ctx.write((tx) => {
      const org = activeOrg(tx.db, id);
      if (org.name === name) throw invalid('新名称与原名称相同');
      const dup = orgsDb.findActiveOrgsByName(tx.db, name).find((o) => o.parentId === org.parentId);
      if (dup) throw conflict(`同一上级下已有名为“${name}”的组织`);
      orgsDb.renameOrg(tx.db, id, name, tx.now);
      orgsDb.insertOrgEvent(tx.db, id, 'renamed', onDate, `由“${org.name}”更名为“${name}”`, tx.now);
      tx.audit({ table: 'orgs', recordId: id, action: 'rename', before: { name: org.name }, after: { name, onDate } });
      return { id };
    }),

  'orgs.move': (ctx, { id, parentId, onDate }) =>
    ctx.write((tx) => {
      const org = activeOrg(tx.db, id);
      const parent = activeOrg(tx.db, parentId);
      if (parent.path.startsWith(org.path)) throw invalid('不能把组织移到它自己或它的下级组织之下');
      if (!canPlaceUnder(org.kind, parent.kind)) throw invalid(placementMessage(org.kind));
      if (org.parentId === parentId) throw invalid('该组织已在所选上级之下');
      const from = org.parentId ? mustGet(tx.db, org.parentId).name : '';
      orgsDb.moveOrg(tx.db, id, org.path, parentId, `${parent.path}${id}/`, tx.now);
      orgsDb.insertOrgEvent(tx.db, id, 'moved', onDate, `由“${from}”调整到“${parent.name}”之下`, tx.now);
      tx.audit({ table: 'orgs', recordId: id, action: 'move', before: { parentId: org.parentId }, after: { parentId, onDate } });
      return { id };
    }),

  'orgs.dissolve': (ctx, { id, onDate, reason }) =>
    ctx.write((tx) => {
      const org = activeOrg(tx.db, id);
      if (org.kind === 'committee') throw invalid('党委不能在这里撤销');
      const members = orgsDb.countActiveMembersIn(tx.db, id);
      if (members > 0) throw conflict(`“${org.name}”还有 ${members} 名在册党员，请先把他们转到其他支部再撤销`);
      const children = orgsDb.countActiveChildren(tx.db, id);
      if (children > 0) throw conflict(`“${org.name}”下还有 ${children} 个下级组织，请先调整或撤销它们`);
      orgsDb.dissolveOrg(tx.db, id, onDate, reason, tx.now);
      orgsDb.insertOrgEvent(tx.db, id, 'dissolved', onDate, `撤销：${reason}`, tx.now);
      tx.audit({ table: 'orgs', recordId: id, action: 'dissolve', before: org, after: { onDate, reason } });
      return { id };
    }),

  'orgs.saveRole': (ctx, input) =>
    ctx.write((tx) => {
      activeOrg(tx.db, input.orgId);
      let personName = input.personName;
      if (input.memberId) {
        const m = getMember(tx.db, input.memberId);
        if (!m) throw notFound('党员');
        personName = m.name;
        assertRoleEligible(m, input.role, input.termStart ?? ctx.today());
      }
      const fields = {
        orgId: input.orgId,
        role: input.role,
        memberId: input.memberId ?? null,
        personName,
        termStart: input.termStart ?? null,
        termEnd: input.termEnd ?? null,
      };
      if (input.id) {
        const before = orgsDb.getRole(tx.db, input.id);
        if (!before) throw notFound('任职记录');
        orgsDb.updateRole(tx.db, input.id, fields);
        tx.audit({ table: 'org_roles', recordId: input.id, action: 'update', before, after: fields });
        return { id: input.id };
      }
      const id = orgsDb.insertRole(tx.db, fields);
      tx.audit({ table: 'org_roles', recordId: id, action: 'create', after: fields });
      return { id };
    }),

  'orgs.groupMembers': (ctx, { groupId }) => {
    const g = mustGet(ctx.db, groupId);
    if (g.kind !== 'group') throw invalid(`“${g.name}”不是党小组`);
    return orgsDb.listGroupMembers(ctx.db, groupId).filter((m) => m.status === '在册' && m.orgId === g.parentId).map(({ memberId, name, memberType }) => ({ memberId, name, memberType }));
  },

  'orgs.setGroupMembers': (ctx, { groupId, memberIds }) =>
    ctx.write((tx) => {
      const g = activeOrg(tx.db, groupId);
      if (g.kind !== 'group') throw invalid(`“${g.name}”不是党小组`);
      const branch = mustGet(tx.db, g.parentId!);
      const unique = [...new Set(memberIds)];
      for (const id of unique) {
        const m = getMember(tx.db, id);
        if (!m) throw notFound('党员');
        if (m.status !== '在册' || m.orgId !== g.parentId) throw invalid(`${m.name}不是“${branch.name}”的在册党员，不能编入“${g.name}”`);
      }
      const before = orgsDb.listGroupMembers(tx.db, groupId).map((m) => m.memberId);
      orgsDb.replaceGroupMembers(tx.db, groupId, unique);
      tx.audit({ table: 'group_members', recordId: groupId, action: 'update', before: { memberIds: before }, after: { memberIds: unique } });
      return { id: groupId };
    }),

  'orgs.endRole': (ctx, { id, endedOn }) =>
    ctx.write((tx) => {
      const role = orgsDb.getRole(tx.db, id);
      if (!role) throw notFound('任职记录');
      if (role.endedOn) throw conflict('该任职已经结束');
      if (role.termStart && endedOn < role.termStart) throw invalid('离任日期不能早于任期开始');
      orgsDb.endRole(tx.db, id, endedOn);
      tx.audit({ table: 'org_roles', recordId: id, action: 'end', before: role, after: { endedOn } });
      return { id };
    }),
});
