// 党费 handlers: bases (entered or imported), payments (corrected by voiding, never overwritten),
// the year's board, the attention list and the 党费收缴台账.
import * as db from '../../db/dues';
import { getMember } from '../../db/members';
import type { Db } from '../../db/open';
import { addMonthsTo, monthLabel, monthRange } from '../../domain/months';
import { duesLedger } from '../../exports/duesLedger';
import { duesBasesImport } from './importPlan';
import { importIssues, importTemplate, previewImport, runImport } from '../shared/importFlow';
import type { DuesMemberDetail } from '../contract';
import { attentionList, baseOut, cachedYearRows, owesFn, refreshMemberRow, yearRows } from '../shared/duesRows';
import { memberMonths } from '../../domain/duesMonths';
import { invalid, notFound } from '../errors';
import { defineHandlers, type Ctx } from '../registry';
import { ledgerMeta, scopeName, xlsxFile } from '../shared/ledgerFile';
import { checkOrgFilter } from '../shared/orgs';
import { duesSum, duesTotals } from '../../domain/measures';

function detail(d: Db, memberId: number, year: number, today: string): DuesMemberDetail {
  const row = yearRows(d, year, today, { memberId })[0];
  const m = getMember(d, memberId);
  if (!m) throw notFound('党员');
  const empty = { memberId, name: m.name, idNumber: m.idNumber, orgId: m.orgId, orgName: m.orgName, base: null, months: [], totals: duesTotals([], today.slice(0, 7)) };
  return {
    ...(row ?? empty),
    bases: db.basesOf(d, memberId).map(baseOut),
    payments: db.paymentsOf(d, memberId).map(({ memberId: _m, createdAt: _c, ...p }) => p),
  };
}

/** A write that changes one member's 党费 only; the page's kept rows are brought up to date for that member alone. */
function oneMember(ctx: Ctx, write: () => DuesMemberDetail): DuesMemberDetail {
  const before = ctx.dataStamp();
  const out = write();
  refreshMemberRow(ctx.db, out.memberId, before, ctx.dataStamp());
  return out;
}

function mustGetMember(d: Db, memberId: number) {
  const m = getMember(d, memberId);
  if (!m) throw notFound('党员');
  return m;
}

/** What the months from..to still lack for a member; null when a month they owe has no base. */
function outstanding(d: Db, memberId: number, from: string, to: string, today: string): number | null {
  const member = db.duesMembers(d, `${from}-01`, `${to}-31`, { memberId })[0];
  if (!member) return 0;
  const payments = db.paymentsOf(d, memberId).filter((p) => !p.voidedAt);
  const months = memberMonths(db.basesOf(d, memberId), payments, monthRange(from, to), owesFn(member, today.slice(0, 7)));
  if (months.some((m) => m.owed && m.due === null)) return null;
  return months.reduce((s, m) => s + (m.due === null ? 0 : Math.max(0, m.due - m.paid)), 0);
}

export const duesHandlers = defineHandlers('dues', {
  'dues.board': (ctx, { year, orgId, q, onlyArrears, page, pageSize }) => {
    checkOrgFilter(ctx.db, orgId, '组织');
    const all = cachedYearRows(ctx.db, year, ctx.today(), orgId, ctx.dataStamp());
    const needle = q?.trim();
    const rows = all.filter((r) => (!onlyArrears || r.totals.arrears > 0) && (!needle || r.name.includes(needle) || r.idNumber.includes(needle.toUpperCase())));
    return {
      year, total: rows.length, page, pageSize, rows: rows.slice((page - 1) * pageSize, page * pageSize),
      summary: duesSum(all),
    };
  },
  'dues.member': (ctx, { memberId, year }) => detail(ctx.db, memberId, year, ctx.today()),
  'dues.saveBase': (ctx, { memberId, year, ...b }) =>
    oneMember(ctx, () => ctx.write((tx) => {
      const m = mustGetMember(tx.db, memberId);
      if (m.joinedOn && b.fromMonth < m.joinedOn.slice(0, 7)) throw invalid(`${m.name}${monthLabel(m.joinedOn.slice(0, 7))}入党，基数不能早于该月`, { fromMonth: '早于入党月份' });
      const before = db.getBase(tx.db, memberId, b.fromMonth);
      const base = { ...b, baseFen: b.kind === '学生' ? 0 : b.baseFen, overrideReason: b.overrideFen === null ? null : (b.overrideReason ?? null) };
      const id = db.putBase(tx.db, memberId, base, tx.now);
      tx.audit({ table: 'dues_bases', recordId: id, action: before ? 'correct' : 'create', before, after: { memberId, ...base } });
      return detail(tx.db, memberId, year ?? Number(b.fromMonth.slice(0, 4)), ctx.today());
    })),
  'dues.recordPayment': (ctx, { memberId, replacesId, reason, ...p }) =>
    oneMember(ctx, () => ctx.write((tx) => {
      const m = mustGetMember(tx.db, memberId);
      const today = ctx.today();
      if (p.paidOn > today) throw invalid('缴费日期不能晚于今天', { paidOn: '晚于今天' });
      if (monthRange(p.fromMonth, p.toMonth).length > 36) throw invalid('一次缴费最多登记36个月', { toMonth: '超过36个月' });
      if (p.toMonth > addMonthsTo(today.slice(0, 7), 12)) throw invalid('预交党费最多登记到12个月以后', { toMonth: '过远' });
      if (m.joinedOn && p.fromMonth < m.joinedOn.slice(0, 7)) throw invalid(`${m.name}${monthLabel(m.joinedOn.slice(0, 7))}入党，缴费月份不能早于该月`, { fromMonth: '早于入党月份' });
      const old = replacesId ? db.getPayment(tx.db, replacesId) : undefined;
      if (replacesId && (!old || old.memberId !== memberId)) throw notFound('缴费记录');
      if (old?.voidedAt) throw invalid('这条缴费记录已经作废，请更正现行的记录');
      const id = db.insertPayment(tx.db, { memberId, ...p, notes: p.notes ?? null }, tx.now);
      if (old) db.voidPayment(tx.db, old.id, `更正：${reason ?? ''}`, tx.now, id);
      tx.audit({ table: 'dues_payments', recordId: id, action: old ? 'correct' : 'create', before: old, after: { memberId, ...p, replaces: old?.id ?? null, reason: reason ?? null } });
      return detail(tx.db, memberId, Number(p.toMonth.slice(0, 4)), today);
    })),
  'dues.collect': (ctx, { memberIds, fromMonth, toMonth, paidOn, notes }) =>
    ctx.write((tx) => {
      const today = ctx.today();
      if (paidOn > today) throw invalid('缴费日期不能晚于今天', { paidOn: '晚于今天' });
      if (toMonth > today.slice(0, 7)) throw invalid('批量登记只用于已经开始的月份；预交请逐人登记', { toMonth: '晚于本月' });
      if (monthRange(fromMonth, toMonth).length > 36) throw invalid('一次缴费最多登记36个月', { toMonth: '超过36个月' });
      const out = { recorded: 0, amountFen: 0, skipped: [] as { name: string; reason: string }[] };
      for (const memberId of [...new Set(memberIds)]) {
        const m = mustGetMember(tx.db, memberId);
        const owed = outstanding(tx.db, memberId, fromMonth, toMonth, today);
        if (owed === null) out.skipped.push({ name: m.name, reason: '未登记党费基数' });
        else if (owed === 0) out.skipped.push({ name: m.name, reason: '所选月份已交清' });
        else {
          const id = db.insertPayment(tx.db, { memberId, paidOn, fromMonth, toMonth, amountFen: owed, notes: notes ?? null }, tx.now);
          tx.audit({ table: 'dues_payments', recordId: id, action: 'collect', after: { memberId, paidOn, fromMonth, toMonth, amountFen: owed } });
          out.recorded++;
          out.amountFen += owed;
        }
      }
      if (out.recorded === 0) throw invalid(`没有需要登记的缴费：${out.skipped.map((x) => `${x.name}${x.reason}`).join('；').slice(0, 200)}`);
      return out;
    }),
  'dues.voidPayment': (ctx, { id, reason }) =>
    oneMember(ctx, () => ctx.write((tx) => {
      const p = db.getPayment(tx.db, id);
      if (!p) throw notFound('缴费记录');
      if (p.voidedAt) throw invalid('这条缴费记录已经作废');
      db.voidPayment(tx.db, id, reason, tx.now, null);
      tx.audit({ table: 'dues_payments', recordId: id, action: 'void', before: p, after: { voidReason: reason } });
      return detail(tx.db, p.memberId, Number(p.toMonth.slice(0, 4)), ctx.today());
    })),
  'dues.previewImport': (ctx, input) => previewImport(ctx, duesBasesImport, input),
  'dues.import': async (ctx, input) => (await runImport(ctx, duesBasesImport, input)).report,
  'dues.importTemplate': () => importTemplate(duesBasesImport),
  'dues.importIssues': (ctx, input) => importIssues(ctx, duesBasesImport, input),
  'dues.attention': (ctx, { orgId }) => attentionList(ctx.db, ctx.today(), orgId, ctx.dataStamp()),
  'dues.exportLedger': async (ctx, { year, orgId, paper }) => {
    checkOrgFilter(ctx.db, orgId, '组织');
    const scope = scopeName(ctx.db, orgId);
    const title = `${scope}${year}年度党费收缴台账`;
    const bytes = await duesLedger({ ...ledgerMeta(ctx, scope), paper }, title, cachedYearRows(ctx.db, year, ctx.today(), orgId, ctx.dataStamp()));
    return xlsxFile(`${title}${paper === 'A3' ? '（A3）' : ''}.xlsx`, bytes);
  },
});
