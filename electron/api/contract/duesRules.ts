// 党费 rules: the 党费 term rules (get, save, reset to the defaults).
import { z } from 'zod';
import { DUES_KINDS, type DuesKind } from '../../domain/dues';
import { duesTermRules, type DuesTermRules } from '../../domain/duesRules';
import { isMonth } from '../../domain/months';
import { defineArea, read, write, type FileOut } from './define';
import { fileBytes, fileName, id, isoDate, requiredText, text } from './common';
import type { ImportPreview } from './roster';

export const duesRulesContract = defineArea('duesRules', {
  'duesRules.get': read<DuesTermRules>()(z.object({}).strict()),
  'duesRules.save': write<DuesTermRules>()(duesTermRules.strict()),
  'duesRules.reset': write<DuesTermRules>()(z.object({}).strict()),
});
