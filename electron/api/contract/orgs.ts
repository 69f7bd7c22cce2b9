import { z } from 'zod';
import { BRANCH_CATEGORIES, COMMITTEE_ROLES, ORG_KINDS } from '../../domain/glossary';
import { defineArea, read, write } from './define';
import { id, isoDate, requiredText, text } from './common';
import type { RosterPick } from '../../model/meetings';
import type { OrgDetail, OrgRow } from '../../model/orgs';

export type { OrgDetail, OrgEvent, OrgRole, OrgRow } from '../../model/orgs';

const category = z.enum(BRANCH_CATEGORIES, { message: '支部类别应为 教职工、学生、机关、后勤 或 离退休' }).nullable().optional();

export const orgsContract = defineArea('orgs', {
  'orgs.tree': read<OrgRow[]>()(z.object({ includeDissolved: z.boolean().default(false) }).strict()),
  'orgs.get': read<OrgDetail>()(z.object({ id }).strict()),
  'orgs.create': write<{ id: number }>()(
    z
      .object({
        parentId: id.nullable(),
        kind: z.enum(ORG_KINDS),
        name: requiredText(60),
        category,
        contactLeader: text(40),
        linkedClass: text(60),
        foundedOn: isoDate.nullable().optional(),
      })
      .strict(),
  ),
  'orgs.update': write<{ id: number }>()(
    z.object({ id, category, contactLeader: text(40), linkedClass: text(60) }).strict(),
  ),
  'orgs.rename': write<{ id: number }>()(z.object({ id, name: requiredText(60), onDate: isoDate }).strict()),
  'orgs.move': write<{ id: number }>()(z.object({ id, parentId: id, onDate: isoDate }).strict()),
  'orgs.dissolve': write<{ id: number }>()(
    z.object({ id, onDate: isoDate, reason: requiredText(200) }).strict(),
  ),
  'orgs.saveRole': write<{ id: number }>()(
    z
      .object({
        id: id.optional(),
        orgId: id,
        role: z.enum(COMMITTEE_ROLES, { message: '请选择职务' }),
        memberId: id.nullable().optional(),
        personName: requiredText(40),
        termStart: isoDate.nullable().optional(),
        termEnd: isoDate.nullable().optional(),
      })
      .strict()
      .refine((r) => !r.termStart || !r.termEnd || r.termStart <= r.termEnd, {
        message: '任期结束不能早于任期开始',
        path: ['termEnd'],
      }),
  ),
  'orgs.endRole': write<{ id: number }>()(z.object({ id, endedOn: isoDate }).strict()),
  /** A 党小组's members (on its branch's roll); a 党小组会 expects them. */
  'orgs.groupMembers': read<RosterPick[]>()(z.object({ groupId: id }).strict()),
  'orgs.setGroupMembers': write<{ id: number }>()(z.object({ groupId: id, memberIds: z.array(id).max(500) }).strict()),
});
