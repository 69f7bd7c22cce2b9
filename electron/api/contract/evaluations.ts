// 民主评议党员: member scores and grades.
import { z } from 'zod';
import { MEMBER_GRADES } from '../../domain/glossary';
import { defineArea, read, write } from './define';
import { id, text } from './common';
import { year } from './common';
import type { EvaluationRow } from '../../model/evaluations';

export type { EvaluationRow } from '../../model/evaluations';

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

const score = z.number().min(0, { message: '分数不能为负' }).max(100, { message: '分数不能超过100' }).nullable();

export const evaluationsContract = defineArea('evaluations', {
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
});
