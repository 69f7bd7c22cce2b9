// 评选表彰 (两推三评两个公开, seed 004): rounds, nominees, the three ratings, publicity, decision.
import { z } from 'zod';
import { AWARD_TARGETS, type AwardTarget } from '../../domain/glossary';
import { defineArea, read, write } from './define';
import { id, isoDate, requiredText, text } from './common';
import { year } from './common';
import type { AwardRound, AwardRoundDetail } from '../../model/awards';

export type { AwardRound, AwardRoundDetail, Nominee } from '../../model/awards';

const roundInput = z
  .object({
    id: id.optional(),
    year,
    title: requiredText(40),
    target: z.enum(Object.keys(AWARD_TARGETS) as [AwardTarget, ...AwardTarget[]], { message: '请选择表彰对象类别' }),
    criteria: requiredText(2000),
    quota: z.number().int({ message: '名额应为整数' }).min(1, { message: '名额至少为1' }).max(1000),
    criteriaPublishedOn: isoDate.nullable().optional(),
    publicityFrom: isoDate.nullable().optional(),
    publicityTo: isoDate.nullable().optional(),
    contact: text(100),
    decidedOn: isoDate.nullable().optional(),
    decisionRef: text(60),
  })
  .strict()
  .refine((r) => !r.publicityFrom || !r.publicityTo || r.publicityFrom <= r.publicityTo, { message: '公示结束日期不能早于开始日期', path: ['publicityTo'] })
  .refine((r) => !r.criteriaPublishedOn || !r.publicityFrom || r.criteriaPublishedOn <= r.publicityFrom, { message: '评选条件应在表彰前公示之前公开', path: ['criteriaPublishedOn'] });

const nomineeInput = z
  .object({
    id: id.optional(),
    roundId: id,
    orgId: id,
    memberId: id.nullable().default(null),
    byOrg: z.boolean(),
    byMasses: z.boolean(),
    orgAssessment: text(500),
    massRating: z.number().min(0, { message: '评议得分不能为负' }).max(100, { message: '评议得分不能超过100' }).nullable().default(null),
    leaderComment: text(500),
    shortlisted: z.boolean().default(false),
  })
  .strict();

export const awardsContract = defineArea('awards', {
  'awards.list': read<AwardRound[]>()(z.object({ year }).strict()),
  'awards.get': read<AwardRoundDetail>()(z.object({ id }).strict()),
  'awards.save': write<{ id: number }>()(roundInput),
  'awards.delete': write<{ id: number }>()(z.object({ id }).strict()),
  'awards.saveNominee': write<{ id: number }>()(nomineeInput),
  'awards.deleteNominee': write<{ id: number }>()(z.object({ id }).strict()),
  /** Refused while a step of 两推三评两个公开 is missing or the quota is exceeded; says which. */
  'awards.finalise': write<AwardRoundDetail>()(z.object({ id }).strict()),
  'awards.reopen': write<AwardRoundDetail>()(z.object({ id, reason: requiredText(200) }).strict()),
});
