// Who may hold a role or an honour, and when 转正 may be: refused at each boundary through the
// API with a Chinese message naming the person and dates, nothing written; stored breaches listed.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { seed } from '../../electron/seed/seed';
import { validId } from '../helpers/ids';
import { smallTree, snapshot, tempApi } from '../helpers/tmp';

let t: ReturnType<typeof tempApi>;
let ids: Awaited<ReturnType<typeof smallTree>>;
beforeEach(async () => {
  t = tempApi();
  ids = await smallTree(t);
});
afterEach(() => t.cleanup());

let serial = 1;
const person = async (name: string, joinedOn: string, confirmedOn: string | null, orgId = ids.teachers) =>
  (await t.api.call('members.save', { name, idNumber: validId('19900101', serial++ * 2 + 1), memberType: confirmedOn ? ('正式党员' as const) : ('预备党员' as const), orgId, joinedOn, confirmedOn })).id;

/** The refusal's message, after checking that nothing was written. */
async function refused(method: Parameters<typeof t.api.invoke>[0], input: unknown): Promise<string> {
  const before = snapshot(t);
  const r = await t.api.invoke(method, input as never);
  assert.deepEqual(snapshot(t), before);
  return r.ok ? 'accepted' : r.error.message;
}

describe('committee roles', () => {
  it('a 书记 must be a 正式党员 on the start date: the day of 转正 passes, the day before is refused', async () => {
    const wang = await person('王芳', '2024-06-01', '2025-06-01');
    const role = { orgId: ids.teachers, role: '书记' as const, memberId: wang, personName: '王芳' };
    assert.match(await refused('orgs.saveRole', { ...role, termStart: '2025-05-31' }), /王芳自2025年5月31日任书记，但2025年6月1日才转正，任职时是预备党员；书记和委员应由正式党员担任（依据：《中国共产党支部工作条例（试行）》/);
    assert.ok((await t.api.call('orgs.saveRole', { ...role, termStart: '2025-06-01' })).id > 0);
  });

  it('a 组织委员 who is still 预备党员 is refused; no one holds any role before joining', async () => {
    const li = await person('李强', '2026-03-01', null);
    assert.match(await refused('orgs.saveRole', { orgId: ids.teachers, role: '组织委员', memberId: li, personName: '李强', termStart: '2026-06-01' }), /李强自2026年6月1日任组织委员，但尚未转正/);
    assert.match(await refused('orgs.saveRole', { orgId: ids.teachers, role: '组长', memberId: li, personName: '李强', termStart: '2026-02-28' }), /李强自2026年2月28日任组长，但入党时间为2026年3月1日，任职时还不是党员/);
    assert.ok((await t.api.call('orgs.saveRole', { orgId: ids.teachers, role: '组长', memberId: li, personName: '李强', termStart: '2026-03-01' })).id > 0);
  });
});

describe('honours', () => {
  it('优秀共产党员 only for 正式党员 on the round date', async () => {
    const zhao = await person('赵敏', '2025-06-01', '2026-06-01');
    const round = (await t.api.call('awards.save', { year: 2026, title: '优秀共产党员', target: 'member', criteria: '条件', quota: 2, decidedOn: '2026-05-31' })).id;
    const nominee = { roundId: round, orgId: ids.teachers, memberId: zhao, byOrg: true, byMasses: false };
    assert.match(await refused('awards.saveNominee', nominee), /赵敏在2026年5月31日（评选日期）是预备党员（2026年6月1日才转正），不能推荐为“优秀共产党员”/);
    await t.api.call('awards.save', { id: round, year: 2026, title: '优秀共产党员', target: 'member', criteria: '条件', quota: 2, decidedOn: '2026-06-01' });
    assert.ok((await t.api.call('awards.saveNominee', nominee)).id > 0);
  });

  it('先进基层党组织 only for an organisation that existed through the whole year', async () => {
    const late = (await t.api.call('orgs.create', { parentId: ids.general, kind: 'branch', name: '新建党支部', category: '教职工', foundedOn: '2026-01-02' })).id;
    const early = (await t.api.call('orgs.create', { parentId: ids.general, kind: 'branch', name: '年初党支部', category: '教职工', foundedOn: '2026-01-01' })).id;
    const round = (await t.api.call('awards.save', { year: 2026, title: '先进基层党组织', target: 'org', criteria: '条件', quota: 2 })).id;
    assert.match(await refused('awards.saveNominee', { roundId: round, orgId: late, byOrg: true, byMasses: false }), /“新建党支部”2026年1月2日成立，没有完整经历2026年全年，不能推荐为“先进基层党组织”/);
    assert.ok((await t.api.call('awards.saveNominee', { roundId: round, orgId: early, byOrg: true, byMasses: false })).id > 0);
  });
});

describe('转正 dates', () => {
  it('not before one year from 接收: the anniversary passes, the day before is refused', async () => {
    const input = { name: '孙丽', idNumber: validId('19950101', 7), memberType: '正式党员' as const, orgId: ids.teachers, joinedOn: '2025-03-10' };
    assert.match(await refused('members.save', { ...input, confirmedOn: '2026-03-09' }), /孙丽2025年3月10日接收为预备党员，预备期到2026年3月10日期满，转正时间2026年3月9日早于预备期满（依据：《中国共产党发展党员工作细则》/);
    assert.ok((await t.api.call('members.save', { ...input, confirmedOn: '2026-03-10' })).id > 0);
  });
});

describe('stored records', () => {
  it('check and 工作台 list a role held by someone who has since been recorded as 预备党员', async () => {
    const wang = await person('王芳', '2024-06-01', '2025-06-01');
    await t.api.call('orgs.saveRole', { orgId: ids.teachers, role: '书记', memberId: wang, personName: '王芳', termStart: '2025-07-01' });
    t.db.prepare("UPDATE members SET confirmed_on = '2025-09-01' WHERE id = ?").run(wang);
    const check = await t.api.call('system.check', {});
    assert.equal(check.ok, false);
    assert.deepEqual(check.problems.filter((p) => p.startsWith('王芳')).length, 1);
    const dash = await t.api.call('system.dashboard', {});
    assert.deepEqual(dash.eligibility.map((f) => f.rule), ['role-probationary']);
  });

  it('the freshly seeded demo data breaks none of these rules', async () => {
    const demo = tempApi();
    try {
      seed(demo.db, 'demo', new Date('2026-11-23T09:00:00+08:00'));
      assert.deepEqual((await demo.api.call('system.dashboard', {})).eligibility, []);
      assert.deepEqual(await demo.api.call('system.check', {}), { ok: true, problems: [] });
    } finally {
      demo.cleanup();
    }
  });
});
