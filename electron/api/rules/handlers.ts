// The 三会一课 rule set (meeting frequencies, lectures, hours profile): get, save, reset, audited.
import { defineHandlers } from '../registry';
import { RULE_SETS, ruleSetHandlers } from '../shared/ruleSets';

const set = ruleSetHandlers(RULE_SETS.rules);

export const rulesHandlers = defineHandlers('rules', { 'rules.get': set.get, 'rules.save': set.save, 'rules.reset': set.reset });
