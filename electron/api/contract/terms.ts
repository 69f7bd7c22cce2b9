// 换届: branch committee terms, their status against the rule set, the 换届 record, the ledger.
import { z } from 'zod';
import { ELECTED_ROLES } from '../../domain/glossary';
import { defineArea, read, write, type FileOut } from './define';
import { id, isoDate, text } from './common';
import type { TermRow } from '../../model/terms';

export type { TermInfo, TermMemberOut, TermRow } from '../../model/terms';

export { ELECTED_ROLES } from '../../domain/glossary';

export const termsContract = defineArea('terms', {
  'terms.list': read<TermRow[]>()(z.object({ orgId: id.optional() }).strict()),
  /** Branches whose term ends within the warning months or has ended. */
  'terms.warnings': read<TermRow[]>()(z.object({}).strict()),
  /** Records a 换届: a new term from the election day; the committee in office hands over and stays in history. */
  'terms.record': write<TermRow>()(
    z
      .object({
        orgId: id,
        electedOn: isoDate,
        years: z.number().int().min(1, { message: '任期应为1到5年' }).max(5, { message: '任期应为1到5年' }).optional(),
        electionMeetingId: id.nullable().default(null),
        committee: z
          .array(z.object({ role: z.enum(ELECTED_ROLES as [string, ...string[]], { message: '请选择职务' }), memberId: id }).strict())
          .min(1, { message: '请填写新一届支部委员会成员' })
          .max(15, { message: '支部委员会成员过多' }),
        notes: text(500),
      })
      .strict()
      .refine((t) => t.committee.filter((c) => c.role === '书记').length === 1, { message: '新一届支部委员会应有一名书记', path: ['committee'] })
      .refine((t) => new Set(t.committee.map((c) => c.memberId)).size === t.committee.length, { message: '同一人不能在委员会中担任两个职务', path: ['committee'] }),
  ),
  /** 换届情况: per branch the current term, its status, the last election and the history. */
  'terms.exportLedger': read<FileOut>()(z.object({ year: z.number().int().min(2000, { message: '年度不正确' }).max(2100, { message: '年度不正确' }) }).strict()),
});
