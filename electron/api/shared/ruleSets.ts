// Each rule set as stored, or its defaults: a stored set that no longer validates falls back too.
import { getSetting } from '../../db/settings';
import type { Db } from '../../db/open';
import { DEFAULT_RULES, ruleSet, type RuleSet } from '../../domain/rules';
import { cycleRules, DEFAULT_CYCLE_RULES, type CycleRules } from '../../domain/cycleRules';
import { DEFAULT_DUES_TERM_RULES, duesTermRules, type DuesTermRules } from '../../domain/duesRules';
import { recruitmentRules, DEFAULT_RECRUITMENT_RULES, type RecruitmentRules } from '../../domain/recruitment';

/** The stored rule set, or the defaults; a stored set that no longer validates falls back too. */
export function readRules(db: Db): RuleSet {
  const parsed = ruleSet.safeParse(getSetting<unknown>(db, 'rules', DEFAULT_RULES));
  return parsed.success ? parsed.data : DEFAULT_RULES;
}

/** The stored rules; a set that no longer parses (hand-edited file) falls back to the defaults. */
export function readCycleRules(db: Db): CycleRules {
  const parsed = cycleRules.safeParse(getSetting<unknown>(db, 'cycleRules', {}));
  return parsed.success ? parsed.data : DEFAULT_CYCLE_RULES;
}

export function readDuesTermRules(d: Db): DuesTermRules {
  const parsed = duesTermRules.safeParse(getSetting<unknown>(d, 'duesTermRules', {}));
  return parsed.success ? parsed.data : DEFAULT_DUES_TERM_RULES;
}

export function readRecruitmentRules(d: Db): RecruitmentRules {
  const parsed = recruitmentRules.safeParse(getSetting<unknown>(d, 'recruitmentRules', undefined));
  return parsed.success ? parsed.data : DEFAULT_RECRUITMENT_RULES;
}
