// 三评 and 民主评议党员: leader comments, member scores and grades; 群众满意度测评.
import { z } from 'zod';
import { MEMBER_GRADES, type MemberGrade } from '../../domain/glossary';
import { read, write } from './define';
import { id, isoDate, requiredText, text } from './common';
import { year } from './cycle';

export type LeaderComment = { id: number; year: number; leader: string; orgId: number; orgName: string; memberId: number | null; memberName: string | null; content: string; onDate: string };

export type EvaluationRow = {
  memberId: number;
  name: string;
  memberType: string;
  massScore: number | null;
  peerScore: number | null;
  grade: MemberGrade | null;
  exceptionReason: string | null;
};

export type BranchEvaluation = {
  orgId: number;
  orgName: string;
  members: number;
  excellent: number;
  excellentLimit: number;
  rows: EvaluationRow[];
  /** The approved exception recorded for this branch and year, if 优秀 exceeds the limit. */
  exceptionReason: string | null;
};

export type SatisfactionRow = { id: number; year: number; orgId: number; orgName: string; serviceWindow: string | null; satisfied: number; basic: number; dissatisfied: number; rate: number | null; onDate: string };

const score = z.number().min(0, { message: '分数不能为负' }).max(100, { message: '分数不能超过100' }).nullable();
const count = z.number().int({ message: '人数应为整数' }).min(0, { message: '人数不能为负' }).max(100000);

export const evaluationsContract = {
  'comments.list': read<LeaderComment[]>()(z.object({ year, orgId: id.optional() }).strict()),
  'comments.save': write<{ id: number }>()(
    z.object({ id: id.optional(), year, leader: requiredText(20), orgId: id, memberId: id.nullable().default(null), content: requiredText(1000), onDate: isoDate }).strict(),
  ),
  'comments.delete': write<{ id: number }>()(z.object({ id }).strict()),

  'evaluations.branch': read<BranchEvaluation>()(z.object({ year, orgId: id }).strict()),
  /** Saves a branch's sheet as a whole, so the one-third rule is checked on the result. */
  'evaluations.save': write<BranchEvaluation>()(
    z
      .object({
        year,
        orgId: id,
        rows: z
          .array(
            z
              .object({
                memberId: id,
                massScore: score.default(null),
                peerScore: score.default(null),
                grade: z.enum(MEMBER_GRADES, { message: '等次应为优秀、合格、基本合格或不合格' }).nullable(),
              })
              .strict(),
          )
          .max(2000),
        /** The approval for more 优秀 than the one-third rule allows (e.g. 经院党委批准…). */
        exceptionReason: text(200),
      })
      .strict(),
  ),

  'satisfaction.list': read<SatisfactionRow[]>()(z.object({ year, orgId: id.optional() }).strict()),
  'satisfaction.save': write<{ id: number }>()(
    z
      .object({ id: id.optional(), year, orgId: id, serviceWindow: text(40), satisfied: count, basic: count, dissatisfied: count, onDate: isoDate })
      .strict()
      .refine((s) => s.satisfied + s.basic + s.dissatisfied > 0, { message: '请至少填写一项测评人数', path: ['satisfied'] }),
  ),
  'satisfaction.delete': write<{ id: number }>()(z.object({ id }).strict()),
};
