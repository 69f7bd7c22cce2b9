// The four rule sets as one table: where each is stored, its schema and its defaults. A stored set
// that no longer validates (a hand-edited file, an older shape) reads as the defaults.
import type { z } from 'zod';
import type { Db } from '../../db/open';
import { getSetting, putSetting } from '../../db/settings';
import { cycleRules, DEFAULT_CYCLE_RULES, type CycleRules } from '../../domain/cycleRules';
import { DEFAULT_DUES_TERM_RULES, duesTermRules, type DuesTermRules } from '../../domain/duesRules';
import { DEFAULT_RECRUITMENT_RULES, recruitmentRules, type RecruitmentRules } from '../../domain/recruitment';
import { DEFAULT_RULES, ruleSet, type RuleSet } from '../../domain/rules';
import type { Ctx } from '../registry';

export type RuleSetSpec<T> = {
  /** The settings key it is stored under; also the audit action ("<key>", "<key>-reset"). */
  key: string;
  schema: z.ZodType<T>;
  defaults: T;
  /** What an unset key reads as before validation (a schema with defaults fills in from {}). */
  unset: unknown;
};

export const RULE_SETS = {
  rules: { key: 'rules', schema: ruleSet, defaults: DEFAULT_RULES, unset: DEFAULT_RULES } satisfies RuleSetSpec<RuleSet>,
  cycleRules: { key: 'cycleRules', schema: cycleRules, defaults: DEFAULT_CYCLE_RULES, unset: {} } satisfies RuleSetSpec<CycleRules>,
  duesRules: { key: 'duesTermRules', schema: duesTermRules, defaults: DEFAULT_DUES_TERM_RULES, unset: {} } satisfies RuleSetSpec<DuesTermRules>,
  recruitmentRules: { key: 'recruitmentRules', schema: recruitmentRules, defaults: DEFAULT_RECRUITMENT_RULES, unset: undefined } satisfies RuleSetSpec<RecruitmentRules>,
};

/** The stored set, or the defaults when it is unset or no longer validates. */
export function readRuleSet<T>(db: Db, spec: RuleSetSpec<T>): T {
  const parsed = spec.schema.safeParse(getSetting<unknown>(db, spec.key, spec.unset));
  return parsed.success ? parsed.data : spec.defaults;
}

export const readRules = (db: Db): RuleSet => readRuleSet(db, RULE_SETS.rules);
export const readCycleRules = (db: Db): CycleRules => readRuleSet(db, RULE_SETS.cycleRules);
export const readDuesTermRules = (db: Db): DuesTermRules => readRuleSet(db, RULE_SETS.duesRules);
export const readRecruitmentRules = (db: Db): RecruitmentRules => readRuleSet(db, RULE_SETS.recruitmentRules);

/** get, save and reset of one rule set, each write audited with the set before and after. */
export function ruleSetHandlers<T>(spec: RuleSetSpec<T>) {
  const store = (ctx: Ctx, next: T, action: string): T =>
    ctx.write((tx) => {
      const before = readRuleSet(tx.db, spec);
      putSetting(tx.db, spec.key, next);
      tx.audit({ table: 'settings', recordId: null, action, before, after: next });
      return readRuleSet(tx.db, spec);
    });
  return {
    get: (ctx: Ctx): T => readRuleSet(ctx.db, spec),
    save: (ctx: Ctx, input: T): T => store(ctx, input, spec.key),
    reset: (ctx: Ctx): T => store(ctx, spec.defaults, `${spec.key}-reset`),
  };
}
