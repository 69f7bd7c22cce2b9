// 工作台 figures, the integrity check, the data file's health, the app's facts and moving its data folder.
import { memberCounts } from '../../db/members';
import { branchesWithoutCategory, branchesWithoutSecretary, committee, countOrgsByKind, recentOrgEvents } from '../../db/orgs';
import { attachmentProblems, databaseProblems } from '../../db/integrity';
import { schemaVersion, type Db } from '../../db/open';
import { defineHandlers } from '../registry';
import { deadlineDigest } from '../shared/deadlines';
import { eligibilityFindings } from '../shared/eligibility';
import { MoveError } from '../../db/moveFolder';
import { invalid } from '../errors';
import { dateDisagreements, disagreementText } from '../../domain/measures';
import { membersOn, recordPeople } from '../../db/stats';
import { attendanceOutsideBody } from '../../db/meetings';
import { outsideBodyMessage } from '../../domain/attendance';

/** The people whose 入党 or 转正 date differs between the roster and the 发展党员 record, as sentences. */
function recordDisagreements(db: Db): string[] {
  const { roster, recruits } = recordPeople(db, null);
  return dateDisagreements(roster, recruits).map(disagreementText);
}


export const systemHandlers = defineHandlers('system', {
  'system.dashboard': (ctx) => {
    const kinds = countOrgsByKind(ctx.db);
    const today = ctx.today();
    const onRoster = membersOn(ctx.db, today, null);
    return {
      committeeName: committee(ctx.db)?.name ?? null,
      generalBranches: kinds.general_branch,
      branches: kinds.branch,
      groups: kinds.group,
      // The same count as stats: members on the roster today (the measure's 口径), by category beside it.
      members: { active: onRoster.total, probationary: onRoster.probationary, byCategory: memberCounts(ctx.db).byCategory },
      branchesWithoutSecretary: branchesWithoutSecretary(ctx.db),
      branchesWithoutCategory: branchesWithoutCategory(ctx.db),
      recentEvents: recentOrgEvents(ctx.db, 8).map((e) => ({ onDate: e.onDate, text: `${e.orgName}：${e.detail}` })),
      deadlines: deadlineDigest(ctx.db, today),
      dateDisagreements: recordDisagreements(ctx.db),
      eligibility: eligibilityFindings(ctx.db),
    };
  },
  'system.check': (ctx) => {
    // Damage first (the file, then attached files); then records that disagree or break a rule of who may hold a role, an honour or a 转正 date.
    const problems = [
      ...databaseProblems(ctx.db),
      ...attachmentProblems(ctx.db, ctx.dataDir),
      ...recordDisagreements(ctx.db).map((d) => `花名册与发展党员记录不一致：${d}`),
      ...eligibilityFindings(ctx.db).map((f) => `${f.message}（依据：${f.source}）`),
      ...attendanceOutsideBody(ctx.db).map(outsideBodyMessage),
    ];
    return { ok: problems.length === 0, problems };
  },
  'system.health': (ctx) => ctx.health(),
  'system.info': (ctx) => ({ dataDir: ctx.dataDir, schemaVersion: schemaVersion(ctx.db), appVersion: ctx.appVersion, canMoveData: ctx.moveData !== undefined }),
  'system.moveData': async (ctx, input) => {
    if (!ctx.moveData) throw invalid('数据文件夹是启动时用 --data 或 DANGJIAN_DATA 指定的，不能在程序中移动');
    const from = ctx.dataDir;
    const moved = await ctx.moveData(input.target).catch((e: unknown) => {
      throw e instanceof MoveError ? invalid(e.message) : e;
    });
    // Written in the moved data, so its own log says where it came from.
    ctx.write((tx) => tx.audit({ table: 'settings', recordId: null, action: 'relocate', before: { dataDir: from }, after: { dataDir: moved.dataDir } }));
    return moved;
  },
});
