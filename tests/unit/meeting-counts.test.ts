// The trigger-kept meeting counts agree with counting the meetings, whatever happens to them.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { validId } from '../helpers/ids';
import { smallTree, tempApi } from '../helpers/tmp';

let t: ReturnType<typeof tempApi>;
let ids: Awaited<ReturnType<typeof smallTree>>;
beforeEach(async () => {
  t = tempApi();
  ids = await smallTree(t);
  await t.api.call('members.save', { name: '张伟', idNumber: validId('19850101', 1), memberType: '正式党员', orgId: ids.teachers });
});
afterEach(() => t.cleanup());

const kept = () => t.db.prepare('SELECT month, org_id, type, n FROM meeting_counts WHERE n > 0 ORDER BY 1, 2, 3').all();
const counted = () => t.db.prepare('SELECT substr(held_on, 1, 7) AS month, org_id, type, count(*) AS n FROM meetings WHERE deleted_at IS NULL GROUP BY 1, 2, 3 ORDER BY 1, 2, 3').all();

describe('meeting counts kept by triggers', () => {
  it('follow saving, moving to another month or type, deleting, restoring and purging', async () => {
    const m = (heldOn: string, type: '支委会' | '党课' = '支委会') => ({ orgId: ids.teachers, type, heldOn, topic: '研究工作', hours: 1, attendance: [], ...(type === '党课' ? { lecturer: '张伟' } : {}) });
    const a = await t.api.call('meetings.save', m('2026-03-05'));
    const b = await t.api.call('meetings.save', m('2026-03-20'));
    await t.api.call('meetings.save', m('2026-04-02', '党课'));
    assert.deepEqual(kept(), counted());
    await t.api.call('meetings.save', { id: b.id, ...m('2026-05-20', '党课') });
    assert.deepEqual(kept(), counted());
    await t.api.call('meetings.delete', { id: a.id });
    assert.deepEqual(kept(), counted());
    await t.api.call('recycle.restore', { items: [{ kind: 'meeting', id: a.id }] });
    assert.deepEqual(kept(), counted());
    await t.api.call('meetings.delete', { id: a.id });
    await t.api.call('recycle.purge', { items: [{ kind: 'meeting', id: a.id }] });
    assert.deepEqual(kept(), counted());
    assert.deepEqual(
      (await t.api.call('compliance.matrix', { year: 2026, orgId: ids.teachers, ruleId: 'committee-monthly' })).rows[0]!.cells.slice(2, 5).map((c) => c.count),
      [0, 0, 0],
    );
  });
});
