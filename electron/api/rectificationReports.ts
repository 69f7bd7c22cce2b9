// 整改台账 and 材料报送情况 ledgers, each one call returning the file (overdue judged on the day of export).
import { getOrg } from '../db/orgs';
import { rectificationsOfYear } from '../db/rectifications';
import { todayIso } from '../domain/dates';
import { rectificationLedger } from '../exports/rectificationLedger';
import { tasksLedger } from '../exports/tasksLedger';
import type { FileOut } from './contract';
import { notFound } from './errors';
import { withDeadline } from './rectifications';
import type { Handlers } from './registry';
import { ledgerMeta, scopeName } from './reports';
import { tasksWithTargets } from './tasks';

type RectificationReportHandlers = Pick<Handlers, 'rectifications.exportLedger' | 'tasks.exportLedger'>;

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const file = (fileName: string, bytes: Buffer): FileOut => ({ kind: 'file', fileName, mime: XLSX, base64: bytes.toString('base64') });

export const rectificationReportHandlers: RectificationReportHandlers = {
  'rectifications.exportLedger': async (ctx, { year, orgId }) => {
    if (orgId !== undefined && !getOrg(ctx.db, orgId)) throw notFound('党组织');
    const scope = scopeName(ctx.db, orgId);
    const today = todayIso(ctx.now());
    const rows = rectificationsOfYear(ctx.db, year, orgId).map((r) => withDeadline(r, today));
    const title = `${scope}${year}年度整改台账`;
    return file(`${title}.xlsx`, await rectificationLedger(ledgerMeta(ctx, scope), title, rows));
  },

  'tasks.exportLedger': async (ctx, { year, orgId }) => {
    if (orgId !== undefined && !getOrg(ctx.db, orgId)) throw notFound('党组织');
    const scope = scopeName(ctx.db, orgId);
    // The list shows the nearest date first; the ledger reads in date order.
    const tasks = tasksWithTargets(ctx.db, { year, orgId }, todayIso(ctx.now())).reverse();
    const title = `${scope}${year}年度材料报送情况`;
    return file(`${title}.xlsx`, await tasksLedger(ledgerMeta(ctx, scope), title, tasks));
  },
};
