import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { smallTree, snapshot, tempApi } from '../helpers/tmp';
import { validId } from '../helpers/ids';

let t: ReturnType<typeof tempApi>;
let ids: Awaited<ReturnType<typeof smallTree>>;
beforeEach(async () => {
  t = tempApi();
  ids = await smallTree(t);
});
afterEach(() => t.cleanup());

const add = (name: string, birth: string, serial: number, orgId: number, extra: Record<string, unknown> = {}) =>
  t.api.call('members.save', { name, idNumber: validId(birth, serial), memberType: '正式党员', orgId, ...extra });

describe('党员花名册 through the API registry', () => {
  it('adds a member, normalising the name and ID and filling gender and birth date from the ID', async () => {
    const id = validId('19800115', 13);
    const r = await t.api.call('members.save', { name: '李　建国', idNumber: ` ${id.slice(0, 17)}${id[17]!.toLowerCase()} `, memberType: '正式党员', orgId: ids.teachers });
    const { member, events } = await t.api.call('members.get', { id: r.id });
    assert.equal(member.name, '李建国');
    assert.equal(member.idNumber, id);
    assert.equal(member.gender, '男');
    assert.equal(member.birthDate, '1980-01-15');
    assert.equal(member.status, '在册');
    assert.deepEqual(events.map((e) => e.kind), ['created']);
  });

  it('refuses a second member with the same ID, naming who holds it', async () => {
    await add('李建国', '19800115', 13, ids.teachers);
    const before = snapshot(t);
    const r = await t.api.invoke('members.save', { name: '李四', idNumber: validId('19800115', 13), memberType: '正式党员', orgId: ids.office });
    assert.equal(r.ok ? '' : r.error.message, `身份证号 ${validId('19800115', 13)} 已登记为 李建国（信息工程系教工党支部），请直接编辑该党员`);
    assert.deepEqual(snapshot(t), before);
  });

  it('refuses invalid IDs, members outside a 党支部 and inconsistent dates, per field', async () => {
    const bad = await t.api.invoke('members.save', { name: '王芳', idNumber: '110105194912310021', memberType: '正式党员', orgId: ids.teachers });
    assert.match(bad.ok ? '' : bad.error.fields?.idNumber ?? '', /校验位不符/);
    const general = await t.api.invoke('members.save', { name: '王芳', idNumber: validId('19920304', 24), memberType: '正式党员', orgId: ids.general });
    assert.equal(general.ok ? '' : general.error.message, '党员应编入党支部，“信息工程系党总支”不是党支部');
    const dates = await t.api.invoke('members.save', { name: '王芳', idNumber: validId('19920304', 24), memberType: '正式党员', orgId: ids.teachers, joinedOn: '2015-06-01', confirmedOn: '2014-06-01' });
    assert.equal(dates.ok ? '' : dates.error.fields?.confirmedOn, '转正时间不能早于入党时间');
  });

  it('lists with paging in SQL, filters by subtree, category, type and status', async () => {
    for (let i = 0; i < 25; i++) await add(`教师${i}`, '19850101', i * 2 + 1, ids.teachers);
    await add('学生甲', '20040101', 3, ids.students, { memberType: '预备党员', personCategory: '学生' });
    await add('机关乙', '19700101', 5, ids.office);
    const page2 = await t.api.call('members.list', { filter: { orgId: ids.general }, page: 2, pageSize: 10 });
    assert.equal(page2.total, 26);
    assert.equal(page2.rows.length, 10);
    const direct = await t.api.call('members.list', { filter: { orgId: ids.general, includeSubOrgs: false } });
    assert.equal(direct.total, 0);
    const students = await t.api.call('members.list', { filter: { branchCategory: '学生' } });
    assert.deepEqual(students.rows.map((m) => m.name), ['学生甲']);
    const probationary = await t.api.call('members.list', { filter: { memberType: '预备党员' } });
    assert.equal(probationary.total, 1);
    const all = await t.api.call('members.list', { filter: {}, pageSize: 200 });
    assert.equal(all.total, 27);
  });

  it('finds members by pinyin initials, by part of the name and by part of the ID', async () => {
    await add('李建国', '19800115', 13, ids.teachers);
    await add('李娟', '19850220', 22, ids.teachers);
    await add('王建军', '19900505', 33, ids.office);
    const names = async (q: string) => (await t.api.call('members.list', { filter: { q } })).rows.map((m) => m.name).sort();
    assert.deepEqual(await names('ljg'), ['李建国']);
    assert.deepEqual(await names('LJ'), ['李娟', '李建国'].sort());
    assert.deepEqual(await names('建'), ['李建国', '王建军'].sort());
    assert.deepEqual(await names('19900505'), ['王建军']);
    assert.deepEqual(await names(validId('19850220', 22).slice(-4)), ['李娟']);
    assert.deepEqual(await names('%'), (await names('')).sort());
  });

  it('changes status with date and reason instead of deleting, and keeps history', async () => {
    const m = await add('李建国', '19800115', 13, ids.teachers);
    const noReason = await t.api.invoke('members.changeStatus', { id: m.id, status: '转出', onDate: '2026-06-30', reason: '' });
    assert.equal(noReason.ok ? '' : noReason.error.fields?.reason, '请填写原因');
    await t.api.call('members.changeStatus', { id: m.id, status: '转出', onDate: '2026-06-30', reason: '组织关系转往湖南大学党委' });
    const active = await t.api.call('members.list', { filter: { status: '在册' } });
    assert.equal(active.total, 0);
    const out = await t.api.call('members.list', { filter: { status: '转出' } });
    assert.deepEqual(out.rows.map((r) => [r.name, r.statusDate, r.statusReason]), [['李建国', '2026-06-30', '组织关系转往湖南大学党委']]);
    const { events } = await t.api.call('members.get', { id: m.id });
    assert.deepEqual(events.map((e) => [e.kind, e.fromValue, e.toValue, e.onDate]).sort(), [
      ['created', null, '信息工程系教工党支部', '2026-11-23'],
      ['status', '在册', '转出', '2026-06-30'],
    ]);
  });

  it('transfers between branches with a dated event; editing cannot silently move a member', async () => {
    const m = await add('李建国', '19800115', 13, ids.teachers);
    const sneaky = await t.api.invoke('members.save', { id: m.id, name: '李建国', idNumber: validId('19800115', 13), memberType: '正式党员', orgId: ids.office });
    assert.equal(sneaky.ok, false);
    await t.api.call('members.transfer', { id: m.id, orgId: ids.office, onDate: '2026-03-01', reason: '工作调动' });
    const { member, events } = await t.api.call('members.get', { id: m.id });
    assert.equal(member.orgName, '机关党支部');
    const transfer = events.find((e) => e.kind === 'transfer')!;
    assert.deepEqual([transfer.fromValue, transfer.toValue, transfer.onDate, transfer.reason], ['信息工程系教工党支部', '机关党支部', '2026-03-01', '工作调动']);
  });
});
