// 党费 rules: the 党费 term rules (get, save, reset to the defaults).
import { putSetting } from '../../db/settings';
import { DEFAULT_DUES_TERM_RULES } from '../../domain/duesRules';
import { readDuesTermRules } from '../shared/ruleSets';
import { defineHandlers } from '../registry';

export const duesRulesHandlers = defineHandlers('duesRules', {
  'duesRules.get': (ctx) => readDuesTermRules(ctx.db),
  'duesRules.save': (ctx, input) =>
    ctx.write((tx) => {
      const before = readDuesTermRules(tx.db);
      putSetting(tx.db, 'duesTermRules', input);
      tx.audit({ table: 'settings', recordId: null, action: 'duesTermRules', before, after: input });
      return readDuesTermRules(tx.db);
    }),
  'duesRules.reset': (ctx) =>
    ctx.write((tx) => {
      const before = readDuesTermRules(tx.db);
      putSetting(tx.db, 'duesTermRules', DEFAULT_DUES_TERM_RULES);
      tx.audit({ table: 'settings', recordId: null, action: 'duesTermRules-reset', before, after: DEFAULT_DUES_TERM_RULES });
      return DEFAULT_DUES_TERM_RULES;
    }),
});
