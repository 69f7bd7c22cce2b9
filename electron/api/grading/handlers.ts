// 分类定级: score sheets (self and superior against the "五个好" items), the combined total and
// band, and beside each branch the facts the records already hold for that year.
import * as db from '../../db/grading';
import { getOrg } from '../../db/orgs';
import { bandFor, combinedTotal, sheetProblems, sheetTotal } from '../../domain/cycle';
import { readCycleRules } from '../shared/ruleSets';
import { invalid } from '../errors';
import { defineHandlers } from '../registry';
import { NOT_EVIDENCE, gradingSummary } from '../shared/gradingSummary';

export const gradingHandlers = defineHandlers('grading', {
  'grading.summary': (ctx, { year, orgId }) => gradingSummary(ctx.db, year, ctx.today(), orgId, ctx.dataStamp(NOT_EVIDENCE)),
  'grading.save': (ctx, input) =>
    ctx.write((tx) => {
      const org = getOrg(tx.db, input.orgId);
      if (!org || org.kind !== 'branch') throw invalid('分类定级的对象应是党支部');
      const rules = readCycleRules(tx.db).grading;
      const problems = [...sheetProblems(rules.items, input.selfScores).map((p) => `自评：${p}`), ...sheetProblems(rules.items, input.superiorScores).map((p) => `上级评分：${p}`)];
      if (problems.length) throw invalid(problems.join('；'));
      const selfTotal = sheetTotal(rules.items, input.selfScores);
      const superiorTotal = sheetTotal(rules.items, input.superiorScores);
      const total = combinedTotal(selfTotal, superiorTotal, rules);
      const before = db.getGrading(tx.db, input.year, input.orgId);
      const g = {
        orgId: input.orgId, selfScores: input.selfScores, superiorScores: input.superiorScores, selfTotal, superiorTotal, total,
        grade: bandFor(total, rules.bands), gradedOn: input.gradedOn ?? null, notes: input.notes ?? null,
      };
      db.upsertGrading(tx.db, input.year, g, tx.now);
      tx.audit({ table: 'gradings', recordId: input.orgId, action: before ? 'update' : 'create', before, after: { year: input.year, ...g } });
      return gradingSummary(tx.db, input.year, ctx.today(), input.orgId).rows.find((r) => r.orgId === input.orgId)!;
    }),
});
