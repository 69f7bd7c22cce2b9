// The 三会一课 rule set (meeting frequencies, lectures, hours profile): get, save, reset.
import { putSetting } from '../../db/settings';
import { DEFAULT_RULES } from '../../domain/rules';
import { defineHandlers } from '../registry';
import { readRules } from '../shared/ruleSets';

export const rulesHandlers = defineHandlers('rules', {
  'rules.get': (ctx) => readRules(ctx.db),
  'rules.save': (ctx, input) =>
    ctx.write((tx) => {
      const before = readRules(tx.db);
      putSetting(tx.db, 'rules', input);
      tx.audit({ table: 'settings', recordId: null, action: 'rules', before, after: input });
      return input;
    }),
  'rules.reset': (ctx) =>
    ctx.write((tx) => {
      const before = readRules(tx.db);
      putSetting(tx.db, 'rules', DEFAULT_RULES);
      tx.audit({ table: 'settings', recordId: null, action: 'rules-reset', before, after: DEFAULT_RULES });
      return DEFAULT_RULES;
    }),
});
