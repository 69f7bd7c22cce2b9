// 工作台 figures, the integrity check, the data file's health and the app's facts.
import { memberCounts } from '../../db/members';
import { branchesWithoutCategory, branchesWithoutSecretary, committee, countOrgsByKind, recentOrgEvents } from '../../db/orgs';
import { databaseProblems } from '../../db/integrity';
import type { Db } from '../../db/open';
import { schemaVersion } from '../../db/open';
import { getSetting, putSetting } from '../../db/settings';
import type { Settings } from '../contract';
import { defineHandlers } from '../registry';
import { deadlineDigest } from '../rectifications/handlers';
import { todayIso } from '../../domain/dates';
import { eligibilityFindings } from './eligibility';

const DEFAULT_SETTINGS: Settings = { unitName: '', preparer: '', reviewer: '', maskPersonalInExports: false };

export function readSettings(db: Db): Settings {
  return { ...DEFAULT_SETTINGS, ...getSetting<Partial<Settings>>(db, 'ledger', {}) };
}

export const systemHandlers = defineHandlers('system', {
  'system.dashboard': (ctx) => {
    const kinds = countOrgsByKind(ctx.db);
    return {
      committeeName: committee(ctx.db)?.name ?? null,
      generalBranches: kinds.general_branch,
      branches: kinds.branch,
      groups: kinds.group,
      members: memberCounts(ctx.db),
      branchesWithoutSecretary: branchesWithoutSecretary(ctx.db),
      branchesWithoutCategory: branchesWithoutCategory(ctx.db),
      recentEvents: recentOrgEvents(ctx.db, 8).map((e) => ({ onDate: e.onDate, text: `${e.orgName}：${e.detail}` })),
      deadlines: deadlineDigest(ctx.db, todayIso(ctx.now())),
      eligibility: eligibilityFindings(ctx.db),
    };
  },
  'system.check': (ctx) => {
    // Damage first; then records that break a rule of who may hold a role, an honour or a 转正 date.
    const problems = [...databaseProblems(ctx.db), ...eligibilityFindings(ctx.db).map((f) => `${f.message}（依据：${f.source}）`)];
    return { ok: problems.length === 0, problems };
  },
  'system.health': (ctx) => ctx.health(),
  'system.info': (ctx) => ({ dataDir: ctx.dataDir, schemaVersion: schemaVersion(ctx.db), appVersion: ctx.appVersion }),
});
