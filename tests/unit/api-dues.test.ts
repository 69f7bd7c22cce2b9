// 党费 and 换届 through the API: bases, payments and corrections, the attention list, import,
// and both ledgers read back cell by cell. "now" is 2026-11-23 (tempApi).
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { validId } from '../helpers/ids';
import { smallTree, snapshot, tempApi } from '../helpers/tmp';

let t: ReturnType<typeof tempApi>;
let ids: Awaited<ReturnType<typeof smallTree>>;
let zhang: number;
let li: number;
let wang: number;
const member = async (name: string, birth: string, serial: number, orgId: number, joinedOn = '2010-07-01', memberType: '正式党员' | '预备党员' = '正式党员') =>
  (await t.api.call('members.save', { name, idNumber: validId(birth, serial), memberType, orgId, joinedOn })).id;

beforeEach(async () => {
  t = tempApi();
  ids = await smallTree(t);
  zhang = await member('张伟', '19800101', 1, ids.teachers);
  li = await member('李娜', '19820202', 2, ids.teachers);
  wang = await member('王芳', '20040303', 4, ids.students, '2025-09-01', '预备党员');
});
afterEach(() => t.cleanup());

const workbook = async (b64: string) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(b64, 'base64') as unknown as ArrayBuffer);
  return wb;
};
const row = (ws: ExcelJS.Worksheet, r: number) => (ws.getRow(r).values as ExcelJS.CellValue[]).slice(1);
const rowsCount = (table: string) => (t.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('党费 bases and payments', () => {
  it('computes dues from the base, spreads a payment over the months it covers, and shows the arrears', async () => {
    await t.api.call('dues.saveBase', { memberId: zhang, fromMonth: '2026-01', kind: '在职', baseFen: 450_000 });
    let d = await t.api.call('dues.recordPayment', { memberId: zhang, paidOn: '2026-04-10', fromMonth: '2026-01', toMonth: '2026-03', amountFen: 13_500 });
    assert.deepEqual(d.months.slice(0, 5).map((m) => [m.due, m.paid, m.arrears]), [[4500, 4500, 0], [4500, 4500, 0], [4500, 4500, 0], [4500, 0, 4500], [4500, 0, 4500]]);
    assert.deepEqual(d.totals, { due: 10 * 4500, paid: 13_500, arrears: 7 * 4500, monthsInArrears: 7, currentDue: 4500, currentPaid: 0, advance: 0 }, 'only months due count; November, in progress, apart; December has not begun');

    // A raise from July: dues follow it; the earlier base stays in the history.
    d = await t.api.call('dues.saveBase', { memberId: zhang, fromMonth: '2026-07', kind: '在职', baseFen: 520_000, year: 2026 });
    assert.deepEqual(d.bases.map((b) => [b.fromMonth, b.monthlyFen]), [['2026-01', 4500], ['2026-07', 7800]]);
    assert.equal(d.months[6]!.due, 7800);

    // 补交 of April to October in one payment.
    d = await t.api.call('dues.recordPayment', { memberId: zhang, paidOn: '2026-11-05', fromMonth: '2026-04', toMonth: '2026-10', amountFen: 3 * 4500 + 4 * 7800 });
    assert.deepEqual([d.totals.arrears, d.months[10]!.due, d.months[10]!.paid], [0, 7800, 0], 'November is due but not in arrears before it ends');
    await t.api.call('dues.saveBase', { memberId: li, fromMonth: '2026-09', kind: '在职', baseFen: 300_000 });
    const board = await t.api.call('dues.board', { year: 2026, orgId: ids.teachers });
    assert.deepEqual(board.rows.map((r) => [r.name, r.totals.arrears]), [['李娜', 3000], ['张伟', 0]]);
    assert.deepEqual([board.summary.members, board.summary.withoutBase, board.summary.inArrears], [2, 0, 1]);
  });

  it('corrects a payment by voiding it and recording another: both kept and audited', async () => {
    await t.api.call('dues.saveBase', { memberId: zhang, fromMonth: '2026-01', kind: '在职', baseFen: 450_000 });
    const first = await t.api.call('dues.recordPayment', { memberId: zhang, paidOn: '2026-02-01', fromMonth: '2026-01', toMonth: '2026-01', amountFen: 450 });
    const wrong = first.payments[0]!.id;
    const fixed = await t.api.call('dues.recordPayment', { memberId: zhang, paidOn: '2026-02-01', fromMonth: '2026-01', toMonth: '2026-01', amountFen: 4500, replacesId: wrong, reason: '少录了一个0' });
    assert.deepEqual(fixed.payments.map((p) => [p.amountFen, p.voidedAt !== null, p.voidReason]), [[4500, false, null], [450, true, '更正：少录了一个0']]);
    assert.equal(fixed.months[0]!.paid, 4500);
    const audits = t.db.prepare(`SELECT action FROM audit_log WHERE table_name = 'dues_payments' ORDER BY id`).pluck().all();
    assert.deepEqual(audits, ['create', 'correct']);
    await assert.rejects(t.api.call('dues.recordPayment', { memberId: zhang, paidOn: '2026-02-01', fromMonth: '2026-01', toMonth: '2026-01', amountFen: 4500, replacesId: wrong, reason: '再改' }), /已经作废/);
  });

  it('collects for several members at once: each pays what the months still lack; nothing owing is refused', async () => {
    await t.api.call('dues.saveBase', { memberId: zhang, fromMonth: '2026-01', kind: '在职', baseFen: 450_000 });
    await t.api.call('dues.saveBase', { memberId: li, fromMonth: '2026-01', kind: '离退休', baseFen: 600_000 });
    await t.api.call('dues.recordPayment', { memberId: zhang, paidOn: '2026-01-20', fromMonth: '2026-01', toMonth: '2026-01', amountFen: 1000 });
    const r = await t.api.call('dues.collect', { memberIds: [zhang, li, wang], fromMonth: '2026-01', toMonth: '2026-03', paidOn: '2026-04-02' });
    assert.deepEqual(r, { recorded: 2, amountFen: 3 * 4500 - 1000 + 3 * 6000, skipped: [{ name: '王芳', reason: '未登记党费基数' }] });
    const board = await t.api.call('dues.board', { year: 2026, orgId: ids.teachers });
    assert.deepEqual(board.rows.map((x) => x.months.slice(0, 3).map((m) => m.arrears)), [[0, 0, 0], [0, 0, 0]]);
    await assert.rejects(t.api.call('dues.collect', { memberIds: [zhang, li], fromMonth: '2026-01', toMonth: '2026-03', paidOn: '2026-04-02' }), /没有需要登记的缴费：张伟所选月份已交清；李娜所选月份已交清/);
  });

  it('refuses bad input with Chinese messages and changes nothing', async () => {
    const before = { ...snapshot(t), bases: rowsCount('dues_bases'), payments: rowsCount('dues_payments') };
    await assert.rejects(t.api.call('dues.saveBase', { memberId: zhang, fromMonth: '2026-01', kind: '在职', baseFen: 450_000, overrideFen: 100 }), /请写明支部批准的理由/);
    await assert.rejects(t.api.call('dues.saveBase', { memberId: zhang, fromMonth: '2026-13', kind: '在职', baseFen: 1 }), /月份应写成/);
    await assert.rejects(t.api.call('dues.saveBase', { memberId: wang, fromMonth: '2025-01', kind: '学生', baseFen: 0 }), /2025年9月入党，基数不能早于该月/);
    await assert.rejects(t.api.call('dues.recordPayment', { memberId: zhang, paidOn: '2026-12-01', fromMonth: '2026-01', toMonth: '2026-01', amountFen: 100 }), /不能晚于今天/);
    await assert.rejects(t.api.call('dues.recordPayment', { memberId: zhang, paidOn: '2026-10-01', fromMonth: '2026-05', toMonth: '2026-01', amountFen: 100 }), /结束月份不能早于开始月份/);
    await assert.rejects(t.api.call('dues.recordPayment', { memberId: zhang, paidOn: '2026-10-01', fromMonth: '2026-01', toMonth: '2026-01', amountFen: 0 }), /金额应大于0/);
    await assert.rejects(t.api.call('dues.voidPayment', { id: 999, reason: '错' }), /找不到该缴费记录/);
    assert.deepEqual({ ...snapshot(t), bases: rowsCount('dues_bases'), payments: rowsCount('dues_payments') }, before);
  });
});

describe('党章 第九条 attention list', () => {
  it('lists six unpaid months (May–October) and not five; six absent months once the sixth is recorded', async () => {
    for (const m of [zhang, li]) await t.api.call('dues.saveBase', { memberId: m, fromMonth: '2025-01', kind: '在职', baseFen: 300_000 });
    await t.api.call('dues.recordPayment', { memberId: zhang, paidOn: '2026-05-01', fromMonth: '2025-01', toMonth: '2026-04', amountFen: 16 * 1500 });
    await t.api.call('dues.recordPayment', { memberId: li, paidOn: '2026-05-01', fromMonth: '2025-01', toMonth: '2026-05', amountFen: 17 * 1500 });
    // 王芳 (no base recorded: not listed for dues) absent at one meeting a month from July to November, none held in August.
    for (const [i, month] of ['2026-07', '2026-09', '2026-10', '2026-11'].entries()) {
      await t.api.call('meetings.save', {
        orgId: ids.students, type: '主题党日', heldOn: `${month}-15`, topic: `主题党日${i + 1}`, hours: 2,
        attendance: [{ memberId: wang, status: '缺席' }],
      });
    }
    let list = await t.api.call('dues.attention', {});
    assert.deepEqual(list.map((a) => [a.name, a.kind, a.text]), [['张伟', '未交党费', '2026年5月至2026年10月连续6个月未交纳党费']]);
    assert.match(list[0]!.source, /中国共产党章程》第九条/);
    // A June meeting she missed makes June–November six months.
    await t.api.call('meetings.save', { orgId: ids.students, type: '支部党员大会', heldOn: '2026-06-20', topic: '六月大会', hours: 2, attendance: [{ memberId: wang, status: '缺席' }] });
    list = await t.api.call('dues.attention', {});
    assert.deepEqual(list.map((a) => [a.name, a.kind, a.text]), [
      ['张伟', '未交党费', '2026年5月至2026年10月连续6个月未交纳党费'],
      ['王芳', '未参加组织生活', '2026年6月至2026年11月连续6个月未参加党的组织生活（三会一课均记为缺席）'],
    ]);
  });
});

describe('党费 import and ledger', () => {
  const sheet = async (rows: (string | number | null)[][]) => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('党费基数');
    ws.addRow(['2026年党费基数表']);
    ws.addRow(['姓名', '身份证号', '类别', '月收入（元）', '起始月份']);
    for (const r of rows) ws.addRow(r);
    return { fileName: '基数.xlsx', base64: Buffer.from(await wb.xlsx.writeBuffer()).toString('base64') };
  };

  it('previews row errors, writes nothing while any remain, then imports all rows', async () => {
    const bad = await sheet([
      ['张伟', validId('19800101', 1), '在职', 4500, '2026-01'],
      ['李四', validId('19820202', 2), '在职', '5000', '2026.1'],
      ['王芳', validId('20040303', 4), '学习', null, '2026-01'],
    ]);
    const preview = await t.api.call('dues.previewImport', bad);
    assert.deepEqual(preview.errors.map((e) => [e.row, e.column, e.message]), [
      [4, '姓名', `姓名“李四”与花名册中该身份证号的“李娜”（信息工程系教工党支部）不一致：不会给“李娜”登记这一行的基数。如确是同一人（例如改了名），请确认这一行后再导入`],
      [5, '类别', '类别“学习”应为 在职、离退休 或 学生'],
      [5, '月收入（元）', '缺少月收入（元）'],
    ]);
    const refused = await t.api.call('dues.import', { ...bad, validOnly: false });
    assert.equal(refused.written, false);
    assert.equal(rowsCount('dues_bases'), 0, 'all or nothing');
    const good = await sheet([
      ['张伟', validId('19800101', 1), '在职', 4500, '2026-01'],
      ['李娜', validId('19820202', 2), '在职', '5,000.00', '2026.1'],
      ['王芳', validId('20040303', 4), '学生', null, '2026-01'],
    ]);
    const done = await t.api.call('dues.import', { ...good, validOnly: false });
    assert.deepEqual([done.written, done.imported, done.updated], [true, 3, 0]);
    const d = await t.api.call('dues.member', { memberId: li, year: 2026 });
    assert.deepEqual(d.bases.map((b) => [b.fromMonth, b.kind, b.baseFen, b.monthlyFen]), [['2026-01', '在职', 500_000, 5000]]);
  });

  it('exports the 党费收缴台账 with month cells, totals, arrears in red and a branch summary', async () => {
    await t.api.call('dues.saveBase', { memberId: zhang, fromMonth: '2026-01', kind: '在职', baseFen: 450_000 });
    await t.api.call('dues.saveBase', { memberId: wang, fromMonth: '2026-01', kind: '学生', baseFen: 0 });
    await t.api.call('dues.recordPayment', { memberId: zhang, paidOn: '2026-06-30', fromMonth: '2026-01', toMonth: '2026-06', amountFen: 6 * 4500 });
    await t.api.call('dues.recordPayment', { memberId: wang, paidOn: '2026-11-01', fromMonth: '2026-01', toMonth: '2026-12', amountFen: 240 });
    const file = await t.api.call('dues.exportLedger', { year: 2026 });
    assert.equal(file.fileName, '测试学院党委2026年度党费收缴台账.xlsx');
    const wb = await workbook(file.base64);
    assert.deepEqual(wb.worksheets.map((w) => w.name), ['党费收缴（上半年）', '党费收缴（下半年）', '支部汇总'], 'twelve months split by half-year so A4 prints at a readable size');
    const ws = wb.getWorksheet('党费收缴（上半年）')!;
    const late = wb.getWorksheet('党费收缴（下半年）')!;
    assert.equal(ws.getCell('A1').value, '测试学院党委2026年度党费收缴台账（上半年）');
    const header = row(ws, 3);
    assert.deepEqual([header[1], header[3], header[5], header[6], header[16], header[17], header[18], header[19], header[20]], ['党支部', '缴纳基数（元）', '1月应交', '1月实交', '6月实交', '应交（1—10月）', '实交（1—10月）', '欠交（1—10月）', '欠交月份']);
    assert.deepEqual([row(late, 3)[5], row(late, 3)[16]], ['7月应交', '12月实交']);
    const zhangRow = row(ws, 5); // 信息工程系教工党支部: 李娜 then 张伟
    const zhangLate = row(late, 5);
    assert.deepEqual([zhangRow[1], zhangRow[2], zhangRow[3], zhangRow[4]], ['信息工程系教工党支部', '张伟', '在职 4500.00', 45]);
    assert.deepEqual([zhangRow[5], zhangRow[6], zhangRow[15], zhangRow[16], zhangLate[5], zhangLate[6]], [45, 45, 45, 45, 45, 0], 'January and June paid, July owing');
    assert.deepEqual([zhangRow[17], zhangRow[18], zhangRow[19]], [450, 270, 180], 'only the months due: November, in progress, is not counted');
    assert.deepEqual([zhangLate[17], zhangLate[18], zhangLate[19]], [450, 270, 180], 'each half carries the totals');
    assert.equal(zhangRow[20], '7—10月');
    assert.equal(ws.getCell(5, 6).numFmt, '#,##0.00', 'money shown with two decimals');
    assert.equal((late.getCell(5, 7).fill as ExcelJS.FillPattern).fgColor?.argb, 'FFFFC7CE', 'July 实交 red');
    const wangRow = row(ws, 6);
    const wangLate = row(late, 6);
    assert.deepEqual([wangRow[2], wangRow[3], wangRow[17], wangRow[18], wangRow[19], wangLate[15], wangLate[16]], ['王芳', '学生', 2, 2, 0, undefined, 0.2], 'December prepaid: no dues yet, the 0.20 beyond November stays with it');
    const sum = wb.getWorksheet('支部汇总')!;
    // 收缴率 over the months due: (450 − 180) ÷ 450; November (in progress) and the prepaid December apart.
    assert.deepEqual(row(sum, 4).slice(1, 12), ['信息工程系教工党支部', 2, 450, 270, 180, 1, 0.6, 45, 0, 0, 1], '收缴率 a number');
    assert.equal(sum.getCell(4, 8).numFmt, '0.0%');
    assert.deepEqual(row(sum, 6).slice(1, 11), ['合计', 3, 452, 272, 180, 1, 0.601, 45.2, 0.2, 0.2]);
  });
});

describe('换届', () => {
  it('warns from three months before the end, records a 换届 that clears it and keeps the old committee as history', async () => {
    await t.api.call('orgs.saveRole', { orgId: ids.teachers, role: '书记', memberId: li, personName: '李娜', termStart: '2023-12-01', termEnd: '2026-12-01' });
    const warnings = await t.api.call('terms.warnings', {});
    assert.deepEqual(warnings.map((w) => [w.orgName, w.status, w.basis, w.text]), [['信息工程系教工党支部', '即将到期', '委员任期', '本届任期将于2026年12月1日届满（2026年9月1日起提醒），请及时做好换届准备']]);
    const meeting = (await t.api.call('meetings.save', { orgId: ids.teachers, type: '支部党员大会', heldOn: '2026-11-20', topic: '换届选举大会', hours: 2, attendance: [{ memberId: zhang, status: '出席' }] })).id;
    await assert.rejects(t.api.call('terms.record', { orgId: ids.students, electedOn: '2026-11-20', electionMeetingId: meeting, committee: [{ role: '书记', memberId: zhang }] }), /不是本支部的会议记录/);
    await assert.rejects(t.api.call('terms.record', { orgId: ids.teachers, electedOn: '2026-11-20', committee: [{ role: '书记', memberId: wang }] }), /预备党员，没有被选举权/);
    const row2 = await t.api.call('terms.record', { orgId: ids.teachers, electedOn: '2026-11-20', electionMeetingId: meeting, committee: [{ role: '书记', memberId: zhang }, { role: '组织委员', memberId: li }] });
    assert.deepEqual([row2.status, row2.startedOn, row2.endsOn, row2.basis], ['正常', '2026-11-20', '2029-11-20', '换届记录']);
    assert.deepEqual(await t.api.call('terms.warnings', {}), []);
    const roles = (await t.api.call('orgs.get', { id: ids.teachers })).roles.map((r) => [r.role, r.personName, r.endedOn]);
    assert.deepEqual(roles, [['书记', '张伟', null], ['组织委员', '李娜', null], ['书记', '李娜', '2026-11-20']]);
    const marks = t.db.prepare('SELECT name, is_secretary FROM members WHERE id IN (?, ?) ORDER BY id').raw().all(zhang, li);
    assert.deepEqual(marks, [['张伟', 1], ['李娜', 0]], 'the roster marks the new 书记');

    const wb = await workbook((await t.api.call('terms.exportLedger', { year: 2026 })).base64);
    const ws = wb.getWorksheet('换届情况')!;
    const teachers = [4, 5, 6].map((r) => row(ws, r)).find((r) => r[1] === '信息工程系教工党支部')!;
    assert.deepEqual(teachers.slice(1, 8), ['信息工程系教工党支部', '2026-11-20', '2029-11-20', '正常', '', '2026-11-20 支部党员大会：换届选举大会', '书记 张伟、组织委员 李娜']);
    const office = [4, 5, 6].map((r) => row(ws, r)).find((r) => r[1] === '机关党支部')!;
    assert.equal(office[4], '未登记');
  });
});

describe('党费与换届 rules and queries', () => {
  it('takes the term warning and the six months from the rule set the clerk edits', async () => {
    await t.api.call('orgs.saveRole', { orgId: ids.office, role: '书记', memberId: zhang, personName: '张伟', termStart: '2024-05-01', termEnd: '2027-05-01' });
    assert.deepEqual(await t.api.call('terms.warnings', {}), [], 'warned from 2027-02-01');
    const rules = await t.api.call('duesRules.get', {});
    await t.api.call('duesRules.save', { ...rules, termWarnMonths: 6 });
    assert.deepEqual((await t.api.call('terms.warnings', {})).map((w) => [w.orgName, w.warnFrom]), [['机关党支部', '2026-11-01']]);
    await assert.rejects(t.api.call('duesRules.save', { ...rules, termYears: 9 }), /任期应为1到5年/);
    assert.equal((await t.api.call('duesRules.reset', {})).termWarnMonths, 3);
  });

  it('reads a member\'s payments and the year\'s payments through their indexes', () => {
    const plan = (sql: string) => (t.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join(' | ');
    assert.match(plan("SELECT * FROM dues_payments WHERE member_id = 1 ORDER BY paid_on"), /USING INDEX dues_payments_member/);
    assert.match(plan("SELECT * FROM dues_bases WHERE member_id = 1 ORDER BY from_month"), /USING INDEX sqlite_autoindex_dues_bases_1/);
  });
});
