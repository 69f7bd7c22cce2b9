// The 党费 year rows (page, ledger, 年度统计) against a straightforward reference computed here from
// the tables: every member's bases and every payment in force, spread in the order paid
// (memberMonths), the months a member owed written out plainly. On the demo seed plus the cases it
// lacks (转入 in the year, 转出 in the year, a voided payment, a spanning payment without a base).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { yearRows } from '../../electron/api/shared/duesRows';
import { dueUnder, baseIn, memberMonths, type DuesBase, type DuesPayment } from '../../electron/domain/duesMonths';
import { duesSum, duesTotals } from '../../electron/domain/measures';
import type { DuesKind } from '../../electron/domain/dues';
import { seed } from '../../electron/seed/seed';
import { validId } from '../helpers/ids';
import { tempApi } from '../helpers/tmp';

const NOW = new Date('2026-11-23T09:00:00+08:00');
const TODAY = '2026-11-23';
const t = tempApi(NOW);
const all = <T>(sql: string, ...args: unknown[]) => t.db.prepare(sql).all(...args) as T[];

type Person = {
  id: number;
  name: string;
  idNumber: string;
  orgId: number;
  orgName: string;
  path: string;
  joinedOn: string | null;
  arrivedOn: string | null;
  status: string;
  statusDate: string | null;
};

/** Every member's row of a year, worked out the long way round. */
function reference(year: number, today: string, path?: string) {
  const current = today.slice(0, 7);
  const months = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
  const people = all<Person>(
    `SELECT m.id, m.name, m.id_number AS idNumber, m.org_id AS orgId, o.name AS orgName, o.path, m.joined_on AS joinedOn, m.status, m.status_date AS statusDate,
       (SELECT min(on_date) FROM member_events e WHERE e.member_id = m.id AND e.kind = 'created' AND e.reason = '从外单位转入') AS arrivedOn
     FROM members m JOIN orgs o ON o.id = m.org_id`,
  );
  const bases = all<DuesBase & { memberId: number }>(
    `SELECT member_id AS memberId, from_month AS fromMonth, kind, base_fen AS baseFen, override_fen AS overrideFen, override_reason AS overrideReason FROM dues_bases ORDER BY from_month`,
  );
  const payments = all<DuesPayment & { memberId: number }>(
    `SELECT id, member_id AS memberId, paid_on AS paidOn, from_month AS fromMonth, to_month AS toMonth, amount_fen AS amountFen FROM dues_payments WHERE voided_at IS NULL`,
  );
  const rows = [];
  for (const p of people) {
    if (path && !p.path.startsWith(path)) continue;
    const from = p.arrivedOn ?? p.joinedOn;
    if (p.status !== '在册' && (p.statusDate === null || p.statusDate < `${year}-01-01`)) continue;
    if (from !== null && from > `${year}-12-31`) continue;
    const owes = (m: string) =>
      m <= current && (from === null || m >= from.slice(0, 7)) && (p.status === '在册' || p.statusDate === null || m < p.statusDate.slice(0, 7));
    const bs = bases.filter((b) => b.memberId === p.id).map(({ memberId: _, ...b }) => b as DuesBase & { kind: DuesKind });
    const ms = memberMonths(
      bs,
      payments.filter((x) => x.memberId === p.id).map(({ memberId: _, ...x }) => x),
      months,
      owes,
      prevMonth(current),
    );
    const shown = baseIn(bs, current < months[11]! ? current : months[11]!) ?? bs[0] ?? null;
    rows.push({
      memberId: p.id,
      name: p.name,
      idNumber: p.idNumber,
      orgId: p.orgId,
      orgName: p.orgName,
      base: shown && { ...shown, monthlyFen: dueUnder(shown) },
      months: ms,
      totals: duesTotals(ms, current),
    });
  }
  return rows.sort((a, b) => a.memberId - b.memberId);
}

const prevMonth = (m: string) => {
  const [y, mo] = m.split('-').map(Number) as [number, number];
  return mo === 1 ? `${y - 1}-12` : `${y}-${String(mo - 1).padStart(2, '0')}`;
};
const byId = <T extends { memberId: number }>(rows: T[]) => [...rows].sort((a, b) => a.memberId - b.memberId);

before(async () => {
  seed(t.db, 'demo', NOW);
  const branch = all<{ id: number }>(`SELECT id FROM orgs WHERE kind = 'branch' ORDER BY id LIMIT 1`)[0]!.id;
  // 转入 in April 2026 (入党 long before): owes from April only.
  const arrived = (
    await t.api.call('members.save', {
      name: '转入者',
      idNumber: validId('19850101', 11),
      memberType: '正式党员',
      orgId: branch,
      joinedOn: '2012-07-01',
      transferredInOn: '2026-04-10',
    })
  ).id;
  await t.api.call('dues.saveBase', { memberId: arrived, fromMonth: '2026-04', kind: '在职', baseFen: 600_000 });
  await t.api.call('dues.recordPayment', { memberId: arrived, paidOn: '2026-05-03', fromMonth: '2026-04', toMonth: '2026-04', amountFen: 3000 });
  await t.api.call('dues.recordPayment', { memberId: arrived, paidOn: '2026-06-03', fromMonth: '2026-05', toMonth: '2026-07', amountFen: 5000 });
  // No base at all: a payment spanning months is shared out.
  const noBase = (
    await t.api.call('members.save', { name: '无基数', idNumber: validId('19900101', 13), memberType: '正式党员', orgId: branch, joinedOn: '2018-07-01' })
  ).id;
  await t.api.call('dues.recordPayment', { memberId: noBase, paidOn: '2026-03-01', fromMonth: '2026-01', toMonth: '2026-03', amountFen: 1000 });
  // A demo member who paid month by month leaves in July; another's payment is voided.
  const payers = all<{ memberId: number; id: number }>(
    `SELECT member_id AS memberId, max(id) AS id FROM dues_payments WHERE from_month = to_month AND from_month LIKE '2026-%'
       AND member_id NOT IN (SELECT member_id FROM dues_payments WHERE from_month <> to_month) GROUP BY member_id ORDER BY member_id LIMIT 2`,
  );
  await t.api.call('members.changeStatus', { id: payers[0]!.memberId, status: '转出', onDate: '2026-07-15', reason: '调往外单位' });
  await t.api.call('dues.voidPayment', { id: payers[1]!.id, reason: '金额录错' });
});
after(() => t.cleanup());

describe('党费 year rows against a reference computation', () => {
  it('the reference covers both kinds of member: some paid only month by month, some with payments spanning months, some in arrears', () => {
    const ref = reference(2026, TODAY);
    const spanning = new Set(
      all<{ m: number }>(`SELECT DISTINCT member_id AS m FROM dues_payments WHERE voided_at IS NULL AND from_month <> to_month`).map((r) => r.m),
    );
    assert.ok(ref.filter((r) => spanning.has(r.memberId)).length >= 5, 'members with a spanning payment');
    assert.ok(ref.filter((r) => !spanning.has(r.memberId) && r.totals.paid > 0).length >= 50, 'members paying month by month');
    assert.ok(
      ref.some((r) => r.totals.arrears > 0),
      'someone in arrears',
    );
    assert.ok(
      ref.some((r) => r.months.some((m) => !m.owed && m.month <= '2026-11')),
      'someone not owing some begun month (转入, 转出)',
    );
  });

  for (const year of [2025, 2026]) {
    it(`every member's months, base and totals of ${year} are the reference's, for the committee and for one branch`, () => {
      assert.deepEqual(byId(yearRows(t.db, year, TODAY)), reference(year, TODAY));
      const org = all<{ id: number; path: string }>(`SELECT id, path FROM orgs WHERE kind = 'branch' ORDER BY id LIMIT 1`)[0]!;
      const branch = byId(yearRows(t.db, year, TODAY, { orgId: org.id }));
      assert.ok(branch.length > 0);
      assert.deepEqual(branch, reference(year, TODAY, org.path));
    });
  }

  it("one member's row (the detail beside the page, after each payment) is the reference's, for every member", () => {
    const ref = reference(2026, TODAY);
    assert.ok(ref.length > 100);
    for (const r of ref) assert.deepEqual(yearRows(t.db, 2026, TODAY, { memberId: r.memberId }), [r], r.name);
  });

  it('年度统计 sums the reference rows', async () => {
    const stats = await t.api.call('reports.stats', { year: 2026 });
    const { members, inArrears, withoutBase, due, paid, arrears, currentDue, currentPaid, advance, rate } = stats.dues;
    assert.deepEqual({ members, inArrears, withoutBase, due, paid, arrears, currentDue, currentPaid, advance, rate }, duesSum(reference(2026, TODAY)));
  });
});

describe("党费 page rows kept across one member's write", () => {
  const board = async (orgId?: number) => {
    const b = await t.api.call('dues.board', { year: 2026, orgId, pageSize: 200 });
    assert.equal(b.rows.length, b.total, 'one page holds the demo');
    return new Map(b.rows.map((r) => [r.memberId, r]));
  };
  /** The page after `write`: only `memberId`'s row worked out again, and every row what a full recompute gives. */
  const afterWrite = async (memberId: number, write: () => Promise<unknown>) => {
    const before = await board();
    await write();
    const after = await board();
    const fresh = new Map(yearRows(t.db, 2026, TODAY).map((r) => [r.memberId, r]));
    assert.deepEqual([...after.values()], [...fresh.values()], 'the kept rows are a full recompute');
    assert.deepEqual(byId([...after.values()]), reference(2026, TODAY));
    const kept = [...after.keys()].filter((id) => after.get(id) === before.get(id));
    assert.deepEqual(kept.length, after.size - 1, 'every other row kept as it was');
    assert.notEqual(after.get(memberId), before.get(memberId));
    return { before: before.get(memberId)!, after: after.get(memberId)! };
  };
  const monthlyPayer = () =>
    all<{ m: number }>(
      `SELECT member_id AS m FROM dues_payments WHERE member_id NOT IN (SELECT member_id FROM dues_payments WHERE from_month <> to_month) AND member_id IN (SELECT id FROM members WHERE status = '在册') GROUP BY member_id ORDER BY member_id DESC LIMIT 1`,
    )[0]!.m;

  it('a payment for one month, one spanning months, a correction and a void each change that member alone', async () => {
    const m = monthlyPayer();
    let r = await afterWrite(m, () =>
      t.api.call('dues.recordPayment', { memberId: m, paidOn: '2026-11-20', fromMonth: '2026-11', toMonth: '2026-11', amountFen: 777 }),
    );
    assert.equal(r.after.totals.currentPaid - r.before.totals.currentPaid, 777);
    // Spanning months, reaching back into months already paid: the member moves to the spanning read.
    const detail = await t.api.call('dues.member', { memberId: m, year: 2026 });
    r = await afterWrite(m, () =>
      t.api.call('dues.recordPayment', { memberId: m, paidOn: '2026-11-21', fromMonth: '2026-09', toMonth: '2026-12', amountFen: 20_000 }),
    );
    assert.notDeepEqual(r.after.months, r.before.months);
    const spanning = (await t.api.call('dues.member', { memberId: m, year: 2026 })).payments.find((p) => p.amountFen === 20_000)!;
    await afterWrite(m, () =>
      t.api.call('dues.recordPayment', {
        memberId: m,
        paidOn: '2026-11-21',
        fromMonth: '2026-10',
        toMonth: '2026-12',
        amountFen: 9_000,
        replacesId: spanning.id,
        reason: '月份录错',
      }),
    );
    const first = detail.payments.find((p) => p.amountFen === 777)!;
    r = await afterWrite(m, () => t.api.call('dues.voidPayment', { id: first.id, reason: '重复登记' }));
    assert.equal(r.before.totals.currentPaid - r.after.totals.currentPaid, 777);
  });

  it('a base saved (a new one from a month, then corrected) changes that member alone', async () => {
    const m = monthlyPayer();
    const r = await afterWrite(m, () => t.api.call('dues.saveBase', { memberId: m, fromMonth: '2026-08', kind: '在职', baseFen: 1_200_000 }));
    assert.notEqual(r.after.months[7]!.due, r.before.months[7]!.due);
    await afterWrite(m, () =>
      t.api.call('dues.saveBase', {
        memberId: m,
        fromMonth: '2026-08',
        kind: '在职',
        baseFen: 1_200_000,
        overrideFen: 100,
        overrideReason: '困难党员，支部大会同意',
      }),
    );
  });

  it("a branch's rows: a payment outside it keeps them all, one inside changes that member; any other write recomputes", async () => {
    const org = all<{ id: number }>(`SELECT org_id AS id FROM members WHERE id = ?`, monthlyPayer())[0]!.id;
    const inside = monthlyPayer();
    const outside = all<{ m: number }>(`SELECT id AS m FROM members WHERE status = '在册' AND org_id <> ? LIMIT 1`, org)[0]!.m;
    const before = await board(org);
    await t.api.call('dues.recordPayment', { memberId: outside, paidOn: '2026-11-22', fromMonth: '2026-11', toMonth: '2026-11', amountFen: 500 });
    const kept = await board(org);
    assert.ok([...kept].every(([id, r]) => before.get(id) === r));
    await t.api.call('dues.recordPayment', { memberId: inside, paidOn: '2026-11-22', fromMonth: '2026-11', toMonth: '2026-11', amountFen: 500 });
    const changed = await board(org);
    assert.deepEqual(
      [...changed.entries()].filter(([id, r]) => before.get(id) !== r).map(([id]) => id),
      [inside],
    );
    assert.deepEqual(byId([...changed.values()]), reference(2026, TODAY, all<{ path: string }>(`SELECT path FROM orgs WHERE id = ?`, org)[0]!.path));
    // A member's status is no 党费 write: the rows are worked out again.
    await t.api.call('members.changeStatus', { id: outside, status: '转出', onDate: '2026-11-22', reason: '调往外单位' });
    const recomputed = await board(org);
    assert.ok([...recomputed].every(([id, r]) => changed.get(id) !== r));
    assert.deepEqual(byId([...recomputed.values()]), byId([...changed.values()]));
  });
});
