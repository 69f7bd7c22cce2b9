// The 创先争优 rule set (grading items, weights, bands, the 优秀 share, the rating scale).
import { defineHandlers } from '../registry';
import { RULE_SETS, ruleSetHandlers } from '../shared/ruleSets';

const set = ruleSetHandlers(RULE_SETS.cycleRules);

export const cycleRulesHandlers = defineHandlers('cycleRules', { 'cycleRules.get': set.get, 'cycleRules.save': set.save, 'cycleRules.reset': set.reset });
