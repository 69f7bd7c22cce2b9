// The 创先争优 rule set (grading items, weights, bands, the 优秀 share, the rating scale).
import { putSetting } from '../../db/settings';
import { DEFAULT_CYCLE_RULES } from '../../domain/cycleRules';
import { defineHandlers } from '../registry';
import { readCycleRules } from '../shared/ruleSets';

export const cycleRulesHandlers = defineHandlers('cycleRules', {
  'cycleRules.get': (ctx) => readCycleRules(ctx.db),
  'cycleRules.save': (ctx, input) =>
    ctx.write((tx) => {
      const before = readCycleRules(tx.db);
      putSetting(tx.db, 'cycleRules', input);
      tx.audit({ table: 'settings', recordId: null, action: 'cycleRules', before, after: input });
      return readCycleRules(tx.db);
    }),
  'cycleRules.reset': (ctx) =>
    ctx.write((tx) => {
      const before = readCycleRules(tx.db);
      putSetting(tx.db, 'cycleRules', DEFAULT_CYCLE_RULES);
      tx.audit({ table: 'settings', recordId: null, action: 'cycleRules-reset', before, after: DEFAULT_CYCLE_RULES });
      return DEFAULT_CYCLE_RULES;
    }),
});
