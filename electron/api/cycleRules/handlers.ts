// The 创先争优 rule set (grading items, weights, bands, the 优秀 share, the rating scale).
import type { Db } from '../../db/open';
import { getSetting, putSetting } from '../../db/settings';
import { cycleRules, DEFAULT_CYCLE_RULES, type CycleRules } from '../../domain/cycleRules';
import { defineHandlers } from '../registry';

/** The stored rules; a set that no longer parses (hand-edited file) falls back to the defaults. */
export function readCycleRules(db: Db): CycleRules {
  const parsed = cycleRules.safeParse(getSetting<unknown>(db, 'cycleRules', {}));
  return parsed.success ? parsed.data : DEFAULT_CYCLE_RULES;
}

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
