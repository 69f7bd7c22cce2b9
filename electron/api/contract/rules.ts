// The 三会一课 rule set (meeting frequencies, lectures, hours profile): get, save, reset.
import { z } from 'zod';
import { ruleSet, type RuleSet } from '../../domain/rules';
import { defineArea, read, write } from './define';

export const rulesContract = defineArea('rules', {
  'rules.get': read<RuleSet>()(z.object({}).strict()),
  'rules.save': write<RuleSet>()(ruleSet.strict()),
  'rules.reset': write<RuleSet>()(z.object({}).strict()),
});
