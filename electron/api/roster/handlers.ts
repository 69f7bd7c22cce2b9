// Roster import (preview, then all-or-nothing write) and the 党员花名册 export.
import { iterateMembers } from '../../db/members';
import { committee, getOrg } from '../../db/orgs';
import { todayIso } from '../../domain/dates';
import { rosterLedger } from '../../exports/rosterLedger';
import { ROSTER_SPEC, type RosterParse } from '../../imports/roster';
import { applyRosterPlan, createdOrgNames, planRoster, type ApplyResult, type RosterPlan } from '../../imports/rosterPlan';
import type { RosterField } from '../../imports/synonyms';
import { EXAMPLE_ID } from '../../imports/templates';
import { importIssues, importTemplate, previewImport, runImport, type ImportDef } from '../importFlow';
import { parseUpload } from '../uploads';
import { defineHandlers } from '../registry';
import { readSettings } from '../system/handlers';

/** 花名册 from Excel: new members, updates by ID number, branches created as named. */
const rosterImport: ImportDef<RosterField, RosterParse, RosterPlan, ApplyResult> = {
  spec: ROSTER_SPEC,
  title: '花名册',
  example: {
    name: '张三', gender: '男', ethnicity: '汉族', birthDate: '1990-03-07', idNumber: EXAMPLE_ID, education: '大学本科', title: '讲师',
    personCategory: '教职工', memberType: '正式党员', joinedOn: '2012-06-28', confirmedOn: '2013-06-30', branch: '机关党支部', generalBranch: '', phone: '13800000000',
  },
  table: 'members',
  read: (fileName, base64, choice) => parseUpload(fileName, base64, 'roster', choice),
  plan: (db, parsed, { confirmRows }) => {
    const plan = planRoster(db, parsed, confirmRows);
    const valid = plan.rows.filter((r) => !plan.badRows.has(r.rec.row));
    return {
      plan,
      imported: valid.filter((r) => r.existingId === undefined).length,
      updated: valid.filter((r) => r.existingId !== undefined).length,
      createdOrgs: createdOrgNames(plan),
      errors: plan.errors,
      warnings: plan.warnings,
      changes: plan.changes,
      confirmable: plan.confirmable,
    };
  },
  apply: (tx, plan, { today, fileName }) => applyRosterPlan(tx.db, plan, { now: tx.now, today, fileName }, (e) => tx.audit(e)),
};

export const rosterHandlers = defineHandlers('roster', {
  'roster.previewImport': (ctx, input) => previewImport(ctx, rosterImport, input),
  'roster.import': async (ctx, input) => (await runImport(ctx, rosterImport, input)).report,
  'roster.importTemplate': () => importTemplate(rosterImport),
  'roster.importIssues': (ctx, input) => importIssues(ctx, rosterImport, input),

  'roster.export': async (ctx, { filter, maskPersonal }) => {
    const settings = readSettings(ctx.db);
    const scope = filter.orgId ? getOrg(ctx.db, filter.orgId)?.name : committee(ctx.db)?.name;
    const today = todayIso(ctx.now());
    const bytes = await rosterLedger(
      { unitName: settings.unitName || scope || '', date: today, preparer: settings.preparer, reviewer: settings.reviewer, maskPersonal: maskPersonal ?? settings.maskPersonalInExports },
      iterateMembers(ctx.db, filter),
      { title: `${scope ?? ''}党员花名册` },
    );
    return {
      kind: 'file',
      fileName: `${scope ?? ''}党员花名册-${today}.xlsx`,
      mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      base64: bytes.toString('base64'),
    };
  },
});
