// 党费 rules: the 党费 term rules (get, save, reset to the defaults).
import { autoBackup } from '../../db/backup';
import * as db from '../../db/dues';
import { getMember } from '../../db/members';
import type { Db } from '../../db/open';
import { getOrg } from '../../db/orgs';
import { putSetting } from '../../db/settings';
import { todayIso } from '../../domain/dates';
import { DEFAULT_DUES_TERM_RULES } from '../../domain/duesRules';
import { addMonthsTo, monthLabel, monthRange } from '../../domain/months';
import { duesLedger } from '../../exports/duesLedger';
import type { DuesMemberDetail } from '../contract';
import { attentionList, baseOut, cachedYearRows, owesFn, readDuesTermRules, yearRows } from '../dues/data';
import { memberMonths } from '../../domain/duesMonths';
import { invalid, notFound } from '../errors';
import { defineHandlers } from '../registry';
import { ledgerMeta, scopeName } from '../exports/handlers';
import { parseUpload } from '../uploads';

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
