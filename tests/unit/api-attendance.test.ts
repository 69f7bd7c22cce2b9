// Attendance follows the body that meets (domain/attendance), through the API: who is expected,
// who is refused by name unless 列席, 党小组会 held by a 党小组, and date changes that would make
// a role or an honour ineligible. Every refusal writes nothing.
import assert from 'node:assert/strict';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { validId } from '../helpers/ids';
import { smallTree, snapshot, tempApi } from '../helpers/tmp';

let t: ReturnType<typeof tempApi>;
let ids: Awaited<ReturnType<typeof smallTree>>;
let p: Record<string, number>;
beforeEach(async () => {
  t = tempApi();
  ids = await smallTree(t);
  p = {};
  // 张伟 书记 and 李娜 组织委员 form the committee; 王强 and 赵敏 are members; 陈晨 is a 预备党员.
  const people: [string, string, string | null][] = [['张伟', '2005-07-01', '2006-07-01'], ['李娜', '2008-07-01', '2009-07-01'], ['王强', '2012-07-01', '2013-07-01'], ['赵敏', '2015-07-01', '2016-07-01'], ['陈晨', '2026-04-01', null]];
  for (const [i, [name, joinedOn, confirmedOn]] of people.entries()) {
    p[name] = (await t.api.call('members.save', { name, idNumber: validId('19850101', i * 2 + 1), memberType: confirmedOn ? '正式党员' : '预备党员', orgId: ids.teachers, joinedOn, confirmedOn })).id;
  }
  await t.api.call('orgs.saveRole', { orgId: ids.teachers, role: '书记', memberId: p.张伟!, personName: '张伟', termStart: '2025-01-01' });
  await t.api.call('orgs.saveRole', { orgId: ids.teachers, role: '组织委员', memberId: p.李娜!, personName: '李娜', termStart: '2025-01-01' });
});
afterEach(() => t.cleanup());

const rows = () => Object.fromEntries(['meetings', 'meeting_attendance', 'hour_entries', 'group_members'].map((x) => [x, (t.db.prepare(`SELECT count(*) AS n FROM ${x}`).get() as { n: number }).n]));
const state = () => ({ ...snapshot(t), ...rows() });
const refusal = async (method: 'meetings.save' | 'orgs.setGroupMembers' | 'members.save' | 'awards.save', input: unknown) => {
  const before = state();
  const r = await t.api.invoke(method, input as never);
  assert.deepEqual(state(), before);
  return r.ok ? '(accepted)' : r.error.message;
};
const docText = async (b64: string) => (await (await JSZip.loadAsync(Buffer.from(b64, 'base64'))).file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');

describe('who is expected follows the meeting type', () => {
  it('支委会: the committee is 应到; a member outside it is refused by name unless recorded as 列席, and then credited but not counted', async () => {
    assert.deepEqual((await t.api.call('meetings.roster', { orgId: ids.teachers, onDate: '2026-11-05', type: '支委会' })).map((r) => r.name), ['李娜', '张伟']);
    const base = { orgId: ids.teachers, type: '支委会' as const, heldOn: '2026-11-05', topic: '研究发展党员工作', hours: 1 };
    const committee = [{ memberId: p.张伟!, status: '出席' as const }, { memberId: p.李娜!, status: '请假' as const, reason: '出差' }];
    assert.equal(
      await refusal('meetings.save', { ...base, attendance: [...committee, { memberId: p.王强!, status: '出席' }] }),
      '王强不是“信息工程系教工党支部”当天在任的委员（班子成员），不在2026-11-05支委会的应到范围内；如其列席会议，请记为“列席”',
    );
    assert.equal(await refusal('meetings.save', { ...base, attendance: [{ ...committee[0]!, sitsIn: true }] }), '张伟是本次支委会的应到人员，不能记为列席');
    const { id } = await t.api.call('meetings.save', { ...base, attendance: [...committee, { memberId: p.王强!, status: '出席', sitsIn: true }] });
    const m = await t.api.call('meetings.get', { id });
    assert.deepEqual([m.expected, m.present], [2, 1]);
    const credited = async (name: string) => (await t.api.call('hours.entries', { memberId: p[name]!, year: 2026 })).filter((e) => e.source === '会议').length;
    assert.deepEqual([await credited('张伟'), await credited('李娜'), await credited('王强')], [1, 0, 1]);

    const minutes = await docText((await t.api.call('exports.minutes', { meetingId: id })).base64);
    assert.match(minutes, /应到：2人（会议当天在任的委员会委员（班子成员））/);
    assert.match(minutes, /实到：1人：张伟/);
    assert.match(minutes, /请假：李娜（出差）/);
    assert.match(minutes, /缺席：无/);
    assert.match(minutes, /列席：王强/);
    assert.match(minutes, /有表决权的正式党员应到2人，实到1人/);
    // One of two is not more than half.
    assert.match(minutes, /到会委员未超过半数/);
  });

  it('支部党员大会: every 正式 and 预备党员 is 应到; the minutes say the 预备党员 has no vote', async () => {
    const roster = await t.api.call('meetings.roster', { orgId: ids.teachers, onDate: '2026-11-05', type: '支部党员大会' });
    assert.deepEqual(roster.map((r) => [r.name, r.memberType]), [['陈晨', '预备党员'], ['李娜', '正式党员'], ['王强', '正式党员'], ['张伟', '正式党员'], ['赵敏', '正式党员']]);
    const { id } = await t.api.call('meetings.save', { orgId: ids.teachers, type: '支部党员大会', heldOn: '2026-11-05', topic: '讨论接收预备党员', hours: 1, attendance: roster.map((r) => ({ memberId: r.memberId, status: '出席' as const })) });
    const minutes = await docText((await t.api.call('exports.minutes', { meetingId: id })).base64);
    assert.match(minutes, /应到：5人（会议当天在册的正式党员和预备党员）/);
    assert.match(minutes, /有表决权的正式党员应到4人，实到4人；预备党员陈晨出席，无表决权/);
  });

  it('领导班子集体学习 of the 党总支 expects its 班子', async () => {
    await t.api.call('orgs.saveRole', { orgId: ids.general, role: '书记', memberId: p.赵敏!, personName: '赵敏', termStart: '2025-01-01' });
    assert.deepEqual((await t.api.call('meetings.roster', { orgId: ids.general, onDate: '2026-11-05', type: '领导班子集体学习' })).map((r) => r.name), ['赵敏']);
    const { id } = await t.api.call('meetings.save', { orgId: ids.general, type: '领导班子集体学习', heldOn: '2026-11-05', topic: '学习民主集中制', hours: 2, attendance: [{ memberId: p.赵敏!, status: '出席' }] });
    assert.deepEqual(((await t.api.call('meetings.get', { id })).expected), 1);
  });

  it('党小组会: held by a 党小组, expecting its members, counted for its branch', async () => {
    const group = (await t.api.call('orgs.create', { parentId: ids.teachers, kind: 'group', name: '第一党小组' })).id;
    assert.equal(await refusal('orgs.setGroupMembers', { groupId: group, memberIds: [p.王强!, 999] }), '找不到该党员，可能已被修改，请刷新后重试');
    const outsider = (await t.api.call('members.save', { name: '刘洋', idNumber: validId('19900101', 41), memberType: '正式党员', orgId: ids.office, joinedOn: '2015-01-01' })).id;
    assert.equal(await refusal('orgs.setGroupMembers', { groupId: group, memberIds: [outsider] }), '刘洋不是“信息工程系教工党支部”的在册党员，不能编入“第一党小组”');
    await t.api.call('orgs.setGroupMembers', { groupId: group, memberIds: [p.王强!, p.赵敏!] });
    assert.deepEqual((await t.api.call('orgs.groupMembers', { groupId: group })).map((r) => r.name), ['王强', '赵敏']);
    assert.deepEqual((await t.api.call('meetings.roster', { orgId: group, onDate: '2026-11-05', type: '党小组会' })).map((r) => r.name), ['王强', '赵敏']);

    const base = { type: '党小组会' as const, heldOn: '2026-10-15', topic: '交流学习心得', hours: 1 };
    assert.equal(await refusal('meetings.save', { ...base, orgId: ids.teachers, attendance: [] }), '党小组会应记在党小组名下，不能记在党支部名下');
    assert.equal(await refusal('meetings.save', { ...base, orgId: group, type: '支委会', attendance: [] }), '支委会应记在党总支、党支部名下，不能记在党小组名下');
    assert.equal(
      await refusal('meetings.save', { ...base, orgId: group, attendance: [{ memberId: p.张伟!, status: '出席' }] }),
      '张伟不是“第一党小组”的党小组成员，不在2026-10-15党小组会的应到范围内；如其列席会议，请记为“列席”',
    );
    await t.api.call('meetings.save', { ...base, orgId: group, attendance: [{ memberId: p.王强!, status: '出席' }, { memberId: p.赵敏!, status: '出席' }] });
    const cell = async () => {
      const mx = await t.api.call('compliance.matrix', { year: 2026 });
      return mx.rules.find((r) => r.rule.id === 'group-monthly')!.rows.find((r) => r.orgId === ids.teachers)!.cells[9]!;
    };
    assert.deepEqual(await cell(), { status: 'done', count: 1 });
  });

  it('check lists a stored attendance row that is outside the body (a role ended before the meeting)', async () => {
    const { id } = await t.api.call('meetings.save', { orgId: ids.teachers, type: '支委会', heldOn: '2026-11-05', topic: '研究工作', hours: 0, attendance: [{ memberId: p.张伟!, status: '出席' }, { memberId: p.李娜!, status: '出席' }] });
    assert.ok(id);
    assert.deepEqual((await t.api.call('system.check', {})).problems, []);
    const role = (await t.api.call('orgs.get', { id: ids.teachers })).roles.find((r) => r.personName === '李娜')!;
    await t.api.call('orgs.endRole', { id: role.id, endedOn: '2026-10-31' });
    assert.deepEqual((await t.api.call('system.check', {})).problems, [
      '2026-11-05“信息工程系教工党支部”支委会：李娜不是当天在任的委员（班子成员），却记为应到人员；应改记为列席（依据：《中国共产党支部工作条例（试行）》，应到人员为召开会议的组织的成员）',
    ]);
  });
});

describe('a date change may not make a role or an honour ineligible', () => {
  it('refuses moving a 书记’s 转正 date after the term began, naming the person and the dates; other edits still save', async () => {
    const m = (await t.api.call('members.get', { id: p.张伟! })).member;
    const input = { id: m.id, name: m.name, idNumber: m.idNumber, memberType: m.memberType, orgId: m.orgId, joinedOn: '2024-03-01', confirmedOn: '2025-03-01' };
    assert.equal(
      await refusal('members.save', input),
      '不能这样修改：张伟自2025年1月1日任书记，但2025年3月1日才转正，任职时是预备党员；书记和委员应由正式党员担任（“信息工程系教工党支部”的任职记录；依据：《中国共产党支部工作条例（试行）》（2018）；《中国共产党章程》：预备党员没有表决权、选举权和被选举权）。如日期确实如此，请先调整任职记录',
    );
    await t.api.call('members.save', { ...input, joinedOn: '2005-07-01', confirmedOn: '2006-07-01', phone: '13800000000' });
  });

  it('refuses moving a round’s date before a nominee’s 转正', async () => {
    const round = await t.api.call('awards.save', { year: 2026, title: '优秀共产党员', target: 'member', criteria: '正式党员', quota: 2, decidedOn: '2026-06-20' });
    await t.api.call('members.save', { id: p.陈晨!, name: '陈晨', idNumber: validId('19850101', 9), memberType: '正式党员', orgId: ids.teachers, joinedOn: '2025-04-01', confirmedOn: '2026-04-01' });
    await t.api.call('awards.saveNominee', { roundId: round.id, orgId: ids.teachers, memberId: p.陈晨!, byOrg: true, byMasses: false });
    assert.equal(
      await refusal('awards.save', { id: round.id, year: 2026, title: '优秀共产党员', target: 'member', criteria: '正式党员', quota: 2, decidedOn: '2026-03-20' }),
      '不能这样修改评选日期：陈晨在2026年3月20日（评选日期）是预备党员（2026年4月1日才转正），不能推荐为“优秀共产党员”（依据：优秀共产党员评选条件：正式党员）。请先从推荐名单中移除，或改用其符合条件的日期',
    );
  });
});
