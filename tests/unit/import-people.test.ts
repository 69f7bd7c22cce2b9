// People named without an ID number (学号, 姓名 within 党支部) and ID numbers that belong to
// someone of another name, in every import; the 发展党员 steps that had no field; .xls files.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { validId } from '../helpers/ids';
import { SYSU_RECRUIT_HEADER, workbook } from '../helpers/realTemplates';
import { smallTree, snapshot, tempApi } from '../helpers/tmp';

let t: ReturnType<typeof tempApi>;
beforeEach(() => (t = tempApi()));
afterEach(() => t.cleanup());

const upload = (buf: Buffer, fileName = '表.xlsx') => ({ fileName, base64: buf.toString('base64') });

const ZHAO = validId('20030510', 36); // 赵小红, student
const QIAN = validId('20040211', 17); // 钱多多, student
const SUN = validId('20030915', 28); // 孙丽 (student), namesake below
const SUN2 = validId('19850304', 42); // 孙丽 (staff)
const LI = validId('19800115', 13); // 李明, staff

async function roster(rows: (string | number)[][], header = ['姓名', '身份证号', '所在党支部', '人员类别', '学号']) {
  const r = await t.api.call('roster.import', { ...upload(await workbook([header, ...rows]), '花名册.xlsx'), validOnly: false });
  assert.equal(r.written, true, JSON.stringify(r.errors));
  return r;
}

async function byName() {
  const all = await t.api.call('members.list', { filter: {}, pageSize: 100 });
  return new Map(all.rows.map((m) => [`${m.name}|${m.orgName}`, m]));
}

/** The usual student roster: two students with 学号, a namesake pair without. */
async function students() {
  await smallTree(t);
  await roster([
    ['赵小红', ZHAO, '信息工程系学生党支部', '学生', '２０２３０１０１０１'], // typed full-width
    ['钱多多', QIAN, '信息工程系学生党支部', '学生', 2024010102], // stored by Excel as a number
    ['孙丽', SUN, '信息工程系学生党支部', '学生', ''],
    ['孙丽', SUN2, '机关党支部', '教职工', ''],
    ['李明', LI, '机关党支部', '教职工', ''],
  ]);
}

describe('学号 on the roster', () => {
  it('reads 学号 as typed or as a number, shows it on the member and exports it', async () => {
    await students();
    const m = await byName();
    assert.equal(m.get('赵小红|信息工程系学生党支部')!.studentNo, '2023010101');
    assert.equal(m.get('钱多多|信息工程系学生党支部')!.studentNo, '2024010102');
    assert.equal(m.get('李明|机关党支部')!.studentNo, null);
    const f = await t.api.call('roster.export', { filter: {}, maskPersonal: false });
    const wb = new ExcelJS.Workbook();
    const bytes = Buffer.from(f.base64, 'base64');
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    const ws = wb.worksheets[0]!;
    let headerRow = 0;
    ws.eachRow((row, n) => {
      if (!headerRow && row.values && (row.values as unknown[]).includes('学号')) headerRow = n;
    });
    assert.ok(headerRow > 0, 'the roster ledger has a 学号 column');
    const col = (ws.getRow(headerRow).values as unknown[]).indexOf('学号');
    const values: unknown[] = [];
    ws.eachRow((row, n) => {
      if (n > headerRow) values.push(row.getCell(col).value);
    });
    assert.ok(values.includes('2023010101'));
    // The export imports back with its 学号 read, not ignored.
    const back = await t.api.call('roster.previewImport', { fileName: f.fileName, base64: f.base64 });
    assert.equal(back.sheetColumns.find((c) => c.header === '学号')!.field, 'studentNo');
    assert.deepEqual(back.errors, []);
    assert.deepEqual(back.changes, []);
  });

  it('takes a 学工号 as 学号 on a student’s row only, and leaves a 工号 column unused', async () => {
    await smallTree(t);
    const r = await roster(
      [
        ['赵小红', ZHAO, '信息工程系学生党支部', '本科生', '2023010101', ''],
        ['李明', LI, '机关党支部', '专业技术人员', 'T19990012', 'T19990012'],
      ],
      ['姓名', '身份证号', '所在党支部', '人员类别', '学工号', '工号'],
    );
    assert.deepEqual(
      r.warnings.map((w) => [w.row, w.column, w.message]),
      [[3, '学工号', '学工号“T19990012”是教职工的工号，不记为学号（花名册只登记学生的学号）']],
    );
    assert.ok(r.ignoredColumns.includes('工号'));
    const m = await byName();
    assert.equal(m.get('赵小红|信息工程系学生党支部')!.studentNo, '2023010101');
    assert.equal(m.get('李明|机关党支部')!.studentNo, null);
  });

  it('refuses a 学号 given twice in a file, or already held by someone else, naming the holder', async () => {
    await students();
    const before = snapshot(t);
    const p = await t.api.call(
      'roster.previewImport',
      upload(
        await workbook([
          ['姓名', '身份证号', '所在党支部', '学号'],
          ['孙丽', SUN, '信息工程系学生党支部', '2023010101'],
          ['周一', validId('20041120', 55), '信息工程系学生党支部', 'B2024-07'],
          ['吴二', validId('20040101', 64), '信息工程系学生党支部', 'B2024-07'],
          ['郑三', validId('20040202', 73), '信息工程系学生党支部', '2024#1'],
        ]),
      ),
    );
    assert.deepEqual(
      p.errors.map((e) => [e.row, e.column, e.message]),
      [
        [2, '学号', '学号 2023010101 在花名册中是“赵小红”（信息工程系学生党支部）的，不能再给“孙丽”'],
        [4, '学号', '学号 B2024-07 与第 3 行相同（一个学号只属于一名学生）'],
        [5, '学号', '学号“2024#1”只能由数字、字母和“-”组成，最多30位'],
      ],
    );
    const r = await t.api.call('roster.import', {
      ...upload(
        await workbook([
          ['姓名', '身份证号', '所在党支部', '学号'],
          ['孙丽', SUN, '信息工程系学生党支部', '2023010101'],
        ]),
      ),
      validOnly: false,
    });
    assert.equal(r.written, false);
    assert.deepEqual(snapshot(t), before);
  });

  it('saves 学号 from the member form, half-width, and refuses one already used', async () => {
    await students();
    const m = await byName();
    const sun = m.get('孙丽|信息工程系学生党支部')!;
    const { id, orgName: _o, status: _s, statusDate: _d, statusReason: _r, ...fields } = sun;
    await t.api.call('members.save', { ...fields, id, studentNo: ' ｂ２０２３０１ ' });
    assert.equal((await t.api.call('members.get', { id })).member.studentNo, 'B202301');
    const r = await t.api.invoke('members.save', { ...fields, id, studentNo: '2023010101' });
    assert.equal(r.ok, false);
    assert.equal(r.ok ? '' : r.error.message, '学号 2023010101 已登记为 赵小红（信息工程系学生党支部）');
    assert.equal((await t.api.call('members.get', { id })).member.studentNo, 'B202301');
  });
});

describe('a 学时 sign-in list keyed by 学号 or by 姓名', () => {
  // A campus activity system's sign-in export (到梦空间/第二课堂 style): 学号, 姓名, 学院, 班级, 签到时间, 活动名称, 活动类型, 认定学时.
  const SIGN_IN = ['序号', '学号', '姓名', '学院', '班级', '签到时间', '活动名称', '活动类型', '认定学时'];

  it('matches by 学号, falls back to an unambiguous name, and names the candidates otherwise', async () => {
    await students();
    const sheet = await workbook(
      [
        SIGN_IN,
        [1, '2023010101', '赵小红', '信息工程系', '软件2301', '2026-10-28 14:30', '学习二十届四中全会精神', '专题党课', 2],
        [2, '2024010102', '', '信息工程系', '软件2401', '2026-10-28 14:31', '学习二十届四中全会精神', '专题党课', 2],
        [3, '2024019999', '李明', '', '', '2026-10-28 14:32', '学习二十届四中全会精神', '专题党课', 2],
        [4, '', '孙丽', '信息工程系', '', '2026-10-28 14:33', '学习二十届四中全会精神', '专题党课', 2],
        [5, '2024018888', '', '', '', '2026-10-28 14:34', '学习二十届四中全会精神', '专题党课', 2],
      ],
      { above: [['“学习二十届四中全会精神”专题党课签到表']] },
    );
    const p = await t.api.call('hours.previewImport', upload(sheet, '签到表.xlsx'));
    assert.equal(p.needsMapping, false);
    assert.equal(p.sheetColumns.find((c) => c.header === '学号')!.field, 'studentNo');
    assert.equal(p.sheetColumns.find((c) => c.header === '签到时间')!.field, 'date');
    assert.deepEqual(
      p.errors.map((e) => [e.row, e.column, e.message]),
      [
        [
          6,
          '姓名',
          `花名册中有 2 名党员叫“孙丽”：孙丽，信息工程系学生党支部，身份证号尾号 ${SUN.slice(-4)}；孙丽，机关党支部，身份证号尾号 ${SUN2.slice(-4)}。无法确定是哪一位，请在表中填写身份证号或所在支部`,
        ],
        [7, '学号', '花名册中没有学号为 2024018888 的党员（可在党员信息中补登学号，或在表中加上姓名）'],
      ],
    );
    assert.deepEqual(
      p.warnings.map((w) => [w.row, w.message]),
      [[5, '花名册中没有学号 2024019999，已按姓名记入 李明（机关党支部）；可在党员信息中补登学号']],
    );
    const r = await t.api.call('hours.import', { ...upload(sheet, '签到表.xlsx'), validOnly: true });
    assert.equal(r.imported, 3);
    const m = await byName();
    const entries = await t.api.call('hours.entries', { memberId: m.get('钱多多|信息工程系学生党支部')!.id, year: 2026 });
    // The activity's kind and name are both kept.
    assert.deepEqual(
      entries.map((e) => [e.onDate, e.title, e.hours]),
      [['2026-10-28', '专题党课：学习二十届四中全会精神', 2]],
    );
  });

  it('names namesakes by 学号 when they have one, and takes the branch when the sheet gives it', async () => {
    await smallTree(t);
    await roster([
      ['孙丽', SUN, '信息工程系学生党支部', '学生', '2023020202'],
      ['孙丽', validId('20031001', 48), '信息工程系学生党支部', '学生', '2023020303'],
      ['孙丽', SUN2, '机关党支部', '教职工', ''],
    ]);
    const p = await t.api.call(
      'hours.previewImport',
      upload(
        await workbook([
          ['姓名', '所在党支部', '日期', '学时', '学习内容'],
          ['孙丽', '信息工程系学生党支部', '2026-10-28', 2, '读书班'],
          ['孙丽', '机关党支部', '2026-10-28', 2, '读书班'],
        ]),
      ),
    );
    assert.equal(p.errors.length, 1);
    assert.match(
      p.errors[0]!.message,
      /^“信息工程系学生党支部”中有 2 名党员叫“孙丽”：孙丽，信息工程系学生党支部，学号 2023020202，身份证号尾号 \w{4}；孙丽，信息工程系学生党支部，学号 2023020303，身份证号尾号 \w{4}。无法确定是哪一位，请在表中填写身份证号或学号$/,
    );
    assert.equal(p.imported, 1);
  });
});

describe('an ID number or 学号 that belongs to someone of another name', () => {
  it('学时: refused, naming both, until the clerk confirms the row', async () => {
    await students();
    const sheet = await workbook([
      ['身份证号', '姓名', '日期', '学时', '学习内容'],
      [ZHAO, '赵晓红', '2026-10-28', 2, '读书班'],
      [LI, '李明', '2026-10-28', 2, '读书班'],
    ]);
    const p = await t.api.call('hours.previewImport', upload(sheet));
    assert.deepEqual(p.confirmable, [2]);
    assert.deepEqual(
      p.errors.map((e) => [e.row, e.column, e.message]),
      [
        [
          2,
          '身份证号',
          `身份证号 ${ZHAO} 在花名册中是“赵小红”（信息工程系学生党支部），表中这一行却是“赵晓红”：不会把学时记到“赵小红”名下。如确是同一人（例如改了名），请确认这一行后再导入`,
        ],
      ],
    );
    const byNo = await t.api.call(
      'hours.previewImport',
      upload(
        await workbook([
          ['学号', '姓名', '日期', '学时'],
          ['2023010101', '钱多多', '2026-10-28', 2],
        ]),
      ),
    );
    assert.deepEqual(byNo.confirmable, [2]);
    assert.match(byNo.errors[0]!.message, /^学号 2023010101 在花名册中是“赵小红”/);

    assert.equal((await t.api.call('hours.import', { ...upload(sheet), validOnly: false })).written, false);
    const r = await t.api.call('hours.import', { ...upload(sheet), confirmRows: [2], validOnly: false });
    assert.equal(r.written, true);
    assert.equal(r.imported, 2);
    assert.match(r.warnings[0]!.message, /已确认：表中的“赵晓红”即花名册中的“赵小红”/);
    const zhao = (await byName()).get('赵小红|信息工程系学生党支部')!;
    assert.equal((await t.api.call('hours.entries', { memberId: zhao.id, year: 2026 })).length, 1);
  });

  it('党费基数: refused, naming both, until the clerk confirms the row', async () => {
    await students();
    const sheet = await workbook([
      ['姓名', '身份证号', '类别', '月收入', '起始月份'],
      ['李铭', LI, '在职', 6500, '2026-01'],
    ]);
    const p = await t.api.call('dues.previewImport', upload(sheet));
    assert.deepEqual(p.confirmable, [2]);
    assert.match(p.errors[0]!.message, /^姓名“李铭”与花名册中该身份证号的“李明”（机关党支部）不一致：不会给“李明”登记这一行的基数/);
    assert.equal((await t.api.call('dues.import', { ...upload(sheet), validOnly: false })).written, false);
    const r = await t.api.call('dues.import', { ...upload(sheet), confirmRows: [2], validOnly: false });
    assert.equal(r.written, true);
    assert.equal(r.imported, 1);
  });

  it('发展党员: a record or a roster member under another name is not overwritten unless confirmed', async () => {
    await students();
    const first = await workbook([
      ['姓名', '身份证号', '所在支部', '申请入党时间'],
      ['周一', validId('20041120', 55), '信息工程系学生党支部', '2025-03-01'],
    ]);
    await t.api.call('recruits.import', { ...upload(first), validOnly: false });
    const sheet = await workbook([
      ['姓名', '身份证号', '所在支部', '申请入党时间'],
      ['周依', validId('20041120', 55), '信息工程系学生党支部', '2025-03-02'],
      ['赵晓红', ZHAO, '信息工程系学生党支部', '2021-03-01'],
    ]);
    const p = await t.api.call('recruits.previewImport', upload(sheet));
    assert.deepEqual(p.confirmable, [2, 3]);
    assert.deepEqual(
      p.errors.map((e) => e.message.slice(0, 60)),
      [
        `身份证号 ${validId('20041120', 55)} 在发展党员记录（信息工程系学生党支部）中是“周一”，表中这一行却是“周依”`.slice(0, 60),
        `身份证号 ${ZHAO} 在党员花名册（信息工程系学生党支部）中是“赵小红”，表中这一行却是“赵晓红”`.slice(0, 60),
      ],
    );
    const r = await t.api.call('recruits.import', { ...upload(sheet), confirmRows: [2], validOnly: true });
    assert.equal(r.updated, 1);
    assert.equal(r.imported, 0);
    const list = await t.api.call('recruits.list', {});
    assert.deepEqual(
      list.map((x) => x.name),
      ['周依'],
    );
  });
});

describe('发展党员 steps that other systems keep', () => {
  it('reads 入党宣誓时间 and 递交转正申请书时间 into the record, and the form saves them', async () => {
    await smallTree(t);
    const id = validId('20030510', 36);
    const row = [
      '21307001',
      '赵小红',
      '信息工程系学生党支部',
      id,
      '2022-03-01',
      '2022-03-20',
      '2022-04-10',
      '2023-05-08',
      '2023-05-10',
      '',
      '2024-06-01',
      '2024-06-20',
      '2024-07-01',
      '2025-05-01',
      '2025-06-05',
      '',
    ];
    const r = await t.api.call('recruits.import', { ...upload(await workbook([SYSU_RECRUIT_HEADER, row])), validOnly: false });
    assert.equal(r.written, true);
    const rec = (await t.api.call('recruits.list', {}))[0]!;
    const d = await t.api.call('recruits.get', { id: rec.id });
    assert.equal(d.oathOn, '2024-07-01');
    assert.equal(d.confirmationAppliedOn, '2025-05-01');
    const { id: recId, orgName: _o, stage: _s, memberId: _m, findings: _f, due: _d, birthDate: _b, introducers: _i, ...fields } = d;
    const saved = await t.api.call('recruits.save', { ...fields, id: recId, oathOn: '2024-07-02' });
    assert.equal(saved.oathOn, '2024-07-02');
    const future = await t.api.call(
      'recruits.previewImport',
      upload(
        await workbook([
          ['姓名', '身份证号', '所在支部', '入党宣誓时间'],
          ['赵小红', id, '信息工程系学生党支部', '2027-07-01'],
        ]),
      ),
    );
    assert.deepEqual(
      future.errors.map((e) => [e.column, e.message]),
      [['入党宣誓时间', '入党宣誓时间“2027-07-01”晚于今天，请核对']],
    );
  });
});

describe('a 发展党员 import that changes the roster', () => {
  it('records the change in the member’s 变动记录 with the file’s name', async () => {
    await smallTree(t);
    const id = validId('20030510', 36);
    const head = ['姓名', '身份证号', '所在支部', '支部大会时间', '上级党委审批时间', '讨论转正时间', '批准转正时间'];
    await t.api.call('recruits.import', {
      ...upload(await workbook([head, ['赵小红', id, '信息工程系学生党支部', '2025-06-20', '2025-07-05', '', '']])),
      validOnly: false,
    });
    const member = (await byName()).get('赵小红|信息工程系学生党支部')!;
    assert.equal(member.memberType, '预备党员');
    const r = await t.api.call('recruits.import', {
      ...upload(await workbook([head, ['赵小红', id, '信息工程系学生党支部', '', '', '2026-06-25', '2026-07-10']]), '2026年转正.xlsx'),
      validOnly: false,
    });
    assert.equal(r.written, true);
    const { member: after, events } = await t.api.call('members.get', { id: member.id });
    assert.equal(after.memberType, '正式党员');
    const e = events.find((x) => x.kind === 'import')!;
    assert.equal(e.reason, '导入发展党员台账“2026年转正.xlsx”');
    assert.equal(e.fromValue, '党员类别 预备党员；转正时间 （空）');
    assert.equal(e.toValue, '党员类别 正式党员；转正时间 2026-06-25');
  });
});

describe('Excel 97–2003 and other files that are not .xlsx', () => {
  const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);
  const refused = async (
    method: 'roster.previewImport' | 'hours.previewImport' | 'dues.previewImport' | 'recruits.previewImport',
    buf: Buffer,
    name: string,
  ) => {
    const r = await t.api.invoke(method, upload(buf, name));
    return r.ok ? '' : r.error.message;
  };

  it('says, in every import, how to save an .xls as .xlsx', async () => {
    for (const method of ['roster.previewImport', 'hours.previewImport', 'dues.previewImport', 'recruits.previewImport'] as const) {
      assert.equal(
        await refused(method, OLE, '2019年党员名册.xls'),
        '“2019年党员名册.xls”是旧版 Excel（.xls）文件（Excel 97–2003 格式），本软件不读取这种格式。请用 Excel 或 WPS 表格打开它，选“文件 → 另存为”，保存类型选“Excel 工作簿（*.xlsx）”，再导入另存的 .xlsx 文件',
      );
    }
    // Some systems export a web page named .xls.
    assert.match(
      await refused('roster.previewImport', Buffer.from('<html><table><tr><td>姓名</td></tr></table></html>'), '导出.xls'),
      /可能是系统导出的网页格式 \.xls.*另存为/,
    );
  });

  it('tells a password-protected workbook from an .xls', async () => {
    const encrypted = Buffer.concat([OLE, Buffer.from('EncryptedPackage', 'utf16le'), Buffer.alloc(64)]);
    assert.match(await refused('roster.previewImport', encrypted, '名册.xlsx'), /设置了打开密码.*清空密码后保存/);
  });

  it('reads an .xlsx that was merely named .xls', async () => {
    await smallTree(t);
    const p = await t.api.call(
      'roster.previewImport',
      upload(
        await workbook([
          ['姓名', '身份证号', '所在党支部'],
          ['李明', LI, '机关党支部'],
        ]),
        '名册.xls',
      ),
    );
    assert.equal(p.imported, 1);
  });
});
