// 分类定级: the year's score sheets per branch, with the facts the app already knows beside them.
import { z } from 'zod';
import { defineArea, read, write } from './define';
import { id, isoDate, text } from './common';
import { year } from './common';
import type { GradingRow, GradingSummary } from '../../model/grading';

export type { GradingEvidence, GradingRow, GradingSummary } from '../../model/grading';

const scores = z.record(z.string().max(30), z.number().min(0, { message: '得分不能为负' }).max(100, { message: '得分不能超过100' }).nullable());

export const gradingContract = defineArea('grading', {
  'grading.summary': read<GradingSummary>()(z.object({ year, orgId: id.optional() }).strict()),
  'grading.save': write<GradingRow>()(
    z.object({ year, orgId: id, selfScores: scores, superiorScores: scores, gradedOn: isoDate.nullable().optional(), notes: text(500) }).strict(),
  ),
});
