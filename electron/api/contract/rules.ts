// The 三会一课 rule set (meeting frequencies, lectures, hours profile): get, save, reset.
import { z } from 'zod';
import { ATTENDANCE, MEETING_TYPES, type Attendance, type MeetingType } from '../../domain/glossary';
import type { CellStatus, Todo, YearCount } from '../../domain/compliance';
import type { Period } from '../../domain/periods';
import { ruleSet, type MeetingRule, type RuleSet } from '../../domain/rules';
import { defineArea, read, write, type FileOut, type Page } from './define';
import { fileBytes, fileName, id, isoDate, requiredText, text } from './common';

export const rulesContract = defineArea('rules', {
  'rules.get': read<RuleSet>()(z.object({}).strict()),
  'rules.save': write<RuleSet>()(ruleSet.strict()),
  'rules.reset': write<RuleSet>()(z.object({}).strict()),
});
