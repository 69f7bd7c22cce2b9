// Settings printed on every ledger (填报单位, 填表人, 审核人) and the export privacy switch.
import { memberCounts } from '../../db/members';
import { branchesWithoutCategory, branchesWithoutSecretary, committee, countOrgsByKind, recentOrgEvents } from '../../db/orgs';
import { databaseProblems } from '../../db/integrity';
import type { Db } from '../../db/open';
import { schemaVersion } from '../../db/open';
import { getSetting, putSetting } from '../../db/settings';
import type { Settings } from '../contract';
import { defineHandlers } from '../registry';
import { readSettings } from '../system/handlers';
import { deadlineDigest } from '../rectifications/handlers';
import { todayIso } from '../../domain/dates';

export const settingsHandlers = defineHandlers('settings', {
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
});
