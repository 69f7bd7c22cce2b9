// The 三会一课 rule set (meeting frequencies, lectures, hours profile): get, save, reset.
import { hoursMembers, secretariesTrainedBetween } from '../../db/hours';
import { assessYear } from '../hours/handlers';
import { lecturesOfYear, meetingCounts } from '../../db/meetings';
import { activeCommitteeMembers, branchInfos } from '../../db/orgs';
import { getSetting, putSetting } from '../../db/settings';
import type { Db } from '../../db/open';
import { complianceMatrix, indexCounts, lecturesOwed, openTodos, yearlyCounts } from '../../domain/compliance';
import { todayIso } from '../../domain/dates';
import { activeProfile, lastEndedPeriod } from '../../domain/hours';
import { halfYearPeriod } from '../../domain/periods';
import { DEFAULT_RULES, ruleSet, type RuleSet } from '../../domain/rules';
import { defineHandlers } from '../registry';
import { readRules } from '../compliance/handlers';

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
