// 工作台 figures, the integrity check, the data file's health and the app's facts.
import { memberCounts } from '../../db/members';
import { branchesWithoutCategory, branchesWithoutSecretary, committee, countOrgsByKind, recentOrgEvents } from '../../db/orgs';
import { databaseProblems } from '../../db/integrity';
import { schemaVersion } from '../../db/open';
import { defineHandlers } from '../registry';
import { deadlineDigest } from '../shared/deadlines';

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
      deadlines: deadlineDigest(ctx.db, ctx.today()),
    };
  },
  'system.check': (ctx) => {
    const problems = databaseProblems(ctx.db);
    return { ok: problems.length === 0, problems };
  },
  'system.health': (ctx) => ctx.health(),
  'system.info': (ctx) => ({ dataDir: ctx.dataDir, schemaVersion: schemaVersion(ctx.db), appVersion: ctx.appVersion }),
});
