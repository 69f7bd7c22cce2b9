// The 党费 year is read as month totals for members who only ever paid month by month, and as
// every payment for those with one spanning months: both give what spreading every payment gives.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { paymentsTouching } from '../../electron/db/dues';
import { memberMonths } from '../../electron/domain/duesMonths';
import { validId } from '../helpers/ids';
import { smallTree, tempApi } from '../helpers/tmp';

// "now" is 2026-11-23 in tempApi.
let t: ReturnType<typeof tempApi>;
let ids: Awaited<ReturnType<typeof smallTree>>;
beforeEach(async () => {
  t = tempApi();
  ids = await smallTree(t);
});
afterEach(() => t.cleanup());

const member = async (name: string, serial: number, orgId: number) =>
  (await t.api.call('members.save', { name, idNumber: validId('19800101', serial), memberType: '正式党员', orgId, joinedOn: '2010-07-01' })).id;
const pay = (memberId: number, paidOn: string, fromMonth: string, toMonth: string, amountFen: number) =>
  t.api.call('dues.recordPayment', { memberId, paidOn, fromMonth, toMonth, amountFen });

describe('党费 year rows', () => {
  it('agree month by month with spreading every payment in the order paid', async () => {
    const monthly = await member('张伟', 1, ids.teachers);
    const spanning = await member('李娜', 3, ids.teachers);
    const noBase = await member('王强', 5, ids.office);
    for (const m of [monthly, spanning]) await t.api.call('dues.saveBase', { memberId: m, fromMonth: '2025-01', kind: '在职', baseFen: 450_000 });
    // Month by month: two payments in March (more than due), none in April, one in May.
    await pay(monthly, '2026-03-05', '2026-03', '2026-03', 3000);
    await pay(monthly, '2026-03-20', '2026-03', '2026-03', 3000);
    await pay(monthly, '2026-05-02', '2026-05', '2026-05', 4500);
    // A payment in June for June, then one spanning May–July that fills May first, then a
    // correction (the voided one must not count), and a spanning one reaching back into 2025.
    await pay(spanning, '2026-06-01', '2026-06', '2026-06', 2000);
    await pay(spanning, '2026-06-10', '2026-05', '2026-07', 9000);
    const wrong = await pay(spanning, '2026-08-01', '2026-08', '2026-08', 99_900);
    await t.api.call('dues.voidPayment', { id: wrong.payments.find((p) => p.amountFen === 99_900)!.id, reason: '金额录错' });
    await pay(spanning, '2026-01-15', '2025-12', '2026-02', 13_500);
    // No base: the payment is shared over its months.
    await pay(noBase, '2026-02-01', '2026-01', '2026-02', 1001);

    const board = await t.api.call('dues.board', { year: 2026, pageSize: 50 });
    const all = paymentsTouching(t.db, '2024-01', '2026-12');
    const months = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`);
    for (const id of [monthly, spanning, noBase]) {
      const row = board.rows.find((r) => r.memberId === id)!;
      const bases = id === noBase ? [] : [{ fromMonth: '2025-01', kind: '在职' as const, baseFen: 450_000, overrideFen: null, overrideReason: null }];
      const expected = memberMonths(bases, all.get(id) ?? [], months, (m) => m <= '2026-11', '2026-10');
      assert.deepEqual(row.months, expected, row.name);
    }
    const paid = (id: number) => board.rows.find((r) => r.memberId === id)!.months.map((m) => m.paid);
    assert.deepEqual(paid(monthly), [0, 0, 6000, 0, 4500, 0, 0, 0, 0, 0, 0, 0]);
    assert.deepEqual(paid(spanning), [4500, 4500, 0, 0, 4500, 4500, 2000, 0, 0, 0, 0, 0]);
    assert.deepEqual(paid(noBase), [500, 501, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    // One branch: the same rows.
    const branch = await t.api.call('dues.board', { year: 2026, orgId: ids.teachers, pageSize: 50 });
    assert.deepEqual(branch.rows.map((r) => r.months), board.rows.filter((r) => r.orgId === ids.teachers).map((r) => r.months));
  });
});
