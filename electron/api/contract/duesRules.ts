// 党费 rules: the 党费 term rules (get, save, reset to the defaults).
import { z } from 'zod';
import { duesTermRules, type DuesTermRules } from '../../domain/duesRules';
import { defineArea, read, write } from './define';

export const duesRulesContract = defineArea('duesRules', {
  'duesRules.get': read<DuesTermRules>()(z.object({}).strict()),
  'duesRules.save': write<DuesTermRules>()(duesTermRules.strict()),
  'duesRules.reset': write<DuesTermRules>()(z.object({}).strict()),
});
