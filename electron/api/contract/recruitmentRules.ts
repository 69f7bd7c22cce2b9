// Rules of 发展党员 (ages, periods, student targets): get, save, reset.
import { z } from 'zod';
import { recruitmentRules, type DueItem, type Finding, type RecruitmentRules, type Stage } from '../../domain/recruitment';
import type { StudentGap } from '../../domain/studentGrades';
import { defineArea, read, write, type FileOut } from './define';
import { fileBytes, fileName, id, isoDate, requiredText, text } from './common';
import type { ImportPreview } from './roster';

export const recruitmentRulesContract = defineArea('recruitmentRules', {
  'recruitmentRules.get': read<RecruitmentRules>()(z.object({}).strict()),
  'recruitmentRules.save': write<RecruitmentRules>()(
    recruitmentRules.refine((r) => r.extensionMonths.min <= r.extensionMonths.max, { message: '延长预备期的最短月数不能大于最长月数', path: ['extensionMonths', 'min'] }),
  ),
  'recruitmentRules.reset': write<RecruitmentRules>()(z.object({}).strict()),
});
