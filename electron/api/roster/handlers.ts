// Roster import (preview, then all-or-nothing write) and the 党员花名册 export.
import { iterateMembers } from '../../db/members';
import { committee, getOrg } from '../../db/orgs';
import { rosterLedger } from '../../exports/rosterLedger';
import type { RosterParse } from '../../imports/roster';
import { applyRosterPlan, createdOrgNames, planRoster } from '../../imports/rosterPlan';
import type { ImportPreview } from '../contract';
import { defineHandlers, type Ctx } from '../registry';
import { readSettings } from '../shared/settings';
import { parseUpload } from '../uploads';
import { autoBackup } from '../../db/backup';
import { xlsxFile } from '../shared/ledgerFile';


function preview(ctx: Ctx, parsed: RosterParse): { report: ImportPreview; plan: ReturnType<typeof planRoster> } {
  const plan = planRoster(ctx.db, parsed);
  const valid = plan.rows.filter((r) => !plan.badRows.has(r.rec.row));
  const byRow = (a: { row: number }, b: { row: number }) => a.row - b.row;
  return {
    plan,
    report: {
      imported: valid.filter((r) => r.existingId === undefined).length,
      updated: valid.filter((r) => r.existingId !== undefined).length,
      createdOrgs: createdOrgNames(plan),
      errors: plan.errors.sort(byRow),
      warnings: plan.warnings.sort(byRow),
      rowCount: parsed.rowCount,
      sheetName: parsed.sheetName,
      headerRow: parsed.header.row,
      columns: parsed.header.columns.map((c) => ({ header: c.header, field: c.field })),
      ignoredColumns: parsed.header.ignored,
      written: false,
    },
  };
}

export const rosterHandlers = defineHandlers('roster', {
  'roster.previewImport': async (ctx, { fileName, base64 }) => preview(ctx, await parseUpload(fileName, base64, 'roster')).report,

  'roster.import': async (ctx, { fileName, base64, validOnly }) => {
    const parsed = await parseUpload(fileName, base64, 'roster');
    const first = preview(ctx, parsed).report;
    if (first.errors.length > 0 && !validOnly) return { ...first, imported: 0, updated: 0, createdOrgs: [] };
    await autoBackup(ctx.db, ctx.dataDir, '导入前', ctx.now());
    // Plan again inside the transaction, so nothing changed between planning and writing.
    return ctx.write((tx) => {
      const { report, plan } = preview(ctx, parsed);
      const done = applyRosterPlan(tx.db, plan, tx.now, ctx.today(), (e) => tx.audit(e));
      tx.audit({ table: 'members', recordId: null, action: 'import', after: { fileName, ...done, skippedRows: plan.badRows.size } });
      return { ...report, ...done, written: true };
    });
  },

  'roster.export': async (ctx, { filter, maskPersonal }) => {
    const settings = readSettings(ctx.db);
    const scope = filter.orgId ? getOrg(ctx.db, filter.orgId)?.name : committee(ctx.db)?.name;
    const today = ctx.today();
    const bytes = await rosterLedger(
      { unitName: settings.unitName || scope || '', date: today, preparer: settings.preparer, reviewer: settings.reviewer },
      iterateMembers(ctx.db, filter),
      { title: `${scope ?? ''}党员花名册`, maskPersonal: maskPersonal ?? settings.maskPersonalInExports },
    );
    return xlsxFile(`${scope ?? ''}党员花名册-${today}.xlsx`, bytes);
  },
});
