import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { MESSY, messyRosterXlsx } from '../helpers/messyRoster';
import { validId } from '../helpers/ids';
import { smallTree, snapshot, tempApi } from '../helpers/tmp';

let t: ReturnType<typeof tempApi>;
beforeEach(() => (t = tempApi()));
afterEach(() => t.cleanup());

const upload = async (buf: Buffer, fileName = '花名册.xlsx') => ({ fileName, base64: buf.toString('base64') });

async function sheet(rows: (string | number | Date | null)[][], name = 'Sheet1'): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(name);
  rows.forEach((r) => ws.addRow(r));
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe('roster import from a messy clerk workbook', () => {
  it('previews every error with its Excel row and column, writing nothing', async () => {
    await smallTree(t);
    const before = snapshot(t);
    const p = await t.api.call('roster.previewImport', await upload(await messyRosterXlsx()));
    assert.equal(p.headerRow, 4);
    assert.equal(p.rowCount, 9);
    assert.deepEqual(
      p.errors.map((e) => [e.row, e.column]),
      [
        [MESSY.errorRows.badCheckDigit, '公民身份号码'],
        [MESSY.errorRows.numericId, '公民身份号码'],
        [MESSY.errorRows.missingName, '姓名'],
        [MESSY.errorRows.duplicate, '公民身份号码'],
        [MESSY.errorRows.badDate, '入党时间'],
      ],
    );
    const msg = (row: number) => p.errors.find((e) => e.row === row)!.message;
    assert.match(msg(MESSY.errorRows.badCheckDigit), /校验位不符/);
    assert.match(msg(MESSY.errorRows.numericId), /被 Excel 存成了数字/);
    assert.equal(msg(MESSY.errorRows.missingName), '缺少姓名');
    assert.match(msg(MESSY.errorRows.duplicate), /与第 5 行重复/);
    assert.match(msg(MESSY.errorRows.badDate), /“2012\.02\.30”不存在/);
    // 出生年月 to the month agrees with the ID, which knows the day; 入党时间 to the month is kept so, with a word.
    assert.deepEqual(p.warnings.filter((w) => w.row <= 8).map((w) => [w.row, w.column]), [[5, '出生年月'], [7, '入党时间'], [7, '出生年月'], [8, '性别'], [8, '出生年月'], [8, '手机号码']]);
    assert.match(p.warnings[0]!.message, /出生年月“1980\.01”只到月份，按身份证号记为 1980-01-15/);
    assert.match(p.warnings[1]!.message, /入党时间“2025\.10”只到月份/);
    assert.equal(p.imported, 4);
    assert.deepEqual(p.createdOrgs, ['软件技术教工党支部', '学生第一党支部']);
    assert.deepEqual(snapshot(t), before);
  });

  it('writes nothing by default while any row is invalid', async () => {
    await smallTree(t);
    const before = snapshot(t);
    const r = await t.api.call('roster.import', { ...(await upload(await messyRosterXlsx())), validOnly: false });
    assert.equal(r.written, false);
    assert.equal(r.imported, 0);
    assert.equal(r.errors.length, 5);
    assert.deepEqual(snapshot(t), before);
  });

  it('imports only the valid rows when asked, normalised, creating the named branches', async () => {
    const ids = await smallTree(t);
    const r = await t.api.call('roster.import', { ...(await upload(await messyRosterXlsx())), validOnly: true });
    assert.equal(r.written, true);
    assert.equal(r.imported, 4);
    assert.deepEqual(r.createdOrgs, ['软件技术教工党支部', '学生第一党支部']);
    const all = await t.api.call('members.list', { filter: {}, pageSize: 50 });
    const byName = new Map(all.rows.map((m) => [m.name, m]));
    assert.deepEqual([...byName.keys()].sort(), ['李建国', '王芳', '赵小红', '陈志明'].sort());
    const li = byName.get('李建国')!;
    assert.equal(li.idNumber, MESSY.good[0]!.id);
    assert.equal(li.birthDate, '1980-01-15'); // the ID's day over 出生年月 1980.01
    assert.equal(li.joinedOn, '2005-07-01');
    assert.equal(li.phone, '13807381234');
    assert.equal(byName.get('王芳')!.idNumber, MESSY.good[1]!.id); // full-width digits
    assert.equal(byName.get('王芳')!.birthDate, '1992-03-04'); // an Excel date cell
    assert.equal(byName.get('王芳')!.orgName, '软件技术教工党支部'); // blank 党总支 inherits the file's
    assert.equal(byName.get('赵小红')!.joinedOn, '2025-10');
    assert.equal(byName.get('赵小红')!.memberType, '正式党员'); // joined over a year ago, no type column
    assert.equal(byName.get('陈志明')!.idNumber.endsWith('X') || /\d$/.test(byName.get('陈志明')!.idNumber), true);
    assert.equal(byName.get('陈志明')!.gender, '女'); // as written, with a warning
    const tree = await t.api.call('orgs.tree', {});
    const created = tree.filter((o) => ['软件技术教工党支部', '学生第一党支部'].includes(o.name));
    assert.deepEqual(created.map((o) => [o.parentId, o.category]), [[ids.general, '教职工'], [ids.general, '学生']]);
  });

  it('updates existing members by ID without erasing what the file leaves blank', async () => {
    const ids = await smallTree(t);
    const li = MESSY.good[0]!;
    const m = await t.api.call('members.save', { name: '李建国', idNumber: li.id, memberType: '正式党员', orgId: ids.teachers, phone: '13900000000', nativePlace: '湖南娄底' });
    const r = await t.api.call('roster.import', { ...(await upload(await sheet([
      ['姓名', '身份证号码', '所在支部', '籍贯', '联系电话'],
      ['李建国', li.id, '信息工程系教工党支部', '', '13811112222'],
    ]))), validOnly: false });
    assert.deepEqual([r.imported, r.updated, r.errors.length], [0, 1, 0]);
    const { member } = await t.api.call('members.get', { id: m.id });
    assert.equal(member.phone, '13811112222');
    assert.equal(member.nativePlace, '湖南娄底');
  });

  it('recognises header variants and warns when gender or birth date disagree with the ID', async () => {
    await smallTree(t);
    const id = validId('19900307', 11); // 男
    const p = await t.api.call('roster.previewImport', await upload(await sheet([
      ['党员花名册'],
      ['序号', '党员姓名', '性别', '公民身份证号码', '出生日期', '所在党支部', '入党日期', '备注'],
      [1, '张三', '女', id, '1990-03-08', '机关党支部', '2012年7月', ''],
    ])));
    assert.equal(p.errors.length, 0);
    assert.deepEqual(p.warnings.map((w) => w.column), ['入党日期', '性别', '出生日期']);
    assert.match(p.warnings[1]!.message, /身份证号显示为男/);
  });

  it('says clearly when a file is not a roster, or not a workbook', async () => {
    const bad = async (buf: Buffer, name: string) => {
      const r = await t.api.invoke('roster.previewImport', await upload(buf, name));
      return r.ok ? '' : r.error.message;
    };
    assert.match(await bad(Buffer.alloc(0), '空.xlsx'), /是空文件/);
    assert.match(await bad(Buffer.from('hello, world'), '假.xlsx'), /不是 Excel（\.xlsx）文件/);
    assert.match(await bad(Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 0, 0]), '坏.xlsx'), /无法作为 Excel 工作簿读取/);
    assert.match(await bad(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0]), '旧.xls'), /旧版 Excel（\.xls）/);
    assert.match(await bad(await sheet([['序号', '年龄'], [1, 30]]), '表.xlsx'), /没有找到表头/);
    // A sheet that names some columns asks for the rest instead of being refused.
    const partial = await t.api.call('roster.previewImport', await upload(await sheet([['姓名', '身份证号'], ['张三', validId('19900307', 11)]]), '表.xlsx'));
    assert.equal(partial.needsMapping, true);
    assert.deepEqual(partial.missingRequired, ['所在支部']);
    assert.match(partial.errors[0]!.message, /没有找到“所在支部”列/);
  });

  it('refuses to import before a committee exists, and names an ambiguous branch', async () => {
    const none = await t.api.call('roster.previewImport', await upload(await sheet([['姓名', '身份证号', '所在支部'], ['张三', validId('19900307', 11), '第一党支部']])));
    assert.match(none.errors[0]!.message, /还没有建立党委/);
    const ids = await smallTree(t);
    await t.api.call('orgs.create', { parentId: ids.committee, kind: 'general_branch', name: '机电系党总支' });
    const g2 = (await t.api.call('orgs.tree', {})).find((o) => o.name === '机电系党总支')!.id;
    await t.api.call('orgs.create', { parentId: g2, kind: 'branch', name: '信息工程系教工党支部', category: '教职工' });
    const amb = await t.api.call('roster.previewImport', await upload(await sheet([['姓名', '身份证号', '所在支部'], ['张三', validId('19900307', 11), '信息工程系教工党支部']])));
    assert.deepEqual([amb.errors[0]!.row, amb.errors[0]!.column], [2, '所在支部']);
    assert.match(amb.errors[0]!.message, /有 2 个名为“信息工程系教工党支部”的支部/);
  });

  it('is all-or-nothing: a failure midway leaves neither members nor created branches', async () => {
    await smallTree(t);
    t.db.exec(`CREATE TRIGGER boom BEFORE INSERT ON members WHEN NEW.name = '赵小红' BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
    const before = snapshot(t);
    const r = await t.api.invoke('roster.import', { ...(await upload(await messyRosterXlsx())), validOnly: true });
    assert.equal(r.ok, false);
    assert.equal(r.ok ? '' : r.error.code, 'internal');
    assert.deepEqual(snapshot(t), before);
  });
});
