import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { cli as runCli } from '../helpers/cli';
import { validId } from '../helpers/ids';
import { smallTree, tempApi } from '../helpers/tmp';

// "now" is 2026-11-23 in tempApi.
let t: ReturnType<typeof tempApi>;
let ids: Awaited<ReturnType<typeof smallTree>>;
beforeEach(async () => {
  t = tempApi();
  ids = await smallTree(t);
  await t.api.call('members.save', { name: '张伟', idNumber: validId('19800101', 1), memberType: '正式党员', orgId: ids.students, joinedOn: '2005-07-01', confirmedOn: '2006-07-01' });
  await t.api.call('members.save', { name: '李娜', idNumber: validId('19810101', 2), memberType: '正式党员', orgId: ids.students, joinedOn: '2006-07-01', confirmedOn: '2007-07-01' });
});
afterEach(() => t.cleanup());

async function workbook(rows: (string | number | null)[][]): Promise<{ fileName: string; base64: string }> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('发展党员');
  ws.addRow(['2026年信息工程系发展党员台账']);
  for (const r of rows) ws.addRow(r);
  return { fileName: '发展党员台账.xlsx', base64: Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer).toString('base64') };
}

// Header variants as clerks write them: 日期 for 时间, the vote pair repeated for 转正.
const HEADER = ['序号', '姓名', '身份证号', '所在党支部', '申请入党日期', '谈话时间', '确定为入党积极分子时间', '培养联系人', '考察时间', '确定为发展对象日期',
  '集中培训', '入党介绍人', '公示时间', '支部大会时间', '应到会有表决权的正式党员数', '赞成票数', '上级党委审批时间',
  '讨论转正时间', '应到会有表决权的正式党员数', '赞成票数', '批准转正时间'];
const good = ['1', '刘思远', validId('20050310', 11), '信息工程系学生党支部', '2024-03-20', '2024.4.10', '2024年5月6日', '张伟', '2024-11-01、2025-04-30', '2025-05-06',
  '3天/24学时', '张伟、李娜', '2025-05-20至2025-05-26', '2025-06-20', 20, 10, '2025-08-30', null, null, null, null];
const confirmed = ['2', '陈静', validId('20040601', 22), '信息工程系学生党支部', '2023-03-01', '2023-03-20', '2023-05-01', '李娜', '2023-11-01、2024-05-01', '2024-05-06',
  '3天/24学时', '张伟、李娜', '2024-05-10至2024-05-16', '2024-06-01', 20, 19, '2024-07-01', '2025-06-05', 21, 20, '2025-06-20'];

describe('发展党员台账 import', () => {
  it('lists every bad row with its row and column, and writes nothing while any row is bad', async () => {
    const file = await workbook([
      HEADER,
      good,
      confirmed,
      ['3', '王五', '110101200501011234', '信息工程系学生党支部', '2024-03-20'],
      ['4', '赵六', validId('20050101', 33), '化学系党支部', '2024-03-20'],
      ['5', '孙七', validId('20050202', 44), '信息工程系学生党支部', '2024.03'],
      ['6', '周八', validId('20050303', 55), '信息工程系学生党支部', '2024-03-20', null, null, null, null, null, null, '张伟、李娜、王强'],
      ['7', '吴九', validId('20050404', 66), '信息工程系学生党支部', '2024-03-20', null, null, null, null, null, null, null, null, '2025-06-20', 9, 12],
      ['8', '郑十', validId('20050310', 11), '信息工程系学生党支部', '2024-03-20'],
      ['填表人：张老师'],
    ]);
    const preview = await t.api.call('recruits.previewImport', file);
    assert.equal(preview.headerRow, 2);
    assert.equal(preview.rowCount, 8);
    assert.deepEqual(
      preview.errors.map((e) => [e.row, e.column]),
      [[5, '身份证号'], [6, '所在党支部'], [7, '申请入党日期'], [8, '入党介绍人'], [9, '赞成票数'], [10, '身份证号']],
    );
    assert.match(preview.errors[1]!.message, /没有名为“化学系党支部”的党支部/);
    assert.match(preview.errors[2]!.message, /只到月份/);
    assert.match(preview.errors[4]!.message, /赞成票 12 多于应到会有表决权的正式党员 9 名/);
    assert.match(preview.errors[5]!.message, /与第 3 行重复/);
    assert.equal(preview.imported, 2);

    const refused = await t.api.call('recruits.import', { ...file, validOnly: false });
    assert.equal(refused.written, false);
    assert.equal((await t.api.call('recruits.list', {})).length, 0, 'all or nothing');

    const done = await t.api.call('recruits.import', { ...file, validOnly: true });
    assert.deepEqual([done.written, done.imported, done.updated], [true, 2, 0]);
    const people = await t.api.call('recruits.list', {});
    assert.deepEqual(people.map((p) => [p.name, p.stage]), [['陈静', '正式党员'], ['刘思远', '预备党员']], 'in order of application');
    // Every imported person is checked at once: 10 of 20 is not more than half.
    assert.ok(done.findings.some((f) => f.name === '刘思远' && f.rule === 'vote-majority'));
    assert.ok(!done.findings.some((f) => f.name === '陈静'), '陈静 is in order');
  });

  it('reads the dates, the introducers from the roster, both votes, and puts the admitted on the roster', async () => {
    const done = await t.api.call('recruits.import', { ...(await workbook([HEADER, good, confirmed])), validOnly: false });
    assert.deepEqual(done.errors, []);
    const list = await t.api.call('recruits.list', {});
    const byName = (n: string) => t.api.call('recruits.get', { id: list.find((r) => r.name === n)!.id });
    const liu = await byName('刘思远');
    assert.deepEqual(
      [liu.talkOn, liu.activistOn, liu.reviews, liu.trainingDays, liu.trainingHours, liu.publicityFrom, liu.publicityTo, liu.admissionEntitled, liu.admissionYes],
      ['2024-04-10', '2024-05-06', ['2024-11-01', '2025-04-30'], 3, 24, '2025-05-20', '2025-05-26', 20, 10],
    );
    assert.deepEqual(liu.introducers.map((i) => [i.name, i.memberId !== null]), [['张伟', true], ['李娜', true]]);
    const chen = await byName('陈静');
    assert.deepEqual([chen.confirmationMeetingOn, chen.confirmationEntitled, chen.confirmationYes, chen.confirmationApprovedOn], ['2025-06-05', 21, 20, '2025-06-20']);
    const roster = await t.api.call('members.list', { filter: { q: '陈静' } });
    assert.deepEqual([roster.rows[0]?.memberType, roster.rows[0]?.joinedOn], ['正式党员', '2024-06-01']);
  });

  it('updates an existing record without erasing what the sheet leaves blank', async () => {
    await t.api.call('recruits.import', { ...(await workbook([HEADER, good])), validOnly: false });
    const later = [...good];
    later[5] = null; // 谈话时间 blank in the later sheet
    later[16] = '2025-08-30';
    const second = await t.api.call('recruits.import', { ...(await workbook([HEADER, later])), validOnly: false });
    assert.deepEqual([second.imported, second.updated], [0, 1]);
    assert.match(second.warnings[0]!.message, /空白的单元格保留原有内容/);
    const liu = await t.api.call('recruits.get', { id: (await t.api.call('recruits.list', {}))[0]!.id });
    assert.equal(liu.talkOn, '2024-04-10');
  });

  it('imports its own exported ledger back', async () => {
    await t.api.call('recruits.import', { ...(await workbook([HEADER, good, confirmed])), validOnly: false });
    const before = await Promise.all((await t.api.call('recruits.list', {})).map((r) => t.api.call('recruits.get', { id: r.id })));
    const masked = await t.api.call('recruits.exportLedger', {});
    assert.equal(Buffer.from(masked.base64, 'base64').length > 0, true);
    // Masked by default (a ledger that leaves the office); the clerk turns it off to edit and import back.
    await t.api.call('settings.save', { maskPersonalInExports: false });
    const ledger = await t.api.call('recruits.exportLedger', {});
    const other = tempApi();
    try {
      const tree = await smallTree(other);
      await other.api.call('members.save', { name: '张伟', idNumber: validId('19800101', 1), memberType: '正式党员', orgId: tree.students, joinedOn: '2005-07-01', confirmedOn: '2006-07-01' });
      await other.api.call('members.save', { name: '李娜', idNumber: validId('19810101', 2), memberType: '正式党员', orgId: tree.students, joinedOn: '2006-07-01', confirmedOn: '2007-07-01' });
      const done = await other.api.call('recruits.import', { fileName: ledger.fileName, base64: ledger.base64, validOnly: false });
      assert.deepEqual(done.errors, []);
      const after = await Promise.all((await other.api.call('recruits.list', {})).map((r) => other.api.call('recruits.get', { id: r.id })));
      const facts = (r: (typeof before)[number]) => [r.name, r.idNumber, r.stage, r.appliedOn, r.talkOn, r.reviews, r.candidateOn, r.trainingDays, r.trainingHours, r.introducers.map((i) => i.name),
        r.publicityFrom, r.publicityTo, r.admissionMeetingOn, r.admissionEntitled, r.admissionYes, r.approvedOn, r.confirmationYes, r.confirmationApprovedOn, r.findings.map((f) => f.rule)];
      assert.deepEqual(after.map(facts), before.map(facts));
    } finally {
      other.cleanup();
    }
  });

  it('refuses to turn a 正式党员 on the roster back into 预备党员', async () => {
    await t.api.call('members.save', { name: '刘思远', idNumber: validId('20050310', 11), memberType: '正式党员', orgId: ids.students, joinedOn: '2025-06-20', confirmedOn: '2026-06-20' });
    const withApproval = [...good];
    withApproval[16] = '2025-08-30';
    const preview = await t.api.call('recruits.previewImport', await workbook([HEADER, withApproval]));
    assert.match(preview.errors[0]?.message ?? '', /已是正式党员/);
  });

  it('refuses a row whose 入党宣誓 precedes the approval or whose 转正申请 is not before the 转正 支部大会, naming the row and both dates', async () => {
    const header = [...HEADER, '入党宣誓时间', '递交转正申请书时间'];
    const file = await workbook([
      header,
      [...good, '2025-08-29', null],
      [...confirmed, '2024-07-05', '2025-06-05'],
      [...confirmed.slice(0, 1), '李明', validId('20040702', 77), ...confirmed.slice(3), '2024-07-01', '2025-05-20'],
    ]);
    const preview = await t.api.call('recruits.previewImport', file);
    assert.deepEqual(preview.errors.map((e) => [e.row, e.column, e.message]), [
      [3, '入党宣誓时间', '入党宣誓时间2025年8月29日早于上级党委审批时间2025年8月30日：入党宣誓应在上级党委批准接收为预备党员之后'],
      [4, '递交转正申请书时间', '递交转正申请书时间2025年6月5日不早于讨论转正的支部大会2025年6月5日：应先递交转正申请书，支部大会再讨论转正'],
    ]);
    const refused = await t.api.call('recruits.import', { ...file, validOnly: false });
    assert.equal(refused.written, false);
    const done = await t.api.call('recruits.import', { ...file, validOnly: true });
    assert.deepEqual((await t.api.call('recruits.list', {})).map((p) => p.name), ['李明'], 'only the row in order');
    assert.equal(done.imported, 1);
  });

  it('runs from the command line with the roster import\'s JSON shape and the findings', async () => {
    const file = await workbook([HEADER, good, ['3', '王五', '110101200501011234', '信息工程系学生党支部', '2024-03-20']]);
    const xlsx = path.join(t.dataDir, '发展党员台账.xlsx');
    fs.writeFileSync(xlsx, Buffer.from(file.base64, 'base64'));
    const cli = async (args: string[]) => {
      const r = await runCli([...args, '--data', t.dataDir, '--json']);
      return { code: r.code, out: JSON.parse(r.out) as { imported: number; errors: { row: number }[]; findings?: { name: string; rule: string }[] } };
    };
    const dry = await cli(['import', 'recruits', xlsx, '--dry-run']);
    assert.deepEqual([dry.code, dry.out.imported, dry.out.errors.map((e) => e.row)], [1, 1, [4]], 'errors exit 1, as for the roster');
    const stopped = await cli(['import', 'recruits', xlsx]);
    assert.equal(stopped.code, 1);
    assert.equal((await t.api.call('recruits.list', {})).length, 0);
    const done = await cli(['import', 'recruits', xlsx, '--valid-only']);
    assert.equal(done.code, 0);
    assert.ok(done.out.findings?.some((f) => f.name === '刘思远' && f.rule === 'vote-majority'));
  });
});
