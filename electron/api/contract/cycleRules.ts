// Rules of the yearly cycle (评议 limits, 评星定级 bands …): get, save, reset.
import { z } from 'zod';
import { cycleRules, type CycleRules } from '../../domain/cycleRules';
import { defineArea, read, write } from './define';

export const cycleRulesContract = defineArea('cycleRules', {
  'cycleRules.get': read<CycleRules>()(z.object({}).strict()),
  'cycleRules.save': write<CycleRules>()(cycleRules),
  'cycleRules.reset': write<CycleRules>()(z.object({}).strict()),
});
