import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { DEFAULT_RULES } from '../../electron/domain/rules';
import { validId } from '../helpers/ids';
import { smallTree, snapshot, tempApi } from '../helpers/tmp';

// "now" is 2026-11-23 in tempApi.
let t: ReturnType<typeof tempApi>;
let ids: Awaited<ReturnType<typeof smallTree>>;
let people: number[];
beforeEach(async () => {
  t = tempApi();
  ids = await smallTree(t);
  people = [];
  for (const [i, name] of ['张伟', '李娜', '王强', '赵敏'].entries()) {
    people.push((await t.api.call('members.save', { name, idNumber: validId('19850101', i * 2 + 1), memberType: '正式党员', orgId: ids.teachers, joinedOn: '2010-07-01', isLeadership: i === 0 })).id);
  }
  // The four make up the branch committee, so the 支委会 below expects all of them.
  for (const [i, role] of (['书记', '组织委员', '宣传委员', '纪检委员'] as const).entries()) {
    await t.api.call('orgs.saveRole', { orgId: ids.teachers, role, memberId: people[i]!, personName: ['张伟', '李娜', '王强', '赵敏'][i]!, termStart: '2026-01-01' });
  }
});
afterEach(() => t.cleanup());

const attendance = (statuses: ('出席' | '请假' | '缺席')[]) =>
  people.map((memberId, i) => ({ memberId, status: statuses[i] ?? '出席', ...(statuses[i] === '请假' ? { reason: '出差' } : {}) }));

const meeting = (extra: Record<string, unknown> = {}) => ({
  orgId: ids.teachers, type: '支委会' as const, heldOn: '2026-11-05', topic: '研究本月工作', hours: 2, attendance: attendance(['出席', '出席', '请假', '缺席']), ...extra,
});

async function workbook(b64: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(b64, 'base64') as unknown as ArrayBuffer);
  return wb;
}

describe('三会一课 meetings', () => {
  it('derives 应到/实到 from attendance and credits hours only to those present', async () => {
    const { id } = await t.api.call('meetings.save', meeting());
    const m = await t.api.call('meetings.get', { id });
    assert.deepEqual([m.expected, m.present], [4, 2]);
    assert.deepEqual(m.attendance.find((a) => a.status === '请假')!.reason, '出差');
    const credited = await Promise.all(people.map((p) => t.api.call('hours.entries', { memberId: p, year: 2026 })));
    assert.deepEqual(credited.map((e) => e.reduce((s, x) => s + x.hours, 0)), [2, 2, 0, 0]);
  });

  it('a 支委会 expects the committee serving on its date; other meetings the whole branch', async () => {
    const add = async (name: string, serial: number) => (await t.api.call('members.save', { name, idNumber: validId('19900101', serial), memberType: '正式党员', orgId: ids.students, joinedOn: '2012-07-01' })).id;
    const [chen, liu] = [await add('陈刚', 31), await add('刘洋', 33), await add('周敏', 35)];
    await t.api.call('orgs.saveRole', { orgId: ids.students, role: '书记', memberId: chen!, personName: '陈刚', termStart: '2026-01-01' });
    await t.api.call('orgs.saveRole', { orgId: ids.students, role: '组织委员', memberId: liu!, personName: '刘洋', termStart: '2026-06-01' });
    const names = async (type: '支委会' | '支部党员大会', onDate: string) => (await t.api.call('meetings.roster', { orgId: ids.students, onDate, type })).map((p) => p.name);
    assert.deepEqual(await names('支委会', '2026-05-31'), ['陈刚']);
    assert.deepEqual(await names('支委会', '2026-06-01'), ['陈刚', '刘洋']);
    assert.deepEqual(await names('支部党员大会', '2026-06-01'), ['陈刚', '刘洋', '周敏']);
    const { id } = await t.api.call('meetings.save', meeting({ orgId: ids.students, heldOn: '2026-06-10', attendance: [{ memberId: chen!, status: '出席' }, { memberId: liu!, status: '请假', reason: '出差' }] }));
    const m = await t.api.call('meetings.get', { id });
    assert.deepEqual([m.expected, m.present], [2, 1]);
  });

  it('refuses leave without a reason, people outside the branch and a 党课 without lecturer, changing nothing', async () => {
    const before = snapshot(t);
    const leave = await t.api.invoke('meetings.save', { ...meeting(), attendance: people.map((memberId) => ({ memberId, status: '请假' })) });
    assert.match(leave.ok ? '' : leave.error.message, /^出席情况：.+、.+请假，请填写请假原因$/);
    const outsider = (await t.api.call('members.save', { name: '外人', idNumber: validId('19900101', 99), memberType: '正式党员', orgId: ids.office })).id;
    const after1 = snapshot(t);
    const r = await t.api.invoke('meetings.save', { ...meeting(), attendance: [...attendance([]), { memberId: outsider, status: '出席' }] });
    assert.equal(r.ok ? '' : r.error.message, '外人不是“信息工程系教工党支部”当天在任的委员（班子成员），不在2026-11-05支委会的应到范围内；如其列席会议，请记为“列席”');
    const lecture = await t.api.invoke('meetings.save', meeting({ type: '党课' }));
    assert.match(lecture.ok ? '' : lecture.error.message, /党课请填写授课人/);
    assert.equal(before.meetings, after1.meetings);
    assert.deepEqual(snapshot(t), after1);
  });

  it('turns the month done in the compliance matrix, and back to missing when the meeting is deleted', async () => {
    const cell = async () => {
      const mx = await t.api.call('compliance.matrix', { year: 2026, ruleId: 'committee-monthly' });
      return mx.rows.find((r) => r.orgId === ids.teachers)!.cells;
    };
    assert.deepEqual((await cell()).slice(9, 12).map((c) => c.status), ['missing', 'pending', 'notDue']);
    const { id } = await t.api.call('meetings.save', meeting());
    assert.equal((await cell())[10]!.status, 'done');
    const todos = await t.api.call('compliance.todos', {});
    assert.ok(!todos.meetings.some((x) => x.orgId === ids.teachers && x.ruleId === 'committee-monthly'));
    assert.ok(todos.meetings.some((x) => x.orgId === ids.students && x.text === '本月尚未开展支委会'));
    await t.api.call('meetings.delete', { id });
    assert.equal((await cell())[10]!.status, 'pending');
    assert.equal((await t.api.call('hours.entries', { memberId: people[0]!, year: 2026 })).length, 0);
  });

  it('searches the minutes text and filters by branch, type and dates', async () => {
    await t.api.call('meetings.save', meeting({ minutes: '会议讨论了发展党员工作和党费收缴情况' }));
    await t.api.call('meetings.save', meeting({ type: '集中学习', heldOn: '2026-10-09', topic: '学习党章', minutes: '逐条学习党章' }));
    const q = async (filter: Record<string, unknown>) => (await t.api.call('meetings.list', { filter })).rows.map((m) => m.topic);
    assert.deepEqual(await q({ q: '党费收缴' }), ['研究本月工作']);
    assert.deepEqual(await q({ q: '党章' }), ['学习党章']);
    assert.deepEqual(await q({ type: '集中学习' }), ['学习党章']);
    assert.deepEqual(await q({ from: '2026-11-01' }), ['研究本月工作']);
    assert.deepEqual(await q({ orgId: ids.office }), []);
    assert.deepEqual((await q({ orgId: ids.general })).length, 2);
  });

  it('keeps attachments in the data folder by content hash and gives them back', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    const a = await t.api.call('attachments.add', { fileName: '现场照片.png', base64: png.toString('base64') });
    const b = await t.api.call('attachments.add', { fileName: '同一张.png', base64: png.toString('base64') });
    assert.equal(a.sha256, b.sha256);
    const { id } = await t.api.call('meetings.save', meeting({ attachmentIds: [a.id] }));
    const m = await t.api.call('meetings.get', { id });
    assert.deepEqual(m.attachments.map((x) => [x.fileName, x.mime]), [['现场照片.png', 'image/png']]);
    const f = await t.api.call('attachments.get', { id: a.id });
    assert.equal(Buffer.from(f.base64, 'base64').toString('hex'), png.toString('hex'));
    const exe = await t.api.invoke('attachments.add', { fileName: 'virus.exe', base64: png.toString('base64') });
    assert.match(exe.ok ? '' : exe.error.message, /附件只能是/);
  });

  it('lists committee members who owe a 党课 until they give one, once the college enables that rule', async () => {
    assert.equal((await t.api.call('rules.get', {})).lecturesPerCommitteeMember.enabled, false);
    await t.api.call('rules.save', { ...DEFAULT_RULES, lecturesPerCommitteeMember: { ...DEFAULT_RULES.lecturesPerCommitteeMember, enabled: true } });
    const owed = async () => (await t.api.call('compliance.summary', { year: 2026 })).lecturesOwed.rows.map((m) => m.name).sort();
    assert.deepEqual(await owed(), ['张伟', '李娜', '王强', '赵敏'].sort());
    await t.api.call('meetings.save', meeting({ type: '党课', lecturerMemberId: people[0]!, lecturer: '张伟' }));
    assert.deepEqual(await owed(), ['李娜', '王强', '赵敏'].sort());
  });
});

describe('学时', () => {
  // The default is the national yearly 32/56; these tests run the college's quarterly 20/32 setting.
  beforeEach(async () => {
    await t.api.call('rules.save', { ...DEFAULT_RULES, hours: { ...DEFAULT_RULES.hours, active: 'quarterly' } });
  });

  it('flags a member short in an ended quarter until hours are added; leadership needs 32', async () => {
    const summary = async () => (await t.api.call('hours.summary', { filter: { year: 2026 }, pageSize: 50 })).rows.rows;
    const q3 = async (name: string) => (await summary()).find((r) => r.name === name)!.periods[2]!;
    assert.equal((await q3('李娜')).status, 'short');
    await t.api.call('hours.addEntry', { memberId: people[1]!, onDate: '2026-08-10', hours: 19.5, title: '网上党校' });
    assert.deepEqual(await q3('李娜'), { hours: 19.5, status: 'short' });
    await t.api.call('hours.addEntry', { memberId: people[1]!, onDate: '2026-09-30', hours: 0.5, title: '自学' });
    assert.deepEqual(await q3('李娜'), { hours: 20, status: 'ok' });
    await t.api.call('hours.addEntry', { memberId: people[0]!, onDate: '2026-08-10', hours: 20, title: '网上党校' });
    assert.deepEqual(await q3('张伟'), { hours: 20, status: 'short' });
    assert.equal((await summary()).find((r) => r.name === '张伟')!.required, 32);
    assert.equal((await q3('王强')).status, 'short');
    assert.equal((await summary())[0]!.periods[3]!.status, 'pending'); // Q4 still running on 11-23
  });

  it('a training credits every participant; deleting it takes the hours back', async () => {
    const { id } = await t.api.call('trainings.save', { title: '支部书记培训班', kind: '党校培训', startOn: '2026-04-16', endOn: '2026-04-18', hours: 24, participantIds: [people[0]!, people[1]!] });
    const q2 = async () => (await t.api.call('hours.summary', { filter: { year: 2026 }, pageSize: 50 })).rows.rows.map((r) => r.periods[1]!.hours);
    assert.deepEqual((await q2()).sort((a, b) => a - b), [0, 0, 24, 24]);
    const detail = await t.api.call('trainings.get', { id });
    assert.deepEqual(detail.participantNames.sort(), ['张伟', '李娜'].sort());
    await t.api.call('trainings.delete', { id });
    assert.deepEqual((await q2()).filter((h) => h > 0), []);
  });

  it('switches to the yearly profile from the rule set, and reset brings back the national yearly default', async () => {
    await t.api.call('rules.save', { ...DEFAULT_RULES, hours: { ...DEFAULT_RULES.hours, active: 'yearly' } });
    // The four of beforeEach are the committee (56 a year); a member outside it needs 32.
    await t.api.call('members.save', { name: '孙丽', idNumber: validId('19850101', 21), memberType: '正式党员', orgId: ids.teachers, joinedOn: '2010-07-01' });
    const s = await t.api.call('hours.summary', { filter: { year: 2025 } });
    assert.deepEqual([s.profile.per, s.periodLabels], ['year', ['2025年']]);
    assert.deepEqual(s.rows.rows.map((r) => [r.name, r.required]).find(([n]) => n === '孙丽'), ['孙丽', 32]);
    assert.deepEqual(s.rows.rows.map((r) => [r.name, r.required]).find(([n]) => n === '张伟'), ['张伟', 56]);
    await t.api.call('rules.save', { ...DEFAULT_RULES, hours: { ...DEFAULT_RULES.hours, active: 'quarterly' } });
    await t.api.call('rules.reset', {});
    const reset = (await t.api.call('rules.get', {})).hours;
    assert.equal(reset.active, 'yearly');
    assert.match(reset.yearly.source, /^《中国共产党党员教育管理工作条例》/);
  });

  it('imports hours from Excel with row errors, nothing written until valid or valid-only', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('学时');
    ws.addRow(['2026年第三季度学时登记表']);
    ws.addRow(['姓名', '身份证号', '学习日期', '学时', '学习内容']);
    ws.addRow(['李娜', validId('19850101', 3), '2026-08-01', 12, '网上党校']);
    ws.addRow(['李娜', validId('19850101', 3), '2026.8.15', '8', '专题讲座']);
    ws.addRow(['陌生人', validId('19991231', 77), '2026-08-01', 4, '网上党校']);
    // eslint-disable-next-line no-loss-of-precision -- an ID Excel stored as a number, digits lost
    ws.addRow(['王强', 430102198501010051, '2026-08-01', 4, '网上党校']);
    ws.addRow(['王强', validId('19850101', 5), '2026-02-30', 4, '网上党校']);
    ws.addRow(['王强', validId('19850101', 5), '2026-08-03', -1, '网上党校']);
    ws.addRow(['李娜', validId('19850101', 3), '2026-08-01', 12, '网上党校']);
    const base64 = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer).toString('base64');
    const before = snapshot(t);
    const p = await t.api.call('hours.import', { fileName: '学时.xlsx', base64, validOnly: false });
    assert.equal(p.written, false);
    assert.deepEqual(p.errors.map((e) => [e.row, e.column]), [[5, '身份证号'], [6, '身份证号'], [7, '学习日期'], [8, '学时'], [9, '身份证号']]);
    assert.match(p.errors[0]!.message, /花名册中没有身份证号/);
    assert.match(p.errors[4]!.message, /与第 3 行重复/);
    assert.deepEqual(snapshot(t), before);
    const ok = await t.api.call('hours.import', { fileName: '学时.xlsx', base64, validOnly: true });
    assert.deepEqual([ok.written, ok.imported], [true, 2]);
    const li = await t.api.call('hours.entries', { memberId: people[1]!, year: 2026 });
    assert.deepEqual(li.map((e) => [e.onDate, e.hours, e.title]), [['2026-08-15', 8, '专题讲座'], ['2026-08-01', 12, '网上党校']]); // newest first
  });
});

describe('ledgers and reports read back', () => {
  // The quarterly 20/32 is a college's own setting; these ledgers are read under it.
  beforeEach(async () => {
    await t.api.call('rules.save', { ...DEFAULT_RULES, hours: { ...DEFAULT_RULES.hours, active: 'quarterly' } });
  });

  it('三会一课台账: the meetings sheet and the compliance sheet with missing months marked', async () => {
    await t.api.call('meetings.save', meeting());
    const f = await t.api.call('exports.meetingsLedger', { year: 2026 });
    assert.equal(f.fileName, '测试学院党委2026年度三会一课台账.xlsx');
    const wb = await workbook(f.base64);
    assert.deepEqual(wb.worksheets.map((w) => w.name), ['会议记录', '落实情况']);
    const ws = wb.worksheets[0]!;
    assert.equal(ws.getCell('A1').value, '测试学院党委2026年度三会一课台账');
    assert.deepEqual((ws.getRow(4).values as unknown[]).slice(1), [1, new Date(Date.UTC(2026, 10, 5)), '信息工程系教工党支部', '支委会', '研究本月工作', 4, 2, 0.5, 2], 'a date cell, counts and 出席率 as numbers');
    assert.deepEqual([ws.getCell('B4').numFmt, ws.getCell('H4').numFmt], ['yyyy-mm-dd', '0.0%']);
    const c = wb.worksheets[1]!;
    const header = (c.getRow(3).values as unknown[]).slice(1);
    const row = [...Array(c.rowCount).keys()].map((i) => c.getRow(i + 1)).find((r) => r.getCell(2).value === '信息工程系教工党支部' && r.getCell(3).value === '支委会')!;
    assert.equal(row.getCell(header.indexOf('10月') + 1).value, '缺');
    assert.equal(row.getCell(header.indexOf('11月') + 1).value, '1');
    assert.equal((row.getCell(header.indexOf('10月') + 1).fill as { fgColor?: { argb?: string } }).fgColor?.argb, 'FFFFC7CE');
  });

  it('学时统计台账: quarters, threshold and shortfalls in red, and the branch summary', async () => {
    await t.api.call('hours.addEntry', { memberId: people[1]!, onDate: '2026-08-10', hours: 25, title: '网上党校' });
    const wb = await workbook((await t.api.call('exports.hoursLedger', { year: 2026 })).base64);
    assert.deepEqual(wb.worksheets.map((w) => w.name), ['学时统计', '支部汇总']);
    const ws = wb.worksheets[0]!;
    const header = (ws.getRow(3).values as unknown[]).slice(1);
    const col = (h: string) => header.indexOf(h) + 1;
    const li = [4, 5, 6, 7].map((r) => ws.getRow(r)).find((r) => r.getCell(col('姓名')).value === '李娜')!;
    assert.equal(li.getCell(col('第三季度')).value, 25);
    assert.equal(li.getCell(col('每季度要求')).value, 20);
    assert.equal((li.getCell(col('第二季度')).fill as { fgColor?: { argb?: string } }).fgColor?.argb, 'FFFFC7CE');
    assert.equal((li.getCell(col('第三季度')).fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb, undefined);
    const zhang = [4, 5, 6, 7].map((r) => ws.getRow(r)).find((r) => r.getCell(col('姓名')).value === '张伟')!;
    assert.equal(zhang.getCell(col('每季度要求')).value, 32);
    const sum = wb.worksheets[1]!;
    assert.equal(sum.getRow(4).getCell(2).value, '信息工程系教工党支部');
  });

  it('会议记录 and 学时情况报告 as Word documents with the real figures', async () => {
    const { id } = await t.api.call('meetings.save', meeting({ minutes: '会议研究了本月工作。\n决定下周开展主题党日。' }));
    const text = async (b64: string) => {
      const zip = await JSZip.loadAsync(Buffer.from(b64, 'base64'));
      return (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    };
    const minutes = await text((await t.api.call('exports.minutes', { meetingId: id })).base64);
    assert.match(minutes, /信息工程系教工党支部支委会会议记录/);
    assert.match(minutes, /应到：4人（会议当天在任的委员会委员（班子成员））/);
    assert.match(minutes, /实到：2人：李娜、张伟/);
    assert.match(minutes, /请假：王强（出差）/);
    assert.match(minutes, /缺席：赵敏/);
    assert.match(minutes, /列席：无/);
    assert.match(minutes, /决定下周开展主题党日。/);
    await t.api.call('hours.addEntry', { memberId: people[1]!, onDate: '2026-08-10', hours: 25, title: '网上党校' });
    const report = await text((await t.api.call('exports.hoursReport', { year: 2026, quarter: 3 })).base64);
    assert.match(report, /关于测试学院党委2026年第三季度党员教育培训学时情况的报告/);
    assert.match(report, /第三季度，参加考核党员4名，人均6\.3学时；达到要求1名，达标率25%；未达到要求3名。/);
    assert.match(report, /【请在此补充存在的问题/);
  });
});

describe('回收站', () => {
  const hoursOf = async (p: number) => (await t.api.call('hours.entries', { memberId: p, year: 2026 })).reduce((s, x) => s + x.hours, 0);

  it('keeps a deleted meeting with who and when, and restores it with the hours it credited', async () => {
    const { id } = await t.api.call('meetings.save', meeting());
    await t.api.call('meetings.delete', { id });
    assert.equal(await hoursOf(people[0]!), 0);
    const bin = await t.api.call('recycle.list', {});
    assert.deepEqual(bin.rows.map((r) => [r.kind, r.id, r.title, r.detail, r.deletedBy]), [['meeting', id, '支委会：研究本月工作', '信息工程系教工党支部', '测试员']]);
    await t.api.call('recycle.restore', { items: [{ kind: 'meeting', id }] });
    assert.equal((await t.api.call('meetings.get', { id })).topic, '研究本月工作');
    assert.equal(await hoursOf(people[0]!), 2);
    assert.equal((await t.api.call('recycle.list', {})).total, 0);
  });

  it('restores a meeting without bringing back a personal entry deleted on its own', async () => {
    const { id } = await t.api.call('meetings.save', meeting());
    const own = await t.api.call('hours.addEntry', { memberId: people[0]!, onDate: '2026-11-10', hours: 3, title: '网络学习' });
    await t.api.call('hours.deleteEntry', { id: own.id });
    await t.api.call('meetings.delete', { id });
    assert.deepEqual((await t.api.call('recycle.list', { kind: 'hourEntry' })).rows.map((r) => [r.title, r.detail]), [['网络学习', '张伟，3 学时']]);
    await t.api.call('recycle.restore', { items: [{ kind: 'meeting', id }] });
    assert.equal(await hoursOf(people[0]!), 2);
    await t.api.call('recycle.restore', { items: [{ kind: 'hourEntry', id: own.id }] });
    assert.equal(await hoursOf(people[0]!), 5);
  });

  it('purges a training for good, and refuses an item that is not in the bin, changing nothing', async () => {
    const tr = await t.api.call('trainings.save', { title: '党校轮训', kind: '党校培训', startOn: '2026-10-08', endOn: '2026-10-10', hours: 8, participantIds: [people[1]!] });
    await t.api.call('trainings.delete', { id: tr.id });
    const { id } = await t.api.call('meetings.save', meeting());
    const before = t.db.prepare('SELECT count(*) AS n FROM audit_log').get();
    const r = await t.api.invoke('recycle.purge', { items: [{ kind: 'training', id: tr.id }, { kind: 'meeting', id }] });
    assert.match(r.ok ? '' : r.error.message, /回收站中的“会议”记录/);
    assert.equal((await t.api.call('recycle.list', {})).total, 1);
    assert.deepEqual(t.db.prepare('SELECT count(*) AS n FROM audit_log').get(), before);
    await t.api.call('recycle.purge', { items: [{ kind: 'training', id: tr.id }] });
    assert.equal((await t.api.call('recycle.list', {})).total, 0);
    assert.equal((t.db.prepare('SELECT count(*) AS n FROM hour_entries WHERE training_id = ?').get(tr.id) as { n: number }).n, 0);
    const audit = await t.api.call('audit.list', { table: 'trainings', recordId: tr.id });
    assert.deepEqual(audit.rows.map((a) => [a.action, a.actor]), [['purge', '测试员'], ['delete', '测试员'], ['create', '测试员']]);
  });
});
