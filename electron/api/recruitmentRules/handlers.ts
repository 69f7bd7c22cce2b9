// The 发展党员 rule set (intervals, thresholds, the student target), editable in 系统设置.
import { defineHandlers } from '../registry';
import { RULE_SETS, ruleSetHandlers } from '../shared/ruleSets';

const set = ruleSetHandlers(RULE_SETS.recruitmentRules);

export const recruitmentRulesHandlers = defineHandlers('recruitmentRules', { 'recruitmentRules.get': set.get, 'recruitmentRules.save': set.save, 'recruitmentRules.reset': set.reset });
