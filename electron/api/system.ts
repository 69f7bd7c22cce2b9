// 工作台 figures, settings and the integrity check.
import { memberCounts } from '../db/members';
import { branchesWithoutCategory, branchesWithoutSecretary, committee, countOrgsByKind, recentOrgEvents } from '../db/orgs';
import { databaseProblems } from '../db/integrity';
import type { Db } from '../db/open';
import { schemaVersion } from '../db/open';
import { getSetting, putSetting } from '../db/settings';
import type { Settings } from './contract';
import type { AreaHandlers } from './registry';
import { deadlineDigest } from './rectifications';
import { todayIso } from '../domain/dates';
import { dateDisagreements, disagreementText } from '../domain/measures';
import { membersOn, recordPeople, type MeasureScope } from '../db/stats';

/** The people whose 入党 or 转正 date differs between the roster and the 发展党员 record, as sentences. */
function recordDisagreements(db: Db, path: MeasureScope = null): string[] {
  const { roster, recruits } = recordPeople(db, path);
  return dateDisagreements(roster, recruits).map(disagreementText);
}

type SystemHandlers = AreaHandlers<'settings' | 'system'>;

const DEFAULT_SETTINGS: Settings = { unitName: '', preparer: '', reviewer: '', maskPersonalInExports: false };

export function readSettings(db: Db): Settings {
  return { ...DEFAULT_SETTINGS, ...getSetting<Partial<Settings>>(db, 'ledger', {}) };
}

export const systemHandlers: SystemHandlers = {
  'settings.get': (ctx) => readSettings(ctx.db),
  'settings.save': (ctx, input) =>
    ctx.write((tx) => {
      const before = readSettings(tx.db);
      // A field left out keeps its value; one sent empty is cleared.
      const keep = (v: string | null | undefined, cur: string) => (v === undefined ? cur : (v ?? ''));
      const next: Settings = {
        unitName: keep(input.unitName, before.unitName),
        preparer: keep(input.preparer, before.preparer),
        reviewer: keep(input.reviewer, before.reviewer),
        maskPersonalInExports: input.maskPersonalInExports ?? before.maskPersonalInExports,
      };
      putSetting(tx.db, 'ledger', next);
      tx.audit({ table: 'settings', recordId: null, action: 'update', before, after: next });
      return next;
    }),
  'system.dashboard': (ctx) => {
    const kinds = countOrgsByKind(ctx.db);
    const today = todayIso(ctx.now());
    const onRoster = membersOn(ctx.db, today, null);
    return {
      committeeName: committee(ctx.db)?.name ?? null,
      generalBranches: kinds.general_branch,
      branches: kinds.branch,
      groups: kinds.group,
      // The same count as stats: members on the roster today (measures' 口径), by category beside it.
      members: { active: onRoster.total, probationary: onRoster.probationary, byCategory: memberCounts(ctx.db).byCategory },
      branchesWithoutSecretary: branchesWithoutSecretary(ctx.db),
      branchesWithoutCategory: branchesWithoutCategory(ctx.db),
      recentEvents: recentOrgEvents(ctx.db, 8).map((e) => ({ onDate: e.onDate, text: `${e.orgName}：${e.detail}` })),
      deadlines: deadlineDigest(ctx.db, today),
      dateDisagreements: recordDisagreements(ctx.db),
    };
  },
  'system.check': (ctx) => {
    const problems = [...databaseProblems(ctx.db), ...recordDisagreements(ctx.db).map((d) => `花名册与发展党员记录不一致：${d}`)];
    return { ok: problems.length === 0, problems };
  },
  'system.health': (ctx) => ctx.health(),
  'system.info': (ctx) => ({ dataDir: ctx.dataDir, schemaVersion: schemaVersion(ctx.db), appVersion: ctx.appVersion }),
};
