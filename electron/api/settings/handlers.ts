// Settings printed on every ledger (填报单位, 填表人, 审核人) and the export privacy switch.
import { putSetting } from '../../db/settings';
import type { Settings } from '../contract';
import { defineHandlers } from '../registry';
import { readSettings } from '../shared/settings';

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
