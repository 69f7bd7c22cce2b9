// The 发展党员 rule set (intervals, thresholds, the student target), editable in 系统设置.
import { putSetting } from '../../db/settings';
import { DEFAULT_RECRUITMENT_RULES } from '../../domain/recruitment';
import { readRecruitmentRules } from '../shared/ruleSets';
import { defineHandlers } from '../registry';

export const recruitmentRulesHandlers = defineHandlers('recruitmentRules', {
  'recruitmentRules.get': (ctx) => readRecruitmentRules(ctx.db),
  'recruitmentRules.save': (ctx, input) =>
    ctx.write((tx) => {
      const before = readRecruitmentRules(tx.db);
      putSetting(tx.db, 'recruitmentRules', input);
      tx.audit({ table: 'settings', recordId: null, action: 'recruitmentRules', before, after: input });
      return readRecruitmentRules(tx.db);
    }),
  'recruitmentRules.reset': (ctx) =>
    ctx.write((tx) => {
      const before = readRecruitmentRules(tx.db);
      putSetting(tx.db, 'recruitmentRules', DEFAULT_RECRUITMENT_RULES);
      tx.audit({ table: 'settings', recordId: null, action: 'recruitmentRules-reset', before, after: DEFAULT_RECRUITMENT_RULES });
      return DEFAULT_RECRUITMENT_RULES;
    }),
});
