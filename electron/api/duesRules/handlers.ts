// The 党费 term rules: get, save, reset, audited.
import { defineHandlers } from '../registry';
import { RULE_SETS, ruleSetHandlers } from '../shared/ruleSets';

const set = ruleSetHandlers(RULE_SETS.duesRules);

export const duesRulesHandlers = defineHandlers('duesRules', { 'duesRules.get': set.get, 'duesRules.save': set.save, 'duesRules.reset': set.reset });
