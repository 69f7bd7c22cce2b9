import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { validId } from '../helpers/ids';
import { NATIONAL_HEADER, OWIP_STUDENT_HEADER, SYSU_RECRUIT_HEADER, WISDOMTOWN_HEADER, workbook } from '../helpers/realTemplates';
import { smallTree, snapshot, tempApi } from '../helpers/tmp';

let t: ReturnType<typeof tempApi>;
beforeEach(() => (t = tempApi()));
afterEach(() => t.cleanup());

const upload = (buf: Buffer, fileName = '花名册.xlsx') => ({ fileName, base64: buf.toString('base64') });

const LI = validId('19800115', 13); // 男
const WU = validId('19900101', 24); // 女
const ZHAO = validId('20020510', 36); // 女

async function membersByName() {
  const all = await t.api.call('members.list', { filter: {}, pageSize: 100 });
  return new Map(all.rows.map((m) => [m.name, m]));
}

describe('imports of other systems’ templates', () => {
  it('imports the national system’s template: coded values by label, an instruction in the branch header', async () => {
    await smallTree(t);
    const buf = await workbook([
      NATIONAL_HEADER,
      [1, '李明', '95_男', LI, '868_汉族', '1980-01-15', '大学本科', '专业技术人员', '机关党支部', '2005-07-01', '2006-07-01', '223_正式党员'],
      [2, '吴敏', '96_女', WU, '868_汉族', '1990-01-01', '研究生', '专业技术人员', '机关党支部', '2026-03-01', '', '224_预备党员'],
    ]);
    const p = await t.api.call('roster.previewImport', upload(buf, '党员基本信息.xlsx'));
    assert.deepEqual(p.errors, []);
    assert.equal(p.needsMapping, false);
    assert.equal(p.sheetColumns.find((c) => c.header === '所在组织(请不要输入特殊符号)')!.field, 'branch');
    assert.equal(p.sheetColumns.find((c) => c.header === '序号')!.field, null);
    const r = await t.api.call('roster.import', { ...upload(buf, '党员基本信息.xlsx'), validOnly: false });
    assert.equal(r.imported, 2);
    const m = await membersByName();
    assert.equal(m.get('李明')!.memberType, '正式党员');
    assert.equal(m.get('李明')!.gender, '男');
    assert.equal(m.get('李明')!.ethnicity, '汉族');
    assert.equal(m.get('吴敏')!.memberType, '预备党员');
    assert.equal(m.get('李明')!.orgName, '机关党支部');
    assert.equal(m.get('李明')!.personCategory, '教职工'); // 专业技术人员
    assert.deepEqual(p.warnings, []);
  });

  it('imports a WisdomTown 党员 export (所属党支部 first)', async () => {
    await smallTree(t);
    const buf = await workbook([
      WISDOMTOWN_HEADER,
      ['机关党支部', '李明', '男', '1980-01-15', '汉族', '本科', LI, '13807381234', '2005-07-01', '正式党员', '', '学院办公室', '', '湖南长沙'],
    ]);
    const r = await t.api.call('roster.import', { ...upload(buf), validOnly: false });
    assert.equal(r.written, true);
    assert.equal(r.imported, 1);
    assert.ok(r.ignoredColumns.includes('户籍所在派出所'));
    assert.equal((await membersByName()).get('李明')!.nativePlace, '湖南长沙');
  });

  it('asks for the ID column of an owip student export instead of refusing it, and writes nothing', async () => {
    await smallTree(t);
    const before = snapshot(t);
    const buf = await workbook([OWIP_STUDENT_HEADER, ['2023010101', '赵小红', '女', '汉族', '本科生', '2023级', '2025-06-01', '', '信息工程系党总支', '信息工程系学生党支部']]);
    const p = await t.api.call('roster.previewImport', upload(buf));
    assert.equal(p.needsMapping, true);
    assert.deepEqual(p.missingRequired, ['身份证号']);
    assert.equal(p.sheetColumns.find((c) => c.header === '所属党支部')!.field, 'branch');
    assert.equal(p.sheetColumns.find((c) => c.header === '所属分党委')!.field, 'generalBranch');
    const r = await t.api.call('roster.import', { ...upload(buf), validOnly: true });
    assert.equal(r.written, false);
    assert.deepEqual(snapshot(t), before);
  });
});

describe('the mapping step', () => {
  const layout = ['姓名', '身份证号', '支部全称', '入党时间', '备注'];
  const rows = () => workbook([layout, ['李明', LI, '机关党支部', '2005-07-01', '']], { above: [['2026年党员名册']] });

  it('maps an unknown branch header once; the same layout imports next time without asking', async () => {
    await smallTree(t);
    const first = await t.api.call('roster.previewImport', upload(await rows()));
    assert.equal(first.needsMapping, true);
    assert.deepEqual(first.missingRequired, ['所在支部']);
    assert.equal(first.errors[0]!.column, '表头');
    const mapping = { 支部全称: 'branch' };
    const mapped = await t.api.call('roster.previewImport', { ...upload(await rows()), mapping });
    assert.equal(mapped.needsMapping, false);
    assert.equal(mapped.imported, 1);
    const done = await t.api.call('roster.import', { ...upload(await rows()), mapping, validOnly: false });
    assert.equal(done.written, true);
    const next = await t.api.call('roster.previewImport', upload(await rows()));
    assert.equal(next.needsMapping, false);
    assert.equal(next.layoutRemembered, true);
    assert.equal(next.sheetColumns.find((c) => c.header === '支部全称')!.field, 'branch');
    assert.equal(next.updated, 1);
  });

  it('takes field names as the clerk knows them and says which it does not know', async () => {
    await smallTree(t);
    const p = await t.api.call('roster.previewImport', { ...upload(await rows()), mapping: { 支部全称: '所在支部', 入党时间: '未使用' } });
    assert.equal(p.needsMapping, false);
    assert.equal(p.sheetColumns.find((c) => c.header === '入党时间')!.field, null);
    const bad = await t.api.invoke('roster.previewImport', { ...upload(await rows()), mapping: { 支部全称: '支部的名字' } });
    assert.equal(bad.ok, false);
    assert.match(bad.ok ? '' : bad.error.message, /不认识的字段“支部的名字”/);
  });
});

describe('identity and date safety in the roster import', () => {
  const header = ['姓名', '身份证号', '性别', '所在党支部', '入党时间', '党员类别'];

  it('refuses a row whose ID number belongs to someone else until the row is confirmed, then records the change', async () => {
    await smallTree(t);
    await t.api.call('roster.import', { ...upload(await workbook([header, ['李明', LI, '男', '机关党支部', '2005-07-01', '正式党员']])), validOnly: false });
    const hostile = await workbook([header, ['吴敏', LI, '女', '机关党支部', '2006-07-01', '正式党员']]);
    const p = await t.api.call('roster.previewImport', upload(hostile, '新名单.xlsx'));
    assert.equal(p.updated, 0);
    assert.deepEqual(p.confirmable, [2]);
    assert.match(p.errors[0]!.message, /在花名册中是“李明”（机关党支部），表中这一行却是“吴敏”/);
    const refused = await t.api.call('roster.import', { ...upload(hostile, '新名单.xlsx'), validOnly: true });
    assert.equal(refused.written, false);
    assert.equal((await membersByName()).get('李明')!.joinedOn, '2005-07-01');

    const confirmed = await t.api.call('roster.previewImport', { ...upload(hostile, '新名单.xlsx'), confirmRows: [2] });
    assert.equal(confirmed.updated, 1);
    assert.deepEqual(confirmed.changes[0]!.fields.map((f) => [f.label, f.before, f.after]), [
      ['姓名', '李明', '吴敏'],
      ['性别', '男', '女'],
      ['入党时间', '2005-07-01', '2006-07-01'],
    ]);
    const written = await t.api.call('roster.import', { ...upload(hostile, '新名单.xlsx'), validOnly: false, confirmRows: [2] });
    assert.equal(written.updated, 1);
    const wu = (await membersByName()).get('吴敏')!;
    const detail = await t.api.call('members.get', { id: wu.id });
    const event = detail.events.find((e) => e.kind === 'import')!;
    assert.equal(event.reason, '导入“新名单.xlsx”');
    assert.match(event.fromValue!, /入党时间 2005-07-01/);
    assert.match(event.toValue!, /入党时间 2006-07-01/);
  });

  it('refuses a future 入党时间 and one before the 18th birthday, with row and column; warns of a blank 党员类别', async () => {
    await smallTree(t);
    const p = await t.api.call('roster.previewImport', upload(await workbook([
      header,
      ['李明', LI, '男', '机关党支部', '2099-01-01', '正式党员'],
      ['赵小红', ZHAO, '女', '机关党支部', '2019.06.30', '预备党员'],
      ['吴敏', WU, '女', '机关党支部', '2012.7.1', ''],
    ])));
    assert.deepEqual(p.errors.map((e) => [e.row, e.column]), [[2, '入党时间'], [3, '入党时间']]);
    assert.match(p.errors[0]!.message, /入党时间“2099-01-01”晚于今天/);
    assert.match(p.errors[1]!.message, /入党时间“2019\.06\.30”早于年满18周岁的日期 2020-05-10/);
    assert.deepEqual(p.warnings.map((w) => [w.row, w.column]), [[4, '党员类别']]);
  });
});

describe('a 发展党员 export of the 中山大学 system', () => {
  it('reads its 转正时间 as the 支部大会 date: awaiting approval, she stays 预备党员', async () => {
    const { students } = await smallTree(t);
    assert.ok(students);
    const buf = await workbook([
      SYSU_RECRUIT_HEADER,
      ['21307001', '赵小红', '信息工程系学生党支部', ZHAO, '2022-03-01', '2022-03-20', '2022-04-10', '2023-05-08', '2023-05-10', '', '2024-06-01', '2024-06-20', '2024-07-01', '2025-05-01', '2025-06-05', ''],
    ]);
    const p = await t.api.call('recruits.previewImport', upload(buf, '发展党员.xlsx'));
    const col = (h: string) => p.sheetColumns.filter((c) => c.header === h).map((c) => c.field);
    assert.deepEqual(col('转正时间（支部大会讨论转正时间）'), ['confirmationMeetingOn']);
    assert.deepEqual(col('党委审批时间'), ['approvedOn', 'confirmationApprovedOn']);
    assert.deepEqual(col('确定为预备党员时间（支部大会）'), ['admissionMeetingOn']);
    assert.deepEqual(col('首次组织谈话时间'), ['talkOn']);
    assert.deepEqual(col('支部大会讨论确定发展对象时间'), ['candidateOn']);
    assert.match(p.ignoredColumns.find((c) => c.startsWith('确定发展对象时间'))!, /按更明确的“支部大会讨论确定发展对象时间”导入/);
    assert.deepEqual(p.errors, []);
    const r = await t.api.call('recruits.import', { ...upload(buf, '发展党员.xlsx'), validOnly: false });
    assert.equal(r.written, true);
    const zhao = (await membersByName()).get('赵小红')!;
    assert.equal(zhao.memberType, '预备党员');
    const rec = (await t.api.call('recruits.list', {}))[0]!;
    const detail = await t.api.call('recruits.get', { id: rec.id });
    assert.equal(detail.talkOn, '2022-03-20');
    assert.equal(detail.confirmationMeetingOn, '2025-06-05');
    assert.equal(detail.confirmationApprovedOn, null);
    // 入党宣誓 and 递交转正申请书 have their own fields now instead of being 未使用.
    assert.deepEqual([detail.oathOn, detail.confirmationAppliedOn], ['2024-07-01', '2025-05-01']);
    assert.ok(!p.ignoredColumns.some((c) => c.startsWith('入党宣誓') || c.startsWith('递交转正')));
  });
});

describe('a 学时 sign-in list without ID numbers', () => {
  it('matches 姓名 within 党支部, keeps activity names and kinds, reads 2026-10-28 14:30 as a day', async () => {
    await smallTree(t);
    await t.api.call('roster.import', {
      ...upload(await workbook([['姓名', '身份证号', '所在党支部'], ['王芳', LI, '机关党支部'], ['王芳', WU, '信息工程系教工党支部'], ['赵小红', ZHAO, '信息工程系学生党支部']])),
      validOnly: false,
    });
    const sheet = await workbook([
      ['学号', '姓名', '所在党支部', '活动名称', '活动类型', '活动时间', '学时'],
      ['', '王芳', '机关党支部', '学习二十届四中全会精神', '专题培训', '2026-10-28 14:30', 2],
      ['21307001', '赵小红', '', '主题党日', '实践活动', '2026-10-29 09:00:00', '1.5'],
      ['', '王芳', '', '读书班', '集中学习', '2026.10.30', 1],
      ['', '王芳', '学生第二党支部', '读书班', '集中学习', '2026.10.30', 1],
    ]);
    const p = await t.api.call('hours.previewImport', upload(sheet, '签到表.xlsx'));
    assert.equal(p.needsMapping, false);
    assert.deepEqual(p.errors.map((e) => [e.row, e.column]), [[4, '姓名'], [5, '姓名']]);
    assert.equal(p.errors[0]!.message, `花名册中有 2 名党员叫“王芳”：王芳，机关党支部，身份证号尾号 ${LI.slice(-4)}；王芳，信息工程系教工党支部，身份证号尾号 ${WU.slice(-4)}。无法确定是哪一位，请在表中填写身份证号或所在支部`);
    assert.match(p.errors[1]!.message, /“学生第二党支部”中没有名为“王芳”的在册党员/);
    const r = await t.api.call('hours.import', { ...upload(sheet, '签到表.xlsx'), validOnly: true });
    assert.equal(r.imported, 2);
    const wang = [...(await membersByName()).values()].find((m) => m.name === '王芳' && m.orgName === '机关党支部')!;
    const entries = await t.api.call('hours.entries', { memberId: wang.id, year: 2026 });
    assert.deepEqual(entries.map((e) => [e.onDate, e.title, e.hours]), [['2026-10-28', '专题培训：学习二十届四中全会精神', 2]]);
  });

  it('asks for a person column when the sheet has neither ID number nor name', async () => {
    const p = await t.api.call('hours.previewImport', upload(await workbook([['编号', '日期', '学时'], ['A1', '2026-10-28', 2]])));
    assert.equal(p.needsMapping, true);
    assert.deepEqual(p.missingRequired, ['身份证号或姓名或学号']);
  });
});

describe('around the import', () => {
  it('offers a template per import whose headers and example row import back', async () => {
    await smallTree(t);
    for (const method of ['roster.importTemplate', 'hours.importTemplate', 'dues.importTemplate', 'recruits.importTemplate'] as const) {
      const f = await t.api.call(method, {});
      assert.match(f.fileName, /导入模板\.xlsx$/);
    }
    const roster = await t.api.call('roster.importTemplate', {});
    const p = await t.api.call('roster.previewImport', { fileName: roster.fileName, base64: roster.base64 });
    assert.equal(p.needsMapping, false);
    assert.deepEqual(p.ignoredColumns, []);
    assert.deepEqual(p.errors, []);
    assert.equal(p.imported, 1);
    const recruits = await t.api.call('recruits.importTemplate', {});
    const r = await t.api.call('recruits.previewImport', { fileName: recruits.fileName, base64: recruits.base64 });
    assert.deepEqual(r.ignoredColumns, []);
    assert.deepEqual(r.errors, []);
  });

  it('lists the problems as an .xlsx with the value as typed', async () => {
    const ExcelJS = (await import('exceljs')).default;
    await smallTree(t);
    const buf = await workbook([['姓名', '身份证号', '所在党支部', '入党时间'], ['李明', LI, '机关党支部', '2099.1.1'], ['', WU, '机关党支部', '2012.7']]);
    const f = await t.api.call('roster.importIssues', upload(buf, '名单.xlsx'));
    assert.equal(f.fileName, '名单-问题清单.xlsx');
    const wb = new ExcelJS.Workbook();
    const bytes = Buffer.from(f.base64, 'base64');
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    const rows = wb.worksheets[0]!.getSheetValues().slice(3).map((r) => (Array.isArray(r) ? r.slice(1) : []));
    assert.deepEqual(rows, [
      [2, '入党时间', '2099.1.1', '错误', '入党时间“2099.1.1”晚于今天，请核对'],
      [3, '姓名', '', '错误', '缺少姓名'],
      [3, '入党时间', '2012.7', '提醒', '入党时间“2012.7”只到月份，按月份保存（不补成某一天）；如知道具体日期请补全'],
    ]);
  });

  it('says how to save an Excel 97–2003 file as .xlsx', async () => {
    const r = await t.api.invoke('roster.previewImport', upload(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), '旧名册.xls'));
    assert.match(r.ok ? '' : r.error.message, /另存为.*\.xlsx/);
  });
});

describe('dates in the 学时 and 发展党员 imports', () => {
  it('refuses future dates and month-only dates where the rules count days, quoting them as typed', async () => {
    await smallTree(t);
    await t.api.call('roster.import', { ...upload(await workbook([['姓名', '身份证号', '所在党支部'], ['李明', LI, '机关党支部']])), validOnly: false });
    const hours = await t.api.call('hours.previewImport', upload(await workbook([['身份证号', '日期', '学时'], [LI, '2026.12.25', 2], [LI, '2026.10', 2]])));
    assert.deepEqual(hours.errors.map((e) => [e.row, e.column, e.message]), [
      [2, '日期', '日期“2026.12.25”晚于今天，学时只记已经完成的学习'],
      [3, '日期', '日期“2026.10”只到月份，学时记录需要具体日期'],
    ]);
    const recruits = await t.api.call('recruits.previewImport', upload(await workbook([['姓名', '身份证号', '所在支部', '申请入党时间', '谈话时间'], ['赵小红', ZHAO, '机关党支部', '2027.3.1', '2025.10']])));
    assert.deepEqual(recruits.errors.map((e) => [e.row, e.column, e.message]), [
      [2, '申请入党时间', '申请入党时间“2027.3.1”晚于今天，请核对'],
      [2, '谈话时间', '日期“2025.10”只到月份，发展党员各环节的检查需要具体到日'],
    ]);
  });
});

describe('updates shown before → after in every import that updates', () => {
  it('lists a corrected 党费 base and a changed 发展党员 date', async () => {
    await smallTree(t);
    await t.api.call('roster.import', { ...upload(await workbook([['姓名', '身份证号', '所在党支部'], ['李明', LI, '机关党支部']])), validOnly: false });
    const bases = (base: number) => workbook([['姓名', '身份证号', '类别', '月收入', '起始月份'], ['李明', LI, '在职', base, '2026-01']]);
    await t.api.call('dues.import', { ...upload(await bases(6000)), validOnly: false });
    const p = await t.api.call('dues.previewImport', upload(await bases(6500)));
    assert.equal(p.updated, 1);
    assert.deepEqual(p.changes, [{ row: 2, name: '李明', fields: [{ label: '2026年1月起的类别和月收入', before: '在职 6000.00元', after: '在职 6500.00元' }] }]);

    const recruit = (talk: string) => workbook([['姓名', '身份证号', '所在支部', '申请入党时间', '谈话时间'], ['赵小红', ZHAO, '机关党支部', '2025-03-01', talk]]);
    await t.api.call('recruits.import', { ...upload(await recruit('2025-03-20')), validOnly: false });
    const r = await t.api.call('recruits.previewImport', upload(await recruit('2025-03-25')));
    assert.deepEqual(r.changes, [{ row: 2, name: '赵小红', fields: [{ label: '谈话时间', before: '2025-03-20', after: '2025-03-25' }] }]);
  });
});
