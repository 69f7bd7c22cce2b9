// Rules of 发展党员 (ages, periods, student targets): get, save, reset.
import { z } from 'zod';
import { recruitmentRules, type RecruitmentRules } from '../../domain/recruitment';
import { defineArea, read, write } from './define';

export const recruitmentRulesContract = defineArea('recruitmentRules', {
  'recruitmentRules.get': read<RecruitmentRules>()(z.object({}).strict()),
  'recruitmentRules.save': write<RecruitmentRules>()(
    recruitmentRules.refine((r) => r.extensionMonths.min <= r.extensionMonths.max, { message: '延长预备期的最短月数不能大于最长月数', path: ['extensionMonths', 'min'] }),
  ),
  'recruitmentRules.reset': write<RecruitmentRules>()(z.object({}).strict()),
});
